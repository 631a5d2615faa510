import ArvioCore
import Testing

@testable import ArvioIO

/// Stakeholders' weights read from CSV: every row and every stakeholder checked against the round's weight model,
/// every problem located at once.
struct StakeholderCSVTests {
    static let areas = [
        Area(id: "U", name: LocalizedText(fi: "U", en: "U"), order: 1, optional: false, criteria: []),
        Area(id: "T", name: LocalizedText(fi: "T", en: "T"), order: 2, optional: false, criteria: []),
    ].map { area in
        var area = area
        area.criteria = (1...2).map { k in
            Criterion(
                id: "\(area.id)\(k)", area: area.id, name: LocalizedText(fi: "", en: ""), evidence: LocalizedText(fi: "", en: ""),
                guide: ScoringGuide(
                    zero: LocalizedText(fi: "", en: ""), three: LocalizedText(fi: "", en: ""), five: LocalizedText(fi: "", en: "")),
                anchor: "test")
        }
        return area
    }
    static let base = WeightModel(
        id: "m", name: LocalizedText(fi: "m", en: "m"), description: LocalizedText(fi: "", en: ""), technique: .directPercentage,
        areas: [Weight(id: "U", value: 50), Weight(id: "T", value: 50)])

    func problems(_ text: String) -> [String] {
        do {
            _ = try StakeholderCSV.stakeholders(text, file: "w.csv", base: Self.base, areas: Self.areas)
            return []
        } catch {
            return error.items.map(\.description)
        }
    }

    @Test func pointsSwingAndJudgementsAreReadPerStakeholder() throws {
        let text = """
            stakeholder,name,importance,technique,area,item,versus,value
            hankinta,Hankinta,2,points,,U,,40
            hankinta,,,points,,T,,60
            hankinta,,,points,T,T1,,3
            hankinta,,,points,T,T2,,1
            asiakas,Asiakas,,ahp,,U,T,1/3
            """

        let members = try StakeholderCSV.stakeholders(text, file: "w.csv", base: Self.base, areas: Self.areas, illustrative: true)

        #expect(members.map(\.stakeholder) == ["hankinta", "asiakas"])
        #expect(members[0].importance == 2 && members[0].name == "Hankinta" && members[0].technique == .points && members[0].illustrative)
        #expect(members[0].areas.weights.map(\.value) == [40, 60])
        #expect(members[0].criteria["T"]?.weights.map(\.id) == ["T1", "T2"])
        #expect(members[0].areas.weights[1].origin == SourceLocation(file: "w.csv", line: 3, column: 23, field: "value"))
        #expect(members[1].importance == 1 && members[1].areas.judgements.map(\.value) == [1.0 / 3])
        #expect(members[1].areas.judgements.map { [$0.row, $0.column] } == [["U", "T"]])
    }

    @Test func everyProblemIsLocatedAndNothingIsReturned() {
        let text = """
            stakeholder,name,importance,technique,area,item,versus,value
            hankinta,Hankinta,1,points,,U,,40
            hankinta,Toinen,1,swing,,T,,60
            hankinta,,,points,,U,,10
            asiakas,,,ahp,,U,,3
            neuvoja,,,pisteet,,U,,3
            kolmas,,,points,,U,,x
            kolmas,,,points,,X,,1
            """

        #expect(
            problems(text) == [
                "w.csv:3:19 (technique): error: stakeholder 'hankinta' uses both 'points' and 'swing'\n  help: give all of one stakeholder's weights by one technique (points, swing or ahp)",
                "w.csv:4:20 (item): error: the weight of 'U' is already given on line 2\n  help: keep one of them",
                "w.csv:5:18 (versus): error: field 'versus' is empty\n  help: write a value for 'versus', or remove the line if the field is optional",
                "w.csv:6:11 (technique): error: technique 'pisteet' is not one of 'points', 'swing', 'ahp'\n  help: use one of 'points', 'swing', 'ahp'",
                "w.csv:7:21 (value): error: 'value' must be a number, found 'x'\n  help: write a plain number, e.g. 'value: 25'",
            ])
        // Once the rows are sound, every stakeholder is checked against the model.
        #expect(
            problems("stakeholder,technique,item,value\nkolmas,points,U,1\nkolmas,points,X,1\n") == [
                "w.csv:2:17 (value): error: no weight is given for area 'T'\n  help: give a weight for every area the round's weight model weights (0 is allowed)",
                "w.csv:3:17 (value): error: 'X' is not an area the round's weight model weights\n  help: use one of: U, T",
            ])
        #expect(
            problems("stakeholder,importance,technique,item,value\na,-1,points,U,1\n") == [
                "w.csv:2:3 (importance): error: importance -1 is below zero\n  help: importances are non-negative numbers and at least one must be above 0 (0 = heard, not counted)"
            ])
        #expect(
            problems("stakeholder,technique,item\n") == [
                "w.csv:1: error: required column 'value' is missing from the header\n  help: the columns are 'stakeholder', 'name', 'importance', 'technique', 'area', 'item', 'versus', 'value'"
            ])
    }
}
