import Foundation
import Testing

/// `arvio build` on the shipped project and the sample round: the nurse's path through the site, and a site that is
/// replaced whole or not at all.
struct BuildCommandTests {
    static func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent("site/" + path), encoding: .utf8)
    }

    @Test func theSecureVideoModelIsTwoClicksAwayWithItsChecklistAndItsApprovedSolutions() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site"), withIntermediateDirectories: true)
        try "stale".write(to: folder.appendingPathComponent("site/stale.html"), atomically: true, encoding: .utf8)

        let run = try EndToEndTests.run(["build", "--samples", "500"], in: folder.path)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.hasPrefix("Sivusto kirjoitettu: site/index.html ("))
        #expect(
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/stale.html").path), "the old site is replaced whole"
        )

        // Click 1: the index lists the model; click 2: its page, with the printable checklist one link further.
        let index = try Self.read(folder, "index.html")
        #expect(
            index.contains(
                "<h2><a href=\"models/etavastaanotto-vahva-tunnistus.html\">Suojattu videovastaanotto vahvalla tunnistautumisella</a></h2>")
        )
        let model = try Self.read(folder, "models/etavastaanotto-vahva-tunnistus.html")
        #expect(model.contains("<a href=\"../models/etavastaanotto-vahva-tunnistus-checklist.html\">Tulostettava tarkistuslista</a>"))
        #expect(
            model.contains(
                "Microsoft Teams (eKollega-palvelun kautta)</a></th><td><span class=\"status ok\">Täyttää pakolliset vaatimukset</span>"))
        #expect(model.contains("HAVAINNOLLINEN AINEISTO"))
        let checklist = try Self.read(folder, "models/etavastaanotto-vahva-tunnistus-checklist.html")
        #expect(checklist.contains("vahva tunnistus tehty, tunnistustapa ja -aika näkyvät ja ne kirjataan."))
        // The assistant failed must-haves in the sample round; its model and its page say so.
        let assistant = try Self.read(folder, "solutions/virtuaaliassistentti.html")
        #expect(assistant.contains("<span class=\"status fail\">Ei täytä: KO-T2"))
        #expect(assistant.contains("<a href=\"../models/palveluohjaus-virtuaaliavustaja.html\">"))
        let report = try Self.read(folder, "en/report/index.html")
        #expect(report.contains("<html lang=\"en\">"))
        #expect(report.contains("<li><a href=\"../../en/index.html\">← Remote-service toolkit</a></li>"))
        #expect(try Self.read(folder, "models/chat.bpmn").contains("<bpmn:lane id=\"Lane_1\" name=\"asiakas\">"))
    }

    @Test func aSiteThatCannotBeWrittenIsAClearErrorAndNothingIsLeftBehind() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a file".write(to: folder.appendingPathComponent("taken"), atomically: true, encoding: .utf8)

        let run = try EndToEndTests.run(["build", "--out", "taken/site", "--lang", "en"], in: folder.path)
        #expect(run.status != 0)
        #expect(run.errors.contains("cannot write the site into 'taken/site'"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".site.new") }
        #expect(left.isEmpty)
    }
}
