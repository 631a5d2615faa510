import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import Testing

/// Stakeholders' weights along the user's path: `weights set` and `weights import` while a round is open (blind: not
/// shown, and refused once it is revealed), `weights show` after the reveal, equal whether the weights came by import
/// or with the sample round, and its group weights and rankings consistent with `arvio rank`.
struct WeightsStakeholderCommandTests {
    static func arvio(_ arguments: [String], in folder: URL) throws -> EndToEndTests.Run {
        try EndToEndTests.run(arguments, in: folder.path)
    }

    static func values(_ csv: String, kind: String, who: String) -> [String: Double] {
        Dictionary(
            CompareCommandTests.records(csv).filter { $0["kind"] == kind && $0["who"] == who }.compactMap { row in
                row["item"].flatMap { item in row["value"].flatMap(Double.init).map { (item, $0) } }
            }, uniquingKeysWith: { a, _ in a })
    }

    @Test func theSampleRoundsStakeholdersAreShownBesideTheGroupAndTheModel() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let finnish = try Self.arvio(["weights", "show", "--round", "lapit-2021"], in: folder)
        let english = try Self.arvio(["weights", "show", "--round", "lapit-2021", "--lang", "en"], in: folder)
        let csv = try Self.arvio(["weights", "show", "--round", "lapit-2021", "--format", "csv"], in: folder).output
        let rank = try Self.arvio(["rank", "--round", "lapit-2021", "--method", "weighted-sum", "--format", "csv"], in: folder)

        #expect(finnish.status == 0 && english.status == 0)
        #expect(english.output.hasPrefix("ILLUSTRATIVE ROUND: "))
        #expect(english.output.contains("hankinta = Hankintapäällikkö (points, importance 25.0 %, invented)"))
        #expect(english.output.contains("Group weights: the importance-weighted geometric mean of the weights level by level"))
        #expect(english.output.contains("With weights drawn between the 4 stakeholders' views (10000 random mixtures"))
        #expect(finnish.output.contains("Ryhmän painot: painoarvoilla painotettu painojen geometrinen keskiarvo"))
        for word in ["weights", "group", "stakeholder", "draws", "importance"] { #expect(!finnish.output.contains(word), "\(word)") }

        // The group's area weights are the normalised geometric mean of the four stakeholders' as printed.
        let members = ["hankinta", "terveys", "sosiaalityo", "saavutettavuus"].map { Self.values(csv, kind: "area-weight", who: $0) }
        let group = Self.values(csv, kind: "area-weight", who: "group")
        let means = ["U", "T", "I"].map { area in members.reduce(1.0) { $0 * $1[area]! }.squareRoot().squareRoot() }
        for (area, mean) in zip(["U", "T", "I"], means) { #expect(abs(group[area]! - mean / means.reduce(0, +)) < 1e-5, "\(area)") }
        // The model's ranks are rank's weighted sum; the hull's first places add up to all draws.
        let ranks = Self.values(csv, kind: "rank", who: "model")
        for row in CompareCommandTests.records(rank.output) {
            #expect(ranks[row["alternative"]!] == row["rank"].flatMap(Double.init), "\(row)")
        }
        #expect(abs(Self.values(csv, kind: "first-share", who: "hull").values.reduce(0, +) - 1) < 1e-5)
    }

    /// `sensitivity --stakeholders` draws between the same views: its first-rank acceptabilities are weights show's.
    @Test func sensitivityDrawsBetweenTheStakeholdersWhenAsked() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let shown = try Self.arvio(["weights", "show", "--round", "lapit-2021", "--samples", "3000", "--format", "csv"], in: folder)
        let hull = try Self.arvio(
            ["sensitivity", "--round", "lapit-2021", "--stakeholders", "--samples", "3000", "--format", "csv"], in: folder)
        let text = try Self.arvio(
            ["sensitivity", "--round", "lapit-2021", "--stakeholders", "--samples", "3000", "--lang", "en"], in: folder)
        let flat = try Self.arvio(["sensitivity", "--matrix", "m.csv", "--criteria", "c.csv", "--stakeholders"], in: folder)

        let first = Self.values(shown.output, kind: "first-share", who: "hull")
        let rows = CompareCommandTests.records(hull.output)
        #expect(hull.status == 0 && rows.count == 4)
        for row in rows { #expect(abs(Double(row["rank_1"]!)! - first[row["alternative"]!]!) < 1e-4, "\(row)") }
        #expect(text.output.contains("of weight draws taken between the 4 stakeholders' own weights"))
        #expect(text.output.contains("weights as random mixtures of 4 stakeholders' weights (coefficients Dirichlet(1))"))
        #expect(flat.status == 64)
    }

    @Test func weightsGivenWhileOpenAreBlindThenShownAsTheSampleRoundsAre() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let solutions = "teams-ekollega,virtu,omaolo,videovisit,virtuaaliassistentti"
        _ = try Self.arvio(["round", "new", "demo", "--solutions", solutions], in: folder)
        let scores = try String(contentsOf: folder.appendingPathComponent("assessments/lapit-2021/scores.csv"), encoding: .utf8)
        try scores.replacingOccurrences(of: "\nlapit-2021,", with: "\ndemo,").write(
            to: folder.appendingPathComponent("demo.csv"), atomically: true, encoding: .utf8)
        #expect(try Self.arvio(["import", "demo.csv"], in: folder).status == 0)

        let set = try Self.arvio(
            [
                "weights", "set", "--round", "demo", "--stakeholder", "oma", "--points", "U=1,T=1,I=2", "--within",
                "U:U1=1,U2=0,U3=0,U4=0,U5=0,U6=0,U7=0,U8=0,U9=0", "--lang", "en",
            ], in: folder)
        let imported = try Self.arvio(
            ["weights", "import", "--round", "demo", "assessments/lapit-2021/stakeholders.csv", "--lang", "en"], in: folder)
        let blind = try Self.arvio(["weights", "show", "--round", "demo", "--lang", "en"], in: folder)
        let late = try Self.arvio(
            ["weights", "set", "--round", "lapit-2021", "--stakeholder", "x", "--points", "U=1,T=1,I=1", "--lang", "en"], in: folder)

        #expect(set.status == 0)
        #expect(set.output.contains("Stored the weights of stakeholder oma (oma) for round demo (points)."))
        #expect(set.output.contains("I Integration and interoperability") && set.output.contains("50.0 %"))
        #expect(set.output.contains("  U1") && set.output.contains("25.0 %"))
        #expect(imported.status == 0 && imported.output.hasPrefix("Stored the weights of 4 stakeholder(s) for round demo: "))
        #expect(blind.status == 1 && blind.errors.hasPrefix("error: round 'demo' is open, so its scores are still blind"))
        #expect(late.status == 1 && late.errors.hasPrefix("error: round 'lapit-2021' is revealed; stakeholders' weights are given only"))

        #expect(try Self.arvio(["round", "reveal", "demo"], in: folder).status == 0)
        let shown = try Self.arvio(["weights", "show", "--round", "demo", "--format", "csv"], in: folder).output
        let sample = try Self.arvio(["weights", "show", "--round", "lapit-2021", "--format", "csv"], in: folder).output
        // oma's own weights: I half, U1 a quarter (all of U's), the rest of T's share equally.
        #expect(Self.values(shown, kind: "criterion-weight", who: "oma")["U1"] == 0.25)
        #expect(Self.values(shown, kind: "area-weight", who: "oma")["I"] == 0.5)
        // Without oma, the imported stakeholders give what the sample round's give.
        let without = { (csv: String) in
            CompareCommandTests.records(csv).filter { $0["who"] != "oma" && $0["who"] != "group" && $0["who"] != "hull" }
        }
        #expect(without(shown) == without(sample))
        #expect(try Self.arvio(["audit", "verify"], in: folder).status == 0)
    }

    @Test func theWeightsAreShownEvenWhenNoSolutionPassedTheGate() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.arvio(["round", "new", "empty", "--solutions", "virtu,omaolo"], in: folder)
        _ = try Self.arvio(["weights", "set", "--round", "empty", "--stakeholder", "a", "--swing", "U=100,T=50,I=50"], in: folder)
        _ = try Self.arvio(["round", "reveal", "empty"], in: folder)

        let shown = try Self.arvio(["weights", "show", "--round", "empty", "--lang", "en"], in: folder)
        let csv = try Self.arvio(["weights", "show", "--round", "empty", "--format", "csv"], in: folder)

        #expect(shown.status == 0 && shown.output.contains("No solution passed the must-have gate, so there are no rankings."))
        #expect(Self.values(csv.output, kind: "area-weight", who: "a") == ["U": 0.5, "T": 0.25, "I": 0.25])
        #expect(!csv.output.contains("\nrank,"))
    }

    /// The assessor's scoring workbook carries a sheet of their own weights: filled in, it is imported by
    /// `weights import` into the round it was written for, and refused for another.
    @Test func theScoringWorkbooksWeightsSheetIsImported() throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try arvio(["round", "new", "other", "--solutions", "virtu"])
        #expect(try arvio(["workbook", "--round", "r", "--assessor", "anna"]).status == 0)
        let unfilled = try arvio(["weights", "import", "--round", "r", "r-anna.xlsx"])
        // The same workbook as the command writes it, with Anna's points typed into column H of 'painot'.
        let project = try ProjectLoader(root: folder).load()
        let round = Round(id: "r", name: "r", solutions: ["virtu", "omaolo"], model: "asiantuntija-arvio", contentHash: "", createdAt: "")
        let anna = Assessor(id: "anna", name: "Anna", role: "security", areas: ["T"])
        let parts = ScoringWorkbook.parts(round: round, assessor: anna, project: project, ownScores: [], language: .en).map { part in
            var text = part.text
            for (row, points) in [(2, "20"), (3, "70"), (4, "10")] {
                text = text.replacingOccurrences(
                    of: "<c r=\"H\(row)\" t=\"inlineStr\"><is><t xml:space=\"preserve\"></t></is></c>",
                    with: "<c r=\"H\(row)\"><v>\(points)</v></c>")
            }
            return (path: part.path, text: text)
        }
        try XLSXPackage.data(parts: parts).write(to: folder.appendingPathComponent("filled.xlsx"))

        let imported = try arvio(["weights", "import", "--round", "r", "filled.xlsx"])
        let wrong = try arvio(["weights", "import", "--round", "other", "filled.xlsx"])

        #expect(unfilled.status == 1 && unfilled.errors.hasPrefix("r-anna.xlsx: error: the file gives no stakeholder's weights"))
        #expect(imported.status == 0 && imported.output == "Stored the weights of 1 stakeholder(s) for round r: anna.\n")
        #expect(wrong.status == 1 && wrong.errors.hasPrefix("filled.xlsx (arvio!B2): error: round 'r' is not one of 'other'"))
        _ = try arvio(["round", "reveal", "r"])
        let shown = try arvio(["weights", "show", "--round", "r", "--format", "csv"])
        #expect(Self.values(shown.output, kind: "area-weight", who: "anna") == ["U": 0.2, "T": 0.7, "I": 0.1])
        #expect(try arvio(["audit", "verify"]).status == 0)
    }

    @Test func badWeightsAreNamedAndNothingIsStored() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.arvio(["round", "new", "demo"], in: folder)
        try "stakeholder,technique,item,value\na,points,U,1\na,points,T,-2\nb,swing,U,50\nb,swing,T,40\nb,swing,I,30\n".write(
            to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let head = try Self.arvio(["audit", "head"], in: folder).output

        let imported = try Self.arvio(["weights", "import", "--round", "demo", "bad.csv", "--lang", "en"], in: folder)
        let set = try Self.arvio(
            ["weights", "set", "--round", "demo", "--stakeholder", "a", "--swing", "U=90,T=50", "--lang", "en"], in: folder)
        let both = try Self.arvio(
            ["weights", "set", "--round", "demo", "--stakeholder", "a", "--swing", "U=90", "--points", "U=1"], in: folder)

        #expect(imported.status == 1)
        #expect(
            imported.errors == """
                bad.csv:2:12 (value): error: no weight is given for area 'I'
                  help: give a weight for every area the round's weight model weights (0 is allowed)
                bad.csv:3:12 (value): error: 'T' has -2 points; points are 0 or more
                  help: give every item 0 points or more
                bad.csv:4:11 (value): error: no item has a swing of 100
                  help: give the swing you value most 100 points
                3 errors

                """)
        #expect(set.status == 1 && set.errors.hasPrefix("--swing: error: no weight is given for area 'I'\n"))
        #expect(both.status == 64)
        #expect(try Self.arvio(["audit", "head"], in: folder).output == head)
    }
}
