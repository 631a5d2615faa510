import Foundation
import GRDB
import Testing

struct ExportTests {
    /// N of "Audit log intact: N rows; head …".
    static func auditRows(_ output: String) -> Int? {
        output.firstMatch(of: /^Audit log intact: (\d+) rows; head \d+:[0-9a-f]{64}\.\n$/).flatMap { Int($0.output.1) }
    }

    @Test func aScoreSaysWhatItRecordedOrChanged() throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let score = ["score", "--round", "r", "--assessor", "anna", "--solution", "virtu", "--criterion", "T1"]

        let first = try arvio(score + ["--value", "4"])
        let second = try arvio(score + ["--value", "unknown"])
        let finnish = try EndToEndTests.run(score + ["--value", "na", "--database", "db.sqlite"], in: folder.path)

        #expect(first.output == "Score recorded: anna, virtu, T1: 4 (round r).\n")
        #expect(second.output == "Score updated: anna, virtu, T1: 4 → unknown (round r).\n")
        #expect(finnish.output == "Piste päivitetty: anna, virtu, T1: ei tiedossa → ei sovellu (kierros r).\n")
    }

    @Test func anExportedRoundImportsBackUnchanged() throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try arvio([
            "score", "--round", "r", "--assessor", "anna", "--solution", "virtu", "--criterion", "T1", "--value", "4",
            "--rationale", "quoted, \"with\" commas", "--evidence", "https://a https://b",
        ])
        let before = try arvio(["audit", "verify"]).output

        #expect(try arvio(["export", "--round", "r"]).status == 1)
        let exported = try arvio(["export", "--round", "r", "--assessor", "anna", "--out", "out"])
        let imported = try arvio(["import", "out/r-anna.csv"])

        #expect(exported.status == 0 && exported.output == "Wrote out/r-anna.csv: 1 score.\n")
        #expect(imported.output == "1 score imported.\n")
        // Only the import itself (the file and its SHA-256) is entered: no score changed.
        #expect(Self.auditRows(try arvio(["audit", "verify"]).output) == Self.auditRows(before).map { $0 + 1 })
        #expect(try arvio(["export", "--round", "r", "--assessor", "anna", "--format", "xlsx"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r-anna.xlsx").path))
    }

    @Test func formulaTextIsNeutralisedInTheCSVAndImportsBackAsWritten() throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rationale = "=HYPERLINK(\"https://evil.example\",\"click\")"
        _ = try arvio([
            "score", "--round", "r", "--assessor", "anna", "--solution", "virtu", "--criterion", "T1", "--value", "4",
            "--rationale", rationale, "--evidence", "@SUM(1)",
        ])
        let before = try arvio(["audit", "verify"]).output

        let exported = try arvio(["export", "--round", "r", "--assessor", "anna"])
        try exported.output.write(to: folder.appendingPathComponent("r.csv"), atomically: true, encoding: .utf8)
        let imported = try arvio(["import", "r.csv"])

        #expect(exported.output.contains(#",4,"'=HYPERLINK(""https://evil.example"",""click"")",'@SUM(1),"#))
        #expect(imported.output == "1 score imported.\n")
        #expect(Self.auditRows(try arvio(["audit", "verify"]).output) == Self.auditRows(before).map { $0 + 1 })
    }
}
