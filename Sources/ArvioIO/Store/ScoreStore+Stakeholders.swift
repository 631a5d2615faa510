import ArvioCore
import Foundation
import GRDB

/// Each stakeholder's own weights for a round's weight model: given while the round is open, blind until it is
/// revealed (the caller decides who may read them, as for scores), audited as `weights/<round>/<stakeholder>`.
extension ScoreStore {
    /// Records (or replaces) stakeholders' weights in one transaction, each change audited; nothing is written if any
    /// is refused. Weights equal to those stored are left as they are (an import repeated records nothing).
    /// - Throws: ``StoreError`` for an unknown round, one that is not open, or an invalid id or name. The weights
    ///   themselves are checked against the round's model by the caller (``StakeholderWeights/problems(base:areas:)``).
    /// - Parameter sources: the files the weights were imported from, entered in the log with their SHA-256.
    package func recordStakeholderWeights(
        round id: String, _ weights: [StakeholderWeights], actor: String, at: String, sources: [ImportSource] = []
    ) throws {
        for member in weights { try Self.requireValid(id: member.stakeholder, name: member.name) }
        let round = try round(id)
        guard round.state == .open else { throw StoreError(.weightsNotOpen(id, state: round.state)) }
        let rows = try weights.map { member in (member, try Self.givenText(member)) }
        try write { db in
            // Checked again in the transaction: a reveal between the read above and this write must not let weights in.
            let state = try String.fetchOne(db.cachedStatement(sql: "SELECT state FROM round WHERE id = ?"), arguments: [id])
            guard state == RoundState.open.rawValue else {
                throw StoreError(.weightsNotOpen(id, state: state.flatMap(RoundState.init(rawValue:)) ?? round.state))
            }
            for source in sources {
                try Self.audit(
                    db, at: at, actor: actor, action: "import.file", entity: "file/\(source.name)", old: "",
                    new: AuditState.text(["sha256": source.sha256, "stakeholdersInImport": "\(weights.count)"]))
            }
            for (member, given) in rows {
                let old = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM stakeholderWeights WHERE roundID = ? AND stakeholderID = ?"),
                    arguments: [id, member.stakeholder])
                if let old, old["name"] == member.name, old["importance"] == member.importance, old["illustrative"] == member.illustrative,
                    old["technique"] == member.technique.rawValue, old["given"] == given
                {
                    continue
                }
                try Self.audited(db, entity: "weights/\(id)/\(member.stakeholder)", action: "weights.set", actor: actor, at: at) {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO stakeholderWeights (roundID, stakeholderID, name, importance, illustrative, technique, given, recordedBy, recordedAt)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT(roundID, stakeholderID) DO UPDATE SET
                                name = excluded.name, importance = excluded.importance, illustrative = excluded.illustrative,
                                technique = excluded.technique, given = excluded.given, recordedBy = excluded.recordedBy,
                                recordedAt = excluded.recordedAt
                            """
                    ).execute(arguments: [
                        id, member.stakeholder, member.name, member.importance, member.illustrative, member.technique.rawValue, given,
                        actor, at,
                    ])
                }
            }
        }
    }

    /// The stakeholders' weights of a round, by stakeholder id (apply the round's blindness before showing them).
    package func stakeholderWeights(round id: String) throws -> [StakeholderWeights] {
        try writer.read { db in try Self.stakeholderWeights(round: id, db) }
    }

    /// What one stakeholder may see: their own weights while the round is open (everyone else's are blind), all of
    /// them once it is revealed; none of an unknown round.
    package func stakeholderWeights(round id: String, visibleTo stakeholder: String) throws -> [StakeholderWeights] {
        try writer.read { db in
            let state = try String.fetchOne(db.cachedStatement(sql: "SELECT state FROM round WHERE id = ?"), arguments: [id])
            let all = try Self.stakeholderWeights(round: id, db)
            switch state {
            case nil: return []
            case RoundState.open.rawValue: return all.filter { $0.stakeholder.lowercased() == stakeholder.lowercased() }
            default: return all
            }
        }
    }

    static func stakeholderWeights(round id: String, _ db: Database) throws -> [StakeholderWeights] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM stakeholderWeights WHERE roundID = ? ORDER BY stakeholderID"), arguments: [id]
        ).map { row in
            let given = try JSONDecoder().decode(Given.self, from: Data((row["given"] as String).utf8))
            return StakeholderWeights(
                stakeholder: row["stakeholderID"], name: row["name"], importance: row["importance"], illustrative: row["illustrative"],
                technique: StakeholderWeights.Technique(rawValue: row["technique"]) ?? .points, areas: given.areas,
                criteria: given.criteria, recordedBy: row["recordedBy"], recordedAt: row["recordedAt"])
        }
    }

    /// What a stakeholder gave, as the store keeps it: canonical JSON (keys sorted), so that equal weights are equal text.
    private struct Given: Codable {
        var areas: StakeholderWeights.Level
        var criteria: [String: StakeholderWeights.Level]
    }

    static func givenText(_ member: StakeholderWeights) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(Given(areas: member.areas, criteria: member.criteria)), as: UTF8.self)
    }

    static func stakeholderState(_ row: Row) -> String {
        let t = { text(row, $0) }
        return AuditState.text([
            "name": t("name"), "importance": t("importance"), "illustrative": t("illustrative"), "technique": t("technique"),
            "given": t("given"), "recordedBy": t("recordedBy"), "recordedAt": t("recordedAt"),
        ])
    }
}
