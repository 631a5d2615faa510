import Testing

@testable import ArvioCore

extension ReferenceCase {
    /// Opricovic & Tzeng 2004, §4 example: risk (cost) and altitude (benefit) of three dam alternatives.
    static let opricovic2004 = matrix([[1, 3000], [2, 3750], [5, 4500]], weights: [0.5, 0.5], directions: [.cost, .benefit])

    static let topsis = [
        ReferenceCase(
            source: "tzeng2011multiple (TOPSIS example)",
            matrix: matrix([[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]], weights: [0.3, 0.4, 0.3]),
            expected: ["closeness": [0.5037, 0.6581, 0.7482, 0.3340]], ranks: [3, 2, 1, 4], tolerance: 1e-4),
        // The printed closeness is reproduced with linear (min-max) normalisation, as pymcdm's test of this example
        // also uses; with vector normalisation A1 would lead (0.762, 0.722, 0.238). Hence the explicit choice.
        ReferenceCase(
            source: "opricovic2004compromise (TOPSIS, min-max normalisation; A1 and A3 tie)",
            matrix: opricovic2004, expected: ["closeness": [0.500, 0.617, 0.500]], ranks: [2, 1, 2], tolerance: 1e-3,
            normalization: .minMax),
    ]

    /// Opricovic & Tzeng 2007, Table 2 (data) and Tables 3–6 (S, R, Q for weight sets W1–W4), v = 0.5.
    static func opricovic2007(weights: [Double], s: [Double], r: [Double], q: [Double], ranks: [Int]) -> ReferenceCase {
        ReferenceCase(
            source: "opricovic2007extended (weights \(weights.map { formatted($0) }.joined(separator: ",")))",
            matrix: matrix(
                [
                    [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
                    [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
                    [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
                    [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
                    [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
                    [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
                ], weights: weights, directions: [.benefit, .cost, .benefit, .benefit, .cost, .cost, .cost, .benefit]),
            expected: ["S": s, "R": r, "Q": q], ranks: ranks, tolerance: 6e-4)
    }

    static let vikor = [
        ReferenceCase(
            source: "opricovic2004compromise (VIKOR; A1 and A3 tie)", matrix: opricovic2004,
            expected: ["S": [0.5, 0.375, 0.5], "R": [0.5, 0.25, 0.5], "Q": [1, 0, 1]], ranks: [2, 1, 2], tolerance: 1e-9),
        opricovic2007(
            weights: [1, 1, 1, 1, 1, 1, 1, 1], s: [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
            r: [0.125, 0.125, 0.121, 0.125, 0.067, 0.125], q: [0.991, 1.0, 0.473, 0.670, 0.0, 0.578], ranks: [5, 6, 2, 4, 1, 3]),
        opricovic2007(
            weights: [2, 2, 2, 2, 1, 1, 1, 1], s: [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
            r: [0.167, 0.114, 0.161, 0.167, 0.089, 0.167], q: [1.0, 0.533, 0.552, 0.563, 0.0, 0.686], ranks: [6, 2, 3, 4, 1, 5]),
        opricovic2007(
            weights: [1, 1, 1, 1, 2, 2, 2, 2], s: [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
            r: [0.113, 0.167, 0.08, 0.122, 0.044, 0.083], q: [0.684, 1.0, 0.147, 0.554, 0.041, 0.191], ranks: [5, 6, 2, 4, 1, 3]),
        opricovic2007(
            weights: [1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2], s: [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
            r: [0.129, 0.190, 0.057, 0.139, 0.042, 0.060], q: [0.668, 1.0, 0.051, 0.588, 0.058, 0.078], ranks: [5, 6, 1, 4, 2, 3]),
    ]

    static let promethee = [
        ReferenceCase(
            source: "zhao2013revised (usual preference function)",
            matrix: matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3]], weights: [0.5, 0.3, 0.2]),
            expected: ["phi": [0.1, -0.3, 0.2]], ranks: [2, 3, 1], tolerance: 1e-2)
    ]
}

struct MethodReferenceTests {
    func check(_ ranking: Ranking, _ reference: ReferenceCase, key: String, scores: [Double]) {
        for (index, (actual, printed)) in zip(scores, reference.expected[key] ?? []).enumerated() {
            #expect(abs(actual - printed) <= reference.tolerance, "\(reference.source) \(key)[\(index)] = \(actual), printed \(printed)")
        }
        #expect(ranking.ranks == reference.ranks, "\(reference.source)")
    }

    @Test("TOPSIS closeness matches the published examples", arguments: ReferenceCase.topsis)
    func topsis(_ reference: ReferenceCase) throws {
        let ranking = try TOPSIS(normalization: reference.normalization ?? .vector).ranking(of: reference.matrix)

        check(ranking, reference, key: "closeness", scores: ranking.scores)
    }

    @Test("VIKOR S, R and Q match the published examples", arguments: ReferenceCase.vikor)
    func vikor(_ reference: ReferenceCase) throws {
        let ranking = try VIKOR().ranking(of: reference.matrix)

        for key in ["S", "R", "Q"] { check(ranking, reference, key: key, scores: ranking.details[key] ?? []) }
    }

    @Test func vikorCompromiseSetsMatchOpricovicAndTzeng() throws {
        let expected: [(advantage: Bool, stability: Bool, set: Set<Int>)] = [
            (true, true, [1]), (true, true, [4]), (true, true, [4]), (false, true, [2, 4, 5]), (false, true, [2, 4, 5]),
        ]
        for (reference, wanted) in zip(ReferenceCase.vikor, expected) {
            let compromise = VIKOR.compromise(of: try VIKOR().ranking(of: reference.matrix))

            #expect(compromise.acceptableAdvantage == wanted.advantage, "\(reference.source)")
            #expect(compromise.acceptableStability == wanted.stability, "\(reference.source)")
            #expect(Set(compromise.set) == wanted.set, "\(reference.source)")
        }
    }

    @Test("PROMETHEE II net flows match the published example", arguments: ReferenceCase.promethee)
    func promethee(_ reference: ReferenceCase) throws {
        let ranking = try PROMETHEE().ranking(of: reference.matrix)

        check(ranking, reference, key: "phi", scores: ranking.scores)
    }

    @Test func weightedProductRatiosMatchTriantaphyllou() throws {
        // Triantaphyllou (2000), the example reproduced in Wikipedia's "Weighted product model": P(A1/A2) = 1.007,
        // P(A1/A3) = 1.067, P(A2/A3) = 1.059.
        let matrix = ReferenceCase.matrix([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], weights: [0.20, 0.15, 0.40, 0.25])

        let ranking = try WeightedProduct().ranking(of: matrix)
        let s = ranking.scores

        #expect(abs(s[0] / s[1] - 1.007) < 5e-4 && abs(s[0] / s[2] - 1.067) < 5e-4 && abs(s[1] / s[2] - 1.059) < 5e-4)
        #expect(ranking.ranks == [1, 2, 3])
    }

    @Test func weightedSumWithMaxNormalisationMatchesRizanEtAl() throws {
        // rizan2020saw, as printed to three decimals (x / max per criterion, all benefit).
        let matrix = ReferenceCase.matrix(
            [
                [0.75, 0.50, 0.75, 0, 0, 0, 1], [0.75, 1, 0.75, 0, 0, 0, 0.75], [0.75, 0.75, 0.75, 0, 0.50, 0.25, 1],
                [0.50, 0.50, 0.75, 1, 0.50, 0, 0.75],
            ],
            weights: [0.1, 0.1, 0.1, 0.15, 0.2, 0.25, 0.1])

        let ranking = try WeightedSum(normalization: .max).ranking(of: matrix)

        #expect(zip(ranking.scores, [0.35, 0.375, 0.825, 0.642]).allSatisfy { abs($0 - $1) < 5e-4 }, "\(ranking.scores)")
        #expect(ranking.ranks == [4, 3, 1, 2])
    }

    @Test func weightedSumWithSumNormalisationAgreesWithScikitCriteria() throws {
        // Data: kracka2010ranking (heating losses, six alternatives); expected scores: scikit-criteria 0.9's weighted
        // sum after inverting cost criteria and sum-scaling, the same arithmetic as Normalization.sum. A cross-check
        // with a second implementation, not a printed table.
        let matrix = ReferenceCase.matrix(
            [
                [33.95, 23.78, 11.45, 39.97, 29.44, 167.10, 3.852], [38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184],
                [37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845], [30.44, 37.59, 13.91, 74.08, 45.10, 198.34, 2.186],
                [36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.610], [37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935],
            ], weights: Array(repeating: 20, count: 7), directions: [.cost, .cost, .cost, .cost, .benefit, .cost, .benefit])

        let ranking = try WeightedSum(normalization: .sum).ranking(of: matrix)

        let expected = [0.12040426, 0.3458235, 0.13838192, 0.12841246, 0.12346084, 0.14351701]
        #expect(zip(ranking.scores, expected).allSatisfy { abs($0 - $1) < 1e-7 })
        #expect(ranking.ranks == [6, 1, 3, 4, 5, 2])
    }
}
