import Testing

@testable import ArvioCore

struct WeightModelTests {
    @Test func globalWeightIsAreaWeightTimesEqualLocalWeight() {
        let weights = Fixture.library.models[0].criterionWeights(of: Fixture.library.areas)

        #expect(weights.map(\.criterion) == ["U1", "U2", "T1"])
        #expect(weights.map(\.global) == [0.3, 0.3, 0.4])
        #expect(weights.map(\.local) == [0.5, 0.5, 1])
    }

    @Test func givenLocalWeightsAndPointsAreNormalised() {
        var model = Fixture.library.models[0]
        model.technique = .directPoints
        model.areas = [Weight(id: "U", value: 3), Weight(id: "T", value: 1)]
        model.criteria = ["U": [Weight(id: "U1", value: 1), Weight(id: "U2", value: 3)]]

        let weights = model.criterionWeights(of: Fixture.library.areas)

        #expect(weights.map(\.global) == [0.1875, 0.5625, 0.25])
        #expect(abs(weights.map(\.global).reduce(0, +) - 1) < 1e-12)
    }

    @Test func optionalAreaLeftOutOfTheModelGetsNoRows() {
        let weights = Fixture.library.models[0].criterionWeights(of: Fixture.library.areas)

        #expect(!weights.contains { $0.area == "C" })
    }

    @Test func aNotApplicableCriterionGivesItsWeightToItsArea() {
        let weights = Fixture.library.models[0].criterionWeights(of: Fixture.library.areas, notApplicable: ["U2"])

        #expect(weights.map(\.criterion) == ["U1", "U2", "T1"])
        #expect(weights.map(\.global) == [0.6, 0, 0.4])
    }

    @Test func anAreaWithNothingApplicableGivesItsWeightToTheOtherAreas() {
        let weights = Fixture.library.models[0].criterionWeights(of: Fixture.library.areas, notApplicable: ["T1"])

        #expect(weights.map(\.global) == [0.5, 0.5, 0])
    }
}
