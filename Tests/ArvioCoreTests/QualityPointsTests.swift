import Testing

@testable import ArvioCore

/// Quality points against a case computed by hand: the best gets the maximum, the others in proportion.
struct QualityPointsTests {
    @Test func theBestGetsTheMaximumAndTheOthersInProportion() throws {
        // By hand, maximum 40: 0.5 is the best → 40; 0.375 / 0.5 = 0.75 → 30; 0.25 / 0.5 = 0.5 → 20 (binary-exact values).
        let entries = try #require(QualityPoints.scaled([("a", 0.375), ("b", 0.5), ("c", 0.25)], maximum: 40))

        #expect(entries.map(\.solution) == ["a", "b", "c"])
        #expect(entries.map(\.ratio) == [0.75, 1, 0.5])
        #expect(entries.map(\.points) == [30, 40, 20])

        // Decimal scores: 0.6 / 0.8 of 40 is 30 up to the last bit.
        let decimal = try #require(QualityPoints.scaled([("a", 0.6), ("b", 0.8)], maximum: 40))
        #expect(abs(decimal[0].points - 30) < 1e-12 && decimal[1].points == 40)
    }

    @Test func withoutABestScoreOrAMaximumThereIsNothingToScale() {
        #expect(QualityPoints.scaled([("a", 0), ("b", 0)], maximum: 40) == nil)
        #expect(QualityPoints.scaled([], maximum: 40) == nil)
        #expect(QualityPoints.scaled([("a", 0.5)], maximum: 0) == nil)
        #expect(QualityPoints.scaled([("a", 0.5)], maximum: .infinity) == nil)
    }
}
