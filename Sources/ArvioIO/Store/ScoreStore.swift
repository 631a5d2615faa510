import ArvioCore
import Crypto
import Foundation
import GRDB

/// The SQLite store of rounds, assessors, scores and the audit log: one gateway, an injected writer, frozen migrations.
///
/// Every change and its audit entry are written in one transaction; the audit log is a SHA-256 hash chain whose head
/// is kept apart, so ``verifyAudit()`` names any edited, inserted or deleted row.
package struct ScoreStore: Sendable {
    let writer: any DatabaseWriter

    /// - Parameter writer: `DatabaseQueue(path:)` in the app, `DatabaseQueue()` in tests.
    package init(_ writer: any DatabaseWriter) throws {
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

    /// How long a command waits for another process that holds the database before it gives up (and says so).
    package static let busyTimeout = 10

    /// Opens the database file at `path` in WAL mode with foreign keys on, waiting up to ``busyTimeout`` seconds for
    /// other processes. A missing file is created whole or not at all: built and `seed`ed in a file of this process's
    /// own beside it, then linked into place in one step, so a kill leaves either no database or a complete one, and
    /// two processes starting at once end up sharing the one that was linked first. Only files this process created
    /// are ever removed.
    ///
    /// - Parameter concurrentReads: a `DatabasePool` (reads side by side with each other and with the one writer, as
    ///   the web server needs) instead of a `DatabaseQueue` (one connection: what a command needs).
    package static func open(at path: String, seed: ((ScoreStore) throws -> Void)? = nil, concurrentReads: Bool = false) throws
        -> ScoreStore
    {
        do {
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path) { try create(at: url, seed: seed) }
            // WAL is a lasting property of the file, set when it was built: asking for it again on every open would
            // make GRDB write to a file that a read should leave byte-identical.
            if concurrentReads { return try ScoreStore(DatabasePool(path: path, configuration: configuration(wal: false))) }
            return try ScoreStore(DatabaseQueue(path: path, configuration: configuration(wal: false)))
        } catch let error as DatabaseError {
            throw StoreError(error)
        } catch let error as StoreError {
            throw error
        } catch let failure as SeedFailure {
            throw failure.error  // the caller's own error, as it threw it
        } catch {
            throw StoreError(.database("\(path): \(error.localizedDescription)"))
        }
    }

    static func configuration(wal: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(TimeInterval(busyTimeout))
        if wal { configuration.journalMode = .wal }
        return configuration
    }

    private struct SeedFailure: Error { var error: any Error }

    private static func create(at url: URL, seed: ((ScoreStore) throws -> Void)?) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).creating-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        defer {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary.path + suffix) }
        }
        do {
            let queue = try DatabaseQueue(path: temporary.path, configuration: configuration(wal: true))
            let store = try ScoreStore(queue)
            do { try seed?(store) } catch { throw SeedFailure(error: error) }
            try queue.close()
        }
        guard link(temporary.path, url.path) == 0 else {
            if errno == EEXIST { return }  // another process linked its database first: use that one
            throw StoreError(.database("\(url.path): \(String(cString: strerror(errno)))"))
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
        // From here on the log records every row that affects a result in full (``AuditState``); a database written
        // before records its rounds, assessors, scores and verdicts as they stand once, so that verification starts
        // from there.
        migrator.registerMigration("v3: the audit log covers rounds, assessors, scores and verdicts") { db in
            let at = try String.fetchOne(db, sql: "SELECT MAX(at) FROM auditLog") ?? ""
            for (entity, state) in try currentStates(db).sorted(by: { $0.key < $1.key }) {
                try audit(db, at: at, actor: "arvio", action: "audit.baseline", entity: entity, old: "", new: state)
            }
        }
        // The web app's people: accounts (the audit log vouches for who holds which role), single-use invitations
        // and sessions (both kept only as SHA-256 hashes of their tokens), and failed sign-ins per account.
        migrator.registerMigration("v4: accounts, invitations, sessions, declarations of no conflict of interest") { db in
            try db.create(table: "declaration") { t in
                t.column("roundID", .text).notNull().references("round")
                t.column("assessorID", .text).notNull().references("assessor")
                t.column("statement", .text).notNull()
                t.column("declaredBy", .text).notNull()
                t.column("declaredAt", .text).notNull()
                t.primaryKey(["roundID", "assessorID"])
            }
            try db.create(table: "account") { t in
                t.primaryKey("id", .text).collate(.nocase)
                t.column("name", .text).notNull()
                t.column("role", .text).notNull().check { AccountRole.allCases.map(\.rawValue).contains($0) }
                t.column("assessorID", .text).references("assessor")
                t.column("passwordHash", .text).notNull()
                t.column("disabled", .boolean).notNull().defaults(to: false)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "invitation") { t in
                t.primaryKey("tokenHash", .text)
                t.column("role", .text).notNull().check { AccountRole.allCases.map(\.rawValue).contains($0) }
                t.column("assessorID", .text).references("assessor")
                t.column("createdBy", .text)
                t.column("createdAt", .text).notNull()
                t.column("expiresAt", .text).notNull()
                t.column("usedAt", .text)
            }
            try db.create(table: "session") { t in
                t.primaryKey("idHash", .text)
                t.column("accountID", .text).notNull().references("account", onDelete: .cascade)
                t.column("csrfToken", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.column("lastSeenAt", .text).notNull()
            }
            try db.create(table: "signInFailure") { t in
                t.primaryKey("accountID", .text).collate(.nocase)
                t.column("failures", .integer).notNull()
                t.column("lastAt", .text).notNull()
            }
        }
        // The coordinator excludes an assessor from a solution of a round (a conflict of interest found later): the
        // exclusion is audited, their scores for it are left out of every result, and they can no longer score it.
        migrator.registerMigration("v5: assessors excluded from solutions") { db in
            try db.create(table: "exclusion") { t in
                t.column("roundID", .text).notNull().references("round")
                t.column("assessorID", .text).notNull().references("assessor")
                t.column("solutionID", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("excludedBy", .text).notNull()
                t.column("excludedAt", .text).notNull()
                t.primaryKey(["roundID", "assessorID", "solutionID"])
            }
        }
        // The consensus meeting's agreed value of an item replaces the aggregate of the assessors' values (audited).
        migrator.registerMigration("v6: agreed values of the consensus meeting") { db in
            try db.create(table: "agreedScore") { t in
                t.column("roundID", .text).notNull().references("round")
                t.column("solutionID", .text).notNull()
                t.column("criterionID", .text).notNull()
                t.column("kind", .text).notNull().check { ["points", "na", "unknown"].contains($0) }
                t.column("points", .double).check { $0 == nil || ($0 >= 0 && $0 <= 5) }
                t.column("rationale", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .text).notNull()
                t.primaryKey(["roundID", "solutionID", "criterionID"])
            }
        }
        // Each stakeholder's own weights for a round's weight model (audited; blind until the round is revealed).
        migrator.registerMigration("v7: stakeholders' weights") { db in
            try db.create(table: "stakeholderWeights") { t in
                t.column("roundID", .text).notNull().references("round")
                t.column("stakeholderID", .text).notNull()
                t.column("name", .text).notNull()
                t.column("importance", .double).notNull().check { $0 >= 0 }
                t.column("illustrative", .boolean).notNull().defaults(to: false)
                t.column("technique", .text).notNull().check { StakeholderWeights.Technique.allCases.map(\.rawValue).contains($0) }
                t.column("given", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .text).notNull()
                t.primaryKey(["roundID", "stakeholderID"])
            }
        }
        // Customer feedback: anonymous responses (no person, no address, no time finer than the month), not audited
        // one by one (an entry's time would date each response); an import file is entered in the log with its hash.
        migrator.registerMigration("v8: customer feedback") { db in
            try db.create(table: "feedbackResponse") { t in
                t.column("id", .text).primaryKey()
                t.column("survey", .text).notNull()
                t.column("model", .text).notNull()
                t.column("unit", .text).notNull()
                t.column("channel", .text).notNull().check { FeedbackResponse.Channel.allCases.map(\.rawValue).contains($0) }
                t.column("month", .text).notNull()
                t.column("recommendation", .integer).check { $0 == nil || ($0 >= 0 && $0 <= 10) }
                t.column("answers", .text).notNull()
                t.column("freeText", .text)
                t.column("illustrative", .boolean).notNull().defaults(to: false)
                t.column("origin", .text).notNull()
            }
        }
        return migrator
    }

    /// SHA-256 of UTF-8 text, lower-case hex.
    package static func sha256(_ text: String) -> String { sha256(Data(text.utf8)) }

    package static func sha256(_ data: Data) -> String {
        // Two hex digits per byte by table: `String(format:)` per byte was a tenth of the server's time per save.
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: SHA256.hash(data: data).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] }, as: UTF8.self)
    }
}
