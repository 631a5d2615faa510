import ArvioCore

/// Reads scores as CSV: `round,solution,criterion,assessor,score,rationale,evidence` (evidence links separated by
/// spaces), and checks each row against the project and the store before anything is written.
public enum ScoreCSV {
    public static let columns = ["round", "solution", "criterion", "assessor", "score", "rationale", "evidence"]

    /// What a score row is checked against.
    public struct Context: Sendable {
        public var rounds: [Round]
        public var assessors: [Assessor]
        public var criteria: [Criterion]

        public init(rounds: [Round], assessors: [Assessor], criteria: [Criterion]) {
            self.rounds = rounds
            self.assessors = assessors
            self.criteria = criteria
        }
    }

    /// Every row as a score, or every problem located by line and column.
    public static func scores(_ text: String, file: String, context: Context, recordedAt: String) throws(Diagnostics) -> [ExpertScore] {
        let scanner = CSVScanner(text: text)
        var columns: [String: Int] = [:]
        var problems: [Diagnostic] = []
        var scores: [ExpertScore] = []
        let unterminated = scanner.scan { fields, line in
            if columns.isEmpty {
                for (index, field) in fields.enumerated() { columns[scanner.string(field).lowercased()] = index }
                for required in columns.isEmpty ? [] : ["round", "solution", "criterion", "assessor", "score"]
                where columns[required] == nil {
                    problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .missingColumn(required, allowed: Self.columns)))
                }
                for (name, index) in columns where !Self.columns.contains(name) {
                    problems.append(
                        Diagnostic(
                            at: SourceLocation(file: file, line: line, column: fields[index].column),
                            .unknownColumn(name, suggestion: nearest(to: name, in: Self.columns), allowed: Self.columns)))
                }
                return
            }
            func cell(_ name: String) -> (String, SourceLocation) {
                guard let index = columns[name], index < fields.count else {
                    return ("", SourceLocation(file: file, line: line, field: name))
                }
                return (scanner.string(fields[index]), SourceLocation(file: file, line: line, column: fields[index].column, field: name))
            }
            let (roundID, roundAt) = cell("round"), (solution, solutionAt) = cell("solution")
            let (criterionID, criterionAt) = cell("criterion"), (assessorID, assessorAt) = cell("assessor")
            let (code, scoreAt) = cell("score")
            var ok = true
            func fail(_ at: SourceLocation, _ reason: Diagnostic.Reason) {
                problems.append(Diagnostic(at: at, reason))
                ok = false
            }
            let round = context.rounds.first { $0.id == roundID }
            if round == nil {
                fail(
                    roundAt,
                    .unknownReference(
                        .round, roundID, suggestion: nearest(to: roundID, in: context.rounds.map(\.id)),
                        definedIn: "the store (arvio round list)"))
            } else if let round, !round.solutions.contains(solution) {
                fail(
                    solutionAt,
                    .invalidValue(
                        field: "solution", found: solution, allowed: round.solutions, suggestion: nearest(to: solution, in: round.solutions)
                    ))
            }
            let criterion = context.criteria.first { $0.id == criterionID }
            if criterion == nil {
                fail(
                    criterionAt,
                    .unknownReference(
                        .criterion, criterionID, suggestion: nearest(to: criterionID, in: context.criteria.map(\.id)),
                        definedIn: ProjectLayout.areas))
            }
            let assessor = context.assessors.first { $0.id == assessorID }
            if assessor == nil {
                fail(
                    assessorAt,
                    .unknownReference(
                        .assessor, assessorID, suggestion: nearest(to: assessorID, in: context.assessors.map(\.id)),
                        definedIn: "the store (arvio assessor list)"))
            } else if let assessor, let criterion, !assessor.areas.contains(criterion.area) {
                fail(criterionAt, .notCompetent(assessor: assessor.id, area: criterion.area, areas: assessor.areas))
            }
            let value = ScoreValue(code: code)
            if value == nil {
                fail(
                    scoreAt,
                    .invalidValue(field: "score", found: code, allowed: ["0", "1", "2", "3", "4", "5", "na", "unknown"], suggestion: nil))
            }
            guard ok, let value else { return }
            let evidence = cell("evidence").0.split(separator: " ").map(String.init)
            scores.append(
                ExpertScore(
                    round: roundID, solution: solution, criterion: criterionID, assessor: assessorID, value: value,
                    rationale: cell("rationale").0, evidence: evidence, recordedAt: recordedAt))
        }
        if let line = unterminated { problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .unterminatedQuote)) }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return scores
    }
}
