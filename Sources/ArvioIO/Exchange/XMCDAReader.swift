import ArvioCore
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the performance table of an XMCDA 3.x file (as written by Arvio, diviz or the `xmcda` Python package), with
/// the criteria's preference directions and weights when the file has them, every value located by line.
///
/// Untrusted input: a file that declares a DOCTYPE or an entity is refused before any parser sees it, so neither an
/// external entity (XXE) nor an entity-expansion bomb ("billion laughs") can be read; the parser is also told not to
/// resolve external entities, and any declaration it still meets stops it. Files must be UTF-8, which is what makes
/// the textual check complete.
public enum XMCDAReader {
    /// A value of the performance table as XMCDA writes it.
    public enum Value: Hashable, Sendable {
        case number(Double)
        case label(String)
        /// `<NA/>`: not available.
        case notAvailable
    }

    /// One `performance` of one `alternativePerformances`, each part located by line.
    public struct Cell: Hashable, Sendable {
        public var alternative: String
        public var criterion: String
        public var value: Value
        public var alternativeAt: SourceLocation
        public var criterionAt: SourceLocation
        public var valueAt: SourceLocation
    }

    public struct PerformanceTable: Hashable, Sendable {
        public var cells: [Cell]
        /// `criteriaScales`: benefit for `max`, cost for `min`.
        public var directions: [String: Direction]
        /// The first `criteriaValues` (preferably `mcdaConcept="weights"`).
        public var weights: [String: Double]

        /// Alternatives and criteria in the order they first appear.
        public var alternatives: [String] { ordered(cells.map(\.alternative)) }
        public var criteria: [String] { ordered(cells.map(\.criterion)) }

        func ordered(_ ids: [String]) -> [String] {
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }
        }
    }

    /// The table of `bytes`, or every problem found (located by line).
    public static func performanceTable(_ bytes: [UInt8], file: String) throws(Diagnostics) -> PerformanceTable {
        if let refused = refusedDeclaration(bytes, file: file) { throw Diagnostics([refused]) }
        let reader = Reader(file: file)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = reader
        if !parser.parse(), reader.problems.isEmpty {
            let detail = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "the parser stopped"
            reader.problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber), .invalidXML(problem: detail)))
        }
        if reader.problems.isEmpty, !reader.sawRoot {
            reader.problems.append(Diagnostic(at: SourceLocation(file: file, line: 1), .missingField("XMCDA")))
        } else if reader.problems.isEmpty, reader.tables == 0 {
            reader.problems.append(Diagnostic(at: SourceLocation(file: file, line: 1, field: "XMCDA"), .missingField("performanceTable")))
        }
        guard reader.problems.isEmpty else { throw Diagnostics(reader.problems) }
        return PerformanceTable(cells: reader.cells, directions: reader.directions, weights: reader.weights)
    }

    /// The table as score rows of one assessor in one round, for the same checks as a CSV import: a number is a
    /// score, `<NA/>` is "unknown" (not available), a label is read as a score code (`na`, `unknown`, `3`).
    public static func scoreRows(_ table: PerformanceTable, file: String, round: String, assessor: String) -> [ScoreRow] {
        table.cells.map { cell in
            let code: String
            switch cell.value {
            case .number(let value): code = ScoreValue.points(value).code
            case .label(let text): code = text
            case .notAvailable: code = "unknown"
            }
            return ScoreRow(
                fields: ["round": round, "solution": cell.alternative, "criterion": cell.criterion, "assessor": assessor, "score": code],
                locations: [
                    "round": SourceLocation(file: "--round"), "assessor": SourceLocation(file: "--assessor"),
                    "solution": cell.alternativeAt, "criterion": cell.criterionAt, "score": cell.valueAt,
                ],
                row: cell.valueAt)
        }
    }

    /// The first `<!DOCTYPE` or `<!ENTITY` in the file, or a file that is not UTF-8 (where the check could miss one).
    static func refusedDeclaration(_ bytes: [UInt8], file: String) -> Diagnostic? {
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) || bytes.prefix(4096).contains(0) {
            return Diagnostic(at: SourceLocation(file: file, line: 1), .unreadableFile(detail: "the file is not UTF-8 (UTF-16?)"))
        }
        for marker in ["<!DOCTYPE", "<!ENTITY"] {
            let pattern = Array(marker.utf8)
            guard let start = firstIndex(of: pattern, in: bytes) else { continue }
            let line = bytes[..<start].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
            return Diagnostic(at: SourceLocation(file: file, line: line), .xmlDeclarationRefused(marker))
        }
        return nil
    }

    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = 0
        while index <= bytes.count - pattern.count {
            if bytes[index] == first, bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    /// The SAX delegate: keeps the element path and the text of the few elements read.
    final class Reader: NSObject, XMLParserDelegate {
        let file: String
        var problems: [Diagnostic] = []
        var cells: [Cell] = []
        var directions: [String: Direction] = [:]
        var weights: [String: Double] = [:]
        var sawRoot = false
        var tables = 0

        private var path: [String] = []
        private var text = ""
        private var alternative: (id: String, at: SourceLocation)?
        private var criterion: (id: String, at: SourceLocation)?
        private var value: (value: Value, at: SourceLocation)?
        private var valueCount = 0
        /// A problem was already reported for the current performance's value.
        private var valueFailed = false
        private var weightConcept: String?
        private var readingWeights = false

        init(file: String) { self.file = file }

        func here(_ parser: XMLParser, _ field: String? = nil) -> SourceLocation {
            SourceLocation(file: file, line: parser.lineNumber, field: field)
        }

        func fail(_ parser: XMLParser, _ reason: Diagnostic.Reason, field: String? = nil) {
            problems.append(Diagnostic(at: here(parser, field), reason))
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            text = ""
            if path.isEmpty {
                sawRoot = true
                let namespace = namespaceURI ?? ""
                if name != "XMCDA" || !namespace.hasPrefix("http://www.decision-deck.org/") || !namespace.contains("XMCDA-3.") {
                    fail(
                        parser,
                        .invalidValue(
                            field: "root element", found: "\(name) in '\(namespace)'",
                            allowed: ["XMCDA in http://www.decision-deck.org/2019/XMCDA-3.1.1 (or another XMCDA 3.x)"], suggestion: nil))
                    parser.abortParsing()
                }
            }
            path.append(name)
            switch name {
            case "performanceTable" where path.count == 2:
                tables += 1
                if tables == 2 {
                    fail(
                        parser,
                        .invalidValue(
                            field: "performanceTable", found: "a second table", allowed: ["one performanceTable per file"],
                            suggestion: nil))
                }
            case "alternativePerformances": alternative = nil
            case "performance": (criterion, value, valueCount, valueFailed) = (nil, nil, 0, false)
            case "criterionScale", "criterionValue": criterion = nil
            case "criteriaValues" where path.count == 2:
                // The weights: the criteriaValues marked as such, else the first.
                let concept = attributes["mcdaConcept"]?.lowercased()
                readingWeights = concept == "weights" ? weightConcept != "weights" : weightConcept == nil
                if readingWeights {
                    weightConcept = concept ?? ""
                    weights = [:]
                }
            case "value" where inPerformance: valueCount += 1
            case "NA" where inPerformance: value = (.notAvailable, here(parser, "value"))
            case "interval", "rational", "fuzzyNumber", "valuedLabel", "boolean":
                if inPerformance {
                    fail(
                        parser,
                        .invalidValue(field: "value", found: name, allowed: ["real", "integer", "label", "NA"], suggestion: nil),
                        field: "value")
                    valueFailed = true
                }
            default: break
            }
        }

        var inPerformance: Bool { path.count >= 3 && path[1] == "performanceTable" && path.contains("performance") && tables == 1 }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let content = text.trimmingCharacters(in: .whitespacesAndNewlines)
            text = ""
            defer { path.removeLast() }
            let parent = path.dropLast().last
            switch name {
            case "alternativeID" where parent == "alternativePerformances" && tables == 1:
                alternative = (content, here(parser, "alternativeID"))
            case "criterionID": criterion = (content, here(parser, "criterionID"))
            case "real" where inPerformance, "integer" where inPerformance:
                if let number = Double(content), number.isFinite {
                    value = (.number(number), here(parser, "value"))
                } else {
                    fail(parser, .notANumber(field: "value", found: content), field: "value")
                    valueFailed = true
                }
            case "label" where inPerformance: value = (.label(content), here(parser, "value"))
            case "performance" where inPerformance:
                guard let alternative, let criterion else {
                    fail(parser, .missingField(alternative == nil ? "alternativeID" : "criterionID"), field: "performance")
                    return
                }
                if valueCount > 1 {
                    valueFailed = true
                    fail(
                        parser,
                        .invalidValue(
                            field: "values", found: "\(valueCount) values", allowed: ["one value per performance"], suggestion: nil),
                        field: "values")
                }
                guard let value, !valueFailed else {
                    if valueCount <= 1, !valueFailed { fail(parser, .missingField("value"), field: "performance") }
                    return
                }
                cells.append(
                    Cell(
                        alternative: alternative.id, criterion: criterion.id, value: value.value, alternativeAt: alternative.at,
                        criterionAt: criterion.at, valueAt: value.at))
            case "preferenceDirection":
                guard let criterion else { return }
                switch content {
                case "max": directions[criterion.id] = .benefit
                case "min": directions[criterion.id] = .cost
                default:
                    fail(
                        parser, .invalidValue(field: "preferenceDirection", found: content, allowed: ["max", "min"], suggestion: nil),
                        field: "preferenceDirection")
                }
            case "real" where readingWeights && path.contains("criterionValue"),
                "integer" where readingWeights && path.contains("criterionValue"):
                if let criterion, let weight = Double(content) { weights[criterion.id] = weight }
            case "criteriaValues": readingWeights = false
            default: break
            }
        }

        // Belt and braces: the textual check refuses these first, but a declaration must never be acted on.
        func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
            refuse(parser, "<!ENTITY \(name)")
        }

        func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
            refuse(parser, "<!ENTITY \(name)")
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
            refuse(parser, "<!ENTITY \(name)")
            return nil
        }

        func refuse(_ parser: XMLParser, _ declaration: String) {
            fail(parser, .xmlDeclarationRefused(declaration))
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
            guard problems.isEmpty else { return }
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: parser.lineNumber, column: parser.columnNumber),
                    .invalidXML(problem: (error as NSError).localizedDescription)))
        }
    }
}

extension XMCDAReader {
    /// A whole decision problem from an XMCDA 3.x file, for `arvio rank --xmcda` and `arvio sensitivity --xmcda`:
    /// the performance table (numbers only), the criteria's weights (`criteriaValues`, required) and preference
    /// directions (`criteriaScales`; benefit where none is given). Every problem is located by line.
    public static func matrix(_ bytes: [UInt8], file: String) throws(Diagnostics) -> DecisionMatrix {
        let table = try performanceTable(bytes, file: file)
        var problems: [Diagnostic] = []
        let alternatives = table.alternatives, criteria = table.criteria
        var cells: [String: Cell] = [:]
        for cell in table.cells {
            let key = cell.alternative + "\u{0}" + cell.criterion
            if let first = cells[key] {
                problems.append(
                    Diagnostic(
                        at: cell.criterionAt, .duplicateKey("\(cell.alternative) × \(cell.criterion)", firstLine: first.criterionAt.line)))
            }
            cells[key] = cell
        }
        var rows: [[Double]] = []
        var origins: [SourceLocation?] = []
        for alternative in alternatives {
            var row: [Double] = []
            let first = table.cells.first { $0.alternative == alternative }?.alternativeAt
            origins.append(first)
            for criterion in criteria {
                guard let cell = cells[alternative + "\u{0}" + criterion] else {
                    problems.append(
                        Diagnostic(at: first ?? SourceLocation(file: file), .missingField("performance of \(alternative) on \(criterion)")))
                    row.append(0)
                    continue
                }
                switch cell.value {
                case .number(let value): row.append(value)
                case .label(let text):
                    problems.append(Diagnostic(at: cell.valueAt, .notANumber(field: "value", found: text)))
                    row.append(0)
                case .notAvailable:
                    problems.append(Diagnostic(at: cell.valueAt, .notANumber(field: "value", found: "NA")))
                    row.append(0)
                }
            }
            rows.append(row)
        }
        let missingWeights = criteria.filter { table.weights[$0] == nil }
        if !missingWeights.isEmpty {
            problems.append(
                Diagnostic(
                    at: SourceLocation(file: file, line: 1, field: "criteriaValues"),
                    .missingField("weights (criteriaValues mcdaConcept=\"weights\") for " + missingWeights.joined(separator: ", "))))
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        let matrixCriteria = criteria.map {
            MatrixCriterion(id: $0, weight: table.weights[$0] ?? 0, direction: table.directions[$0] ?? .benefit)
        }
        do {
            return try DecisionMatrix(alternatives: alternatives, criteria: matrixCriteria, values: rows, rowOrigins: origins)
        } catch {
            throw Diagnostics([error.asDiagnostic(file: file)])
        }
    }
}
