import Foundation
import Testing

@testable import arvio

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `arvio report` on the illustrative sample round: every document, the HTML's structure and accessibility basics.
struct ReportCommandTests {
    @Test func writesEveryDocumentWithTheSectionsInOrder() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try EndToEndTests.run(["report", "--samples", "2000", "--out", "out"], in: folder.path)
        let html = try String(contentsOf: folder.appendingPathComponent("out/report.html"), encoding: .utf8)

        #expect(run.status == 0)
        for name in ["report.html", "report.md", "report.json", "ranking.csv", "scores.csv"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/\(name)").path), "\(name)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fi\">"))
        #expect(html.contains("<p class=\"banner\" role=\"note\"><strong>HAVAINNOLLINEN AINEISTO"))
        let sections = html.components(separatedBy: "<section id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(
            sections == [
                "yhteenveto", "kartoitus", "kriteerit", "pakolliset", "pisteet", "jarjestykset", "osuudet", "profiilit", "yksimielisyys",
                "herkkyys", "sidosryhmat", "liite",
            ])
        #expect(html.contains("Nykyisillä painoilla johtaa Microsoft Teams (eKollega-palvelun kautta)"))
        // The sample round's four invented stakeholders: the robustness sentence draws between their weights, and says so.
        #expect(html.contains("painonäytteistä, jotka on arvottu 4 sidosryhmän omien painojen väliltä"))
        #expect(html.contains("<th scope=\"col\">Ensimmäisenä sidosryhmien painojen väliltä</th>"))
        #expect(html.contains("HAVAINNOLLINEN: merkityt sidosryhmät ja heidän painonsa on keksitty"))
    }

    @Test func theHTMLIsSelfContainedWellFormedAndLabelled() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        _ = try EndToEndTests.run(["report", "--samples", "500", "--out", "out", "--lang", "en", "--format", "html"], in: folder.path)
        let html = try String(contentsOf: folder.appendingPathComponent("out/report-en.html"), encoding: .utf8)

        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("ILLUSTRATIVE DATA"))
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=\""))
        // Written as XHTML-compatible HTML5: an XML parser reads it without error.
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        // Every chart has a text alternative, every table a caption, every header cell a scope.
        let charts = html.components(separatedBy: "<svg ").count - 1
        #expect(charts > 5)
        #expect(html.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == charts)
        #expect(html.components(separatedBy: "<table").count == html.components(separatedBy: "<caption>").count)
        #expect(html.components(separatedBy: "<th>").count == 1)
        #expect(html.contains("Arvio \(ArvioVersion.current), generated ") && html.contains("content hash (SHA-256) "))
    }

    @Test func jsonAndCSVCarryTheRankingAndTheIllustrativeFlag() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        _ = try EndToEndTests.run(["report", "--samples", "500", "--out", "out", "--format", "all"], in: folder.path)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any]
        let ranking = try String(contentsOf: folder.appendingPathComponent("out/ranking.csv"), encoding: .utf8)
        let scores = try String(contentsOf: folder.appendingPathComponent("out/scores.csv"), encoding: .utf8)

        #expect(json?["schemaVersion"] as? Int == 1)
        #expect(json?["illustrative"] as? Bool == true)
        // The weighted product cannot take a score of 0, so it is left out with its reason.
        #expect((json?["rankings"] as? [Any])?.count == 4)
        #expect((json?["methodsLeftOut"] as? [String: String])?["weighted-product"]?.contains("needs positive values") == true)
        #expect((json?["methodsLeftOut"] as? [String: String])?.keys.sorted() == ["weighted-product"])
        #expect(ranking.hasPrefix("alternative,"))
        #expect(scores.hasPrefix("solution,criterion,median,minimum,maximum,scored,unknown,not_applicable,agreed,illustrative\r\n"))
    }

    @Test func anUnknownModelIsNamedWithASuggestionAndNothingIsWritten() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try EndToEndTests.run(["report", "--model", "hankinat", "--out", "out", "--lang", "en"], in: folder.path)

        #expect(run.status == 1)
        #expect(
            run.errors.split(separator: "\n", maxSplits: 1).last
                == "error: no weight model 'hankinat'\n  help: did you mean 'hankinta'? models are 'asiantuntija-arvio', 'hankinta', 'hankinta-toimittaja'\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
