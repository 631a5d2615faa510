import ArvioCore
import Foundation
import GRDB

/// Who is asking for a round's scores: the store decides what they may see, so no route can show more.
package enum Viewer: Hashable, Sendable {
    /// An assessor: while the round is open, their own scores only.
    case assessor(String)
    /// Anyone else (the coordinator, procurement, the public report): nothing while the round is open.
    case other
}

/// One assessor in one round, as a scoring request sees them.
package struct ScoringState: Sendable {
    package var round: Round
    package var assessor: Assessor
    package var declared: Bool
    /// The solutions of the round the coordinator has excluded the assessor from.
    package var excluded: Set<String>

    /// What the assessor scores in the round: their areas, less the solutions they are excluded from.
    package func plan(_ project: Project) -> ScoringPlan {
        ScoringPlan(round: round, project: project, assessor: assessor, excluding: excluded)
    }

    /// What the assessor's scores are checked against, by a page, the API or an uploaded workbook alike: this round
    /// and this assessor only (a score for another is refused), the project's criteria and scale.
    package func checks(_ project: Project) -> ScoreCSV.Context {
        ScoreCSV.Context(rounds: [round], assessors: [assessor], criteria: project.criteria.criteria, scale: project.criteria.scale)
    }
}

/// Who has done what in a round, without a single score value: the coordinator's progress view reads only this
/// while the round is open.
package struct RoundActivity: Sendable {
    /// One given score: whose, which item, and when (its value stays in the store).
    package struct Item: Hashable, Sendable {
        package var assessor: String
        package var solution: String
        package var criterion: String
        package var recordedAt: String
    }

    package var items: [Item]
    /// The assessors who have declared no conflict of interest in the round.
    package var declared: Set<String>
    package var exclusions: [Exclusion]
}

/// An assessor excluded from scoring one solution of a round, and why (e.g. a conflict of interest found later).
package struct Exclusion: Hashable, Sendable, Encodable {
    package var assessor: String
    package var solution: String
    package var reason: String
    package var excludedBy: String
    package var excludedAt: String
}

/// Scoring from the web app: blindness enforced here, and the declaration of no conflict of interest that comes first.
extension ScoreStore {
    /// The round's scores that `viewer` may see: while it is open, an assessor's own and nobody else's; once revealed or
    /// closed, all of them.
    package func scores(round id: String, visibleTo viewer: Viewer) throws -> [ExpertScore] {
        let round = try round(id)
        let scores = try scores(round: id)
        switch viewer {
        case .assessor(let assessor): return Visibility.visible(scores, in: round, to: assessor)
        case .other: return Visibility.visible(scores, in: round, to: nil)
        }
    }

    /// Records that `assessor` has no ties to the round's vendors (Administrative Procedure Act 434/2003 §§ 27–28), in
    /// the audit log; a second declaration for the same round changes nothing.
    package func declare(round: String, assessor: String, statement: String, actor: String, at: String) throws {
        try Self.requireValid(text: statement, field: "statement", long: true)
        try write { db in
            guard try Self.exists(db, table: "round", id: round) else { throw StoreError(.unknownRound(round, suggestion: nil)) }
            guard try Self.exists(db, table: "assessor", id: assessor) else {
                throw StoreError(.unknownAssessor(assessor, suggestion: nil))
            }
            let known = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM declaration WHERE roundID = ? AND assessorID = ?)"),
                arguments: [round, assessor])
            guard known != true else { return }
            try Self.audited(db, entity: "declaration/\(round)/\(assessor)", action: "declaration.no-conflict", actor: actor, at: at) {
                try db.cachedStatement(
                    sql: "INSERT INTO declaration (roundID, assessorID, statement, declaredBy, declaredAt) VALUES (?, ?, ?, ?, ?)"
                ).execute(arguments: [round, assessor, statement, actor, at])
            }
        }
    }

    /// Excludes `assessor` from scoring `solution` in the round, with the reason, in the audit log: the scores they
    /// gave it are left out of every result from then on, and they cannot score it. Allowed while the round is open or
    /// revealed; excluding again changes nothing.
    package func exclude(round id: String, assessor: String, solution: String, reason: String, actor: String, at: String) throws {
        let round = try round(id)
        guard round.state != .closed else { throw StoreError(.roundNotOpen(id, state: round.state)) }
        guard round.solutions.contains(solution) else { throw StoreError(.solutionNotInRound(solution: solution, round: id)) }
        _ = try self.assessor(assessor)
        try Self.requireValid(text: reason, field: "reason", long: true)
        try write { db in
            let known = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM exclusion WHERE roundID = ? AND assessorID = ? AND solutionID = ?)"),
                arguments: [id, assessor, solution])
            guard known != true else { return }
            try Self.audited(db, entity: "exclusion/\(id)/\(assessor)/\(solution)", action: "exclusion.set", actor: actor, at: at) {
                try db.cachedStatement(
                    sql: "INSERT INTO exclusion (roundID, assessorID, solutionID, reason, excludedBy, excludedAt) VALUES (?, ?, ?, ?, ?, ?)"
                ).execute(arguments: [id, assessor, solution, reason, actor, at])
            }
        }
    }

    /// The round's activity as counts: which items each assessor has scored and when, who has declared, who is
    /// excluded from what — never a value, a rationale or a link.
    package func activity(round id: String) throws -> RoundActivity {
        try writer.read { db in
            let items = try Row.fetchAll(
                db.cachedStatement(sql: "SELECT assessorID, solutionID, criterionID, recordedAt FROM expertScore WHERE roundID = ?"),
                arguments: [id]
            ).map {
                RoundActivity.Item(
                    assessor: $0["assessorID"], solution: $0["solutionID"], criterion: $0["criterionID"], recordedAt: $0["recordedAt"])
            }
            let declared = try String.fetchAll(
                db.cachedStatement(sql: "SELECT assessorID FROM declaration WHERE roundID = ?"), arguments: [id])
            return RoundActivity(items: items, declared: Set(declared), exclusions: try Self.exclusions(round: id, db))
        }
    }

    /// The round's exclusions, by assessor and solution.
    package func exclusions(round id: String) throws -> [Exclusion] {
        try writer.read { db in try Self.exclusions(round: id, db) }
    }

    static func exclusions(round id: String, _ db: Database) throws -> [Exclusion] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM exclusion WHERE roundID = ? ORDER BY assessorID, solutionID"), arguments: [id]
        ).map {
            Exclusion(
                assessor: $0["assessorID"], solution: $0["solutionID"], reason: $0["reason"], excludedBy: $0["excludedBy"],
                excludedAt: $0["excludedAt"])
        }
    }

    /// What one scoring request needs, read at once: the round, the assessor, and whether they have declared no
    /// conflict of interest in it; nil when either is unknown.
    package func scoringState(round id: String, assessor: String) throws -> ScoringState? {
        try writer.read { db in
            guard
                let round = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT \(Self.roundColumns) FROM round WHERE id = ?"), arguments: [id]),
                let person = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM assessor WHERE id = ?"), arguments: [assessor])
            else { return nil }
            let declared = try Bool.fetchOne(
                db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM declaration WHERE roundID = ? AND assessorID = ?)"),
                arguments: [id, assessor])
            let excluded = try String.fetchAll(
                db.cachedStatement(sql: "SELECT solutionID FROM exclusion WHERE roundID = ? AND assessorID = ?"), arguments: [id, assessor])
            return ScoringState(
                round: try Self.round(round, db), assessor: Self.assessor(person), declared: declared ?? false, excluded: Set(excluded))
        }
    }

    /// What a score is checked against, by `arvio score`, `import` and the web app alike: the rounds and assessors in
    /// the database, the project's criteria and scale.
    package func scoreContext(for project: Project) throws -> ScoreCSV.Context {
        ScoreCSV.Context(
            rounds: try rounds(), assessors: try assessors(), criteria: project.criteria.criteria, scale: project.criteria.scale)
    }
}
