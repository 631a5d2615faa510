import ArvioCore

/// One score as read from a file, each field with where it was written (a CSV line and column, or a workbook cell).
package struct ScoreRow: Sendable {
    package var fields: [String: String]
    package var locations: [String: SourceLocation]
    package var row: SourceLocation

    package init(fields: [String: String], locations: [String: SourceLocation], row: SourceLocation) {
        self.fields = fields
        self.locations = locations
        self.row = row
    }

    package subscript(_ name: String) -> String { fields[name] ?? "" }

    func location(_ name: String) -> SourceLocation { locations[name] ?? row.appending(name) }
}

/// Reads scores as CSV: `round,solution,criterion,assessor,score,rationale,evidence` (evidence links separated by
/// spaces), and checks each row against the project and the store before anything is written.
package enum ScoreCSV {
    /// The columns read; `recorded_at`, written by `arvio export`, is accepted and ignored (the import records its own time).
    package static let columns = ["round", "solution", "criterion", "assessor", "score", "rationale", "evidence", "recorded_at"]

    /// What a score row is checked against.
    package struct Context: Sendable {
        package var rounds: [Round]
        package var assessors: [Assessor]
        package var criteria: [Criterion]
        /// The scale whose codes a score must be; nil: the shipped one (``ScoreValue/init(code:)``).
        package var scale: Scale?

        package init(rounds: [Round], assessors: [Assessor], criteria: [Criterion], scale: Scale? = nil) {
            self.rounds = rounds
            self.assessors = assessors
            self.criteria = criteria
            self.scale = scale
        }
    }

    /// Every row as a score, or every problem located by line and column.
    package static func scores(_ text: String, file: String, context: Context, recordedAt: String) throws(Diagnostics) -> [ExpertScore] {
        let (rows, problems) = CSVScanner.namedRows(
            text, file: file, allowed: Self.columns, required: ["round", "solution", "criterion", "assessor", "score"])
        let (scores, rowProblems) = check(rows, context: context, recordedAt: recordedAt)
        guard problems.isEmpty && rowProblems.isEmpty else { throw Diagnostics(problems + rowProblems) }
        return scores
    }

    /// The rows that pass every check as scores, and a located diagnostic for every problem.
    package static func check(_ rows: [ScoreRow], context: Context, recordedAt: String) -> ([ExpertScore], [Diagnostic]) {
        var scores: [ExpertScore] = []
        var problems: [Diagnostic] = []
        for var row in rows {
            var ok = true
            func fail(_ field: String, _ reason: Diagnostic.Reason) {
                problems.append(Diagnostic(at: row.location(field), reason))
                ok = false
            }
            let (roundID, solution, criterionID, assessorID, code) = (
                row["round"], row["solution"], row["criterion"], row["assessor"], row["score"]
            )
            let round = context.rounds.first { $0.id == roundID }
            if round == nil {
                fail(
                    "round",
                    .unknownInDatabase(
                        .round, roundID, suggestion: nearest(to: roundID, in: context.rounds.map(\.id)), listedBy: "arvio round list"))
            } else if let round, !round.solutions.contains(solution) {
                fail(
                    "solution",
                    .invalidValue(
                        field: "solution", found: solution, allowed: round.solutions, suggestion: nearest(to: solution, in: round.solutions)
                    ))
            }
            let criterion = context.criteria.first { $0.id == criterionID }
            if criterion == nil {
                fail(
                    "criterion",
                    .unknownReference(
                        .criterion, criterionID, suggestion: nearest(to: criterionID, in: context.criteria.map(\.id)),
                        definedIn: ProjectLayout.areas))
            }
            let assessor = context.assessors.first { $0.id == assessorID }
            if assessor == nil {
                fail(
                    "assessor",
                    .unknownInDatabase(
                        .assessor, assessorID, suggestion: nearest(to: assessorID, in: context.assessors.map(\.id)),
                        listedBy: "arvio assessor list"))
            } else if let assessor, let criterion, !assessor.areas.contains(criterion.area) {
                fail("criterion", .notCompetent(assessor: assessor.id, area: criterion.area, areas: assessor.areas))
            }
            let value = context.scale.map { $0.value(code: code) } ?? ScoreValue(code: code)
            if value == nil {
                let allowed = context.scale?.values.map(\.code) ?? ["0", "1", "2", "3", "4", "5", "na", "unknown"]
                fail("score", .invalidValue(field: "score", found: code, allowed: allowed, suggestion: nil))
            }
            for field in ["rationale", "evidence"] {
                // A line break in a cell (Alt+Enter) arrives as CRLF from Windows: one line feed, as stored.
                row.fields[field] = row.fields[field]?.replacing("\r\n", with: "\n")
                if let control = ControlCharacter.first(inText: row[field]) {
                    fail(field, .controlCharacter(field: field, code: ControlCharacter.code(control)))
                }
            }
            guard ok, let value else { continue }
            scores.append(
                ExpertScore(
                    round: roundID, solution: solution, criterion: criterionID, assessor: assessorID, value: value,
                    rationale: CSVText.restored(row["rationale"]),
                    evidence: CSVText.restored(row["evidence"]).split(separator: " ").map(String.init), recordedAt: recordedAt))
        }
        return (scores, problems)
    }
}
