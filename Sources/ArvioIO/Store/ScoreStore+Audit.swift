import ArvioCore
import Foundation
import GRDB

/// The audit log: every change to a row that affects a result — a round (its state, solutions, snapshot and content
/// hash), an assessor (and their areas), a score, a verdict, an agreed value, a stakeholder's weights — is entered with the row's full canonical text before and
/// after, in the same transaction as the change, and chained by SHA-256. ``verifyAudit()`` checks the chain and then
/// that every row is exactly what the log last recorded for it, so an edit made with `sqlite3` is named.
extension ScoreStore {
    /// The entities whose rows the log vouches for, by name prefix.
    static let tracked = ["round/", "assessor/", "score/", "verdict/", "account/", "declaration/", "exclusion/", "agreed/", "weights/"]

    /// Appends one audit entry in the caller's transaction and moves the head.
    static func audit(_ db: Database, at: String, actor: String, action: String, entity: String, old: String, new: String) throws {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM auditLog ORDER BY sequence DESC LIMIT 1")).map(entry)
        let next = AuditChain.entry(after: last, at: at, actor: actor, action: action, entity: entity, old: old, new: new, hash: sha256)
        try db.cachedStatement(
            sql:
                "INSERT INTO auditLog (sequence, at, actor, action, entity, old, new, previousHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            next.sequence, next.at, next.actor, next.action, next.entity, next.old, next.new, next.previousHash, next.hash,
        ])
        try db.cachedStatement(
            sql:
                "INSERT INTO auditHead (id, sequence, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash"
        ).execute(arguments: [next.sequence, next.hash])
    }

    /// Runs `change` and enters the entity's state before and after it, read back from the database, in one entry.
    static func audited(
        _ db: Database, entity: String, action: String, actor: String, at: String, change: () throws -> Void
    ) throws {
        let old = try state(of: entity, db)
        try change()
        try audit(db, at: at, actor: actor, action: action, entity: entity, old: old, new: try state(of: entity, db))
    }

    private static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(
            sequence: row["sequence"], at: row["at"], actor: row["actor"], action: row["action"], entity: row["entity"], old: row["old"],
            new: row["new"], previousHash: row["previousHash"], hash: row["hash"])
    }

    package func auditEntries() throws -> [AuditEntry] {
        try writer.read { db in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM auditLog ORDER BY sequence")).map(Self.entry) }
    }

    /// One page of the log, newest first: at most `limit` entries before `sequence` (from the newest when nil).
    package func auditEntries(before sequence: Int?, limit: Int) throws -> [AuditEntry] {
        try writer.read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: "SELECT * FROM auditLog WHERE sequence < ? ORDER BY sequence DESC LIMIT ?"),
                arguments: [sequence ?? Int.max, max(0, limit)]
            ).map(Self.entry)
        }
    }

    /// The log's last entry as `sequence:hash` (`0:000…` for an empty log), to be published.
    package func auditHead() throws -> AuditHead {
        try writer.read { db in try Self.head(db) ?? AuditHead(sequence: 0, hash: AuditChain.genesis) }
    }

    /// The last entry of the log as it stands in `db`'s transaction; nil for an empty log.
    static func head(_ db: Database) throws -> AuditHead? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT sequence, hash FROM auditLog ORDER BY sequence DESC LIMIT 1"))
            .map { AuditHead(sequence: $0["sequence"], hash: $0["hash"]) }
    }

    /// Every break in the audit chain, naming the row, and every round, assessor, score or verdict that differs from
    /// what the log last recorded for it; empty when the log and the data are intact. With `published`, also whether
    /// the log still extends that head.
    package func verifyAudit(published: AuditHead? = nil) throws -> [AuditChain.Problem] {
        try writer.read { db in
            let entries = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM auditLog ORDER BY sequence")).map(Self.entry)
            let head =
                try Row.fetchOne(db.cachedStatement(sql: "SELECT sequence, hash FROM auditHead WHERE id = 1"))
                .map { (sequence: $0["sequence"] as Int, hash: $0["hash"] as String) } ?? (sequence: 0, hash: AuditChain.genesis)
            var problems =
                AuditChain.verify(entries, head: head, hash: Self.sha256)
                + AuditChain.replay(entries, tracked: Self.tracked, current: try Self.currentStates(db))
            if let published, !AuditChain.extends(entries, published: published) { problems.append(.doesNotExtend(published)) }
            return problems
        }
    }

    // MARK: - Canonical states

    /// The canonical text of one entity's rows now, or "" when it does not exist.
    static func state(of entity: String, _ db: Database) throws -> String {
        let parts = entity.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        switch parts.first {
        case "round" where parts.count == 2:
            return try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM round WHERE id = ?"), arguments: [parts[1]]).map {
                try roundState($0, db)
            } ?? ""
        case "assessor" where parts.count == 2:
            return try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM assessor WHERE id = ?"), arguments: [parts[1]]).map(
                assessorState) ?? ""
        case "score" where parts.count == 5:
            return try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT * FROM expertScore WHERE roundID = ? AND solutionID = ? AND criterionID = ? AND assessorID = ?"),
                arguments: StatementArguments(Array(parts.dropFirst()))
            ).map(scoreState) ?? ""
        case "declaration" where parts.count == 3:
            return try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM declaration WHERE roundID = ? AND assessorID = ?"), arguments: [parts[1], parts[2]]
            ).map(declarationState) ?? ""
        case "account" where parts.count == 2:
            return try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"), arguments: [parts[1]]).map(accountState)
                ?? ""
        case "exclusion" where parts.count == 4:
            return try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM exclusion WHERE roundID = ? AND assessorID = ? AND solutionID = ?"),
                arguments: StatementArguments(Array(parts.dropFirst()))
            ).map(exclusionState) ?? ""
        case "agreed" where parts.count == 4:
            return try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM agreedScore WHERE roundID = ? AND solutionID = ? AND criterionID = ?"),
                arguments: StatementArguments(Array(parts.dropFirst()))
            ).map(agreedState) ?? ""
        case "weights" where parts.count == 3:
            return try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM stakeholderWeights WHERE roundID = ? AND stakeholderID = ?"),
                arguments: [parts[1], parts[2]]
            ).map(stakeholderState) ?? ""
        case "verdict" where parts.count == 4:
            return try Row.fetchOne(
                db.cachedStatement(sql: "SELECT * FROM knockOutVerdict WHERE roundID = ? AND solutionID = ? AND ruleID = ?"),
                arguments: StatementArguments(Array(parts.dropFirst()))
            ).map(verdictState) ?? ""
        default:
            return ""
        }
    }

    /// Every tracked entity and its canonical text, from the tables as they are.
    static func currentStates(_ db: Database) throws -> [String: String] {
        var states: [String: String] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM round")) {
            states["round/\(text(row, "id"))"] = try roundState(row, db)
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM assessor")) {
            states["assessor/\(text(row, "id"))"] = assessorState(row)
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM expertScore")) {
            let key = ["roundID", "solutionID", "criterionID", "assessorID"].map { text(row, $0) }.joined(separator: "/")
            states["score/\(key)"] = scoreState(row)
        }
        for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM knockOutVerdict")) {
            states["verdict/\(["roundID", "solutionID", "ruleID"].map { text(row, $0) }.joined(separator: "/"))"] = verdictState(row)
        }
        if try db.tableExists("account") {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM account")) {
                states["account/\(text(row, "id"))"] = accountState(row)
            }
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM declaration")) {
                states["declaration/\(text(row, "roundID"))/\(text(row, "assessorID"))"] = declarationState(row)
            }
        }
        if try db.tableExists("exclusion") {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM exclusion")) {
                states["exclusion/\(["roundID", "assessorID", "solutionID"].map { text(row, $0) }.joined(separator: "/"))"] =
                    exclusionState(row)
            }
        }
        if try db.tableExists("agreedScore") {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM agreedScore")) {
                states["agreed/\(["roundID", "solutionID", "criterionID"].map { text(row, $0) }.joined(separator: "/"))"] =
                    agreedState(row)
            }
        }
        if try db.tableExists("stakeholderWeights") {
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM stakeholderWeights")) {
                states["weights/\(text(row, "roundID"))/\(text(row, "stakeholderID"))"] = stakeholderState(row)
            }
        }
        // Solutions of a round that no longer exists are rows without a round: name them under that round.
        for id in try String.fetchAll(
            db.cachedStatement(sql: "SELECT DISTINCT roundID FROM roundSolution WHERE roundID NOT IN (SELECT id FROM round)"))
        {
            states["round/\(id)"] = "solutions of a missing round"
        }
        return states
    }

    /// A column as the log records it, whatever SQLite holds there: a tampered row (NULL, a number or a blob where text
    /// belongs) is then reported as differing, never decoded into a crash.
    static func text(_ row: Row, _ column: String) -> String {
        switch (row[column] as DatabaseValue).storage {
        case .null: "(null)"
        case .int64(let value): "\(value)"
        case .double(let value): "\(value)"
        case .string(let value): value
        case .blob(let data): "(blob \(ScoreStore.sha256(data)))"
        }
    }

    static func roundState(_ row: Row, _ db: Database) throws -> String {
        let solutions = try String.fetchAll(
            db.cachedStatement(sql: "SELECT solutionID FROM roundSolution WHERE roundID = ? ORDER BY position"),
            arguments: [row["id"] as DatabaseValue])
        let t = { text(row, $0) }
        return AuditState.text([
            "name": t("name"), "state": t("state"), "model": t("model"), "contentHash": t("contentHash"),
            "snapshotHash": sha256(t("snapshot")), "createdAt": t("createdAt"), "illustrative": t("illustrative"),
            "solutions": solutions.joined(separator: ","),
        ])
    }

    static func assessorState(_ row: Row) -> String {
        AuditState.text(["name": text(row, "name"), "role": text(row, "role"), "areas": text(row, "areas")])
    }

    static func scoreState(_ row: Row) -> String {
        let t = { text(row, $0) }
        return AuditState.text([
            "kind": t("kind"), "points": t("points"), "rationale": t("rationale"), "evidence": t("evidence"), "recordedAt": t("recordedAt"),
        ])
    }

    /// Who holds which role: the password hash is a secret and stays out of the log.
    static func accountState(_ row: Row) -> String {
        AuditState.text([
            "name": text(row, "name"), "role": text(row, "role"), "assessor": text(row, "assessorID"),
            "disabled": text(row, "disabled"), "createdAt": text(row, "createdAt"),
        ])
    }

    static func declarationState(_ row: Row) -> String {
        AuditState.text(["statement": text(row, "statement"), "declaredBy": text(row, "declaredBy"), "declaredAt": text(row, "declaredAt")])
    }

    static func exclusionState(_ row: Row) -> String {
        AuditState.text(["reason": text(row, "reason"), "excludedBy": text(row, "excludedBy"), "excludedAt": text(row, "excludedAt")])
    }

    static func verdictState(_ row: Row) -> String {
        let t = { text(row, $0) }
        return AuditState.text(["met": t("met"), "rationale": t("rationale"), "recordedBy": t("recordedBy"), "recordedAt": t("recordedAt")])
    }
}

/// The file an import came from: its name as the user gave it and the SHA-256 of its bytes, entered in the audit log
/// beside the scores it brought.
package struct ImportSource: Hashable, Sendable {
    package var name: String
    package var sha256: String

    package init(name: String, bytes: Data) {
        self.name = name
        self.sha256 = ScoreStore.sha256(bytes)
    }
}
