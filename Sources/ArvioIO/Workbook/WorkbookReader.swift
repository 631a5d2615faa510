import ArvioCore
import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads scores back from a scoring workbook (as Arvio wrote it, or as Excel or LibreOffice saved it): the hidden sheet
/// names the round and the assessor, each area sheet holds one score per row. Every cell is checked like a CSV import,
/// with errors named by sheet and cell (`T!E7`). Untrusted XML: a DTD is refused and external entities are never loaded.
public enum WorkbookReader {
    public static func scores(_ data: Data, file: String, context: ScoreCSV.Context, recordedAt: String) throws(Diagnostics)
        -> [ExpertScore]
    {
        func failure(_ reason: Diagnostic.Reason, at field: String? = nil) -> Diagnostics {
            Diagnostics([Diagnostic(at: SourceLocation(file: file, field: field), reason)])
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw failure(.unreadableFile(detail: "it is not an .xlsx workbook (not a ZIP package)"))
        }
        func part(_ path: String) throws(Diagnostics) -> Data? {
            guard let entry = archive[path] else { return nil }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
            } catch {
                throw failure(.unreadableFile(detail: "part \(path) is damaged"))
            }
            return bytes
        }
        func xml(_ path: String) throws(Diagnostics) -> [XMLElement]? {
            guard let bytes = try part(path) else { return nil }
            do {
                return try XMLElements.parse(bytes)
            } catch {
                throw failure(.unreadableFile(detail: "part \(path) is not well-formed XML: \(error)"))
            }
        }

        // Workbook → sheet names → sheet parts.
        guard let workbook = try xml("xl/workbook.xml") else { throw failure(.unreadableFile(detail: "it has no xl/workbook.xml")) }
        let relationships = try xml("xl/_rels/workbook.xml.rels") ?? []
        let targets = Dictionary(
            relationships.filter { $0.name == "Relationship" }.map { ($0.attributes["Id"] ?? "", $0.attributes["Target"] ?? "") },
            uniquingKeysWith: { first, _ in first })
        let sheets = workbook.filter { $0.name == "sheet" }.compactMap { sheet -> (name: String, path: String)? in
            guard let name = sheet.attributes["name"], let id = sheet.attributes["r:id"] ?? sheet.attributes["id"], let target = targets[id]
            else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return (name, path)
        }
        let shared = try xml("xl/sharedStrings.xml").map(XMLElements.sharedStrings) ?? []

        func cells(of path: String) throws(Diagnostics) -> [String: String] {
            guard let elements = try xml(path) else { return [:] }
            return XMLElements.cells(elements, sharedStrings: shared)
        }
        guard let meta = sheets.first(where: { $0.name == "arvio" }) else {
            throw failure(.unreadableFile(detail: "it is not an Arvio scoring workbook (its hidden sheet 'arvio' is missing)"))
        }
        let metaCells = try cells(of: meta.path)
        guard metaCells["B1"] == ScoringWorkbookLayout.format, let round = metaCells["B2"], let assessor = metaCells["B3"] else {
            throw failure(
                .unreadableFile(detail: "its sheet 'arvio' does not name a round and an assessor in Arvio's layout"), at: "arvio!B1")
        }

        var rows: [ScoreRow] = []
        let areaIDs = Set(context.criteria.map(\.area))
        for sheet in sheets where areaIDs.contains(sheet.name) {
            let values = try cells(of: sheet.path)
            let lastRow = values.keys.compactMap { Int($0.drop { $0.isLetter }) }.max() ?? 0
            guard lastRow >= ScoringWorkbookLayout.firstRow else { continue }
            for number in ScoringWorkbookLayout.firstRow...lastRow {
                let score = values["E\(number)"]?.trimmingCharacters(in: .whitespaces) ?? ""
                guard !score.isEmpty else { continue }  // not scored yet
                func here(_ column: String, _ field: String) -> SourceLocation {
                    SourceLocation(file: file, field: "\(sheet.name)!\(column)\(number)")
                }
                rows.append(
                    ScoreRow(
                        fields: [
                            "round": round, "assessor": assessor, "solution": values["A\(number)"] ?? "",
                            "criterion": values["C\(number)"] ?? "",
                            "score": score, "rationale": values["F\(number)"] ?? "", "evidence": values["G\(number)"] ?? "",
                        ],
                        locations: [
                            "round": SourceLocation(file: file, field: "arvio!B2"),
                            "assessor": SourceLocation(file: file, field: "arvio!B3"),
                            "solution": here("A", "solution"), "criterion": here("C", "criterion"), "score": here("E", "score"),
                        ],
                        row: SourceLocation(file: file, field: "\(sheet.name)!A\(number)")))
            }
        }
        let (scores, problems) = ScoreCSV.check(rows, context: context, recordedAt: recordedAt)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return scores
    }
}

/// A flat view of an XML part: every element with its attributes and its direct text, in document order.
struct XMLElement {
    var name: String
    var attributes: [String: String]
    var text: String
    var depth: Int
}

enum XMLElements {
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses with Foundation's SAX parser: external entities off, and any document with a DTD refused before parsing
    /// (no entity expansion at all: neither XXE nor billion laughs).
    static func parse(_ data: Data) throws -> [XMLElement] {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw Refused(description: "it declares a DTD or entities, which workbooks never need")
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw Refused(description: parser.parserError.map { "\($0.localizedDescription)" } ?? "parse error") }
        return collector.elements
    }

    /// The texts of `xl/sharedStrings.xml`, each `<si>` joined from its runs.
    static func sharedStrings(_ elements: [XMLElement]) -> [String] {
        var strings: [String] = []
        var current: String?
        for element in elements {
            if element.name == "si" {
                if let current { strings.append(current) }
                current = ""
            } else if element.name == "t", current != nil {
                current? += element.text
            }
        }
        if let current { strings.append(current) }
        return strings
    }

    /// Cell reference → text, for one sheet: numbers as written, shared and inline strings resolved.
    static func cells(_ elements: [XMLElement], sharedStrings: [String]) -> [String: String] {
        var result: [String: String] = [:]
        var reference: String?, type = "", depth = 0, value = ""
        func finish() {
            guard let cell = reference else { return }
            if type == "s" {
                result[cell] = Int(value).flatMap { sharedStrings.indices.contains($0) ? sharedStrings[$0] : nil } ?? ""
            } else {
                result[cell] = value
            }
            reference = nil
        }
        for element in elements {
            if element.name == "c" {
                finish()
                reference = element.attributes["r"]
                type = element.attributes["t"] ?? "n"
                depth = element.depth
                value = ""
            } else if reference != nil, element.depth > depth, element.name == "v" || element.name == "t" {
                value += element.text
            } else if element.depth <= depth {
                finish()
            }
        }
        finish()
        return result
    }

    final class Collector: NSObject, XMLParserDelegate {
        var elements: [XMLElement] = []
        var stack: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]
        ) {
            let local = name.split(separator: ":").last.map(String.init) ?? name
            elements.append(XMLElement(name: local, attributes: attributes, text: "", depth: stack.count))
            stack.append(elements.count - 1)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let open = stack.last { elements[open].text += string }
        }
    }
}
