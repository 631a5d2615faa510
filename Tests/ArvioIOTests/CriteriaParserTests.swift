import ArvioCore
import Testing

@testable import ArvioIO

struct CriteriaParserTests {
    func problems(_ run: (DiagnosticSink) -> Void) -> [String] {
        let sink = DiagnosticSink()
        run(sink)
        return Diagnostics(sink.items).items.map(\.description)
    }

    @Test func weightModelKeepsAreaOrderAndLocalWeights() throws {
        let yaml = """
            id: m
            name: {fi: Malli, en: Model}
            description: {fi: K, en: D}
            technique: direct-percentage
            areas: {U: 40, T: 60}
            criteria:
              U: {U1: 70, U2: 30}
            """
        let sink = DiagnosticSink()

        let model = try #require(CriteriaParser.weightModel(yaml, file: "criteria/models/m.yaml", expectedID: "m", sink: sink))

        #expect(sink.items.isEmpty)
        #expect(model.areas.map(\.id) == ["U", "T"] && model.areas.map(\.value) == [40, 60])
        #expect(model.criteria["U"]?.map(\.value) == [70, 30])
        #expect(model.areas[1].origin?.description == "criteria/models/m.yaml:5 (areas.T)")
    }

    @Test func badWeightsAndTechniquesAreLocated() {
        let yaml = """
            id: m
            name: {fi: Malli, en: Model}
            description: {fi: K, en: D}
            technique: ahp-magic
            areas: {U: forty, T: 60}
            """

        #expect(
            problems { _ = CriteriaParser.weightModel(yaml, file: "criteria/models/m.yaml", expectedID: "m", sink: $0) } == [
                "criteria/models/m.yaml:4 (technique): error: technique 'ahp-magic' is not one of 'direct-percentage', 'direct-points', 'rank-order-centroid', 'rank-sum', 'rank-reciprocal', 'swing', 'ahp'\n  help: use one of 'direct-percentage', 'direct-points', 'rank-order-centroid', 'rank-sum', 'rank-reciprocal', 'swing', 'ahp'",
                "criteria/models/m.yaml:5 (areas.U): error: 'U' must be a number, found 'forty'\n  help: write a plain number, e.g. 'U: 25'",
            ])
    }

    @Test func knockOutRequirementAndAudienceAreChecked() {
        let yaml = """
            rules:
              - id: KO-X
                criterion: T1
                requirement: minimum
                audience: everyone
                condition: {fi: E, en: C}
            """

        #expect(
            problems { _ = CriteriaParser.knockOutRules(yaml, file: "criteria/must-haves.yaml", sink: $0) } == [
                "criteria/must-haves.yaml:4 (rules[0].requirement): error: requirement 'minimum' is not one of 'minimum-score', 'met'\n  help: did you mean 'minimum-score'?",
                "criteria/must-haves.yaml:5 (rules[0].audience): error: audience 'everyone' is not one of 'client-facing', 'staff-only'\n  help: use one of 'client-facing', 'staff-only'",
            ])
    }

    @Test func criterionNeedsEveryAnchorOfTheGuide() {
        let yaml = """
            id: U
            name: {fi: K, en: U}
            criteria:
              - id: U1
                name: {fi: A, en: B}
                evidence: {fi: A, en: B}
                guide:
                  zero: {fi: A, en: B}
                  five: {fi: A}
                anchor: x
            """

        #expect(
            problems { _ = CriteriaParser.area(yaml, file: "criteria/areas/U.yaml", expectedID: "U", sink: $0) } == [
                "criteria/areas/U.yaml:8 (criteria[0].guide.three): error: required field 'three' is missing\n  help: add 'three: …' here",
                "criteria/areas/U.yaml:9 (criteria[0].guide.five.en): error: required field 'en' is missing\n  help: add 'en: …' here",
            ])
    }
}
