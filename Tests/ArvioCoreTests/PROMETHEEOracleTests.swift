import Foundation
import Testing

@testable import ArvioCore

/// PROMETHEE II's sorted prefix-sum path against a plain pairwise implementation kept here as the oracle. The oracle
/// follows the documented threshold rule (a difference within 1e-12 × the criterion's largest |value| of a threshold
/// equals it) and nothing else of the production code.
struct PROMETHEEOracleTests {
    /// Net flows by the definition: every ordered pair, its difference computed once, its degree added to both flows.
    static func plainNetFlows(_ matrix: DecisionMatrix) -> [Double] {
        let m = matrix.rowCount
        let total = matrix.criteria.reduce(0) { $0 + $1.weight }
        var net = [Double](repeating: 0, count: m)
        for (j, criterion) in matrix.criteria.enumerated() {
            let sign = criterion.direction == .benefit ? 1.0 : -1.0
            let x = (0..<m).map { sign * matrix[$0, j] }
            let tolerance = 1e-12 * x.map(abs).reduce(0, max)
            for a in 0..<m {
                for b in 0..<m where a != b {
                    let d = x[a] - x[b]
                    let degree: Double =
                        switch criterion.preference {
                        case .usual: d > tolerance ? 1 : 0
                        case .uShape(let q): d > q + tolerance ? 1 : 0
                        case .vShape(let p): d <= tolerance ? 0 : d > p + tolerance ? 1 : d / p
                        case .level(let q, let p): d <= q + tolerance ? 0 : d <= p + tolerance ? 0.5 : 1
                        case .linear(let q, let p): d <= q + tolerance ? 0 : d > p + tolerance ? 1 : (d - q) / (p - q)
                        case .gaussian(let s): d <= tolerance ? 0 : 1 - exp(-(d * d) / (2 * s * s))
                        }
                    net[a] += criterion.weight / total * degree / Double(m - 1)
                    net[b] -= criterion.weight / total * degree / Double(m - 1)
                }
            }
        }
        return net
    }

    /// A seeded random problem with one-decimal values and thresholds, as users type them, shifted by `offset`.
    static func problem(_ generator: inout SplitMix64, offset: Double) -> DecisionMatrix {
        let m = Int.random(in: 2...9, using: &generator), n = Int.random(in: 1...4, using: &generator)
        func decimal(_ range: ClosedRange<Int>) -> Double { Double(Int.random(in: range, using: &generator)) / 10 }
        let criteria = (0..<n).map { j -> MatrixCriterion in
            let q = decimal(0...10), p = q + decimal(1...10)
            let preference: PreferenceFunction =
                switch Int.random(in: 0..<5, using: &generator) {
                case 0: .usual
                case 1: .uShape(q: q)
                case 2: .vShape(p: p)
                case 3: .level(q: q, p: p)
                default: .linear(q: q, p: p)
                }
            return MatrixCriterion(
                id: "c\(j)", weight: decimal(1...10), direction: Bool.random(using: &generator) ? .benefit : .cost, preference: preference)
        }
        let values = (0..<(m * n)).map { _ in offset + decimal(0...30) }
        return try! DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: criteria, flatValues: values)
    }

    @Test func aDifferenceThatEqualsTheThresholdInDecimalIsIndifference() throws {
        let matrix = ReferenceCase.matrix([[0.6], [1.1]], weights: [1], preferences: [.uShape(q: 0.5)])

        let ranking = try PROMETHEE().ranking(of: matrix)

        #expect(ranking.scores == [0, 0])
        #expect(ranking.ranks == [1, 1])
    }

    @Test(arguments: [0.0, 1e6])
    func netFlowsSumToZeroAndEqualTheOracleOnTenThousandProblems(offset: Double) throws {
        var generator = SplitMix64(seed: offset == 0 ? 2026 : 1201)
        var worstSum = 0.0, worstDifference = 0.0
        for index in 0..<10_000 {
            let matrix = Self.problem(&generator, offset: offset)

            let ranking = try PROMETHEE().ranking(of: matrix)
            let oracle = Self.plainNetFlows(matrix)

            worstSum = max(worstSum, abs(ranking.scores.reduce(0, +)))
            worstDifference = max(worstDifference, zip(ranking.scores, oracle).map { abs($0 - $1) }.max() ?? 0)
            // Mathematically equal flows may differ in the last bit between two summation orders, so the ranks are
            // compared under a stated tolerance; the flows themselves must agree to 1e-12.
            let expectedRanks = Ranking(method: .prometheeII, alternatives: matrix.alternatives, scores: oracle).tied(within: 1e-9).ranks
            if ranking.tied(within: 1e-9).ranks != expectedRanks || worstSum > 1e-12 || worstDifference > 1e-12 {
                Issue.record(
                    "problem \(index): ranks \(ranking.tied(within: 1e-9).ranks) vs \(expectedRanks), Σφ \(worstSum), Δ \(worstDifference)")
                return
            }
        }
        #expect(worstSum <= 1e-12)
        #expect(worstDifference <= 1e-12)
    }

    /// Values near 10¹² with linear thresholds: the prefix sums are taken of centred values, so nothing is lost.
    @Test func linearFlowsKeepTheirPrecisionFarFromZero() throws {
        var generator = SplitMix64(seed: 12)
        for _ in 0..<200 {
            let values = (0..<30).map { _ in 1e12 + Double(Int.random(in: 0...40, using: &generator)) / 10 }
            let matrix = ReferenceCase.matrix(values.map { [$0] }, weights: [1], preferences: [.linear(q: 0.3, p: 1.7)])

            let ranking = try PROMETHEE().ranking(of: matrix)
            let oracle = Self.plainNetFlows(matrix)

            #expect(zip(ranking.scores, oracle).allSatisfy { abs($0 - $1) <= 1e-12 })
            #expect(abs(ranking.scores.reduce(0, +)) <= 1e-12)
        }
    }
}
