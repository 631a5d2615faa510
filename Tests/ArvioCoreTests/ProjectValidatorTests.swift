import Testing

@testable import ArvioCore

/// One broken variant of the fixture project and the exact diagnostics it must produce.
struct BrokenProject: CustomTestStringConvertible, Sendable {
    let name: String
    let breakIt: @Sendable (inout Project) -> Void
    let expected: [String]

    var testDescription: String { name }
}

struct ProjectValidatorTests {
    @Test func fixtureIsValid() {
        #expect(ProjectValidator().diagnostics(of: Fixture.project).isEmpty)
    }

    static let cases: [BrokenProject] = [
        BrokenProject(
            name: "duplicate solution id", breakIt: { $0.solutions.append(Fixture.solution("one")) },
            expected: [
                "catalog/solutions/one.yaml:1: error: solution id 'one' is used twice\n  help: rename one of them; the first is at catalog/solutions/one.yaml:1"
            ]),
        BrokenProject(
            name: "unknown category",
            breakIt: { project in
                project.solutions[0].category = "VIDEO"
                project.solutions[0].locations["category"] = SourceLocation(file: "catalog/solutions/one.yaml", line: 4, field: "category")
            },
            expected: [
                "catalog/solutions/one.yaml:4 (category): error: category 'VIDEO' is not in the applicability table\n  help: use one of 'VID', 'CHAT', or add 'VIDEO' to criteria/applicability.yaml"
            ]),
        BrokenProject(
            name: "unknown organisation with a suggestion",
            breakIt: { $0.solutions[0].usage = [Usage(organisation: "rovanimi", illustrative: true)] },
            expected: [
                "catalog/solutions/one.yaml (usage[0].organisation): error: unknown organisation 'rovanimi'\n  help: did you mean 'rovaniemi'? organisations are defined in catalog/organisations.yaml"
            ]),
        BrokenProject(
            name: "property without a source", breakIt: { $0.solutions[0].hosting = Fact("Finland", verification: .unverified) },
            expected: [
                "catalog/solutions/one.yaml (hosting): error: 'hosting' states a property of the product without a source\n  help: cite a source that supports it, or remove the field: a fact without a source is not stated"
            ]),
        BrokenProject(
            name: "verified fact without a source", breakIt: { $0.solutions[0].vendor = Fact("Acme", verification: .verified) },
            expected: [
                "catalog/solutions/one.yaml (vendor): error: 'vendor' is marked verified but cites no source\n  help: cite a source id from this file's 'sources', or mark it 'unverified'"
            ]),
        BrokenProject(
            name: "fact citing an unknown source",
            breakIt: { $0.solutions[0].vendor = Fact("Acme", verification: .verified, sources: ["acme-site"]) },
            expected: [
                "catalog/solutions/one.yaml (vendor): error: unknown source 'acme-site'\n  help: sources are defined in catalog/solutions/one.yaml (sources)"
            ]),
        BrokenProject(
            name: "use neither sourced nor illustrative",
            breakIt: { $0.solutions[0].usage = [Usage(organisation: "a", illustrative: false)] },
            expected: [
                "catalog/solutions/one.yaml (usage[0].organisation): error: the use by 'a' has no source and is not marked illustrative\n  help: cite a source, or add 'illustrative: true'"
            ]),
        BrokenProject(
            name: "must-have rule naming an unknown criterion", breakIt: { $0.criteria.knockOutRules[0].criterion = "T9" },
            expected: [
                "criteria/must-haves.yaml:3 (rules[0].criterion): error: unknown criterion 'T9'\n  help: did you mean 'T1'? criteria are defined in criteria/areas"
            ]),
        BrokenProject(
            name: "minimum outside the scale", breakIt: { $0.criteria.knockOutRules[0].requirement = .minimumScore(7) },
            expected: [
                "criteria/must-haves.yaml:3 (rules[0].minimum): error: minimum 7 is outside the scale 0–5\n  help: choose a minimum between 0 and 5"
            ]),
        BrokenProject(
            name: "area weights that do not sum", breakIt: { $0.criteria.models[0].areas[1].value = 30 },
            expected: [
                "criteria/models/expert.yaml:1 (areas): error: area weights sum to 90, not 100\n  help: change the weights so that they sum to 100, or use technique 'direct-points' to have them normalised"
            ]),
        BrokenProject(
            name: "required area without weight", breakIt: { $0.criteria.models[0].areas = [Weight(id: "U", value: 100)] },
            expected: [
                "criteria/models/expert.yaml:1 (areas): error: required area 'T' has no weight\n  help: add 'T: …' under areas (areas marked optional may be left out)"
            ]),
        BrokenProject(
            name: "local weight of a criterion of another area",
            breakIt: {
                $0.criteria.models[0].criteria = [
                    "U": [
                        Weight(
                            id: "U1", value: 50,
                            origin: SourceLocation(file: "criteria/models/expert.yaml", line: 8, field: "criteria.U.U1")),
                        Weight(
                            id: "T1", value: 50,
                            origin: SourceLocation(file: "criteria/models/expert.yaml", line: 9, field: "criteria.U.T1")),
                    ]
                ]
            },
            expected: [
                "criteria/models/expert.yaml:9 (criteria.U.T1): error: unknown criterion 'T1'\n  help: criteria are defined in criteria/areas"
            ]),
        BrokenProject(
            name: "applicability row lacking a category", breakIt: { $0.criteria.applicability.rows[0].values["CHAT"] = nil },
            expected: [
                "criteria/applicability.yaml:9 (rows[0].criterion): error: the row of criterion 'U2' lacks category 'CHAT'\n  help: add 'CHAT: applies' (or not-applicable, case-by-case, conditional) to the row"
            ]),
        BrokenProject(
            name: "scale without unknown", breakIt: { $0.criteria.scale.values.removeLast() },
            expected: [
                "criteria/scale.yaml:1: error: the scale lacks the value 'unknown'\n  help: add a value with code 'unknown' to the scale"
            ]),
        BrokenProject(
            name: "two problems at once",
            breakIt: { project in
                project.solutions[1].usage = [Usage(organisation: "nowhere", illustrative: true)]
                project.criteria.knockOutRules[0].criterion = "X1"
            },
            expected: [
                "catalog/solutions/two.yaml (usage[0].organisation): error: unknown organisation 'nowhere'\n  help: organisations are defined in catalog/organisations.yaml",
                "criteria/must-haves.yaml:3 (rules[0].criterion): error: unknown criterion 'X1'\n  help: criteria are defined in criteria/areas",
            ]),
    ]

    @Test(arguments: cases)
    func eachBrokenRuleIsReportedExactly(_ broken: BrokenProject) {
        var project = Fixture.project
        broken.breakIt(&project)

        let found = Diagnostics(ProjectValidator().diagnostics(of: project)).items.map(\.description)

        #expect(found == broken.expected)
    }
}
