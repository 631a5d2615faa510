import ArvioCore
import ArvioReports
import Foundation
import Testing

/// Every format of the comparison report for a small fixture, compared byte for byte with the files in `Golden/`.
/// After an intended change, re-record them with `ARVIO_RECORD_GOLDEN=1 swift test --filter GoldenReportTests` and
/// read the diff before committing.
struct GoldenReportTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["ARVIO_RECORD_GOLDEN"] == "1"

    static func report() throws -> ComparisonReport {
        try ComparisonReport(
            project: ReportFixture.project, record: ReportFixture.record,
            metadata: .init(version: "golden", generated: "2026-01-01", samples: 2_000, seed: 7))
    }

    static func documents() throws -> [(name: String, text: String)] {
        let r = try report()
        return [
            ("report.html", HTMLReport.document(r, .fi)), ("report-en.html", HTMLReport.document(r, .en)),
            ("report.md", ReportDocuments.markdown(r, .fi)), ("report-en.md", ReportDocuments.markdown(r, .en)),
            ("report.json", JSONDocument.text(of: ReportDocuments.document(r))), ("ranking.csv", ReportDocuments.rankingCSV(r)),
            ("scores.csv", ReportDocuments.scoresCSV(r)), ("report.xmcda.xml", ReportDocuments.xmcda(r, .fi) ?? ""),
        ]
    }

    @Test(arguments: [
        "report.html", "report-en.html", "report.md", "report-en.md", "report.json", "ranking.csv", "scores.csv", "report.xmcda.xml",
    ])
    func matchesTheGoldenFile(_ name: String) throws {
        let text = try #require(try Self.documents().first { $0.name == name }?.text)
        try Self.compare(text, golden: name)
    }

    /// Compares `text` with `Golden/<name>`, or records it there when ARVIO_RECORD_GOLDEN=1.
    static func compare(_ text: String, golden name: String) throws {
        let url = folder.appendingPathComponent(name)
        if recording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if text != golden {
            let ours = text.split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = golden.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(ours, theirs)).firstIndex { $0 != $1 } ?? min(ours.count, theirs.count)
            Issue.record(
                """
                \(name) differs from Golden/\(name) from line \(line + 1):
                  golden: \(line < theirs.count ? String(theirs[line].prefix(300)) : "(end of file)")
                  now:    \(line < ours.count ? String(ours[line].prefix(300)) : "(end of file)")
                re-record with ARVIO_RECORD_GOLDEN=1 swift test --filter ArvioReportsTests if the change is intended
                """)
        }
    }

    @Test func theFixtureExercisesTheGateTheSpreadAndTheIllustrativeBanner() throws {
        let r = try Self.report()
        #expect(r.evaluation.gate.excluded.map(\.solution) == ["gamma"])
        #expect(r.evaluation.gate.passed == ["alfa", "beta"])
        for (name, text) in try Self.documents() where name != "ranking.csv" {
            #expect(
                text.contains("HAVAINNOLLINEN") || text.contains("ILLUSTRATIVE") || text.contains("\"illustrative\" : true")
                    || text.contains(",true"), "\(name) does not say the data is illustrative")
        }
    }
}
