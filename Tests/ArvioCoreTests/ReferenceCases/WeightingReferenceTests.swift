import Testing

@testable import ArvioCore

struct WeightingReferenceTests {
    /// barron1996decision: the surrogate formulas for n = 4 (ROC 0.5208, 0.2708, 0.1458, 0.0625).
    @Test(arguments: [
        (SurrogateWeights.Formula.rankOrderCentroid, [0.5208, 0.2708, 0.1458, 0.0625]),
        (.rankSum, [0.4, 0.3, 0.2, 0.1]),
        (.rankReciprocal, [0.48, 0.24, 0.16, 0.12]),
    ])
    func surrogateWeightsForFourRankedCriteria(formula: SurrogateWeights.Formula, expected: [Double]) throws {
        let weights = try SurrogateWeights.weights(ranks: [1, 2, 3, 4], formula: formula)

        #expect(zip(weights, expected).allSatisfy { abs($0 - $1) < 5e-5 }, "\(formula): \(weights)")
    }

    @Test func tiedRanksShareTheMeanOfTheirPositions() throws {
        let weights = try SurrogateWeights.weights(ranks: [2, 1, 2], formula: .rankSum)

        #expect(zip(weights, [0.25, 0.5, 0.25]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func swingWeightsNeedAHundredAndScaleToOne() throws {
        #expect(try SurrogateWeights.swing(points: [100, 50, 50]) == [0.5, 0.25, 0.25])
        #expect(throws: WeightingError(.noSwingOfHundred)) { try SurrogateWeights.swing(points: [90, 50]) }
    }

    @Test func entropyWeightsMatchElsayedEtAl() throws {
        // elsayed2017evaluating (values as printed to six decimals, also pymcdm's test of this example).
        let matrix = ReferenceCase.matrix(
            [
                [7, 312, 1891, 6613, 163], [72, 88, 728, 941_804, 1078], [10, 252, 2594, 3466, 117_471], [10, 145, 980, 2371, 86329],
                [65, 54, 350, 501, 29897], [29, 48, 380, 912, 34051], [7, 476, 3300, 78470, 2212], [70, 87, 650, 733, 819_000],
                [4, 86, 591, 3015, 103], [12, 79, 579, 3240, 96098], [21, 45, 261, 1253, 453], [1, 72, 530, 4333, 0.104800],
            ], weights: [1, 1, 1, 1, 1])

        let weights = try ObjectiveWeights.entropy(matrix)

        #expect(zip(weights, [0.104991, 0.069124, 0.071373, 0.449937, 0.304575]).allSatisfy { abs($0 - $1) < 5e-7 }, "\(weights)")
    }

    /// Three more published entropy examples, transcribed from pyrepo-mcda's literature-cited tests (not read from the
    /// papers here), each at the precision it prints. Xu's fourth column is almost constant: its weight is 0.0000.
    @Test(arguments: [
        (
            "xu2004note", [[30, 30, 38, 29], [19, 54, 86, 29], [19, 15, 85, 28.9], [68, 70, 60, 29]],
            [0.4630, 0.3992, 0.1378, 0.0000], 5e-5
        ),
        (
            "zavadskas2016integrated", [[3.0, 100, 10, 7], [2.5, 80, 8, 5], [1.8, 50, 20, 11], [2.2, 70, 12, 9]],
            [0.1146, 0.1981, 0.4185, 0.2689], 5e-5
        ),
        (
            "ersoy2021equipment",
            [
                [256, 8, 41, 1.6, 1.77, 7347.16], [256, 8, 32, 1.0, 1.8, 6919.99], [256, 8, 53, 1.6, 1.9, 8400],
                [256, 8, 41, 1.0, 1.75, 6808.9], [512, 8, 35, 1.6, 1.7, 8479.99], [256, 4, 35, 1.6, 1.7, 7499.99],
            ], [0.405, 0.221, 0.134, 0.199, 0.007, 0.034], 5e-4
        ),
    ])
    func entropyWeightsMatchPublishedExamples(source: String, rows: [[Double]], printed: [Double], tolerance: Double) throws {
        let weights = try ObjectiveWeights.entropy(ReferenceCase.matrix(rows, weights: rows[0].map { _ in 1 }))

        #expect(zip(weights, printed).allSatisfy { abs($0 - $1) < tolerance }, "\(source): \(weights)")
    }

    @Test func criticWeightsMatchTusAndAdali() throws {
        // tus2019new, as printed to three decimals.
        let matrix = ReferenceCase.matrix(
            [[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3], [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]],
            weights: [1, 1, 1, 1, 1, 1])

        let weights = try ObjectiveWeights.critic(matrix)

        #expect(zip(weights, [0.157, 0.249, 0.168, 0.121, 0.154, 0.151]).allSatisfy { abs($0 - $1) < 5e-4 }, "\(weights)")
    }
}

struct AHPTests {
    @Test func aConsistentMatrixGivesItsWeightsExactlyAndZeroInconsistency() throws {
        let w = [0.5, 0.3, 0.2]
        let judgements = w.map { wi in w.map { wi / $0 } }

        let result = try AHP(ids: ["a", "b", "c"], judgements: judgements).priorities()

        #expect(zip(result.weights, w).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(abs(result.lambdaMax - 3) < 1e-12 && result.consistencyRatio < 1e-12)
        #expect(result.mostInconsistent == nil)
    }

    @Test func eigenvectorLambdaAndCRAgreeWithAnIndependentEigensolver() throws {
        // numpy.linalg.eig on the same matrices: an independent implementation as the oracle.
        let three = try AHP(ids: ["a", "b", "c"], judgements: [[1, 3, 5], [1.0 / 3, 1, 3], [0.2, 1.0 / 3, 1]]).priorities()
        let four = try AHP(
            ids: ["a", "b", "c", "d"], judgements: [[1, 2, 4, 7], [0.5, 1, 3, 5], [0.25, 1.0 / 3, 1, 2], [1.0 / 7, 0.2, 0.5, 1]]
        )
        .priorities()

        #expect(zip(three.weights, [0.636_985_57, 0.258_284_99, 0.104_729_43]).allSatisfy { abs($0 - $1) < 1e-8 })
        #expect(abs(three.lambdaMax - 3.038_511_090_6) < 1e-9 && abs(three.consistencyRatio - 0.033_199_216) < 1e-8)
        #expect(zip(four.weights, [0.509_320_11, 0.308_043_6, 0.118_547_58, 0.064_088_72]).allSatisfy { abs($0 - $1) < 1e-8 })
        #expect(abs(four.lambdaMax - 4.021_476_061_6) < 1e-9 && abs(four.consistencyRatio - 0.007_954_097) < 1e-8)
    }

    @Test func eigenvectorWeightsAndCRMatchSaatysDrinksExample() throws {
        // saaty2008decision: Saaty, T. L. (2008), "Decision making with the analytic hierarchy process", Int. J.
        // Services Sciences 1(1), 83–98, the table "Which drink is consumed more in the U.S.?": the 7 × 7 judgements and
        // the derived priorities as printed to three decimals; CR 0.022 with Saaty's random index (1.32 for n = 7).
        // (The matrix and figures are also the reference test of the ahpy package.)
        let drinks = ["coffee", "wine", "tea", "beer", "sodas", "milk", "water"]
        let judgements: [[Double]] = [
            [1, 9, 5, 2, 1, 1, 1.0 / 2],
            [1.0 / 9, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9],
            [1.0 / 5, 3, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9],
            [1.0 / 2, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3],
            [1, 9, 4, 2, 1, 2, 1.0 / 2],
            [1, 9, 3, 1, 1.0 / 2, 1, 1.0 / 3],
            [2, 9, 9, 3, 2, 3, 1],
        ]
        let printed = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]

        let result = try AHP(ids: drinks, judgements: judgements).priorities()

        for (weight, expected) in zip(result.weights, printed) { #expect(abs(weight - expected) < 0.0005) }
        #expect(abs(result.consistencyRatio - 0.022) < 0.0005)
        #expect(result.isAcceptable)
    }

    @Test func geometricMeanEqualsTheEigenvectorForThreeCriteria() throws {
        let ahp = try AHP(ids: ["a", "b", "c"], judgements: [[1, 4, 9], [0.25, 1, 2], [1.0 / 9, 0.5, 1]])

        let eigen = try ahp.priorities(.eigenvector), geometric = try ahp.priorities(.geometricMean)

        #expect(zip(eigen.weights, geometric.weights).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func anInconsistentMatrixNamesTheJudgementToRevise() throws {
        // a > b (3), b > c (3), but c > a (3): a cycle.
        let result = try AHP(ids: ["a", "b", "c"], judgements: [[1, 3, 1.0 / 3], [1.0 / 3, 1, 3], [3, 1.0 / 3, 1]]).priorities()

        #expect(!result.isAcceptable)
        #expect(result.consistencyRatio > 1)
        #expect(result.mostInconsistent?.given != nil)
    }

    @Test func theLowerTriangleIsFilledAndBadJudgementsAreRefused() throws {
        let filled = try AHP(ids: ["a", "b"], judgements: [[1, 4], [0, 1]])

        #expect(filled.judgements[1][0] == 0.25)
        #expect(throws: WeightingError(.notReciprocal(row: "a", column: "b", value: 4, mirror: 0.5))) {
            try AHP(ids: ["a", "b"], judgements: [[1, 4], [0.5, 1]])
        }
        #expect(throws: WeightingError(.diagonalNotOne(criterion: "b", value: 2))) {
            try AHP(ids: ["a", "b"], judgements: [[1, 4], [0.25, 2]])
        }
        #expect(throws: WeightingError(.tooLargeForRandomIndex(size: 16, largest: 15))) {
            try AHP(ids: (0..<16).map { "c\($0)" }, judgements: (0..<16).map { _ in (0..<16).map { _ in 1 } }).priorities()
        }
    }
}
