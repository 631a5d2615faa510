import ArvioCore
import Foundation
import GRDB
import Testing

@testable import ArvioIO

struct ScoreStoreTests {
    static let at = "2026-11-22T10:00:00Z"

    /// A store with one open round of two solutions and two assessors.
    static func store() throws -> (ScoreStore, DatabaseQueue) {
        let queue = try DatabaseQueue()
        let store = try ScoreStore(queue)
        _ = try store.createRound(
            id: "r1", name: "Round 1", solutions: ["virtu", "omaolo"], model: "asiantuntija-arvio",
            snapshot: "{\"criteria\": 1}", actor: "coordinator", at: at)
        try store.addAssessor(Assessor(id: "anna", name: "Anna", role: "security", areas: ["T"]), actor: "coordinator", at: at)
        try store.addAssessor(Assessor(id: "ville", name: "Ville", role: "architect", areas: ["I"]), actor: "coordinator", at: at)
        return (store, queue)
    }

    @Test func migratesAnEmptyDatabaseAndRecordsTheSnapshotHash() throws {
        let (store, queue) = try Self.store()

        let round = try store.round("r1")
        let tables = try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") }

        #expect(tables.contains("expertScore") && tables.contains("auditLog") && tables.contains("grdb_migrations"))
        #expect(round.contentHash == ScoreStore.sha256("{\"criteria\": 1}"))
        #expect(round.contentHash.count == 64 && round.state == .open)
    }

    @Test func scoresAreBlindUntilTheRoundIsRevealed() throws {
        let (store, _) = try Self.store()
        try store.save(
            [
                ExpertScore(round: "r1", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4), rationale: "Suomi.fi"),
                ExpertScore(round: "r1", solution: "virtu", criterion: "I1", assessor: "ville", value: .unknown),
            ], actor: "anna", at: Self.at)

        let open = try store.round("r1")
        let scores = try store.scores(round: "r1")

        #expect(Visibility.visible(scores, in: open, to: "anna").map(\.assessor) == ["anna"])
        #expect(Visibility.visible(scores, in: open, to: nil).isEmpty)
        try store.advance("r1", to: .revealed, actor: "coordinator", at: Self.at)
        #expect(Visibility.visible(scores, in: try store.round("r1"), to: "anna").count == 2)
    }

    @Test func aRefusedScoreLeavesTheDatabaseUnchanged() throws {
        let (store, _) = try Self.store()
        let before = try store.auditEntries()

        #expect(throws: StoreError(.unknownAssessor("anne", suggestion: "anna"))) {
            try store.save(
                [
                    ExpertScore(round: "r1", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4)),
                    ExpertScore(round: "r1", solution: "virtu", criterion: "T2", assessor: "anne", value: .points(3)),
                ], actor: "anna", at: Self.at)
        }

        #expect(try store.scores(round: "r1").isEmpty)
        #expect(try store.auditEntries() == before)
    }

    @Test func roundsMoveOnlyForwardAndClosedRoundsTakeNoScores() throws {
        let (store, _) = try Self.store()

        #expect(throws: StoreError(.transition(round: "r1", from: .open, to: .closed))) {
            try store.advance("r1", to: .closed, actor: "c", at: Self.at)
        }
        try store.advance("r1", to: .revealed, actor: "c", at: Self.at)
        try store.advance("r1", to: .closed, actor: "c", at: Self.at)
        #expect(throws: StoreError(.roundNotOpen("r1", state: .closed))) {
            try store.save(
                [ExpertScore(round: "r1", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(1))],
                actor: "anna", at: Self.at)
        }
    }

    @Test func theAuditLogRecordsOldAndNewValues() throws {
        let (store, _) = try Self.store()
        let first = ExpertScore(round: "r1", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(2), rationale: "x")
        try store.save([first], actor: "anna", at: Self.at)
        var second = first
        second.value = .points(4)
        try store.save([second], actor: "anna", at: "2026-11-22T11:00:00Z")

        let last = try #require(try store.auditEntries().last)

        #expect(last.action == "score.set" && last.actor == "anna" && last.entity == "score/r1/virtu/T1/anna")
        #expect(last.old == "kind=6:points\npoints=3:2.0\nrationale=1:x\nevidence=0:\nrecordedAt=20:2026-11-22T10:00:00Z")
        #expect(last.new == "kind=6:points\npoints=3:4.0\nrationale=1:x\nevidence=0:\nrecordedAt=20:2026-11-22T11:00:00Z")
        #expect(try store.verifyAudit().isEmpty)
    }

    @Test func verificationNamesAnEditedRow() throws {
        let (store, queue) = try Self.store()
        try queue.write { try $0.execute(sql: "UPDATE auditLog SET actor = 'mallory' WHERE sequence = 2") }

        #expect(try store.verifyAudit() == [.edited(sequence: 2)])
    }

    @Test func verificationNamesAnInsertedRow() throws {
        let (store, queue) = try Self.store()
        try queue.write { db in
            // A forged row that hashes correctly on its own but does not follow row 1.
            var forged = AuditChain.entry(
                after: nil, at: "x", actor: "mallory", action: "score.set", entity: "e", old: "", new: "", hash: ScoreStore.sha256)
            forged.sequence = 2
            forged.hash = ScoreStore.sha256(forged.canonicalText)
            for sequence in [3, 2] {
                try db.execute(sql: "UPDATE auditLog SET sequence = ? WHERE sequence = ?", arguments: [sequence + 1, sequence])
            }
            try db.execute(sql: "UPDATE auditHead SET sequence = sequence + 1")
            try db.execute(
                sql:
                    "INSERT INTO auditLog (sequence, at, actor, action, entity, old, new, previousHash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    2, forged.at, forged.actor, forged.action, forged.entity, forged.old, forged.new, forged.previousHash, forged.hash,
                ])
        }

        let problems = try store.verifyAudit()

        #expect(problems.contains(.brokenLink(sequence: 2, expectedPrevious: try store.auditEntries()[0].hash)))
        #expect(problems.contains { if case .edited = $0 { true } else { false } })
    }

    @Test func verificationNamesDeletedRowsInTheMiddleAndAtTheEnd() throws {
        let (store, queue) = try Self.store()
        try queue.write { try $0.execute(sql: "DELETE FROM auditLog WHERE sequence = 2") }
        #expect(
            try store.verifyAudit() == [
                .gap(after: 1, next: 3), .brokenLink(sequence: 3, expectedPrevious: try store.auditEntries()[0].hash),
                // Row 2 recorded Anna; her row now has no entry behind it.
                .differsFromLog(entity: "assessor/anna"),
            ])

        let (other, otherQueue) = try Self.store()
        try otherQueue.write { try $0.execute(sql: "DELETE FROM auditLog WHERE sequence = 3") }
        #expect(try other.verifyAudit() == [.truncated(lastPresent: 2, head: 3), .differsFromLog(entity: "assessor/ville")])
    }

    @Test func aScoreChangedOutsideArvioIsNamedEvenWhenTheLogIsIntact() throws {
        let (store, queue) = try Self.store()
        try store.save(
            [ExpertScore(round: "r1", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(2))], actor: "anna", at: Self.at)
        try queue.write { try $0.execute(sql: "UPDATE expertScore SET points = 5") }

        #expect(try store.verifyAudit() == [.differsFromLog(entity: "score/r1/virtu/T1/anna")])
    }

    @Test func aVersion1DatabaseMigratesToTheCurrentSchemaKeepingItsData() throws {
        let queue = try DatabaseQueue()
        try ScoreStore.migrator.migrate(queue, upTo: "v1: rounds, assessors, scores, audit log")
        try queue.write { db in
            try db.execute(
                sql:
                    "INSERT INTO round (id, name, state, model, contentHash, snapshot, createdAt) VALUES ('old', 'Old', 'revealed', 'm', 'h', '{}', 't')"
            )
        }
        #expect(try queue.read { try $0.tableExists("knockOutVerdict") } == false)

        let store = try ScoreStore(queue)

        #expect(try queue.read { try $0.tableExists("knockOutVerdict") })
        #expect(try store.round("old").state == .revealed)
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }.count == 8)
        #expect(try queue.read { try $0.tableExists("account") && $0.tableExists("session") })
        // The log records the round as it stood at the upgrade, so that verification starts from there.
        #expect(try store.auditEntries().map(\.action) == ["audit.baseline"])
        #expect(try store.verifyAudit().isEmpty)
    }

    @Test func aRecordedVerdictIsAuditedAndRefusedOnceTheRoundIsClosed() throws {
        let (store, _) = try Self.store()

        try store.recordVerdict(
            round: "r1", solution: "virtu", rule: "KO-T1", met: false, rationale: "no strong id", actor: "c", at: Self.at)

        #expect(
            try store.verdicts(round: "r1") == [
                Verdict(solution: "virtu", rule: "KO-T1", met: false, rationale: "no strong id", recordedBy: "c", recordedAt: Self.at)
            ])
        #expect(try store.record(of: "r1").verdicts.count == 1)
        #expect(try store.auditEntries().last?.entity == "verdict/r1/virtu/KO-T1")
        #expect(try store.verifyAudit().isEmpty)
        try store.advance("r1", to: .revealed, actor: "c", at: Self.at)
        try store.advance("r1", to: .closed, actor: "c", at: Self.at)
        #expect(throws: StoreError(.roundNotOpen("r1", state: .closed))) {
            try store.recordVerdict(round: "r1", solution: "virtu", rule: "KO-T1", met: true, rationale: "", actor: "c", at: Self.at)
        }
    }

    /// An agreed value is recorded only while the round is revealed (blind scores are still moving while it is open; a
    /// closed round is final), changes in place, reaches the round's record and is audited under who recorded it.
    @Test func anAgreedValueIsRecordedOnlyWhileTheRoundIsRevealedAndAudited() throws {
        let (store, _) = try Self.store()
        let agreed = AgreedScore(solution: "virtu", criterion: "T1", value: .points(3), rationale: "the demo settled it")
        #expect(throws: StoreError(.roundNotRevealed("r1", state: .open))) {
            try store.recordAgreed(round: "r1", agreed, actor: "c", at: Self.at)
        }
        try store.advance("r1", to: .revealed, actor: "c", at: Self.at)

        try store.recordAgreed(round: "r1", agreed, actor: "c", at: Self.at)
        var changed = agreed
        changed.value = .notApplicable
        try store.recordAgreed(round: "r1", changed, actor: "kaisa", at: Self.at)

        changed.recordedBy = "kaisa"
        changed.recordedAt = Self.at
        #expect(try store.agreedScores(round: "r1") == [changed])
        #expect(try store.record(of: "r1").agreed == [changed])
        let entries = try store.auditEntries().filter { $0.entity == "agreed/r1/virtu/T1" }
        #expect(entries.map(\.actor) == ["c", "kaisa"])
        #expect(entries.last?.old.contains("kind=6:points") == true && entries.last?.new.contains("kind=2:na") == true)
        #expect(try store.verifyAudit().isEmpty)
        #expect(throws: StoreError(.solutionNotInRound(solution: "beepro", round: "r1"))) {
            try store.recordAgreed(
                round: "r1", AgreedScore(solution: "beepro", criterion: "T1", value: .unknown, rationale: "x"), actor: "c", at: Self.at)
        }
        try store.advance("r1", to: .closed, actor: "c", at: Self.at)
        #expect(throws: StoreError(.roundNotRevealed("r1", state: .closed))) {
            try store.recordAgreed(round: "r1", agreed, actor: "c", at: Self.at)
        }
    }

    @Test func anExcludedAssessorsScoresLeaveEveryResultAndTheyCannotScoreTheSolutionAgain() throws {
        let (store, _) = try Self.store()
        let score = { (solution: String, criterion: String) in
            ExpertScore(
                round: "r1", solution: solution, criterion: criterion, assessor: "anna", value: .points(4), rationale: "", evidence: [])
        }
        try store.save([score("virtu", "T1"), score("omaolo", "T1")], actor: "anna", at: Self.at)

        try store.exclude(round: "r1", assessor: "anna", solution: "virtu", reason: "worked for the vendor", actor: "kaisa", at: Self.at)
        try store.exclude(round: "r1", assessor: "anna", solution: "virtu", reason: "again", actor: "kaisa", at: Self.at)

        #expect(try store.scores(round: "r1").map(\.solution) == ["omaolo"])
        #expect(try store.record(of: "r1").scores.map(\.solution) == ["omaolo"])
        #expect(try store.scores(round: "r1", visibleTo: .assessor("anna")).map(\.solution) == ["omaolo"])
        #expect(
            try store.exclusions(round: "r1") == [
                Exclusion(assessor: "anna", solution: "virtu", reason: "worked for the vendor", excludedBy: "kaisa", excludedAt: Self.at)
            ])
        #expect(try store.scoringState(round: "r1", assessor: "anna")?.excluded == ["virtu"])
        #expect(throws: StoreError(.excluded(assessor: "anna", solution: "virtu", round: "r1"))) {
            try store.save([score("virtu", "T2")], actor: "anna", at: Self.at)
        }
        #expect(throws: StoreError(.solutionNotInRound(solution: "beepro", round: "r1"))) {
            try store.exclude(round: "r1", assessor: "anna", solution: "beepro", reason: "x", actor: "kaisa", at: Self.at)
        }
        let logged = try store.auditEntries().filter { $0.action == "exclusion.set" }
        #expect(logged.map(\.entity) == ["exclusion/r1/anna/virtu"] && logged.first?.actor == "kaisa")
        #expect(try store.verifyAudit().isEmpty)
        try store.advance("r1", to: .revealed, actor: "kaisa", at: Self.at)
        try store.advance("r1", to: .closed, actor: "kaisa", at: Self.at)
        #expect(throws: StoreError(.roundNotOpen("r1", state: .closed))) {
            try store.exclude(round: "r1", assessor: "anna", solution: "omaolo", reason: "late", actor: "kaisa", at: Self.at)
        }
    }

    @Test func aDatabaseFromANewerArvioIsRefusedNotMisread() throws {
        let queue = try DatabaseQueue()
        _ = try ScoreStore(queue)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')") }

        #expect(
            throws: StoreError(.database("it was written by a newer version of Arvio (migrations v9: from the future); use that version"))
        ) {
            try ScoreStore(queue)
        }
    }

    @Test func theDatabaseFileIsInWALModeAndAReadLeavesItByteIdentical() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.sqlite").path
        _ = try ScoreStore.open(at: path).createRound(id: "r", name: "R", solutions: ["x"], model: "m", snapshot: "{}", actor: "a", at: "t")
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let store = try ScoreStore.open(at: path)
        _ = try store.rounds()
        let mode = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }

        #expect(mode == "wal")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
