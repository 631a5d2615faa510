import Testing

@testable import ArvioCore

struct AHPRatingsTests {
    @Test func linearLevelsMakeTheScoreTheWeightedMeanOfValueOverTheTopLevel() throws {
        let matrix = ReferenceCase.matrix([[5, 0], [3, 4], [2.5, 5]], weights: [0.6, 0.4])

        let ranking = try AHPRatings().ranking(of: matrix)

        // By hand: 0.6·5/5 + 0.4·0 = 0.6; 0.6·3/5 + 0.4·4/5 = 0.68; 0.6·0.5 + 0.4·1 = 0.7.
        #expect(zip(ranking.scores, [0.6, 0.68, 0.7]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(ranking.ranks == [3, 2, 1])
    }

    @Test func levelPrioritiesFromAPairwiseComparisonAreIdealisedAndInterpolated() throws {
        // Levels 0…2 with priorities 0.1, 0.3, 0.6: idealised to 1/6, 1/2, 1; a value of 1.5 lies halfway.
        let matrix = ReferenceCase.matrix([[2], [1.5], [0]], weights: [1])

        let ranking = try AHPRatings(levelPriorities: [0.1, 0.3, 0.6]).ranking(of: matrix)

        #expect(zip(ranking.scores, [1, 0.75, 1.0 / 6]).allSatisfy { abs($0 - $1) < 1e-12 })
    }

    @Test func scoresAreAbsoluteSoAddingAnAlternativeChangesNoOtherScore() throws {
        let two = ReferenceCase.matrix([[4, 1], [2, 5]], weights: [1, 1])
        let three = ReferenceCase.matrix([[4, 1], [2, 5], [5, 5]], weights: [1, 1])

        let before = try AHPRatings().ranking(of: two).scores
        let after = try AHPRatings().ranking(of: three).scores

        #expect(Array(after.prefix(2)) == before)
    }

    @Test func aValueOffTheScaleIsRefused() {
        let matrix = ReferenceCase.matrix([[7]], weights: [1])

        #expect(throws: ScoringError(.parameterOutOfRange(name: "'A1' on 'c1'", value: 7, range: 0...5))) {
            try AHPRatings().ranking(of: matrix)
        }
    }

    @Test func costCriteriaRateTheLowestLevelBest() throws {
        let matrix = ReferenceCase.matrix([[0], [5]], weights: [1], directions: [.cost])

        #expect(try AHPRatings().ranking(of: matrix).scores == [1, 0])
    }
}
