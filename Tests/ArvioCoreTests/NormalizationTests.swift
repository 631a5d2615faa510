import Testing

@testable import ArvioCore

/// The scale normalisation (absolute measurement on the experts' scale), the raw weighted sum, and vector
/// normalisation without overflow.
struct NormalizationTests {
    static func matrix(_ rows: [[Double]], weights: [Double], directions: [Direction]? = nil, scale: ClosedRange<Double>? = 0...5)
        -> DecisionMatrix
    {
        let criteria = weights.indices.map { j in
            MatrixCriterion(id: "c\(j + 1)", weight: weights[j], direction: directions?[j] ?? .benefit, scale: scale)
        }
        return try! DecisionMatrix(alternatives: rows.indices.map { "a\($0)" }, criteria: criteria, values: rows)
    }

    @Test func scaleNormalisationReadsEachScoreOnItsCriterionsScale() throws {
        let matrix = Self.matrix([[5, 0], [4, 5], [3, 2.5]], weights: [1, 1], directions: [.benefit, .cost])

        let scores = try WeightedSum(normalization: .scale).scores(of: matrix)

        // (5/5 + (5 − 0)/5) / 2, (4/5 + 0) / 2, (3/5 + 2.5/5) / 2
        #expect(zip(scores, [1, 0.4, 0.55]).allSatisfy { abs($0 - $1) < 1e-15 })
    }

    /// Absolute measurement: a solution's value never depends on the others, so removing or adding one (as the gate
    /// does) never reorders the rest. Min-max fails this on the same data (checked, so the test can fail).
    @Test func removingOrAddingASolutionNeverReordersTheOthers() throws {
        var generator = SplitMix64(seed: 13)
        var minMaxReversals = 0
        for _ in 0..<500 {
            let m = Int.random(in: 3...8, using: &generator), n = Int.random(in: 2...6, using: &generator)
            let rows = (0..<m).map { _ in (0..<n).map { _ in Double(Int.random(in: 0...10, using: &generator)) / 2 } }
            let weights = (0..<n).map { _ in Double(Int.random(in: 1...10, using: &generator)) }
            let removed = Int.random(in: 0..<m, using: &generator)
            let kept = rows.indices.filter { $0 != removed }
            let full = Self.matrix(rows, weights: weights), smaller = Self.matrix(kept.map { rows[$0] }, weights: weights)
            func order(_ scores: [Double], _ ids: [Int]) -> [Int] {
                ids.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }.map { ids[$0] }
            }

            let withAll = try WeightedSum(normalization: .scale).scores(of: full)
            let without = try WeightedSum(normalization: .scale).scores(of: smaller)

            #expect(order(kept.map { withAll[$0] }, kept) == order(without, kept))
            let minMaxAll = try WeightedSum(normalization: .minMax).scores(of: full)
            let minMaxWithout = try WeightedSum(normalization: .minMax).scores(of: smaller)
            if order(kept.map { minMaxAll[$0] }, kept) != order(minMaxWithout, kept) { minMaxReversals += 1 }
        }
        #expect(minMaxReversals > 0)
    }

    @Test func aCriterionWithoutAScaleOrAValueOutsideItIsRefusedByName() throws {
        let unscaled = Self.matrix([[1], [2]], weights: [1], scale: nil)
        let outside = Self.matrix([[1], [7]], weights: [1])

        #expect(throws: ScoringError(.noScale("c1"))) { try WeightedSum(normalization: .scale).scores(of: unscaled) }
        #expect(throws: ScoringError(.outsideScale(alternative: "a1", criterion: "c1", value: 7, low: 0, high: 5))) {
            try WeightedSum(normalization: .scale).scores(of: outside)
        }
    }

    /// Triantaphyllou (2000), the weighted sum's textbook example (also Wikipedia, "Weighted sum model"): the raw sums
    /// are 21.5, 22 and 22, a tie for first.
    @Test func noNormalisationIsTheRawWeightedSum() throws {
        let matrix = ReferenceCase.matrix([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], weights: [0.2, 0.15, 0.4, 0.25])

        let ranking = try WeightedSum(normalization: .none).ranking(of: matrix)

        #expect(ranking.scores == [21.5, 22, 22])
        #expect(ranking.ranks == [3, 1, 1])
    }

    /// Values near 1e200 used to make Σx² infinite, the scale 0 and the criterion vanish (TOPSIS ranked 1, 3, 2).
    @Test func vectorNormalisationNeitherOverflowsNorUnderflows() throws {
        let rows: [[Double]] = [[3, 1], [1, 2], [2, 3]]
        let plain = try TOPSIS().ranking(of: ReferenceCase.matrix(rows, weights: [0.5, 0.5]))
        for factor in [1e200, 1e-200] {
            let scaled = ReferenceCase.matrix(rows.map { [$0[0] * factor, $0[1]] }, weights: [0.5, 0.5])

            let ranking = try TOPSIS().ranking(of: scaled)

            #expect(ranking.ranks == plain.ranks, "factor \(factor)")
            #expect(zip(ranking.scores, plain.scores).allSatisfy { abs($0 - $1) < 1e-12 }, "factor \(factor)")
        }
    }

    @Test func weightsNearTheLargestDoubleAreScaledNotZeroed() throws {
        let matrix = ReferenceCase.matrix([[1, 5], [5, 1]], weights: [1e308, 1e308 / 2])

        #expect(abs(matrix.normalizedWeights[0] - 2.0 / 3) < 1e-15 && abs(matrix.normalizedWeights[1] - 1.0 / 3) < 1e-15)
    }

    @Test func aRangeThatOverflowsIsRefusedWithTheCriterion() {
        let matrix = ReferenceCase.matrix([[-1.5e308], [1.5e308]], weights: [1])

        #expect(throws: ScoringError(.outOfComputableRange("c1"))) { try WeightedSum(normalization: .minMax).ranking(of: matrix) }
    }

    @Test func randomIndicesReachFifteenItemsWithTheirSourceNamed() throws {
        for n in [10, 11, 15] {
            var judgements = (0..<n).map { i in (0..<n).map { j in i == j ? 1.0 : 0 } }
            for i in 0..<n { for j in (i + 1)..<n { judgements[i][j] = j == i + 1 ? 2 : 1 } }

            let result = try AHP(ids: (0..<n).map { "c\($0)" }, judgements: judgements).priorities()

            #expect(result.randomIndexSource == (n <= 10 ? "Saaty 1980" : "Tummala & Ling 1998"))
            #expect(result.randomIndex == [10: 1.49, 11: 1.5117, 15: 1.5831][n])
        }
    }
}
