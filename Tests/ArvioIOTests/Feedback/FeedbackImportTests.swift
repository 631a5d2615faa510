import ArvioCore
import ArvioIO
import Foundation
import GRDB
import Testing

/// Feedback CSV as survey tools export it: every problem located at once, nothing stored on any; the same responses
/// imported twice counted once; the same id with other answers refused by line; the open answer stored, never read.
struct FeedbackImportTests {
    static let header =
        "response_id,model,unit,channel,month,recommendation,saatavuus,kohtaaminen,turvallisuus,tiedonsaanti,hyodyllisyys,open\n"
    static let model = "etavastaanotto-vahva-tunnistus"

    static func project() throws -> Project {
        try ProjectLoader(
            root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
        ).load()
    }

    static func read(_ text: String) throws(Diagnostics) -> [FeedbackCSV.Row] {
        let project = try! Self.project()
        return try FeedbackCSV.responses(Array(text.utf8), file: "f.csv", survey: project.survey!, models: project.toolkit.map(\.id))
    }

    @Test func everyProblemIsLocatedAtOnce() throws {
        let text =
            Self.header
            + "r1,\(Self.model),A,eta,2025-03,9,5,4,5,0,4,hyvä\n"
            + "r2,etavastanotto,A,etä,2025-13,11,6,,,,,\n"
            + "r1,\(Self.model),,lahi,2025-03,x,1,1,1,1,1,\n"
        let error = try #require(throws: Diagnostics.self) { try Self.read(text) }
        let lines = error.items.map(\.description)
        #expect(lines.contains { $0.hasPrefix("f.csv:3:4") && $0.contains("etavastanotto") })
        #expect(lines.contains { $0.hasPrefix("f.csv:3:") && $0.contains("etä") })
        #expect(lines.contains { $0.hasPrefix("f.csv:3:") && $0.contains("2025-13") })
        #expect(lines.contains { $0.hasPrefix("f.csv:3:") && $0.contains("'11'") })
        #expect(lines.contains { $0.hasPrefix("f.csv:3:") && $0.contains("saatavuus") })
        #expect(lines.contains { $0.hasPrefix("f.csv:4:1") && $0.contains("r1") })
        #expect(lines.contains { $0.hasPrefix("f.csv:4:") && $0.contains("unit") })
        #expect(lines.contains { $0.hasPrefix("f.csv:4:") && $0.contains("'x'") })
        #expect(error.items.count == 8, "\(lines)")
    }

    @Test func aDateIsKeptAsItsMonthAndAnUnknownColumnIsNamed() throws {
        let rows = try Self.read(
            "response_id,model,unit,channel,date,recommendation\nr1,\(Self.model),A,lahi,2025-04-17,6\n")
        #expect(rows.map(\.response.month.description) == ["2025-04"])
        #expect(rows[0].response.answers.allSatisfy { $0 == FeedbackResponse.Answer.unanswered })
        let error = try #require(throws: Diagnostics.self) { try Self.read("response_id,model,unit,channel,mont\n") }
        #expect(error.items.map(\.description).contains { $0.contains("mont") && $0.contains("month") })
    }

    @Test func importingTwiceCountsOnceAndAnotherAnswerUnderTheSameIdIsRefusedWhole() throws {
        let store = try ScoreStore(DatabaseQueue())
        let text = Self.header + "r1,\(Self.model),A,eta,2025-03,9,5,4,5,0,4,hyvä\nr2,\(Self.model),A,eta,2025-03,3,,,,,,\n"
        let first = try store.importFeedback(try Self.read(text), file: "f.csv", source: nil, actor: "t", at: "2025-04-01T00:00:00Z")
        let again = try store.importFeedback(try Self.read(text), file: "f.csv", source: nil, actor: "t", at: "2025-04-01T00:00:00Z")
        #expect(first == .init(added: 2, already: 0) && again == .init(added: 0, already: 2))

        let changed = Self.header + "r3,\(Self.model),A,eta,2025-03,10,,,,,,\nr2,\(Self.model),A,eta,2025-03,4,,,,,,\n"
        let error = try #require(throws: Diagnostics.self) {
            try store.importFeedback(try Self.read(changed), file: "g.csv", source: nil, actor: "t", at: "2025-04-01T00:00:00Z")
        }
        #expect(
            error.items.map(\.description) == [
                "g.csv:3: response_id: error: response r2 was imported before with other answers\n  help: A response id names one response: check that this is the right file, or give the new response an id of its own."
            ] || error.items.first?.description.hasPrefix("g.csv:3") == true)
        // Nothing of that file was stored: r3 is not there.
        let tally = try store.feedbackTally(survey: try Self.project().survey!)
        #expect(tally.total().responses == 2)
        #expect(tally.total().nps == NPS(promoters: 1, detractors: 1))
    }
}

extension FeedbackImportTests {
    /// A file that is not feedback at all (another CSV, an empty file, a header only) is one clear set of errors, never
    /// a crash.
    @Test(arguments: [
        "stakeholder,name,importance,technique,area,item,versus,value\nhankinta,H,1,points,,U,,40\n", "", "response_id\n",
        "response_id,model,unit,channel\nr1,x,A,eta\n",
    ])
    func aFileThatIsNotFeedbackIsRefusedWithItsHeader(_ text: String) throws {
        let error = try #require(throws: Diagnostics.self) { try Self.read(text) }
        #expect(!error.items.isEmpty)
        #expect(error.items.allSatisfy { $0.location.line == 1 || $0.location.line == nil }, "\(error.items)")
    }

    /// The shipped KPI files are checked as the catalog is: a value without a source, a period that is not a month and
    /// a source that is not listed are each located.
    @Test func aBrokenIndicatorFileIsLocated() throws {
        var files = ShippedProject.files()
        files["kpis/x.yaml"] = """
            id: x
            name: {fi: X, en: X}
            definition: {fi: X, en: X}
            unit: {fi: kpl, en: pcs}
            direction: higher-is-better
            values:
              - {period: 2025-5-1, value: 1, verification: unverified, sources: [nowhere]}
              - {period: 2025-06, value: 2, verification: verified}
            """
        let error = try #require(throws: Diagnostics.self) { try ProjectLoader.load(files: files) }
        let lines = error.items.map(\.description)
        #expect(lines.contains { $0.hasPrefix("kpis/x.yaml:7") && $0.contains("2025-5-1") })
        #expect(lines.contains { $0.hasPrefix("kpis/x.yaml:7") && $0.contains("nowhere") })
        #expect(lines.contains { $0.hasPrefix("kpis/x.yaml:8") && $0.contains("sources") })
        #expect(error.items.count == 3, "\(lines)")
    }
}

extension FeedbackImportTests {
    /// The survey file's own checks: a scale not numbered 1…k, a statement twice, a topic THL does not have, a source
    /// no text may cite, a verified wording without its source — each located.
    @Test func aBrokenSurveyIsLocated() throws {
        var files = ShippedProject.files()
        files["feedback/survey.yaml"] = """
            id: thl-kansallinen-v1
            name: {fi: K, en: S}
            recommendation: {fi: K, en: Q, verified: [en]}
            statements:
              - {id: a, topic: saatavuus, fi: A, en: A}
              - {id: a, topic: turvallisuus, fi: B, en: B, source: nowhere}
              - {id: c, topic: hinta, fi: C, en: C}
            scale:
              - {value: 1, fi: yksi, en: one}
              - {value: 3, fi: kolme, en: three}
            not_applicable: {fi: eos, en: dk}
            open_question: {fi: O, en: O}
            """
        let error = try #require(throws: Diagnostics.self) { try ProjectLoader.load(files: files) }
        let lines = error.items.map(\.description)
        #expect(lines.contains { $0.hasPrefix("feedback/survey.yaml:3") && $0.contains("source") })
        #expect(lines.contains { $0.hasPrefix("feedback/survey.yaml:6 (statements[1])") && $0.contains("'a'") })
        #expect(lines.contains { $0.hasPrefix("feedback/survey.yaml:7") && $0.contains("hinta") })
        #expect(lines.contains { $0.hasPrefix("feedback/survey.yaml:6 (statements[1].source)") && $0.contains("nowhere") })
        #expect(lines.contains { $0.hasPrefix("feedback/survey.yaml:9") && $0.contains("1,3") })
        #expect(error.items.count == 5, "\(lines)")
    }
}
