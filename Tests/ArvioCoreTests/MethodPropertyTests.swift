import Testing

@testable import ArvioCore

/// Invariants every method must keep, on seeded random matrices.
struct MethodPropertyTests {
    static let methods: [any ScoringMethod] = [
        WeightedSum(), WeightedSum(normalization: .max), WeightedSum(normalization: .sum), WeightedSum(normalization: .vector),
        WeightedProduct(), TOPSIS(), TOPSIS(normalization: .minMax), VIKOR(), PROMETHEE(), AHPRatings(topLevel: 20),
    ]

    static func randomMatrix(seed: UInt64, rows: Int = 7, columns: Int = 4) -> DecisionMatrix {
        var generator = SplitMix64(seed: seed)
        let criteria = (0..<columns).map { j in
            MatrixCriterion(
                id: "c\(j)", weight: Double.random(in: 0.1...1, using: &generator), direction: j % 3 == 2 ? .cost : .benefit,
                preference: [.usual, .linear(q: 0.5, p: 2), .vShape(p: 3)][j % 3])
        }
        let values = (0..<rows).map { _ in (0..<columns).map { _ in Double.random(in: 1...10, using: &generator).rounded() } }
        return try! DecisionMatrix(alternatives: (0..<rows).map { "a\($0)" }, criteria: criteria, values: values)
    }

    @Test(arguments: 0..<methods.count)
    func permutingTheAlternativesPermutesTheResult(methodIndex: Int) throws {
        let method = Self.methods[methodIndex]
        for seed in 1...20 as ClosedRange<UInt64> {
            let matrix = Self.randomMatrix(seed: seed)
            let permutation = [3, 0, 6, 1, 5, 2, 4]

            let original = try method.ranking(of: matrix)
            let permuted = try method.ranking(of: try matrix.reordered(permutation))

            for (newIndex, oldIndex) in permutation.enumerated() {
                #expect(abs(permuted.scores[newIndex] - original.scores[oldIndex]) < 1e-12, "\(method.name) seed \(seed)")
                #expect(permuted.ranks[newIndex] == original.ranks[oldIndex], "\(method.name) seed \(seed)")
            }
        }
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8])
    func scalingABenefitColumnKeepsScaleInvariantRankings(methodIndex: Int) throws {
        let method = Self.methods[methodIndex]
        for seed in 1...20 as ClosedRange<UInt64> {
            let matrix = Self.randomMatrix(seed: seed)
            var rows = (0..<matrix.rowCount).map { i in (0..<matrix.columnCount).map { matrix[i, $0] } }
            for i in rows.indices { rows[i][0] *= 37.5 }
            var criteria = matrix.criteria
            criteria[0].preference = .usual  // thresholds are in the criterion's unit, so only "usual" is unit-free
            let original = try DecisionMatrix(
                alternatives: matrix.alternatives, criteria: criteria,
                values: (0..<matrix.rowCount).map { i in (0..<matrix.columnCount).map { matrix[i, $0] } })
            let scaled = try DecisionMatrix(alternatives: matrix.alternatives, criteria: criteria, values: rows)

            let scaledRanks = try method.ranking(of: scaled).ranks
            let originalRanks = try method.ranking(of: original).ranks

            #expect(scaledRanks == originalRanks, "\(method.name) seed \(seed)")
        }
    }

    @Test(arguments: 0..<methods.count)
    func aDominatingAlternativeNeverRanksBelowTheOneItDominates(methodIndex: Int) throws {
        let method = Self.methods[methodIndex]
        for seed in 1...30 as ClosedRange<UInt64> {
            let matrix = Self.randomMatrix(seed: seed)
            var rows = (0..<matrix.rowCount).map { i in (0..<matrix.columnCount).map { matrix[i, $0] } }
            // Make a0 dominate a1: at least as good everywhere, better on one criterion.
            for j in 0..<matrix.columnCount {
                let better = matrix.criteria[j].direction == .benefit ? max(rows[0][j], rows[1][j]) : min(rows[0][j], rows[1][j])
                rows[0][j] = better
            }
            rows[0][0] = rows[1][0] + 1
            let dominated = try DecisionMatrix(alternatives: matrix.alternatives, criteria: matrix.criteria, values: rows)

            let ranking = try method.ranking(of: dominated)

            #expect(ranking.ranks[0] <= ranking.ranks[1], "\(method.name) seed \(seed)")
        }
    }
}
