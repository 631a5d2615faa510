import ArvioCore
import Foundation

/// Reads the performance table of an XMCDA 3.x file (as written by Arvio, diviz or the `xmcda` Python package), with
/// the criteria's preference directions and weights when the file has them, every value located by line.
///
/// Untrusted input, read by ``XMLStream`` (libxml2): a DOCTYPE is refused where the parser meets it, in any encoding,
/// so neither an external entity (XXE) nor an entity-expansion bomb ("billion laughs") can be read.
package enum XMCDAReader {
    /// A value of the performance table as XMCDA writes it.
    package enum Value: Hashable, Sendable {
        case number(Double)
        case label(String)
        /// `<NA/>`: not available.
        case notAvailable
    }

    /// One `performance` of one `alternativePerformances`, each part located by line.
    package struct Cell: Hashable, Sendable {
        package var alternative: String
        package var criterion: String
        package var value: Value
        package var alternativeAt: SourceLocation
        package var criterionAt: SourceLocation
        package var valueAt: SourceLocation
    }

    package struct PerformanceTable: Hashable, Sendable {
        package var cells: [Cell]
        /// `criteriaScales`: benefit for `max`, cost for `min`.
        package var directions: [String: Direction]
        /// The first `criteriaValues` (preferably `mcdaConcept="weights"`).
        package var weights: [String: Double]

        /// Alternatives and criteria in the order they first appear.
        package var alternatives: [String] { ordered(cells.map(\.alternative)) }
        package var criteria: [String] { ordered(cells.map(\.criterion)) }

        func ordered(_ ids: [String]) -> [String] {
            var seen = Set<String>()
            return ids.filter { seen.insert($0).inserted }
        }
    }

    /// The table of `bytes`, or every problem found (located by line).
    package static func performanceTable(_ bytes: [UInt8], file: String) throws(Diagnostics) -> PerformanceTable {
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
    package static func scoreRows(_ table: PerformanceTable, file: String, round: String, assessor: String) -> [ScoreRow] {
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

}
