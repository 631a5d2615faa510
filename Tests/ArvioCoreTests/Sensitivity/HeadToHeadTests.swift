import Testing

@testable import ArvioCore

struct HeadToHeadTests {
    /// A = (1, 0), B = (0, 1) with weights 0.6 / 0.4: A scores 0.6, B 0.4, a difference of 0.2 that c1 makes with
    /// +0.6 (300 % of it) while c2 pulls back −0.4 (−200 %). Computed by hand.
    @Test func theHandExampleSplitsTheDifference() throws {
        let result = HeadToHead(try WeightStabilityTests.handExample(), first: 0, second: 1)
        #expect((result.first, result.second) == ("A", "B"))
        #expect(abs(result.difference - 0.2) < 1e-15)
        #expect(result.criteria.map(\.id) == ["c1", "c2"])
        #expect(abs(result.criteria[0].contribution - 0.6) < 1e-15 && abs(result.criteria[1].contribution + 0.4) < 1e-15)
        #expect(abs(result.criteria[0].share! - 3) < 1e-12 && abs(result.criteria[1].share! + 2) < 1e-12)
        #expect((result.criteria[0].firstValue, result.criteria[0].secondValue) == (1, 0))
    }

    /// Properties on seeded random problems with areas: the criteria's contributions and the areas' each sum to the
    /// difference of the scores (the oracle: the model's own scores), shares sum to 100 %, an area's contribution is its
    /// weight times the difference of its values, parts come largest first, and swapping the two negates everything.
    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func contributionsSumToTheDifference(seed: UInt64) throws {
        let model = try WeightStabilityTests.randomModel(
            seed: seed, alternatives: 6, lowestWeight: 0.05, groups: [[0, 5, 2], [1, 3, 4, 6, 7]])
        let scores = model.scores()
        for (a, b) in [(0, 1), (2, 5), (4, 3)] {
            let result = HeadToHead(model, first: a, second: b)
            #expect(abs(result.difference - (scores[a] - scores[b])) < 1e-15)
            #expect(abs(result.criteria.reduce(0) { $0 + $1.contribution } - result.difference) < 1e-12)
            #expect(abs(result.areas.reduce(0) { $0 + $1.contribution } - result.difference) < 1e-12)
            if result.difference != 0 {
                #expect(abs(result.criteria.reduce(0) { $0 + $1.share! } - 1) < 1e-9)
            }
            for area in result.areas {
                #expect(abs(area.weight * (area.firstValue - area.secondValue) - area.contribution) < 1e-12)
            }
            #expect(zip(result.criteria, result.criteria.dropFirst()).allSatisfy { abs($0.contribution) >= abs($1.contribution) })
            #expect(Set(result.criteria.filter { $0.area == "G1" }.map(\.id)) == ["c0", "c5", "c2"])
            let swapped = HeadToHead(model, first: b, second: a)
            #expect(swapped.difference == -result.difference)
            #expect(swapped.criteria.map(\.id) == result.criteria.map(\.id))
        }
    }

    @Test func equalScoresHaveNoShares() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"], criteria: [MatrixCriterion(id: "c1", weight: 1), MatrixCriterion(id: "c2", weight: 1)],
            values: [[1, 0], [0, 1]])
        let result = HeadToHead(try AdditiveModel(matrix), first: 0, second: 1)
        #expect(result.difference == 0)
        #expect(result.criteria.allSatisfy { $0.share == nil } && result.areas.allSatisfy { $0.share == nil })
    }
}
