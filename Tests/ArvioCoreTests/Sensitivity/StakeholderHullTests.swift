import ArvioCore
import Testing

/// SMAA-2 with weights drawn from the convex hull of the stakeholders' weights (Dirichlet(1) mixtures).
struct StakeholderHullTests {
    static func model(seed: UInt64) throws -> (DecisionMatrix, AdditiveModel) {
        let model = try WeightStabilityTests.randomModel(seed: seed, alternatives: 6, lowestWeight: 0.1, groups: [[0], [1], [2], [3]])
        let m = model.rowCount, n = model.columnCount
        let matrix = try DecisionMatrix(
            alternatives: model.alternatives, criteria: model.criteria.map { MatrixCriterion(id: $0, weight: 1, scale: 0...5) },
            values: (0..<m).map { i in (0..<n).map { model.values[i * n + $0] * 5 } })
        return (matrix, model)
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func oneStakeholderPutsEveryDrawOnTheirRanking(seed: UInt64) throws {
        let (matrix, _) = try Self.model(seed: seed)
        let smaa = try SMAA(matrix, normalization: .scale)
        var random = SplitMix64(seed: seed)
        let weights = (0..<4).map { _ in Double.random(in: 0.05...1, using: &random) }
        let ranking = Ranking(method: .weightedSum, alternatives: smaa.model.alternatives, scores: smaa.model.reweighted(weights).scores())
        // Exact ties would share ranks; the seeds give none.
        #expect(Set(ranking.scores).count == ranking.scores.count)

        let result = try smaa.analyse(samples: 3_000, seed: seed, constraints: WeightConstraints(hull: [weights]), threads: 2)

        for i in 0..<smaa.model.rowCount { #expect(result.rankAcceptability[i][ranking.ranks[i] - 1] == 1, "alternative \(i)") }
    }

    @Test func theDrawsStayBetweenTheStakeholdersViews() throws {
        let (matrix, _) = try Self.model(seed: 9)
        let smaa = try SMAA(matrix, normalization: .scale)
        let views = [[0.7, 0.1, 0.1, 0.1], [0.1, 0.7, 0.1, 0.1]]

        let result = try smaa.analyse(samples: 4_000, seed: 5, constraints: WeightConstraints(hull: views))

        // Every central weight is a mixture of the two views: the last two weights stay at 0.1 each.
        for central in result.centralWeights.compactMap({ $0 }) {
            #expect(abs(central[2] - 0.1) < 1e-9 && abs(central[3] - 0.1) < 1e-9)
            #expect(central[0] >= 0.1 - 1e-9 && central[0] <= 0.7 + 1e-9)
        }
        // The same seed gives the same numbers on one thread or two.
        #expect(try smaa.analyse(samples: 4_000, seed: 5, constraints: WeightConstraints(hull: views), threads: 2) == result)
    }

    @Test func aHullIsNotCombinedWithBoundsOrAnOrderAndMustFitTheModel() throws {
        let (matrix, _) = try Self.model(seed: 1)
        let smaa = try SMAA(matrix, normalization: .scale)

        #expect(throws: SensitivityError(.hullWithConstraints)) {
            try smaa.analyse(samples: 10, seed: 1, constraints: WeightConstraints(order: ["c0", "c1"], hull: [[1, 1, 1, 1]]))
        }
        #expect(throws: SensitivityError(.badHullVertex(2, expected: 4, found: 3))) {
            try smaa.analyse(samples: 10, seed: 1, constraints: WeightConstraints(hull: [[1, 1, 1, 1], [1, 1, 1]]))
        }
    }
}
