import ArvioCore
import GRDB

/// The consensus meeting's agreed values: one per item of a revealed round, replacing the aggregate of the assessors'
/// values wherever the round is evaluated. Audited like a score (`agreed/<round>/<solution>/<criterion>`).
extension ScoreStore {
    /// Records (or changes) the agreed value of one item. Allowed only while the round is revealed: while it is open
    /// the scores are blind and still moving, and a closed round is final.
    /// - Throws: ``StoreError`` for an unknown round, one not revealed, a solution outside it, or invalid text.
    package func recordAgreed(round id: String, _ agreed: AgreedScore, actor: String, at: String) throws {
        let round = try round(id)
        guard round.state == .revealed else { throw StoreError(.roundNotRevealed(id, state: round.state)) }
        guard round.solutions.contains(agreed.solution) else {
            throw StoreError(.solutionNotInRound(solution: agreed.solution, round: id))
        }
        guard Identifier.isValid(agreed.criterion) else { throw StoreError(.invalid(.invalidID(agreed.criterion))) }
        try Self.requireValid(text: agreed.rationale, field: "rationale", long: true)
        let (kind, points) = Self.columns(of: agreed.value)
        try write { db in
            try Self.audited(
                db, entity: "agreed/\(id)/\(agreed.solution)/\(agreed.criterion)", action: "agreed.set", actor: actor, at: at
            ) {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO agreedScore (roundID, solutionID, criterionID, kind, points, rationale, recordedBy, recordedAt)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(roundID, solutionID, criterionID) DO UPDATE SET kind = excluded.kind, points = excluded.points,
                            rationale = excluded.rationale, recordedBy = excluded.recordedBy, recordedAt = excluded.recordedAt
                        """
                ).execute(arguments: [id, agreed.solution, agreed.criterion, kind, points, agreed.rationale, actor, at])
            }
        }
    }

    /// The agreed values of a round, in solution and criterion order.
    package func agreedScores(round id: String) throws -> [AgreedScore] {
        try writer.read { db in try Self.agreedScores(round: id, db) }
    }

    static func agreedScores(round id: String, _ db: Database) throws -> [AgreedScore] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM agreedScore WHERE roundID = ? ORDER BY solutionID, criterionID"), arguments: [id]
        ).map { row in
            AgreedScore(
                solution: row["solutionID"], criterion: row["criterionID"], value: value(kind: row["kind"], points: row["points"]),
                rationale: row["rationale"], recordedBy: row["recordedBy"], recordedAt: row["recordedAt"])
        }
    }

    /// A score value as the store's two columns, and back.
    static func columns(of value: ScoreValue) -> (kind: String, points: Double?) {
        switch value {
        case .points(let points): ("points", points)
        case .notApplicable: ("na", nil)
        case .unknown: ("unknown", nil)
        }
    }

    static func value(kind: String, points: Double?) -> ScoreValue {
        switch kind {
        case "points": .points(points ?? 0)
        case "na": .notApplicable
        default: .unknown
        }
    }

    static func agreedState(_ row: Row) -> String {
        let t = { text(row, $0) }
        return AuditState.text([
            "kind": t("kind"), "points": t("points"), "rationale": t("rationale"), "recordedBy": t("recordedBy"),
            "recordedAt": t("recordedAt"),
        ])
    }
}
