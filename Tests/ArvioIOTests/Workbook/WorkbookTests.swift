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
        #expect(workbook.contains("name=\"arvio\" sheetId=\"3\" state=\"hidden\""))
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
