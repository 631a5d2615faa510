import ArvioCore
import Foundation
import GRDB
import Testing

@testable import ArvioIO

/// Every row that affects a result is entered in the audit chain, so an edit made with `sqlite3` to any of them is
/// named by `verifyAudit()`, even when the chain itself is left intact.
struct AuditCoverageTests {
    /// A round with a score, a verdict and an exclusion, revealed, with an agreed value.
    static func store() throws -> (ScoreStore, DatabaseQueue) {
        let (store, queue) = try ScoreStoreTests.store()
        try store.save(
            [
                ExpertScore(
                    round: "r1", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4),
                    rationale: "line one\nline two (Alt+Enter)", evidence: ["https://a", "https://b"])
            ], actor: "anna", at: ScoreStoreTests.at)
        try store.recordVerdict(
            round: "r1", solution: "virtu", rule: "KO-T1", met: true, rationale: "agreed", actor: "c", at: ScoreStoreTests.at)
        try store.exclude(round: "r1", assessor: "anna", solution: "omaolo", reason: "a conflict", actor: "c", at: ScoreStoreTests.at)
        try store.recordStakeholderWeights(
            round: "r1",
            [
                StakeholderWeights(
                    stakeholder: "hankinta", name: "Hankinta", technique: .points,
                    areas: .init(weights: [Weight(id: "U", value: 40), Weight(id: "T", value: 40), Weight(id: "I", value: 20)]))
            ], actor: "c", at: ScoreStoreTests.at)
        try store.advance("r1", to: .revealed, actor: "c", at: ScoreStoreTests.at)
        try store.recordAgreed(
            round: "r1", AgreedScore(solution: "virtu", criterion: "T1", value: .points(3), rationale: "the meeting"), actor: "c",
            at: ScoreStoreTests.at)
        return (store, queue)
    }

    static let tampering: [(sql: String, entity: String)] = [
        ("UPDATE round SET state = 'open'", "round/r1"),
        ("UPDATE round SET snapshot = '{}'", "round/r1"),
        ("UPDATE round SET contentHash = 'x'", "round/r1"),
        ("UPDATE round SET model = 'other'", "round/r1"),
        ("UPDATE round SET createdAt = '2020-01-01T00:00:00Z'", "round/r1"),
        ("UPDATE round SET illustrative = 1", "round/r1"),
        ("DELETE FROM roundSolution WHERE solutionID = 'omaolo'", "round/r1"),
        ("INSERT INTO roundSolution (roundID, solutionID, position) VALUES ('r1', 'beepro', 2)", "round/r1"),
        ("UPDATE assessor SET areas = 'T,I'", "assessor/anna"),
        ("UPDATE assessor SET name = X'00'", "assessor/anna"),
        ("INSERT INTO assessor (id, name, role, areas) VALUES ('mallory', 'M', 'x', 'T')", "assessor/mallory"),
        ("UPDATE expertScore SET recordedAt = '2020-01-01T00:00:00Z'", "score/r1/virtu/T1/anna"),
        ("UPDATE expertScore SET evidence = 'https://a'", "score/r1/virtu/T1/anna"),
        ("UPDATE expertScore SET kind = 'na', points = NULL", "score/r1/virtu/T1/anna"),
        ("DELETE FROM expertScore", "score/r1/virtu/T1/anna"),
        ("UPDATE knockOutVerdict SET met = 0", "verdict/r1/virtu/KO-T1"),
        ("UPDATE knockOutVerdict SET recordedBy = 'mallory'", "verdict/r1/virtu/KO-T1"),
        ("DELETE FROM knockOutVerdict", "verdict/r1/virtu/KO-T1"),
        ("UPDATE agreedScore SET points = 5", "agreed/r1/virtu/T1"),
        ("UPDATE agreedScore SET rationale = 'other'", "agreed/r1/virtu/T1"),
        ("DELETE FROM agreedScore", "agreed/r1/virtu/T1"),
        (
            "INSERT INTO agreedScore (roundID, solutionID, criterionID, kind, points, rationale, recordedBy, recordedAt) VALUES ('r1', 'omaolo', 'T1', 'na', NULL, 'x', 'c', 'now')",
            "agreed/r1/omaolo/T1"
        ),
        ("UPDATE stakeholderWeights SET importance = 0", "weights/r1/hankinta"),
        ("UPDATE stakeholderWeights SET given = replace(given, '40', '90')", "weights/r1/hankinta"),
        ("UPDATE stakeholderWeights SET technique = 'swing'", "weights/r1/hankinta"),
        ("DELETE FROM stakeholderWeights", "weights/r1/hankinta"),
        (
            "INSERT INTO stakeholderWeights (roundID, stakeholderID, name, importance, illustrative, technique, given, recordedBy, recordedAt) VALUES ('r1', 'mallory', 'M', 9, 0, 'points', '{}', 'm', 'now')",
            "weights/r1/mallory"
        ),
        ("UPDATE exclusion SET reason = 'none'", "exclusion/r1/anna/omaolo"),
        ("DELETE FROM exclusion", "exclusion/r1/anna/omaolo"),
        (
            "INSERT INTO exclusion (roundID, assessorID, solutionID, reason, excludedBy, excludedAt) VALUES ('r1', 'anna', 'virtu', 'x', 'c', 'now')",
            "exclusion/r1/anna/virtu"
        ),
    ]

    @Test(arguments: tampering)
    func anEditToAnyRowThatAffectsAResultIsNamed(sql: String, entity: String) throws {
        let (store, queue) = try Self.store()
        #expect(try store.verifyAudit().isEmpty)

        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: sql)
        }

        let problems = try store.verifyAudit()
        #expect(problems.contains(.differsFromLog(entity: entity)), "\(problems)")
        #expect(problems.allSatisfy { if case .differsFromLog = $0 { true } else { false } })
    }

    @Test func emptyingEveryTableIsCaughtByThePublishedHead() throws {
        let (store, queue) = try Self.store()
        let published = try store.auditHead()
        #expect(try store.verifyAudit(published: published).isEmpty)

        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            for table in [
                "stakeholderWeights", "agreedScore", "exclusion", "knockOutVerdict", "expertScore", "roundSolution", "round", "assessor",
                "auditLog", "auditHead",
            ] {
                try db.execute(sql: "DELETE FROM \(table)")
            }
        }

        // Without the head, an empty store is indistinguishable from a new one; the published head is the proof.
        #expect(try store.verifyAudit().isEmpty)
        #expect(try store.verifyAudit(published: published) == [.doesNotExtend(published)])
        #expect(AuditHead(published.description) == published)
        #expect(AuditHead("12:abc") == nil && AuditHead("x:" + String(repeating: "0", count: 64)) == nil)
    }

    @Test func aRecomputedChainDoesNotExtendTheHeadPublishedBeforeIt() throws {
        let (store, queue) = try Self.store()
        let published = try store.auditHead()
        // Rewrite a score and recompute every hash after it, as anyone with the file can.
        try queue.write { db in
            try db.execute(sql: "UPDATE expertScore SET points = 1")
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM auditLog ORDER BY sequence")
            var previous: AuditEntry?
            for row in rows {
                var entry = AuditEntry(
                    sequence: row["sequence"], at: row["at"], actor: row["actor"], action: row["action"], entity: row["entity"],
                    old: row["old"], new: row["new"], previousHash: "", hash: "")
                if entry.entity == "score/r1/virtu/T1/anna" {
                    entry.new = try String.fetchOne(db, sql: "SELECT new FROM auditLog WHERE sequence = ?", arguments: [entry.sequence])!
                        .replacingOccurrences(of: "points=3:4.0", with: "points=3:1.0")
                }
                entry = AuditChain.entry(
                    after: previous, at: entry.at, actor: entry.actor, action: entry.action, entity: entry.entity, old: entry.old,
                    new: entry.new, hash: ScoreStore.sha256)
                try db.execute(
                    sql: "UPDATE auditLog SET new = ?, previousHash = ?, hash = ? WHERE sequence = ?",
                    arguments: [entry.new, entry.previousHash, entry.hash, entry.sequence])
                previous = entry
            }
            try db.execute(sql: "UPDATE auditHead SET hash = ?", arguments: [previous!.hash])
        }

        #expect(try store.verifyAudit().isEmpty)
        #expect(try store.verifyAudit(published: published) == [.doesNotExtend(published)])
    }

    @Test func controlCharactersAndUnsafeIDsAreRefusedBeforeAnythingIsWritten() throws {
        let (store, _) = try Self.store()
        let before = try store.auditEntries()

        #expect(throws: StoreError(.invalid(.invalidID("../../x")))) {
            try store.createRound(id: "../../x", name: "x", solutions: [], model: "m", snapshot: "{}", actor: "c", at: "t")
        }
        #expect(throws: StoreError(.invalid(.controlCharacter(field: "name", code: "U+001B")))) {
            try store.addAssessor(Assessor(id: "eve", name: "Eve\u{1B}[31m", role: "x", areas: ["T"]), actor: "c", at: "t")
        }
        #expect(throws: StoreError(.invalid(.controlCharacter(field: "rationale", code: "U+0000")))) {
            try store.recordVerdict(round: "r1", solution: "virtu", rule: "KO-T2", met: true, rationale: "a\u{0}b", actor: "c", at: "t")
        }
        #expect(try store.auditEntries() == before)
    }
}
