import ArvioCore
import Foundation

/// Reads the performance table of an XMCDA 3.x file (as written by Arvio, diviz or the `xmcda` Python package), with
/// the criteria's preference directions and weights when the file has them, every value located by line.
///
/// Untrusted input, read by ``XMLStream`` (libxml2): a DOCTYPE is refused where the parser meets it, in any encoding,
/// so neither an external entity (XXE) nor an entity-expansion bomb ("billion laughs") can be read.
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
        let reader = Reader(file: file)
        do {
            try XMLStream.read(bytes, reader.handle)
        } catch {
            reader.problems.append(Diagnostic(at: SourceLocation(file: file, line: error.line, column: error.column), error.reason))
        }
        if reader.problems.isEmpty, !reader.sawRoot {
            reader.problems.append(Diagnostic(at: SourceLocation(file: file, line: 1), .missingField("XMCDA")))
        } else if reader.problems.isEmpty, reader.tables == 0 {
            reader.problems.append(Diagnostic(at: SourceLocation(file: file, line: 1, field: "XMCDA"), .missingField("performanceTable")))
        }
        // One value per alternative and criterion: a second one is an error, never a silent last-wins.
        var first: [String: Cell] = [:]
        for cell in reader.cells {
            let key = cell.alternative + "\u{0}" + cell.criterion
            if let earlier = first[key] {
                reader.problems.append(
                    Diagnostic(
                        at: cell.criterionAt,
                        .duplicateKey("\(cell.alternative) × \(cell.criterion)", firstLine: earlier.criterionAt.line)))
            } else {
                first[key] = cell
            }
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

    /// Follows the stream: keeps the element path and the text of the few elements read.
    final class Reader {
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

        private var line = 1
        private var stopped = false

        init(file: String) { self.file = file }

        /// The stream's callback: false stops reading.
        func handle(_ event: XMLEvent) -> Bool {
            switch event {
            case let .start(name, namespace, attributes, line):
                self.line = line
                start(name, namespace: namespace, attributes: attributes)
            case .text(let string): text += string
            case let .end(name, line):
                self.line = line
                end(name)
            }
            return !stopped
        }

        func here(_ field: String? = nil) -> SourceLocation {
            SourceLocation(file: file, line: line, field: field)
        }

        func fail(_ reason: Diagnostic.Reason, field: String? = nil) {
            problems.append(Diagnostic(at: here(field), reason))
        }

        /// Ids become names in tables and on the terminal: a control character in one is a located error.
        func refuseControlCharacters(in id: String, field: String) {
            if let control = ControlCharacter.first(inName: id) {
                fail(.controlCharacter(field: field, code: ControlCharacter.code(control)), field: field)
            }
        }

        func start(_ name: String, namespace: String, attributes: [String: String]) {
            text = ""
            if path.isEmpty {
                sawRoot = true
                if name != "XMCDA" || !namespace.hasPrefix("http://www.decision-deck.org/") || !namespace.contains("XMCDA-3.") {
                    fail(.notXMCDA(element: name, namespace: namespace))
                    stopped = true
                }
            }
            path.append(name)
            switch name {
            case "performanceTable" where path.count == 2:
                tables += 1
                if tables == 2 {
                    fail(
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
            case "NA" where inPerformance: value = (.notAvailable, here("value"))
            case "interval", "rational", "fuzzyNumber", "valuedLabel", "boolean":
                if inPerformance {
                    fail(
                        .invalidValue(field: "value", found: name, allowed: ["real", "integer", "label", "NA"], suggestion: nil),
                        field: "value")
                    valueFailed = true
                }
            default: break
            }
        }

        var inPerformance: Bool { path.count >= 3 && path[1] == "performanceTable" && path.contains("performance") && tables == 1 }

        func end(_ name: String) {
            let content = text.trimmingCharacters(in: .whitespacesAndNewlines)
            text = ""
            defer { path.removeLast() }
            let parent = path.dropLast().last
            switch name {
            case "alternativeID" where parent == "alternativePerformances" && tables == 1:
                refuseControlCharacters(in: content, field: "alternativeID")
                alternative = (content, here("alternativeID"))
            case "criterionID":
                refuseControlCharacters(in: content, field: "criterionID")
                criterion = (content, here("criterionID"))
            case "real" where inPerformance, "integer" where inPerformance:
                if let number = Double(content), number.isFinite {
                    value = (.number(number), here("value"))
                } else {
                    fail(.notANumber(field: "value", found: content), field: "value")
                    valueFailed = true
                }
            case "label" where inPerformance: value = (.label(content), here("value"))
            case "performance" where inPerformance:
                guard let alternative, let criterion else {
                    fail(.missingField(alternative == nil ? "alternativeID" : "criterionID"), field: "performance")
                    return
                }
                if valueCount > 1 {
                    valueFailed = true
                    fail(
                        .invalidValue(
                            field: "values", found: "\(valueCount) values", allowed: ["one value per performance"], suggestion: nil),
                        field: "values")
                }
                guard let value, !valueFailed else {
                    if valueCount <= 1, !valueFailed { fail(.missingField("value"), field: "performance") }
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
                        .invalidValue(field: "preferenceDirection", found: content, allowed: ["max", "min"], suggestion: nil),
                        field: "preferenceDirection")
                }
            case "real" where readingWeights && path.contains("criterionValue"),
                "integer" where readingWeights && path.contains("criterionValue"):
                if let criterion, let weight = Double(content) { weights[criterion.id] = weight }
            case "criteriaValues": readingWeights = false
            default: break
            }
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
