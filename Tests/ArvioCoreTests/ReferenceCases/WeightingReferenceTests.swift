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
