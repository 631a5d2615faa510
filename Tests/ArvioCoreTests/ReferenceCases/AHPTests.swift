import Testing

@testable import ArvioCore

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
