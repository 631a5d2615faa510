import ArvioCore
import Foundation
import Testing

@testable import ArvioReports

/// The QR encoder against another implementation: python-qrcode 8.2 encoded the same texts (byte mode, level M, each of
/// the eight masks; `QR/generate.py`), versions 1, 2, 4, 5, 7, 8, 9 and 10 among them (alignment patterns, version
/// information, 16-bit length); every module must agree. The mask our penalty picks is one of the eight, so the
/// symbol it makes is one of these too.
struct QRCodeTests {
    struct Case: Decodable {
        var text: String
        var mask: Int
        var version: Int
        var rows: [String]
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("QR/python-qrcode.json")
        return (try? JSONDecoder().decode([Case].self, from: Data(contentsOf: url))) ?? []
    }()

    @Test func everyModuleAgreesWithPythonQRCode() throws {
        #expect(Self.cases.count >= 64)
        for c in Self.cases {
            let code = try #require(QRCode(c.text, mask: c.mask))
            #expect(code.version == c.version, "\(c.text.prefix(30)) mask \(c.mask)")
            let rows = code.modules.map { $0.map { $0 ? "1" : "0" }.joined() }
            #expect(rows == c.rows, "\(c.text.prefix(30)) mask \(c.mask)")
        }
    }

    @Test func theChosenMaskIsOneOfTheReferenceSymbols() throws {
        for text in Set(Self.cases.map(\.text)) {
            let code = try #require(QRCode(text))
            let reference = try #require(Self.cases.first { $0.text == text && $0.mask == code.mask })
            #expect(code.modules.map { $0.map { $0 ? "1" : "0" }.joined() } == reference.rows)
        }
        #expect(QRCode(String(repeating: "y", count: 214)) == nil)
    }
}

/// Served by the web app, a model's page and its printable checklist give the feedback form's address as a link and
/// a QR code of exactly that address; a static site (no form) gives neither.
struct FeedbackLinkTests {
    /// The fixture project with its one model collecting feedback with the test survey.
    static var project: Project {
        var project = ReportFixture.project
        var model = ToolkitSiteTests.model
        model.feedbackSurvey = NPSFixture.survey.id
        project.toolkit = [model]
        project.survey = NPSFixture.survey
        return project
    }

    @Test func theServedSiteGivesTheFormsLinkAndQRCode() throws {
        let project = Self.project
        let served = ToolkitSite.files(
            .init(
                project: project, report: nil, version: "t", generated: "2026-01-01", feedback: FeedbackTally(survey: NPSFixture.survey),
                formAddress: "https://arvio.example.fi"))
        let link = "https://arvio.example.fi/palaute/video"
        let expected = try #require(QRCode(link)).svg(label: "QR-koodi palautelomakkeeseen: " + link)
        for path in ["models/video.html", "models/video-checklist.html"] {
            let page = try #require(served.first { $0.path == path }).text
            #expect(page.contains("<a href=\"\(link)\">\(link)</a>"), "\(path)")
            #expect(page.contains(expected), "\(path)")
        }
        let english = try #require(served.first { $0.path == "en/models/video.html" }).text
        #expect(english.contains(link + "?lang=en"))
        let staticSite = ToolkitSite.files(.init(project: project, report: nil, version: "t", generated: "2026-01-01"))
        #expect(!staticSite.contains { $0.text.contains("/palaute/") })
    }

    /// A unit name comes from the public form's link: whatever it holds is text on every page.
    @Test func aHostileUnitNameIsTextOnThePages() throws {
        let project = Self.project
        var tally = FeedbackTally(survey: NPSFixture.survey)
        for i in 0..<12 {
            tally.add(
                FeedbackResponse(
                    id: "\(i)", survey: "s", model: "video", unit: i < 6 ? "<script>alert(1)</script>" : "\"><img src=x>",
                    channel: .remote, month: YearMonth(year: 2025, month: 1)!, recommendation: 9, answers: [5]))
        }
        let files = ToolkitSite.files(.init(project: project, report: nil, version: "t", generated: "2026-01-01", feedback: tally))
        for l in ["", "en/"] {
            let page = try #require(files.first { $0.path == l + "models/video.html" }).text
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && page.contains("&quot;&gt;&lt;img src=x&gt;"))
            #expect(!page.contains("<script>alert") && !page.contains("<img src=x"))
        }
    }
}

enum NPSFixture {
    static let survey = Survey(
        id: "s", name: .init(fi: "s", en: "s"), recommendation: .init(.init(fi: "q", en: "q")),
        statements: [.init(id: "a", topic: .availability, text: .init(.init(fi: "a", en: "a")))],
        scale: (1...5).map { .init(value: $0, label: .init(fi: "\($0)", en: "\($0)")) }, notApplicable: .init(fi: "eos", en: "dk"),
        openQuestion: .init(.init(fi: "o", en: "o")), origin: .init(file: "f"))
}
