import ArvioCore
import ArvioReports
import Foundation
import Testing
import ZIPFoundation

@testable import ArvioIO

struct WorkbookTests {
    static let project = try! ProjectLoader(root: ShippedProject.root).load()
    static let round = Round(
        id: "r", name: "R", solutions: ["virtu", "omaolo"], model: "asiantuntija-arvio", contentHash: "h", createdAt: "")
    static let anna = Assessor(id: "anna", name: "Anna", role: "security", areas: ["T"])
    static var context: ScoreCSV.Context { ScoreCSV.Context(rounds: [round], assessors: [anna], criteria: project.criteria.criteria) }

    static func workbook(_ scores: [ExpertScore], round: Round = round) throws -> Data {
        try XLSXPackage.data(parts: ScoringWorkbook.parts(round: round, assessor: anna, project: project, ownScores: scores, language: .en))
    }

    static func problems(_ data: Data) -> [String] {
        do {
            _ = try WorkbookReader.scores(data, file: "anna.xlsx", context: context, recordedAt: "t")
            return []
        } catch {
            return error.items.map(\.description)
        }
    }

    /// Replaces one part of a workbook, as a person editing it (or an attacker) would.
    static func replacing(_ path: String, in data: Data, with text: String) throws -> Data {
        let source = try Archive(data: data, accessMode: .read)
        var parts: [(path: String, text: String)] = []
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            parts.append((entry.path, entry.path == path ? text : String(decoding: bytes, as: UTF8.self)))
        }
        return try XLSXPackage.data(parts: parts)
    }

    @Test func aWrittenWorkbookReadsBackTheAssessorsOwnScores() throws {
        let scores = [
            ExpertScore(
                round: "r", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4), rationale: "Suomi.fi & log",
                evidence: ["https://a", "https://b"], recordedAt: "t"),
            ExpertScore(
                round: "r", solution: "omaolo", criterion: "T3", assessor: "anna", value: .unknown, rationale: "no documentation",
                recordedAt: "t"),
        ]

        let read = try WorkbookReader.scores(try Self.workbook(scores), file: "anna.xlsx", context: Self.context, recordedAt: "t")

        #expect(read == scores)
    }

    @Test func onlyTheAssessorsAreasBecomeSheetsWithTheGuideAndADropdown() throws {
        let parts = ScoringWorkbook.parts(round: Self.round, assessor: Self.anna, project: Self.project, ownScores: [], language: .fi)
        let workbook = try #require(parts.first { $0.path == "xl/workbook.xml" }?.text)
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet2.xml" }?.text)

        #expect(
            workbook.contains("<sheet name=\"Ohje\"") && workbook.contains("<sheet name=\"T\"") && !workbook.contains("<sheet name=\"U\""))
        #expect(workbook.contains("<sheet name=\"painot\" sheetId=\"3\""))
        #expect(workbook.contains("name=\"arvio\" sheetId=\"4\" state=\"hidden\""))
        #expect(sheet.contains("<formula1>\"0,1,2,3,4,5,na,unknown\"</formula1>") && sheet.contains("sqref=\"E3:E24\""))
        #expect(sheet.contains("Vain nimi, linkki tai henkilötunnus; ei vahvaa tunnistusta."))
    }

    @Test func aSolutionTheAssessorIsExcludedFromHasNoRows() throws {
        let parts = ScoringWorkbook.parts(
            round: Self.round, assessor: Self.anna, project: Self.project, ownScores: [], excluding: ["virtu"], language: .fi)
        let sheet = try #require(parts.first { $0.path == "xl/worksheets/sheet2.xml" }?.text)

        #expect(sheet.contains("sqref=\"E3:E13\"") && sheet.contains(">omaolo<") && !sheet.contains(">virtu<"))
    }

    @Test func everyBadCellIsNamedBySheetAndCell() throws {
        var data = try Self.workbook([])
        let sheet = try #require(
            ScoringWorkbook.parts(round: Self.round, assessor: Self.anna, project: Self.project, ownScores: [], language: .en)
                .first { $0.path == "xl/worksheets/sheet2.xml" }?.text)
        let edited =
            sheet
            .replacingOccurrences(
                of: "<c r=\"C3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">T1</t></is></c>",
                with: "<c r=\"C3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">T1</t></is></c><c r=\"E3\"><v>7</v></c>"
            )
            .replacingOccurrences(
                of: "<c r=\"C5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">T3</t></is></c>",
                with:
                    "<c r=\"C5\" t=\"inlineStr\"><is><t xml:space=\"preserve\">T3</t></is></c><c r=\"E5\" t=\"inlineStr\"><is><t>kolme</t></is></c>"
            )
        data = try Self.replacing("xl/worksheets/sheet2.xml", in: data, with: edited)

        #expect(
            Self.problems(data) == [
                "anna.xlsx (T!E3): error: score '7' is not one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'\n  help: use one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'",
                "anna.xlsx (T!E5): error: score 'kolme' is not one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'\n  help: use one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'",
            ])
    }

    @Test(arguments: [
        """
        <?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]><sst><si><t>&secret;</t></si></sst>
        """,
        """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><sst><si><t>&lol3;</t></si></sst>
        """,
    ])
    func entityAttacksAreRefusedQuicklyWithAClearError(document: String) throws {
        let data = try Self.replacing("xl/workbook.xml", in: try Self.workbook([]), with: document)

        let problems = Self.problems(data)

        // Refused where the parser meets <!DOCTYPE, before the internal subset with its entities is read.
        #expect(
            problems == [
                "anna.xlsx:1 (xl/workbook.xml): error: the file declares '<!DOCTYPE'; Arvio refuses DTDs and entity declarations (they can read other files or expand without end)\n  help: remove the <!DOCTYPE …> block: neither XMCDA files nor workbooks need one"
            ])
    }

    @Test func somethingThatIsNotAnArvioWorkbookIsNamedAsSuch() throws {
        #expect(
            Self.problems(Data("just text".utf8)) == [
                "anna.xlsx: error: the file is not an .xlsx workbook (not a ZIP package)\n  help: import a workbook Arvio wrote, or a CSV file"
            ])
        let noMeta = try XLSXPackage.data(
            parts: ScoringWorkbook.parts(round: Self.round, assessor: Self.anna, project: Self.project, ownScores: [], language: .en)
                .map {
                    $0.path == "xl/workbook.xml"
                        ? ($0.path, $0.text.replacingOccurrences(of: "name=\"arvio\"", with: "name=\"other\"")) : $0
                })
        #expect(Self.problems(noMeta).first?.contains("it is not an Arvio scoring workbook") == true)
    }
}

/// The scoring workbook's sheet of the assessor's own weights as a stakeholder: written ready to fill, read back as a
/// CSV of stakeholders' weights is, with errors named by cell.
struct WorkbookWeightsTests {
    typealias W = WorkbookTests
    static var model: WeightModel { W.project.criteria.model("asiantuntija-arvio")! }

    /// The workbook with the weights sheet's column H filled row by row (nil leaves a row empty), and extra rows.
    static func filled(_ values: [String?], extra: [[String]] = []) throws -> Data {
        let data = try W.workbook([])
        let parts = ScoringWorkbook.parts(round: W.round, assessor: W.anna, project: W.project, ownScores: [], language: .en)
        let index = try #require(parts.filter { $0.path.hasPrefix("xl/worksheets/") }.firstIndex { $0.text.contains(">stakeholder<") })
        var sheet = parts.filter { $0.path.hasPrefix("xl/worksheets/") }[index].text
        for (k, value) in values.enumerated() {
            guard let value else { continue }
            sheet = sheet.replacingOccurrences(
                of: "<c r=\"H\(k + 2)\" t=\"inlineStr\"><is><t xml:space=\"preserve\"></t></is></c>",
                with: "<c r=\"H\(k + 2)\"><v>\(value)</v></c>")
        }
        let rows = extra.enumerated().map { k, cells in
            "<row r=\"\(k + 10)\">"
                + zip(["A", "B", "C", "D", "E", "F", "G", "H"], cells).map {
                    "<c r=\"\($0)\(k + 10)\" t=\"inlineStr\"><is><t>\($1)</t></is></c>"
                }
                .joined() + "</row>"
        }
        sheet = sheet.replacingOccurrences(of: "</sheetData>", with: rows.joined() + "</sheetData>")
        return try W.replacing("xl/worksheets/sheet\(index + 1).xml", in: data, with: sheet)
    }

    static func read(_ data: Data, round: String = "r") throws(Diagnostics) -> [StakeholderWeights] {
        try WorkbookReader.stakeholders(data, file: "anna.xlsx", round: round, base: model, areas: W.project.criteria.areas)
    }

    @Test func theAssessorsPointsAreReadAsTheirWeights() throws {
        let members = try Self.read(
            try Self.filled(["50", "30", "20"], extra: (1...11).map { ["anna", "", "", "points", "T", "T\($0)", "", "\($0)"] }))

        #expect(members.map(\.stakeholder) == ["anna"] && members[0].name == "Anna" && members[0].technique == .points)
        #expect(members[0].areas.weights.map(\.id) == ["U", "T", "I"] && members[0].areas.weights.map(\.value) == [50, 30, 20])
        #expect(members[0].criteria["T"]?.weights.map(\.value) == (1...11).map(Double.init))
        #expect(members[0].areas.weights[1].origin == SourceLocation(file: "anna.xlsx", field: "painot!H3"))
    }

    static func problems(_ data: Data, round: String = "r") -> [String] {
        do {
            _ = try read(data, round: round)
            return []
        } catch {
            return error.items.map(\.description)
        }
    }

    @Test func problemsAreNamedByCellAndAnotherRoundIsRefused() throws {
        #expect(
            Self.problems(try Self.filled(["50", "30", "20"]), round: "other") == [
                "anna.xlsx (arvio!B2): error: round 'r' is not one of 'other'\n  help: use one of 'other'"
            ])
        #expect(
            Self.problems(try Self.filled(["50", "kolme", nil])) == [
                "anna.xlsx (painot!H3): error: 'value' must be a number, found 'kolme'\n  help: write a plain number, e.g. 'value: 25'"
            ])
        #expect(
            Self.problems(try Self.filled(["50", "30", nil])).first?.hasPrefix(
                "anna.xlsx (painot!H2): error: no weight is given for area 'I'") == true)
    }
}
