import RealModule
import Synchronization
import Testing

@testable import ArvioCore

struct SMAATests {
    /// A = (1, 0), B = (0, 1), C = (0.7, 0.6). With two criteria, weights uniform on the simplex are w₁ = t ~ U(0, 1),
    /// and the scores are A = t, B = 1 − t, C = 0.6 + 0.1 t. Enumerating the orders over t by hand:
    /// t < 4/11: B C A; 4/11 < t < 1/2: C B A; 1/2 < t < 2/3: C A B; t > 2/3: A C B.
    static let exact: [[Double]] = [
        [1.0 / 3, 1.0 / 6, 1.0 / 2],
        [4.0 / 11, 1.0 / 2 - 4.0 / 11, 1.0 / 2],
        [2.0 / 3 - 4.0 / 11, 4.0 / 11 + 1.0 / 3, 0],
    ]

    static func tiny() throws -> DecisionMatrix {
        try DecisionMatrix(
            alternatives: ["A", "B", "C"], criteria: [MatrixCriterion(id: "c1", weight: 1), MatrixCriterion(id: "c2", weight: 1)],
            values: [[1, 0], [0, 1], [0.7, 0.6]])
    }

    @Test func acceptabilitiesMatchExactEnumeration() throws {
        let samples = 40_000
        let result = try SMAA(try Self.tiny()).analyse(samples: samples, seed: 7)

        // Each share is a binomial proportion: within 4.5 standard errors (a two-sided z-test at about 1e-5 per cell).
        for i in 0..<3 {
            for r in 0..<3 {
                let p = Self.exact[i][r]
                let standardError = max((p * (1 - p) / Double(samples)).squareRoot(), 1e-12)
                #expect(abs(result.rankAcceptability[i][r] - p) <= 4.5 * standardError, "alternative \(i), rank \(r + 1)")
            }
        }
        // A leads for t > 2/3: its central weight on c1 is the mean of U(2/3, 1), 5/6.
        let central = try #require(result.centralWeights[0])
        let mean: Double = 5.0 / 6
        #expect(abs(central[0] - mean) < 0.01)
        #expect(result.confidence[0] == 1)
    }

    @Test func everyRowAndColumnSumsToOneEvenWithTies() throws {
        // D repeats A's values, so A and D tie in every draw and share the ranks they span.
        var random = SplitMix64(seed: 11)
        var rows = (0..<6).map { _ in (0..<4).map { _ in Double(Int.random(in: 0...5, using: &random)) } }
        rows.append(rows[0])
        let matrix = try DecisionMatrix(
            alternatives: (0..<7).map { "a\($0)" }, criteria: (0..<4).map { MatrixCriterion(id: "c\($0)", weight: 1) },
            values: rows)

        let result = try SMAA(matrix).analyse(samples: 5_000, seed: 3)

        for row in result.rankAcceptability { #expect(abs(row.reduce(0, +) - 1) < 1e-9) }
        for r in 0..<7 { #expect(abs(result.rankAcceptability.map { $0[r] }.reduce(0, +) - 1) < 1e-9) }
        #expect(result.rankAcceptability[0] == result.rankAcceptability[6])
    }

    @Test func theSameSeedGivesTheSameNumbersOnOneThreadOrTwo() throws {
        let smaa = try SMAA(try Self.tiny())

        let once = try smaa.analyse(samples: 3_001, seed: 42)
        let again = try smaa.analyse(samples: 3_001, seed: 42, threads: 2)
        let other = try smaa.analyse(samples: 3_001, seed: 43)

        #expect(once == again)
        #expect(once.rankAcceptability != other.rankAcceptability)
        #expect(once.seed == 42 && once.samples == 3_001)
    }

    /// Progress is told once per chunk, ends at the whole, and changes nothing in the result.
    @Test func progressIsToldPerChunkAndChangesNothing() throws {
        let smaa = try SMAA(try Self.tiny())
        let told = Mutex<[Double]>([])

        let watched = try smaa.analyse(samples: 3_001, seed: 42, threads: 2) { share in told.withLock { $0.append(share) } }
        let shares = told.withLock { $0 }.sorted()

        #expect(watched == (try smaa.analyse(samples: 3_001, seed: 42)))
        #expect(shares.count == 64 && shares.last == 1 && shares.first == 1.0 / 64)
    }

    @Test func aDominatedAlternativeNeverRanksFirst() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B", "C"], criteria: (0..<3).map { MatrixCriterion(id: "c\($0)", weight: 1) },
            values: [[3, 4, 2], [2, 4, 1], [5, 0, 1]])

        let result = try SMAA(matrix).analyse(samples: 10_000, seed: 5)

        #expect(result.rankAcceptability[1][0] == 0)
        #expect(result.centralWeights[1] == nil && result.confidence[1] == nil)
    }

    @Test func anOrderOfImportanceHoldsInEveryDrawAndTheCentralWeights() throws {
        let smaa = try SMAA(try Self.tiny())

        let result = try smaa.analyse(samples: 20_000, seed: 9, constraints: WeightConstraints(order: ["c2", "c1"]))

        // c2 ≥ c1 means t ≤ 1/2, where A never leads; B leads for t < 4/11, i.e. with probability (4/11) / (1/2).
        #expect(result.rankAcceptability[0][0] == 0)
        let expected: Double = 8.0 / 11
        let tolerance: Double = 4.5 * (expected * (1 - expected) / 20_000).squareRoot()
        #expect(abs(result.rankAcceptability[1][0] - expected) < tolerance)
        for weights in result.centralWeights.compactMap({ $0 }) { #expect(weights[1] >= weights[0]) }
    }

    @Test func boundsAreRespectedAndTheirAcceptanceRateReported() throws {
        let result = try SMAA(try Self.tiny()).analyse(
            samples: 10_000, seed: 1, constraints: WeightConstraints(bounds: ["c1": 0.7...0.9]))

        #expect(result.rankAcceptability[0][0] == 1)
        #expect(abs(result.acceptanceRate - 0.2) < 0.02)
    }

    @Test func impossibleBoundsAndUnknownNamesAreWordedErrors() throws {
        let smaa = try SMAA(try Self.tiny())

        #expect(throws: SensitivityError(.infeasibleBounds(lowerSum: 1.2, upperSum: 2))) {
            try smaa.analyse(samples: 10, seed: 1, constraints: WeightConstraints(bounds: ["c1": 0.6...1, "c2": 0.6...1]))
        }
        let error = try #require(
            throws: SensitivityError.self,
            performing: { try smaa.analyse(samples: 10, seed: 1, constraints: WeightConstraints(order: ["c3", "c1"])) })
        #expect(error.text(in: .en) == "error: there is no weight 'c3'\n  help: did you mean 'c1'? the weights are: c1, c2")
        #expect(
            error.text(in: .fi) == "virhe: painoa 'c3' ei ole\n  ohje: tarkoititko 'c1'? painot ovat: c1, c2")
    }

    @Test func tooNarrowBoundsStopWithAnError() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"], criteria: (0..<8).map { MatrixCriterion(id: "c\($0)", weight: 1) },
            values: [[1, 0, 0, 0, 0, 0, 0, 0], [0, 1, 1, 1, 1, 1, 1, 1]])
        let bounds = Dictionary(uniqueKeysWithValues: (0..<8).map { ("c\($0)", 0.12...0.13) })

        #expect(throws: SensitivityError.self) {
            try SMAA(matrix).analyse(samples: 100, seed: 1, constraints: WeightConstraints(bounds: bounds))
        }
    }

    /// With one cell uncertain between two values, the acceptabilities are the mean of the two fixed problems'.
    @Test func assessorsSpreadBecomesUncertainty() throws {
        let matrix = try Self.tiny()
        var spread = [[Double]](repeating: [], count: 6)
        spread[5] = [0.6, 0.2]  // C's second value: 0.6 or 0.2
        let smaa = try SMAA(matrix, spread: spread)
        let low = try DecisionMatrix(alternatives: matrix.alternatives, criteria: matrix.criteria, values: [[1, 0], [0, 1], [0.7, 0.2]])

        let result = try smaa.analyse(samples: 40_000, seed: 2)
        let high = try SMAA(matrix).analyse(samples: 40_000, seed: 2)
        let other = try SMAA(low).analyse(samples: 40_000, seed: 2)

        #expect(smaa.uncertainCells == 1 && result.uncertainCells == 1)
        for i in 0..<3 {
            for r in 0..<3 {
                let p = (high.rankAcceptability[i][r] + other.rankAcceptability[i][r]) / 2
                #expect(abs(result.rankAcceptability[i][r] - p) < 0.02, "alternative \(i), rank \(r + 1)")
            }
        }
    }

    /// Both fills: the exact one (53-bit uniforms) and the one that takes two 24-bit variates per random number.
    @Test(arguments: [false, true])
    func zigguratDrawsAreStandardExponential(pairs: Bool) {
        var generator = SplitMix64(seed: 99)
        let count = 400_000
        var draws = [Double](repeating: 0, count: count)
        draws.withUnsafeMutableBufferPointer { buffer in
            if pairs {
                // In odd-sized pieces, so that a pair is split across calls as in SMAA's 30-weight draws.
                var start = 0
                while start < count {
                    let end = min(count, start + 31)
                    ExponentialZiggurat.shared.fillPairs(UnsafeMutableBufferPointer(rebasing: buffer[start..<end]), using: &generator)
                    start = end
                }
            } else {
                for k in 0..<count { buffer[k] = ExponentialZiggurat.shared.next(using: &generator) }
            }
        }
        var sum = 0.0, squares = 0.0, aboveOne = 0, aboveEight = 0
        for x in draws {
            sum += x
            squares += x * x
            if x > 1 { aboveOne += 1 }
            if x > 8 { aboveEight += 1 }
        }
        let mean = sum / Double(count), variance = squares / Double(count) - mean * mean
        // Mean 1 and variance 1 (standard errors 1/√N and √8/√N); P(X > 1) = e⁻¹; the tail beyond r ≈ 7.7 is reached.
        let root: Double = Double(count).squareRoot()
        #expect(abs(mean - 1) < 4.5 / root)
        let varianceTolerance: Double = 4.5 * 8.0.squareRoot() / root
        #expect(abs(variance - 1) < varianceTolerance)
        let p: Double = Double.exp(-1.0)
        let share: Double = Double(aboveOne) / Double(count)
        let shareTolerance: Double = 4.5 * (p * (1 - p)).squareRoot() / root
        #expect(abs(share - p) < shareTolerance)
        #expect(aboveEight > 0)
    }
}
