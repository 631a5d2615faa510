import Testing

@testable import ArvioCore

struct AggregationTests {
    @Test func medianIsTheDefaultAndUnknownCountsAsZeroButApart() {
        let item = Aggregation.aggregate([.points(4), .unknown, .points(3), .notApplicable], solution: "virtu", criterion: "T1")

        #expect(item.value == 3)
        #expect(item.scored == 2 && item.unknown == 1 && item.notApplicable == 1)
        #expect(item.minimum == 0 && item.maximum == 4 && item.range == 4)
        #expect(!item.isNotApplicable)
    }

    @Test(arguments: [
        (AggregationRule.median, 3.0), (.mean, 2.8), (.trimmedMean(0.2), 10.0 / 3), (.trimmedMean(0.4), 3.0),
    ])
    func eachRuleSummarisesTheSameValues(rule: AggregationRule, expected: Double) {
        let item = Aggregation.aggregate(
            [.points(0), .points(3), .points(3), .points(4), .points(4)], solution: "s", criterion: "c", rule: rule)

        #expect(abs((item.value ?? -1) - expected) < 1e-12, "\(rule)")
    }

    @Test func interquartileRangeInterpolatesLikeNumpy() {
        // numpy.percentile([1, 2, 4, 5], [25, 75]) = [1.75, 4.25].
        let item = Aggregation.aggregate([.points(5), .points(1), .points(4), .points(2)], solution: "s", criterion: "c")

        #expect(item.interquartileRange == 2.5)
        #expect(item.value == 3)
    }

    @Test func aMajorityOfNotApplicableMakesTheItemNotApplicable() {
        let item = Aggregation.aggregate([.notApplicable, .notApplicable, .points(2)], solution: "s", criterion: "U4")

        #expect(item.isNotApplicable)
        #expect(item.value == 2)
    }

    @Test func noAnswersGiveNoValueRatherThanZero() {
        let item = Aggregation.aggregate([], solution: "s", criterion: "c")

        #expect(item.value == nil && item.minimum == nil && item.interquartileRange == nil)
    }
}
