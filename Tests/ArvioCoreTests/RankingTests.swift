import Testing

@testable import ArvioCore

struct RankingTests {
    @Test func tiesShareTheBestRankOfTheirGroupInCompetitionStyle() {
        let ranking = Ranking(method: .weightedSum, alternatives: ["a", "b", "c", "d"], scores: [0.9, 0.5, 0.5, 0.1])

        #expect(ranking.ranks == [1, 2, 2, 4])
        #expect(ranking.order == [0, 1, 2, 3])
    }

    @Test func tiesAreExactByDefaultAndWithinAStatedToleranceOnRequest() {
        let exact = Ranking(method: .weightedSum, alternatives: ["a", "b", "c"], scores: [0.1 + 0.2, 0.3, 0.3])
        let tolerant = exact.tied(within: 1e-9)

        #expect(exact.tieTolerance == 0 && exact.ranks == [1, 2, 2])
        #expect(tolerant.tieTolerance == 1e-9 && tolerant.ranks == [1, 1, 1])
    }

    /// The old rule (an undocumented relative 1e-9) merged these: two scores 0.0005 apart near 10⁶.
    @Test func genuinelyDifferentLargeScoresAreNotMerged() {
        let ranking = Ranking(method: .weightedSum, alternatives: ["a", "b"], scores: [1_000_000.0005, 1_000_000.0])

        #expect(ranking.ranks == [1, 2])
        #expect(RankAgreement.midRanks(ranking) == [1, 2])
    }

    @Test func lowerIsBetterForVikorsQ() {
        let ranking = Ranking(method: .vikor, alternatives: ["a", "b", "c"], scores: [1, 0, 1], higherIsBetter: false)

        #expect(ranking.ranks == [2, 1, 2] && ranking.order == [1, 0, 2])
    }

    @Test func spearmanAndKendallOfIdenticalReversedAndTiedRankings() {
        let a = Ranking(method: .topsis, alternatives: ["a", "b", "c", "d"], scores: [4, 3, 2, 1])
        let reversed = Ranking(method: .vikor, alternatives: ["a", "b", "c", "d"], scores: [1, 2, 3, 4])
        let tied = Ranking(method: .weightedSum, alternatives: ["a", "b", "c", "d"], scores: [4, 3, 3, 1])

        #expect(RankAgreement.spearman(a, a) == 1 && RankAgreement.kendall(a, a) == 1)
        #expect(RankAgreement.spearman(a, reversed) == -1 && RankAgreement.kendall(a, reversed) == -1)
        // Hand-computed: mid-ranks (1, 2.5, 2.5, 4) against (1, 2, 3, 4): ρ = 4.5 / √(4.5 · 5) = 0.9487; τ-b = 5 / √(5 · 6) = 0.9129.
        #expect(abs((RankAgreement.spearman(a, tied) ?? 0) - 0.948_683) < 1e-6)
        #expect(abs((RankAgreement.kendall(a, tied) ?? 0) - 0.912_871) < 1e-6)
    }

    @Test func consensusIsTheMeanRankAndSaysSo() throws {
        let a = Ranking(method: .topsis, alternatives: ["x", "y", "z"], scores: [3, 2, 1])
        let b = Ranking(method: .vikor, alternatives: ["x", "y", "z"], scores: [1, 0, 2], higherIsBetter: false)

        let consensus = try #require(RankAgreement.consensus([a, b]))

        #expect(consensus.scores == [1.5, 1.5, 3])
        #expect(consensus.ranks == [1, 1, 3])
        #expect(consensus.parameters == [.meanRank(over: [.topsis, .vikor])])
        #expect(consensus.parameters.map(\.value) == ["mean rank over topsis, vikor"])
    }

    @Test func theRadixSortOrdersLikeAStableSortOnLargeInputs() {
        var generator = SplitMix64(seed: 7)
        let keys = (0..<5000).map { _ in (Double.random(in: -3...3, using: &generator) * 4).rounded() / 4 } + [-0.0, 0.0, -1e300, 1e-300]

        let radix = Ranking.stableOrder(keys)
        let reference = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }

        #expect(radix == reference)
    }
}
