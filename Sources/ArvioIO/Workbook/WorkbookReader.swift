import ArvioCore
import Foundation
import ZIPFoundation

/// Reads scores back from a scoring workbook (as Arvio wrote it, or as Excel or LibreOffice saved it): the hidden sheet
/// names the round and the assessor, each area sheet holds one score per row. Every cell is checked like a CSV import,
/// with errors named by sheet and cell (`T!E7`).
///
/// Untrusted input: the ZIP directory is bounds-checked before anything is inflated (``ZIPDirectory``), inflation
/// stops at the declared size and the checksum must match, and every XML part is read by libxml2 with any DTD refused
/// (``XMLStream``). A workbook is imported whole or not at all: a damaged or truncated part, a missing or renamed area
/// sheet, a formula without a saved value, a TRUE/FALSE cell or a shared string that does not exist is an error that
/// names the part, sheet or cell — never a silently shorter import.
package enum WorkbookReader {
    package static func scores(_ data: Data, file: String, context: ScoreCSV.Context, recordedAt: String) throws(Diagnostics)
        -> [ExpertScore]
    {
        let package = try Package(bytes: [UInt8](data), file: file)
        let (sheets, shared) = try package.sheets()
        let (round, assessor) = try package.metadata(sheets, shared)

        // The area sheets Arvio wrote for this assessor must all be there: a renamed or deleted one would drop its scores.
        let areas = Set(context.criteria.map(\.area))
        var problems: [Diagnostic] = []
        if let competent = context.assessors.first(where: { $0.id == assessor })?.areas {
            let expected = context.criteria.map(\.area).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                .filter(competent.contains)
            let missing = expected.filter { id in !sheets.contains { $0.name == id } }
            if !missing.isEmpty {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file), .workbook(.missingSheets(missing: missing, found: sheets.map(\.name)))))
            }
        }

        var rows: [ScoreRow] = []
        for sheet in sheets where areas.contains(sheet.name) {
            let cells: Sheet
            do {
                cells = try package.sheet(sheet, sharedStrings: shared)
            } catch {
                problems += error.items
                continue
            }
            problems += cells.problems
            for number in cells.rows where number >= ScoringWorkbookLayout.firstRow {
                func here(_ column: String) -> SourceLocation { SourceLocation(file: file, field: "\(sheet.name)!\(column)\(number)") }
                let score = cells.text("E\(number)")?.trimmingCharacters(in: .whitespaces) ?? ""
                guard !score.isEmpty else { continue }  // not scored yet
                rows.append(
                    ScoreRow(
                        fields: [
                            "round": round, "assessor": assessor, "solution": cells.text("A\(number)") ?? "",
                            "criterion": cells.text("C\(number)") ?? "", "score": score, "rationale": cells.text("F\(number)") ?? "",
                            "evidence": cells.text("G\(number)") ?? "",
                        ],
                        locations: [
                            "round": SourceLocation(file: file, field: "arvio!B2"),
                            "assessor": SourceLocation(file: file, field: "arvio!B3"),
                            "solution": here("A"), "criterion": here("C"), "score": here("E"), "rationale": here("F"),
                            "evidence": here("G"),
                        ],
                        row: here("A")))
            }
        }
        let (scores, rowProblems) = ScoreCSV.check(rows, context: context, recordedAt: recordedAt)
        problems += rowProblems
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return scores
    }

    /// The assessor's own weights as a stakeholder from the workbook's sheet 'painot' (``ScoringWorkbookLayout``): the
    /// rows whose value (column H) is filled, checked as a CSV of stakeholders' weights is, with errors named by cell.
    /// - Parameter round: the round the weights are for, which the workbook must be for too.
    package static func stakeholders(_ data: Data, file: String, round expected: String, base: WeightModel, areas: [Area])
        throws(Diagnostics) -> [StakeholderWeights]
    {
        let package = try Package(bytes: [UInt8](data), file: file)
        let (sheets, shared) = try package.sheets()
        let (round, _) = try package.metadata(sheets, shared)
        guard round == expected else {
            throw Diagnostics([
                Diagnostic(
                    at: SourceLocation(file: file, field: "arvio!B2"),
                    .invalidValue(field: "round", found: round, allowed: [expected], suggestion: nil))
            ])
        }
        let name = ScoringWorkbookLayout.weightsSheet
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            throw package.failure(.missingSheets(missing: [name], found: sheets.map(\.name)))
        }
        let cells = try package.sheet(sheet, sharedStrings: shared)
        var problems = cells.problems
        let columns = ["A", "B", "C", "D", "E", "F", "G", "H"]
        for (column, heading) in zip(columns, ScoringWorkbookLayout.weightColumns) where cells.text("\(column)1")?.lowercased() != heading {
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, field: "\(name)!\(column)1"),
                    .invalidValue(field: "\(column)1", found: cells.text("\(column)1") ?? "", allowed: [heading], suggestion: heading)))
        }
        var rows: [ScoreRow] = []
        for number in cells.rows where number >= 2 {
            guard !(cells.text("H\(number)") ?? "").trimmingCharacters(in: .whitespaces).isEmpty else { continue }  // not given
            var row = ScoreRow(fields: [:], locations: [:], row: SourceLocation(file: file, line: number, field: "\(name)!A\(number)"))
            for (column, heading) in zip(columns, ScoringWorkbookLayout.weightColumns) {
                row.fields[heading] = cells.text("\(column)\(number)") ?? ""
                row.locations[heading] = SourceLocation(file: file, field: "\(name)!\(column)\(number)")
            }
            rows.append(row)
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        let (members, rowProblems) = StakeholderCSV.check(rows, file: file, base: base, areas: areas)
        guard rowProblems.isEmpty else { throw Diagnostics(rowProblems) }
        return members
    }

    /// The package's parts, inflated on demand within the bounds ``ZIPDirectory`` checked.
    struct Package {
        let bytes: [UInt8]
        let file: String
        let directory: ZIPDirectory

        init(bytes: [UInt8], file: String) throws(Diagnostics) {
            self.bytes = bytes
            self.file = file
            do {
                directory = try ZIPDirectory(bytes)
            } catch {
                throw Diagnostics([Diagnostic(at: SourceLocation(file: file), .workbook(error))])
            }
        }

        func failure(_ problem: WorkbookProblem, at field: String? = nil) -> Diagnostics {
            Diagnostics([Diagnostic(at: SourceLocation(file: file, field: field), .workbook(problem))])
        }

        /// A part's bytes: stored or inflated, never beyond its declared size, and matching its checksum.
        func part(_ path: String) throws(Diagnostics) -> [UInt8]? {
            guard let entry = directory.entries[path] else { return nil }
            let compressed = Data(bytes[entry.dataOffset..<(entry.dataOffset + entry.compressedSize)])
            guard entry.method == 8 else {
                guard compressed.count == entry.uncompressedSize, compressed.crc32(checksum: 0) == entry.crc32 else {
                    throw failure(.damagedPart(path))
                }
                return [UInt8](compressed)
            }
            struct Overflow: Error {}
            var inflated: [UInt8] = []
            inflated.reserveCapacity(entry.uncompressedSize)
            do {
                let checksum = try Data.decompress(
                    size: Int64(compressed.count), bufferSize: 1 << 16, skipCRC32: false,
                    provider: { position, size in
                        let start = Int(position)
                        return start < compressed.count ? compressed.subdata(in: start..<min(compressed.count, start + size)) : Data()
                    },
                    consumer: { chunk in
                        guard inflated.count + chunk.count <= entry.uncompressedSize else { throw Overflow() }
                        inflated.append(contentsOf: chunk)
                    })
                guard checksum == entry.crc32, inflated.count == entry.uncompressedSize else { throw failure(.damagedPart(path)) }
            } catch let error as Diagnostics {
                throw error
            } catch {
                throw failure(.damagedPart(path))
            }
            return inflated
        }

        /// A part's elements, or the XML problem located in the part.
        func xml(_ path: String) throws(Diagnostics) -> [XMLElement]? {
            guard let bytes = try part(path) else { return nil }
            var elements: [XMLElement] = []
            var stack: [Int] = []
            do {
                try XMLStream.read(bytes) { event in
                    switch event {
                    case let .start(name, _, attributes, line):
                        elements.append(XMLElement(name: name, attributes: attributes, text: "", depth: stack.count, line: line))
                        stack.append(elements.count - 1)
                    case .text(let text):
                        if let open = stack.last { elements[open].text += text }
                    case .end:
                        _ = stack.popLast()
                    }
                    return true
                }
            } catch {
                throw Diagnostics([
                    Diagnostic(at: SourceLocation(file: file, line: error.line, column: error.column, field: path), error.reason)
                ])
            }
            return elements
        }

        /// Workbook → sheet names → sheet parts, and the shared strings.
        func sheets() throws(Diagnostics) -> (sheets: [(name: String, path: String)], shared: [String]) {
            guard let workbook = try xml("xl/workbook.xml") else { throw failure(.missingPart("xl/workbook.xml")) }
            let relationships = try xml("xl/_rels/workbook.xml.rels") ?? []
            let targets = Dictionary(
                relationships.filter { $0.name == "Relationship" }.map { ($0.attributes["Id"] ?? "", $0.attributes["Target"] ?? "") },
                uniquingKeysWith: { first, _ in first })
            let sheets = workbook.filter { $0.name == "sheet" }.compactMap { sheet -> (name: String, path: String)? in
                guard let name = sheet.attributes["name"], let id = sheet.attributes["id"], let target = targets[id] else { return nil }
                return (name, target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)
            }
            return (sheets, try xml("xl/sharedStrings.xml").map(Sheet.sharedStrings) ?? [])
        }

        /// The round and the assessor the hidden sheet names.
        func metadata(_ sheets: [(name: String, path: String)], _ shared: [String]) throws(Diagnostics) -> (round: String, assessor: String)
        {
            guard let meta = sheets.first(where: { $0.name == "arvio" }) else { throw failure(.notAnArvioWorkbook) }
            let metaSheet = try sheet(meta, sharedStrings: shared)
            guard metaSheet.text("B1") == ScoringWorkbookLayout.format, let round = metaSheet.text("B2"),
                let assessor = metaSheet.text("B3")
            else { throw failure(.unreadableMetadata, at: "arvio!B1") }
            return (round, assessor)
        }

        func sheet(_ sheet: (name: String, path: String), sharedStrings: [String]) throws(Diagnostics) -> Sheet {
            guard let elements = try xml(sheet.path) else { throw failure(.missingPart(sheet.path), at: sheet.name) }
            return Sheet(elements, name: sheet.name, file: file, sharedStrings: sharedStrings)
        }
    }
}

/// A flat view of an XML part: every element with its attributes, its direct text and its line, in document order.
struct XMLElement {
    var name: String
    var attributes: [String: String]
    var text: String
    var depth: Int
    var line: Int
}
