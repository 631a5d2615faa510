import ArvioCore
import Foundation
import Testing

/// Feedback and indicators along the user's path: `feedback import` (located errors, all or nothing, idempotent),
/// `feedback` in every format with no group under five anywhere, `kpi` with the county's figures, and the site.
struct FeedbackCommandTests {
    static let model = "etavastaanotto-vahva-tunnistus"

    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return name
    }

    @Test func importShowAndSuppressInEveryFormat() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--database", "db.sqlite"], in: folder.path)
        }
        // Unit A: 7 responses (3 promoters 9/10, 2 passives 7/8, 2 detractors 6/0); unit B: 3 (hidden, and A with it).
        var csv = "response_id,model,unit,channel,month,recommendation,saatavuus,open\n"
        for (i, answer) in [9, 10, 10, 7, 8, 6, 0].enumerated() {
            csv += "a\(i),\(Self.model),A,eta,2025-03,\(answer),5,salainen kommentti\n"
        }
        for i in 0..<3 { csv += "b\(i),\(Self.model),B,eta,2025-04,10,4,\n" }
        let file = try Self.write(csv, "palaute.csv", in: folder)
        let bad = try Self.write(csv + "c1,\(Self.model),C,kasvokkain,2025-04,10,4,\n", "bad.csv", in: folder)

        let refused = try arvio(["feedback", "import", bad])
        #expect(refused.status == 1 && refused.errors.contains("bad.csv:12:") && refused.errors.contains("kasvokkain"))
        let first = try arvio(["feedback", "import", file])
        let second = try arvio(["feedback", "import", file, "--lang", "en"])
        #expect(first.status == 0 && first.output.contains("Tuotiin 10 uutta vastausta"))
        #expect(second.output.contains("Imported 0 new response(s)") && second.output.contains("10 had been imported before"))

        // The model's total: 10 responses, 6 promoters (9, 10, 10 and B's three 10s), 2 passives, 2 detractors (6, 0)
        // → (6 − 2)/10 = +40; by unit, B (3) is hidden and so is A (7 = 10 − 3).
        let table = try arvio(["feedback", "--model", Self.model, "--by", "unit", "--lang", "en"])
        #expect(table.status == 0 && table.output.contains("+40") && table.output.contains("6 / 2 / 2"), "\(table.output)")
        let json = try arvio(["feedback", "--model", Self.model, "--by", "unit", "--format", "json"]).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let total = try #require(document["total"] as? [String: Any])
        #expect(total["responses"] as? Int == 10)
        let groups = try #require(document["groups"] as? [[String: Any]])
        #expect(groups.map { $0["suppressed"] as? Bool } == [true, true])
        #expect(groups.allSatisfy { $0["responses"] == nil && $0["nps"] == nil })
        let csvOut = try arvio(["feedback", "--model", Self.model, "--by", "unit", "--format", "csv"]).output
        let lines = csvOut.split(whereSeparator: \.isNewline)
        #expect(lines.count == 4 && lines[2].hasPrefix("A,true,,,,,") && lines[3].hasPrefix("B,true,,,,,"), "\(csvOut)")
        // By month the same: March (7) and April (3) both hidden.
        let months = try arvio(["feedback", "--model", Self.model, "--format", "csv"]).output
        #expect(months.contains("2025-03,true,,") && months.contains("2025-04,true,,"))
        let noModel = try arvio(["feedback", "--by", "unit", "--lang", "en"])
        #expect(noModel.status == 1 && noModel.errors.contains("--by breaks down one operating model's feedback"))
        let unknown = try arvio(["feedback", "--model", "etavastanotto-vahva-tunnistus"])
        #expect(unknown.status == 1 && unknown.errors.contains("etavastaanotto-vahva-tunnistus"))
        // The open answer is in no output.
        for output in [table.output, json, csvOut, months] { #expect(!output.contains("salainen")) }

        // The site: the model page shows the total and hides both units, and no page holds the open answer.
        let build = try arvio(["build", "--out", "site"])
        #expect(build.status == 0, "\(build.errors)")
        let page = try String(contentsOf: folder.appendingPathComponent("site/models/\(Self.model).html"), encoding: .utf8)
        #expect(page.contains("(NPS) +40"))
        #expect(page.contains("<th scope=\"row\">A</th><td colspan=\"3\">alle 5 vastausta, ei näytetä</td>"))
        #expect(!page.contains("salainen"))
        let english = try String(contentsOf: folder.appendingPathComponent("site/en/evidence.html"), encoding: .utf8)
        #expect(english.contains("Recommendation index by operating model"))
    }

    @Test func kpiListsTheCountysPublishedFiguresAgainstTheirTargets() throws {
        let run = try EndToEndTests.run(["kpi", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.output.contains("digiasioineiden-osuus") && run.output.contains("38.4 %"))
        #expect(run.output.contains("County target 30 %: met") && run.output.contains("National target 35 %: met"))
        #expect(run.output.contains("at least 200"))
        let csv = try EndToEndTests.run(["kpi", "--format", "csv"]).output
        #expect(csv.contains("ammattilaistunnukset,2024-05,40,false,unverified,innokyla-lappi"))
        #expect(csv.contains("ammattilaistunnukset,2025-05,846,false,unverified,innokyla-lappi"))
        #expect(csv.contains("etavastaanotot-kk,2024-08,14,false,unverified,innokyla-lappi"))
        let finnish = try EndToEndTests.run(["kpi"]).output
        for word in ["target", "met", "at least"] { #expect(!finnish.contains(word), "\(word)") }
    }
}

/// The report's profiles and the served site carry the evidence from use; a new database's illustrative feedback is
/// flagged wherever it shows.
struct EvidenceFromUseTests {
    @Test func theReportsProfileShowsTheFeedbackAndIndicatorsOfTheModelsUsingTheSolution() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try EndToEndTests.run(["report", "--round", "lapit-2021", "--samples", "500", "--out", "out"], in: folder.path)
        #expect(run.status == 0, "\(run.errors)")
        let json = try Data(contentsOf: folder.appendingPathComponent("out/report.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let evidence = try #require(document["evidence"] as? [String: [[String: Any]]])
        // Teams (eKollega) is the named solution of the secure video appointment model.
        let teams = try #require(evidence["teams-ekollega"])
        let video = try #require(teams.first { $0["model"] as? String == "etavastaanotto-vahva-tunnistus" })
        #expect((video["responses"] as? Int ?? 0) > 0 && video["illustrativeFeedback"] as? Bool == true)
        let indicators = try #require(video["indicators"] as? [[String: Any]])
        #expect(indicators.contains { $0["id"] as? String == "ammattilaistunnukset" && $0["value"] as? Double == 846 })
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)
        #expect(html.contains("<dt>Näyttö käytöstä</dt>"))
        #expect(html.contains("Ammattilaisten tunnukset etäpalveluun 846 tunnusta (2025-05, varmentamaton)"))
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(markdown.contains("## Näyttö käytöstä"))
    }
}
