import ArvioCore
import Foundation

extension XMCDAReader {
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
