import ArvioCore
import RealModule
import Testing

/// Stakeholders' own weights: checked against the round's model, combined into the group's by the named rule, and
/// each one's ranking beside the group's.
struct StakeholderWeightsTests {
    static func area(_ id: String, _ criteria: [String]) -> Area {
        Area(
            id: id, name: LocalizedText(fi: id, en: id), order: 1, optional: false,
            criteria: criteria.map {
                Criterion(
                    id: $0, area: id, name: LocalizedText(fi: $0, en: $0), evidence: LocalizedText(fi: "", en: ""),
                    guide: ScoringGuide(
                        zero: LocalizedText(fi: "", en: ""), three: LocalizedText(fi: "", en: ""), five: LocalizedText(fi: "", en: "")),
                    anchor: "test")
            })
    }

    static let areas = [area("U", ["U1", "U2"]), area("T", ["T1", "T2", "T3"])]
    /// U 40 / T 60; within T 50 / 30 / 20; U's criteria equal.
    static let base = WeightModel(
        id: "m", name: LocalizedText(fi: "m", en: "m"), description: LocalizedText(fi: "", en: ""), technique: .directPercentage,
        areas: [Weight(id: "U", value: 40), Weight(id: "T", value: 60)],
        criteria: ["T": [Weight(id: "T1", value: 50), Weight(id: "T2", value: 30), Weight(id: "T3", value: 20)]])

    static func points(_ id: String, _ u: Double, _ t: Double, importance: Double = 1, within: [String: StakeholderWeights.Level] = [:])
        -> StakeholderWeights
    {
        StakeholderWeights(
            stakeholder: id, name: id, importance: importance, technique: .points,
            areas: .init(weights: [Weight(id: "U", value: u), Weight(id: "T", value: t)]), criteria: within)
    }

    static func global(_ rows: [CriterionWeight]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: rows.map { ($0.criterion, $0.global) })
    }

    @Test func oneStakeholdersWeightsFlattenAsTheModelWould() throws {
        let member = Self.points("a", 30, 70, within: ["U": .init(weights: [Weight(id: "U1", value: 3), Weight(id: "U2", value: 1)])])

        let result = try StakeholderGroup([member], base: Self.base, areas: Self.areas).result()
        let weights = Self.global(result.individualWeights[0])

        // U's criteria by the stakeholder's points (3 : 1), T's by the model's (50 / 30 / 20).
        #expect(abs(weights["U1"]! - 0.3 * 0.75) < 1e-12 && abs(weights["U2"]! - 0.3 * 0.25) < 1e-12)
        #expect(abs(weights["T1"]! - 0.7 * 0.5) < 1e-12 && abs(weights["T3"]! - 0.7 * 0.2) < 1e-12)
        #expect(result.groupWeights == result.individualWeights[0])
    }

    @Test func theGroupIsTheNormalisedGeometricMeanLevelByLevel() throws {
        let members = [
            Self.points("a", 30, 70),
            Self.points(
                "b", 75, 25,
                within: ["T": .init(weights: [Weight(id: "T1", value: 1), Weight(id: "T2", value: 1), Weight(id: "T3", value: 2)])]),
        ]

        let result = try StakeholderGroup(members, base: Self.base, areas: Self.areas).result()

        // Hand computed: U √(0.3 · 0.75), T √(0.7 · 0.25), then scaled to sum to 1.
        let (u, t) = ((0.3 * 0.75).squareRoot(), (0.7 * 0.25).squareRoot())
        #expect(result.rule == .geometricMeanOfWeights)
        #expect(abs(result.group.areas["U"]! - u / (u + t)) < 1e-12)
        // Within T: a keeps the model's 0.5 / 0.3 / 0.2, b gives 0.25 / 0.25 / 0.5.
        let local = [(0.5 * 0.25).squareRoot(), (0.3 * 0.25).squareRoot(), (0.2 * 0.5).squareRoot()]
        #expect(abs(result.group.local["T"]!["T3"]! - local[2] / local.reduce(0, +)) < 1e-12)
        let sum = result.groupWeights.reduce(0) { $0 + $1.global }
        #expect(abs(sum - 1) < 1e-12)
    }

    @Test(arguments: [StakeholderWeights.Technique.points, .swing, .ahp])
    func identicalStakeholdersGiveTheirOwnWeights(technique: StakeholderWeights.Technique) throws {
        let member: StakeholderWeights
        switch technique {
        case .points: member = Self.points("a", 20, 50)
        case .swing:
            member = StakeholderWeights(
                stakeholder: "a", name: "a", technique: .swing,
                areas: .init(weights: [Weight(id: "U", value: 40), Weight(id: "T", value: 100)]))
        case .ahp:
            member = StakeholderWeights(
                stakeholder: "a", name: "a", technique: .ahp, areas: .init(judgements: [Judgement(row: "U", column: "T", value: 1.0 / 3)]),
                criteria: [
                    "T": .init(judgements: [
                        Judgement(row: "T1", column: "T2", value: 2), Judgement(row: "T1", column: "T3", value: 5),
                        Judgement(row: "T2", column: "T3", value: 3),
                    ])
                ])
        }
        let copies = ["a", "b", "c"].map { id in
            var copy = member
            copy.stakeholder = id
            return copy
        }
        for aggregation in technique == .ahp ? [AHPGroup.Aggregation.priorities, .judgements] : [.priorities] {
            let result = try StakeholderGroup(copies, base: Self.base, areas: Self.areas).result(aggregation)
            let own = Self.global(result.individualWeights[0])
            for (id, weight) in Self.global(result.groupWeights) { #expect(abs(weight - own[id]!) < 1e-12, "\(aggregation) \(id)") }
        }
    }

    @Test func importanceWeightsTheMeanAndZeroIsHeardButNotCounted() throws {
        let members = [
            Self.points("a", 30, 70, importance: 2), Self.points("b", 75, 25, importance: 1), Self.points("c", 99, 1, importance: 0),
        ]

        let result = try StakeholderGroup(members, base: Self.base, areas: Self.areas).result()

        let u = Double.pow(0.3, 2.0 / 3) * Double.pow(0.75, 1.0 / 3), t = Double.pow(0.7, 2.0 / 3) * Double.pow(0.25, 1.0 / 3)
        #expect(abs(result.group.areas["U"]! - u / (u + t)) < 1e-12)
        #expect(result.importance == [2.0 / 3, 1.0 / 3, 0])
        // c is still shown with their own weights.
        #expect(abs(result.individuals[2].areas["U"]! - 0.99) < 1e-12)
    }

    @Test func aZeroFromAnyoneCountedIsAVetoAndAllZeroIsRefused() throws {
        let veto = try StakeholderGroup([Self.points("a", 0, 10), Self.points("b", 10, 10)], base: Self.base, areas: Self.areas).result()
        #expect(veto.group.areas["U"] == 0 && veto.group.areas["T"] == 1)

        #expect(throws: WeightingError(.groupAllZero(area: nil))) {
            try StakeholderGroup([Self.points("a", 0, 10), Self.points("b", 10, 0)], base: Self.base, areas: Self.areas).result()
        }
    }

    @Test func aijCombinesTheJudgementsAndNeedsEveryonesComparisons() throws {
        let a = StakeholderWeights(
            stakeholder: "a", name: "a", technique: .ahp, areas: .init(judgements: [Judgement(row: "U", column: "T", value: 4)]))
        var b = a
        b.stakeholder = "b"
        b.areas = .init(judgements: [Judgement(row: "T", column: "U", value: 1)])

        let result = try StakeholderGroup([a, b], base: Self.base, areas: Self.areas).result(.judgements)

        // The group judgement U : T is √(4 · 1) = 2, so U weighs 2/3.
        #expect(result.rule == .geometricMeanOfJudgements)
        #expect(abs(result.group.areas["U"]! - 2.0 / 3) < 1e-12)
        // Nobody compared the criteria: the model's local weights stand.
        #expect(abs(result.group.local["T"]!["T1"]! - 0.5) < 1e-12)

        var c = a
        c.stakeholder = "c"
        c.criteria = ["U": .init(judgements: [Judgement(row: "U1", column: "U2", value: 2)])]
        #expect(throws: WeightingError(.judgementsMissing(area: "U", stakeholders: ["a", "b"]))) {
            try StakeholderGroup([a, b, c], base: Self.base, areas: Self.areas).result(.judgements)
        }
        #expect(throws: WeightingError(.judgementsMissing(area: nil, stakeholders: ["p"]))) {
            try StakeholderGroup([a, Self.points("p", 1, 1)], base: Self.base, areas: Self.areas).result(.judgements)
        }
    }

    @Test func everyProblemIsNamedAtOnceWhereItWasWritten() {
        let at = { (line: Int) in SourceLocation(file: "w.csv", line: line) }
        let member = StakeholderWeights(
            stakeholder: "a", name: "a", technique: .points,
            areas: .init(weights: [Weight(id: "U", value: -1, origin: at(2)), Weight(id: "X", value: 3, origin: at(3))]),
            criteria: [
                "T": .init(weights: [Weight(id: "T1", value: 1, origin: at(4)), Weight(id: "U1", value: 1, origin: at(5))]),
                "Q": .init(weights: [Weight(id: "Q1", value: 1, origin: at(6))]),
            ])

        let problems = member.problems(base: Self.base, areas: Self.areas).map(\.description)

        #expect(
            problems == [
                "w.csv:2: error: 'U' has -1 points; points are 0 or more\n  help: give every item 0 points or more",
                "w.csv:3: error: 'X' is not an area the round's weight model weights\n  help: use one of: U, T",
                "w.csv:2: error: no weight is given for area 'T'\n  help: give a weight for every area the round's weight model weights (0 is allowed)",
                "w.csv:6: error: 'Q' is not an area the round's weight model weights\n  help: use one of: U, T",
                "w.csv:5: error: 'U1' is not a criterion of area 'T' in the round's weight model\n  help: use one of: T1, T2, T3",
                "w.csv:4: error: no weight is given for criterion 'T2' of area 'T'\n  help: give a weight for every criterion of the area the round's weight model weights (0 is allowed)",
                "w.csv:4: error: no weight is given for criterion 'T3' of area 'T'\n  help: give a weight for every criterion of the area the round's weight model weights (0 is allowed)",
            ])
        #expect(
            Self.points("b", -1, 3).problems(base: Self.base, areas: Self.areas).map(\.description) == [
                "error: 'U' has -1 points; points are 0 or more\n  help: give every item 0 points or more"
            ])
    }

    @Test func aNumberGivenTwiceOrASelfComparisonIsNamed() {
        let twice = StakeholderWeights(
            stakeholder: "c", name: "c", technique: .ahp,
            areas: .init(judgements: [
                Judgement(row: "U", column: "T", value: 3), Judgement(row: "T", column: "U", value: 2),
                Judgement(row: "U", column: "U", value: 2),
            ]))
        let points = StakeholderWeights(
            stakeholder: "d", name: "d", technique: .points,
            areas: .init(weights: [Weight(id: "U", value: 1), Weight(id: "T", value: 1), Weight(id: "U", value: 2)]))

        #expect(
            twice.problems(base: Self.base, areas: Self.areas).map(\.description) == [
                "error: 'T : U' is given more than once\n  help: give each weight or comparison once",
                "error: 'U' compared with itself is 2, not 1\n  help: write 1 on the diagonal",
            ])
        #expect(
            points.problems(base: Self.base, areas: Self.areas).map(\.description) == [
                "error: 'U' is given more than once\n  help: give each weight or comparison once"
            ])
    }

    @Test func eachRankingIsTheModelReweightedByThatStakeholder() throws {
        let model = try WeightStabilityTests.randomModel(seed: 3, alternatives: 5, lowestWeight: 0.1, groups: [[0, 1], [2, 3, 4]])
        // The random model's criteria c0…c4 in two areas, as a library and a base model.
        let areas = [Self.area("G1", ["c0", "c1"]), Self.area("G2", ["c2", "c3", "c4"])]
        let base = WeightModel(
            id: "m", name: LocalizedText(fi: "m", en: "m"), description: LocalizedText(fi: "", en: ""), technique: .directPoints,
            areas: [Weight(id: "G1", value: 1), Weight(id: "G2", value: 1)])
        let members = [
            StakeholderWeights(
                stakeholder: "a", name: "a", technique: .points,
                areas: .init(weights: [Weight(id: "G1", value: 9), Weight(id: "G2", value: 1)])),
            StakeholderWeights(
                stakeholder: "b", name: "b", technique: .points,
                areas: .init(weights: [Weight(id: "G1", value: 1), Weight(id: "G2", value: 9)])),
        ]

        let result = try StakeholderGroup(members, base: base, areas: areas).result()
        let rankings = result.rankings(model)

        for (k, rows) in result.individualWeights.enumerated() {
            let vector = StakeholderGroup.Result.vector(rows, for: model.criteria)
            let scores = model.criteria.indices.reduce(into: [Double](repeating: 0, count: 5)) { scores, j in
                for i in 0..<5 { scores[i] += vector[j] * model.values[i * 5 + j] }
            }
            #expect(rankings.individuals[k]?.scores.map { ($0 * 1e9).rounded() } == scores.map { ($0 * 1e9).rounded() })
        }
        #expect(rankings.group != nil)
    }
}
