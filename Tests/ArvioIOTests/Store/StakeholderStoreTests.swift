import ArvioCore
import Foundation
import GRDB
import Testing

@testable import ArvioIO

/// Stakeholders' weights in the store: given while the round is open, read back exactly, audited, and refused once the
/// round is revealed.
struct StakeholderStoreTests {
    static let ahp = StakeholderWeights(
        stakeholder: "asiakas", name: "Asiakkaiden edustaja", importance: 0.5, illustrative: true, technique: .ahp,
        areas: .init(judgements: [
            Judgement(row: "U", column: "T", value: 3), Judgement(row: "U", column: "I", value: 5),
            Judgement(row: "T", column: "I", value: 1.0 / 3),
        ]),
        criteria: ["T": .init(weights: [], judgements: [Judgement(row: "T1", column: "T2", value: 2)])])
    static let points = StakeholderWeights(
        stakeholder: "hankinta", name: "Hankinta", technique: .points,
        areas: .init(weights: [Weight(id: "U", value: 40), Weight(id: "T", value: 40), Weight(id: "I", value: 20)]))

    @Test func weightsAreReadBackExactlyWithTheRound() throws {
        let (store, _) = try ScoreStoreTests.store()

        try store.recordStakeholderWeights(round: "r1", [Self.points, Self.ahp], actor: "coordinator", at: ScoreStoreTests.at)
        let read = try store.stakeholderWeights(round: "r1")
        let record = try store.record(of: "r1")

        #expect(read.map(\.stakeholder) == ["asiakas", "hankinta"])
        #expect(read[0].areas.judgements.map(\.value) == [3, 5, 1.0 / 3])
        #expect(read[0].criteria["T"]?.judgements.map { "\($0.row):\($0.column)" } == ["T1:T2"])
        #expect(read[0].importance == 0.5 && read[0].illustrative && read[0].technique == .ahp)
        #expect(read[1].areas.weights.map(\.value) == [40, 40, 20] && read[1].recordedBy == "coordinator")
        #expect(record.stakeholders == read)
        #expect(try store.verifyAudit().isEmpty)
    }

    @Test func theSameWeightsAgainAreNotLoggedAgainAndAChangeIsLoggedOldAndNew() throws {
        let (store, _) = try ScoreStoreTests.store()
        try store.recordStakeholderWeights(round: "r1", [Self.points], actor: "c", at: ScoreStoreTests.at)
        let before = try store.auditEntries().count

        try store.recordStakeholderWeights(round: "r1", [Self.points], actor: "c", at: ScoreStoreTests.at)
        #expect(try store.auditEntries().count == before)

        var changed = Self.points
        changed.areas.weights[2].value = 30
        try store.recordStakeholderWeights(round: "r1", [changed], actor: "d", at: ScoreStoreTests.at)
        let last = try #require(try store.auditEntries().last)
        #expect(last.entity == "weights/r1/hankinta" && last.action == "weights.set" && last.actor == "d")
        #expect(last.old.contains("\"value\":20") && last.new.contains("\"value\":30"))
    }

    @Test func aRevealedRoundRefusesWeightsAndNothingIsWritten() throws {
        let (store, _) = try ScoreStoreTests.store()
        try store.advance("r1", to: .revealed, actor: "c", at: ScoreStoreTests.at)
        let before = try store.auditEntries().count

        #expect(throws: StoreError(.weightsNotOpen("r1", state: .revealed))) {
            try store.recordStakeholderWeights(round: "r1", [Self.points], actor: "c", at: ScoreStoreTests.at)
        }
        #expect(
            StoreError(.weightsNotOpen("r1", state: .revealed)).description
                == "error: round 'r1' is revealed; stakeholders' weights are given only while a round is open, before anyone has seen a result\n  help: give the weights to a new round, or move them into the round's weight model (criteria/models)"
        )
        #expect(try store.stakeholderWeights(round: "r1").isEmpty && store.auditEntries().count == before)
        var bad = Self.points
        bad.stakeholder = "no spaces"
        #expect(throws: StoreError(.invalid(.invalidID("no spaces")))) {
            try store.recordStakeholderWeights(round: "r1", [bad], actor: "c", at: ScoreStoreTests.at)
        }
    }
}
