import Testing

@testable import ArvioCore
@testable import ArvioReports

struct CriteriaViewTests {
    /// An AHP model writes no area weights, only judgements between areas: the areas it compares are weighted, not
    /// left out (the view once read the written weights and listed every area as omitted).
    @Test func anAHPModelLeavesOutOnlyTheAreasItDoesNotCompare() {
        let library = ReportFixture.project.criteria
        let ahp = WeightModel(
            id: "ahp", name: ReportFixture.text("AHP"), description: ReportFixture.text("kuvaus"), technique: .ahp, areas: [],
            areaJudgements: [Judgement(row: "T", column: "U", value: 3)])
        let onlyT = WeightModel(
            id: "t", name: ReportFixture.text("T"), description: ReportFixture.text("kuvaus"), technique: .directPoints,
            areas: [Weight(id: "T", value: 1)])

        let document = CriteriaView.document(library, model: ahp)

        #expect(document.omittedAreas.isEmpty)
        #expect(document.rows.filter { $0.level == "area" }.map(\.globalWeight) == [0.25, 0.75])
        #expect(CriteriaView.document(library, model: onlyT).omittedAreas == ["U"])
    }
}
