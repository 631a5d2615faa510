import ArvioCore
import Crypto
import Foundation
import GRDB

/// The SQLite store of rounds, assessors, scores and the audit log: one gateway, an injected writer, frozen migrations.
///
/// Every change and its audit entry are written in one transaction; the audit log is a SHA-256 hash chain whose head
/// is kept apart, so ``verifyAudit()`` names any edited, inserted or deleted row.
public struct ScoreStore: Sendable {
    let writer: any DatabaseWriter

    /// - Parameter writer: `DatabaseQueue(path:)` in the app, `DatabaseQueue()` in tests.
    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        let known = Set(Self.migrator.migrations)
        let applied = try writer.read { db in
            try db.tableExists("grdb_migrations") ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        }
        let newer = applied.filter { !known.contains($0) }.sorted()
        guard newer.isEmpty else {
            throw StoreError(
                .database("it was written by a newer version of Arvio (migrations \(newer.joined(separator: ", "))); use that version"))
        }
        try Self.migrator.migrate(writer)
    }

    /// Opens (creating on first use) the database file at `path`, in WAL mode with foreign keys on.
    public static func open(at path: String) throws -> ScoreStore {
        do {
            try FileManager.default.createDirectory(
                at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            // WAL is a lasting property of the file: ask for it only when creating the database. (GRDB's set-up writes a
            // scratch table whenever the WAL file is empty, so asking on every open would change a file a read should
            // leave byte-identical.)
            if !FileManager.default.fileExists(atPath: path) { configuration.journalMode = .wal }
            return try ScoreStore(DatabaseQueue(path: path, configuration: configuration))
        } catch let error as DatabaseError {
            throw StoreError(.database(error.message ?? "\(error.resultCode)"))
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database("\(path): \(error.localizedDescription)"))
        }
    }

    /// Never edit a shipped migration; add the next one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: rounds, assessors, scores, audit log") { db in
            try db.create(table: "round") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("state", .text).notNull().check { ["open", "revealed", "closed"].contains($0) }
                t.column("model", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("snapshot", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.column("illustrative", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "roundSolution") { t in
                t.column("roundID", .text).notNull().references("round", onDelete: .cascade)
                t.column("solutionID", .text).notNull()
                t.column("position", .integer).notNull()
                t.primaryKey(["roundID", "solutionID"])
            }
            try db.create(table: "assessor") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("role", .text).notNull()
                t.column("areas", .text).notNull()
            }
            try db.create(table: "expertScore") { t in
                t.column("roundID", .text).notNull().references("round")
                t.column("solutionID", .text).notNull()
                t.column("criterionID", .text).notNull()
                t.column("assessorID", .text).notNull().references("assessor")
                t.column("kind", .text).notNull().check { ["points", "na", "unknown"].contains($0) }
                t.column("points", .double).check { $0 == nil || ($0 >= 0 && $0 <= 5) }
                t.column("rationale", .text).notNull()
                t.column("evidence", .text).notNull()
                t.column("recordedAt", .text).notNull()
                t.primaryKey(["roundID", "solutionID", "criterionID", "assessorID"])
            }
            try db.create(table: "auditLog") { t in
                t.primaryKey("sequence", .integer)
                t.column("at", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("old", .text).notNull()
                t.column("new", .text).notNull()
                t.column("previousHash", .text).notNull()
                t.column("hash", .text).notNull()
            }
            try db.create(table: "auditHead") { t in
                t.primaryKey("id", .integer).check { $0 == 1 }
                t.column("sequence", .integer).notNull()
                t.column("hash", .text).notNull()
            }
        }
        migrator.registerMigration("v2: knock-out verdicts") { db in
            try db.create(table: "knockOutVerdict") { t in
                t.column("roundID", .text).notNull().references("round")
                t.column("solutionID", .text).notNull()
                t.column("ruleID", .text).notNull()
                t.column("met", .boolean).notNull()
                t.column("rationale", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .text).notNull()
                t.primaryKey(["roundID", "solutionID", "ruleID"])
            }
        }
        return migrator
    }

    /// SHA-256 of UTF-8 text, lower-case hex.
    public static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    // MARK: - Audit

    /// Appends one audit entry in the caller's transaction and moves the head.
    static func audit(_ db: Database, at: String, actor: String, action: String, entity: String, old: String, new: String) throws {
        let last = try Row.fetchOne(db, sql: "SELECT * FROM auditLog ORDER BY sequence DESC LIMIT 1").map(entry)
        let next = AuditChain.entry(after: last, at: at, actor: actor, action: action, entity: entity, old: old, new: new, hash: sha256)
        try db.execute(
            sql:
                "INSERT INTO auditLog (sequence, at, actor, action, entity, old, new, previousHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            arguments: [next.sequence, next.at, next.actor, next.action, next.entity, next.old, next.new, next.previousHash, next.hash])
        try db.execute(
            sql:
                "INSERT INTO auditHead (id, sequence, hash) VALUES (1, ?, ?) ON CONFLICT(id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash",
            arguments: [next.sequence, next.hash])
    }

    private static func entry(_ row: Row) -> AuditEntry {
        AuditEntry(
            sequence: row["sequence"], at: row["at"], actor: row["actor"], action: row["action"], entity: row["entity"], old: row["old"],
            new: row["new"], previousHash: row["previousHash"], hash: row["hash"])
    }

    public func auditEntries() throws -> [AuditEntry] {
        try writer.read { db in try Row.fetchAll(db, sql: "SELECT * FROM auditLog ORDER BY sequence").map(Self.entry) }
    }

    /// Every break in the audit chain, naming the row, and every score that differs from what the log last recorded
    /// for it; empty when the log and the scores are intact.
    public func verifyAudit() throws -> [AuditChain.Problem] {
        try writer.read { db in
            let entries = try Row.fetchAll(db, sql: "SELECT * FROM auditLog ORDER BY sequence").map(Self.entry)
            let head =
                try Row.fetchOne(db, sql: "SELECT sequence, hash FROM auditHead WHERE id = 1")
                .map { (sequence: $0["sequence"] as Int, hash: $0["hash"] as String) } ?? (sequence: 0, hash: AuditChain.genesis)
            let scores = try Row.fetchAll(db, sql: "SELECT * FROM expertScore").map(Self.score)
            let current = Dictionary(scores.map { ("score/\($0.key)", Self.describe($0)) }, uniquingKeysWith: { first, _ in first })
            return AuditChain.verify(entries, head: head, hash: Self.sha256)
                + AuditChain.replay(entries, action: "score.set", current: current)
        }
    }
}
