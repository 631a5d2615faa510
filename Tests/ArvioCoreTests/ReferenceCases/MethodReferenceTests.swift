import Foundation
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

    /// Papathanasiou & Ploskas 2018: six alternatives, four benefit criteria; the PROMETHEE and VIKOR chapters share it.
    static func papathanasiou2018(preference: PreferenceFunction = .usual) -> DecisionMatrix {
        matrix(
            [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]], weights: [0.4, 0.3, 0.1, 0.2],
            preferences: Array(repeating: preference, count: 4))
    }

    /// The rows of a table printed with criteria as rows (as both Ziemba papers print theirs), turned into alternatives.
    static func transposed(_ criteriaRows: [[Double]]) -> [[Double]] {
        criteriaRows[0].indices.map { i in criteriaRows.map { $0[i] } }
    }

    // The Papathanasiou & Ploskas and Ziemba data and printed values below were transcribed from the
    // literature-cited tests of pyrepo-mcda (energyinpython/pyrepo-mcda), not read from the papers here.
    static let promethee = [
        ReferenceCase(
            source: "zhao2013revised (usual preference function)",
            matrix: matrix([[4, 3, 2], [3, 2, 4], [5, 1, 3]], weights: [0.5, 0.3, 0.2]),
            expected: ["phi": [0.1, -0.3, 0.2]], ranks: [2, 3, 1], tolerance: 1e-2),
        ReferenceCase(
            source: "papathanasiou2018promethee (linear, q = 1, p = 2 on every criterion)",
            matrix: papathanasiou2018(preference: .linear(q: 1, p: 2)),
            expected: ["phi": [-0.26, -0.52, -0.22, 0.36, 0.7, -0.06]], ranks: [5, 6, 4, 2, 1, 3], tolerance: 5e-3),
        // Nine alternatives, twelve criteria with their own thresholds; cost criteria, and a column of negative values.
        ReferenceCase(
            source: "ziemba2019towards (PROMETHEE II, linear with q and p per criterion)",
            matrix: matrix(
                transposed([
                    [38723, 34913, 25596, 34842, 22570, 39773, 19500, 34525, 16486],
                    [33207, 32085, 2123, 32095, 1445, 17485, 868, 16958, 958],
                    [0, 0.2, 5, 0.2, 0.2, 0.2, 99, 99, 99],
                    [3375, 3127, 3547, 3115, 3090, 4135, 3160, 4295, 3653],
                    [11.36, 12.78, 12.78, 12.86, 12.86, 17, 12.86, 17, 12.86],
                    [-320.9, -148.4, -148.4, -9.9, -9.9, 0, -9.9, 0, -9.9],
                    [203.7, 463, 356.2, 552.5, 295, 383, 264, 352, 264],
                    [0, 11.7, 44.8, 11.7, 95.9, 95.9, 116.8, 116.8, 164.9],
                    [0, 4.9, 10.7, 5.4, 11.2, 11.2, 11.2, 11.2, 11.2],
                    [1, 1, 1, 3.5, 4, 4, 4, 4, 4],
                    [21.5, 47.9, 27.7, 39.7, 1.5, 22.7, 2.7, 23.9, 1],
                    [0, 3.7, 4.5, 10.3, 11.5, 11.5, 11.3, 11.3, 11.4],
                ]),
                weights: [0.3333, 0.1667, 0.1667, 0.3333, 0.25, 0.75, 1, 1, 0.4, 0.20, 0.40, 1],
                directions: [.cost, .cost, .benefit, .cost, .benefit, .benefit, .cost, .benefit, .benefit, .cost, .cost, .benefit],
                preferences: zip([420, 1000, 10, 40, 1, 7, 50, 20, 1, 1, 4.6, 1], [2100, 5000, 50, 200, 5, 20, 100, 80, 4, 2, 23, 3])
                    .map { .linear(q: $0, p: $1) }),
            expected: ["phi": [-0.4143, -0.5056, -0.2317, -0.2892, 0.3313, 0.0619, 0.4296, 0.1626, 0.4554]],
            ranks: [8, 9, 6, 7, 3, 5, 2, 4, 1], tolerance: 5e-5),
        ReferenceCase(
            source: "ziemba2017using (PROMETHEE II, v-shape with p per criterion)",
            matrix: matrix(
                transposed([
                    [16347, 14219, 8160, 8160], [9, 8.5, 9, 8.5], [73.8, 55, 64.8, 62.5], [36.7, 36, 28.5, 29.5], [1.5, 2, 2, 1.5],
                    [3730, 3240, 1860, 1860], [2, 1, 2, 1], [1, 1, 2, 3], [38.8, 33.1, 45.8, 27.3], [4, 2, 4, 3],
                    [1_720_524, 1_496_512, 858_830, 858_830], [40012, 34803, 19973, 19973],
                ]),
                weights: [20, 5, 5, 1.67, 1.67, 11.67, 11.67, 5, 5, 16.67, 8.33, 8.33],
                directions: [.cost, .cost, .cost, .cost, .cost, .benefit, .cost, .cost, .benefit, .cost, .benefit, .benefit],
                preferences: [7280, 4, 13.4, 7.4, 3, 1662, 3, 3, 13.8, 3, 766_240, 17820].map { .vShape(p: $0) }),
            expected: ["phi": [-0.0445, 0.1884, -0.0954, -0.0485]], ranks: [2, 1, 4, 3], tolerance: 5e-5),
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

    @Test func vikorWithVAboveOneHalfMatchesPapathanasiouAndPloskas() throws {
        // papathanasiou2018vikor, v = 0.625: Q as printed to three decimals (transcribed from pyrepo-mcda's tests).
        let ranking = try VIKOR(v: 0.625).ranking(of: ReferenceCase.papathanasiou2018())
        let q = ranking.details["Q"] ?? []

        #expect(zip(q, [0.640, 1.000, 0.693, 0.271, 0.000, 0.694]).allSatisfy { abs($0 - $1) < 5e-4 }, "\(q)")
        #expect(ranking.ranks == [3, 6, 4, 2, 1, 5])
    }

    /// WASPAS (Zavadskas et al. 2012, `zavadskas2012optimization`): Q = ½·WSM + ½·WPM over r = x/max (benefit) and min/x (cost), with the source's
    /// weights as printed. Arvio's weighted product needs no normalisation: Π r^w is its score times the constant
    /// Π max^−w · Π min^w. Arvio scales weights to sum 1; a source whose printed weights sum to s ≠ 1 is matched by
    /// undoing that (s·WSM, and the product to the power s). So a printed Q checks the weighted product's scores.
    static func waspas(_ rows: [[Double]], weights: [Double], directions: [Direction]) throws -> (q: [Double], productRanks: [Int]) {
        let total = weights.reduce(0, +)
        let matrix = ReferenceCase.matrix(rows, weights: weights, directions: directions)
        let scale = weights.indices.reduce(1.0) { product, j in
            let column = rows.map { $0[j] }
            return product * Foundation.pow(directions[j] == .benefit ? column.max()! : 1 / column.min()!, -weights[j] / total)
        }
        let sum = try WeightedSum(normalization: .max).ranking(of: matrix)
        let product = try WeightedProduct().ranking(of: matrix)
        let q = zip(sum.scores, product.scores).map { 0.5 * total * $0 + 0.5 * Foundation.pow($1 * scale, total) }
        return (q, product.ranks)
    }

    @Test func weightedProductReproducesTusAndAdalisWASPAS() throws {
        // tus2019new (WASPAS values transcribed from pyrepo-mcda's tests), with the paper's CRITIC weights as printed to
        // three decimals (they sum to 1.000).
        let (q, ranks) = try Self.waspas(
            [[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3], [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]],
            weights: [0.157, 0.249, 0.168, 0.121, 0.154, 0.151], directions: [.cost, .benefit, .benefit, .benefit, .benefit, .benefit])

        // A1–A4 to the printed four decimals. A5 is printed as 0.722 where the arithmetic from the printed weights
        // gives 0.7228 (the paper's own unrounded weights give 0.7224); its check allows for that.
        #expect(zip(q.prefix(4), [0.5622, 0.6575, 0.6192, 0.6409]).allSatisfy { abs($0 - $1) < 5e-5 }, "\(q)")
        #expect(abs(q[4] - 0.722) < 1e-3)
        #expect(ranks == [5, 2, 4, 3, 1])
    }

    @Test func weightedProductReproducesChakrabortyEtAlsWASPAS() throws {
        // chakraborty2015applications (as transcribed in pymcdm's literature-cited tests, not read from the paper here):
        // weights printed to four decimals
        // (summing to 1.0155, used as printed), Q to four decimals.
        let (q, ranks) = try Self.waspas(
            [
                [30, 23, 5, 0.745, 0.745, 1500, 5000], [18, 13, 15, 0.745, 0.745, 1300, 6000], [15, 12, 10, 0.5, 0.5, 950, 7000],
                [25, 20, 13, 0.745, 0.745, 1200, 4000], [14, 18, 14, 0.255, 0.745, 950, 3500], [17, 15, 9, 0.745, 0.5, 1250, 5250],
                [23, 18, 20, 0.5, 0.745, 1100, 3000], [16, 8, 14, 0.255, 0.5, 1500, 3000],
            ],
            weights: [0.1181, 0.1181, 0.0445, 0.1181, 0.2861, 0.2861, 0.0445],
            directions: [.benefit, .benefit, .benefit, .benefit, .benefit, .cost, .cost])

        #expect(
            zip(q, [0.8329, 0.7884, 0.6987, 0.8831, 0.7971, 0.7036, 0.8728, 0.5749]).allSatisfy { abs($0 - $1) < 5e-5 }, "\(q)")
        #expect(ranks == [3, 4, 7, 1, 5, 6, 2, 8])
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
