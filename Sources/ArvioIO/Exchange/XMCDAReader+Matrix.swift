import ArvioCore
import Foundation

extension XMCDAReader {
    /// A whole decision problem from an XMCDA 3.x file, for `arvio rank --xmcda` and `arvio sensitivity --xmcda`:
    /// the performance table (numbers only), the criteria's weights (`criteriaValues`, required) and preference
    /// directions (`criteriaScales`; benefit where none is given). Every problem is located by line.
    package static func matrix(_ bytes: [UInt8], file: String) throws(Diagnostics) -> DecisionMatrix {
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
