import Foundation
import Testing

/// XMCDA out of `arvio report` and back in through `arvio import --xmcda`: all or none, errors located.
struct XMCDACommandTests {
    @Test func theReportsPerformanceTableGoesOutAndAnAssessorsTableComesBackIn() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--lang", "en"], in: folder.path)
        }

        let report = try arvio(["report", "--format", "xmcda", "--samples", "500", "--out", "out"])
        #expect(report.status == 0, "\(report.errors)")
        let xml = try String(contentsOf: folder.appendingPathComponent("out/report.xmcda.xml"), encoding: .utf8)
        #expect(xml.contains("<!-- ILLUSTRATIVE DATA"))
        #expect(xml.contains("<xmcda:XMCDA xmlns:xmcda=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\">"))
        #expect(xml.contains("Excluded by the must-have gate: virtuaaliassistentti"))

        // The exported problem ranks the same in Arvio itself (and so in any tool that reads XMCDA).
        let reranked = try arvio(["rank", "--xmcda", "out/report.xmcda.xml", "--method", "weighted-sum", "--format", "csv"])
        #expect(reranked.status == 0, "\(reranked.errors)")
        _ = try arvio(["report", "--format", "csv", "--samples", "500", "--out", "out"])
        let reportCSV = try String(contentsOf: folder.appendingPathComponent("out/ranking.csv"), encoding: .utf8)
        for line in reranked.output.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            #expect(reportCSV.contains("\(fields[0]),\(fields[1]),\(fields[2]),"), "\(line) is not in the report's ranking")
        }
        let sensitivity = try arvio(["sensitivity", "--xmcda", "out/report.xmcda.xml", "--samples", "1000"])
        #expect(sensitivity.status == 0 && sensitivity.output.contains("SMAA-2"), "\(sensitivity.errors)")

        // Anna (security) sends her scores of two solutions as an XMCDA performance table.
        #expect(try arvio(["round", "new", "r2", "--solutions", "omaolo,virtu"]).status == 0)
        let table = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xmcda:XMCDA xmlns:xmcda="http://www.decision-deck.org/2019/XMCDA-3.1.1">
              <performanceTable>
                <alternativePerformances><alternativeID>omaolo</alternativeID>
                  <performance><criterionID>T1</criterionID><values><value><integer>5</integer></value></values></performance>
                  <performance><criterionID>T3</criterionID><values><value><NA/></value></values></performance>
                </alternativePerformances>
                <alternativePerformances><alternativeID>virtu</alternativeID>
                  <performance><criterionID>T1</criterionID><values><value><real>4</real></value></values></performance>
                </alternativePerformances>
              </performanceTable>
            </xmcda:XMCDA>

            """
        try table.write(to: folder.appendingPathComponent("anna.xml"), atomically: true, encoding: .utf8)

        let wrong = try arvio(["import", "--xmcda", "anna.xml", "--round", "r2", "--assessor", "ana"])
        #expect(wrong.status != 0)
        // One problem, not one per cell.
        #expect(wrong.errors.components(separatedBy: "unknown assessor 'ana'").count == 2, "\(wrong.errors)")
        #expect(wrong.errors.contains("did you mean 'anna'"))

        let imported = try arvio(["import", "--xmcda", "anna.xml", "--round", "r2", "--assessor", "anna"])
        #expect(imported.output == "3 scores imported.\n", "\(imported.errors)")
        let shown = try arvio(["round", "show", "r2", "--assessor", "anna"])
        #expect(shown.output.contains("unknown"))

        // A hostile file: refused, located, and nothing imported.
        try "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>\n".write(
            to: folder.appendingPathComponent("xxe.xml"), atomically: true, encoding: .utf8)
        let refused = try arvio(["import", "--xmcda", "xxe.xml", "--round", "r2", "--assessor", "anna"])
        #expect(refused.status != 0)
        #expect(refused.errors.hasPrefix("xxe.xml:2: error: the file declares '<!DOCTYPE'"))
        #expect(try arvio(["audit", "verify"]).status == 0)
    }

    @Test func anXMCDAProblemWithoutWeightsOrWithALabelSaysWhereAndWhat() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <xmcda:XMCDA xmlns:xmcda="http://www.decision-deck.org/2019/XMCDA-3.1.1">
          <performanceTable>
            <alternativePerformances><alternativeID>a</alternativeID>
              <performance><criterionID>c1</criterionID><values><value><real>1</real></value></values></performance>
              <performance><criterionID>c2</criterionID><values><value><label>high</label></value></values></performance>
            </alternativePerformances>
          </performanceTable>
        </xmcda:XMCDA>

        """.write(to: folder.appendingPathComponent("p.xml"), atomically: true, encoding: .utf8)
        let run = try EndToEndTests.run(["rank", "--xmcda", "p.xml", "--lang", "en"], in: folder.path)
        #expect(run.status != 0)
        #expect(
            run.errors.contains(
                "p.xml:1 (criteriaValues): error: required field 'weights (criteriaValues mcdaConcept=\"weights\") for c1, c2' is missing"),
            "\(run.errors)")
        #expect(run.errors.contains("p.xml:6 (value): error:"), "\(run.errors)")
        #expect(
            try EndToEndTests.run(["rank", "--xmcda", "p.xml", "--matrix", "m.csv"], in: folder.path).errors.contains(
                "Anna yksi näistä: --round, --xmcda tai sekä --matrix että --criteria."))
    }

    @Test func importWithoutRoundOrAssessorSaysWhy() throws {
        let run = try EndToEndTests.run(["import", "--xmcda", "x.xml"])
        #expect(run.status != 0)
        #expect(run.errors.contains("--xmcda tarvitsee valitsimet --round ja --assessor"))
    }
}
