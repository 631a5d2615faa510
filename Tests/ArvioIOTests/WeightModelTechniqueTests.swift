import ArvioCore
import Testing

@testable import ArvioIO

struct WeightModelTechniqueTests {
    static func model(_ id: String, technique: String, areas: String, criteria: String = "") -> String {
        """
        id: \(id)
        name: {fi: Malli, en: Model}
        description: {fi: Kuvaus, en: Description}
        technique: \(technique)
        areas: \(areas)
        \(criteria.isEmpty ? "" : "criteria:\n" + criteria)
        """
    }

    func load(_ model: String, id: String) -> (Project?, [String]) {
        var files = ShippedProject.files()
        files["criteria/models/\(id).yaml"] = model
        do {
            return (try ProjectLoader.load(files: files), [])
        } catch {
            return (nil, error.items.map(\.description))
        }
    }

    @Test func ahpJudgementsWithFractionsBecomeAreaAndLocalWeights() throws {
        let yaml = Self.model(
            "ahp", technique: "ahp", areas: "{U: {T: 1/3, I: 2}, T: {I: 5}}",
            criteria: "  T:\n    T1: {T2: 3, T3: 1}\n    T2: {T3: 1/3}\n")
        let (project, problems) = load(yaml, id: "ahp")
        let model = try #require(project?.criteria.model("ahp"))

        let shares = model.areaShares()
        let locals = try #require(model.localShares(of: "T"))

        #expect(problems.isEmpty)
        #expect(shares["T"]! > shares["U"]! && shares["U"]! > shares["I"]!)
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-12)
        #expect(abs(locals.values.reduce(0, +) - 1) < 1e-12 && locals["T4"] == nil)
        let weights = model.criterionWeights(of: project?.criteria.areas ?? [])
        #expect(weights.filter { $0.area == "T" && !["T1", "T2", "T3"].contains($0.criterion) }.allSatisfy { $0.global == 0 })
    }

    @Test func inconsistentJudgementsAreReportedAtTheJudgementToRevise() {
        let yaml = Self.model("cyclic", technique: "ahp", areas: "{U: {T: 5, I: 1/5}, T: {I: 5}}")

        let (_, problems) = load(yaml, id: "cyclic")

        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("criteria/models/cyclic.yaml:5 (areas.") == true)
        #expect(problems.first?.contains("error: the judgements' consistency ratio is") == true)
        #expect(problems.first?.contains("help: revise ") == true)
    }

    @Test func aMissingJudgementIsNamed() {
        let (_, problems) = load(Self.model("gap", technique: "ahp", areas: "{U: {T: 2}, T: {I: 3}}"), id: "gap")

        #expect(
            problems == [
                "criteria/models/gap.yaml:5 (areas): error: judgement U : I is 0; judgements must be positive\n  help: use Saaty's scale 1/9 … 9"
            ])
    }

    @Test func rankOrderCentroidTurnsRanksIntoWeights() throws {
        let (project, problems) = load(Self.model("roc", technique: "rank-order-centroid", areas: "{T: 1, U: 2, I: 3}"), id: "roc")
        let shares = try #require(project?.criteria.model("roc")).areaShares()

        #expect(problems.isEmpty)
        #expect(abs(shares["T"]! - 11.0 / 18) < 1e-12 && abs(shares["U"]! - 5.0 / 18) < 1e-12 && abs(shares["I"]! - 2.0 / 18) < 1e-12)
    }

    @Test func rankAndSwingMistakesAreReportedWithTheFix() {
        let (_, ranks) = load(Self.model("bad-roc", technique: "rank-order-centroid", areas: "{T: 1, U: 2, I: 4}"), id: "bad-roc")
        let (_, swing) = load(Self.model("bad-swing", technique: "swing", areas: "{T: 90, U: 80, I: 60}"), id: "bad-swing")

        #expect(
            ranks == [
                "criteria/models/bad-roc.yaml:5 (areas): error: 'I' has rank 4; ranks run from 1 to 3\n  help: rank the most important criterion 1"
            ])
        #expect(
            swing == [
                "criteria/models/bad-swing.yaml:5 (areas): error: no item has a swing of 100\n  help: give the swing you value most 100 points"
            ])
    }
}
