import Foundation
import GRDB
import Testing

/// A coordinator's round from the command line: assessors, a round, an import, blind viewing, reveal, audit.
struct StoreFlowTests {
    @Test func aRoundFromImportToRevealWithAnAuditThatCatchesTampering() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--lang", "en"], in: folder.path)
        }

        #expect(
            try arvio(["assessor", "add", "anna", "--name", "Anna", "--role", "security", "--areas", "T", "--actor", "coordinator"]).status
                == 0)
        #expect(
            try arvio(["assessor", "add", "ville", "--name", "Ville", "--role", "architect", "--areas", "I", "--actor", "coordinator"])
                .status == 0)
        let created = try arvio(["round", "new", "r", "--actor", "coordinator"])
        #expect(
            created.output.hasPrefix("Round 'r' opened: teams-ekollega, virtu, omaolo, videovisit, virtuaaliassistentti; content hash "))
        try """
        round,solution,criterion,assessor,score,rationale,evidence
        r,virtu,T1,anna,4,Suomi.fi documented,https://ekollega.fi/palvelumuodot-asiakkaalle
        r,virtu,I1,ville,unknown,no vendor documentation,

        """.write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)
        #expect(try arvio(["import", "s.csv", "--actor", "coordinator"]).output == "2 scores imported.\n")

        let blind = try arvio(["round", "show", "r", "--assessor", "ville"])
        #expect(blind.output.contains("I1         ville") && !blind.output.contains("anna"))
        #expect(try arvio(["round", "reveal", "r"]).status == 0)
        #expect(try arvio(["round", "show", "r", "--assessor", "ville"]).output.contains("anna"))
        #expect(try arvio(["audit", "verify"]).output.hasPrefix("Audit log intact: 7 rows; head 7:"))

        let queue = try DatabaseQueue(path: folder.appendingPathComponent(".arvio/arvio.sqlite").path)
        try queue.write { try $0.execute(sql: "UPDATE auditLog SET actor = 'mallory' WHERE sequence = 4") }
        let tampered = try arvio(["audit", "verify"])

        #expect(tampered.status == 1)
        #expect(tampered.errors.hasPrefix("error: audit row 4 was edited: its content no longer matches its hash\n"))
    }

    @Test func aWorkbookForAnUnknownAssessorSuggestsTheNearest() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try EndToEndTests.run(
            ["assessor", "add", "anna", "--name", "Anna", "--role", "security", "--areas", "T", "--database", "d.sqlite"], in: folder.path)
        _ = try EndToEndTests.run(["round", "new", "r", "--database", "d.sqlite"], in: folder.path)

        let run = try EndToEndTests.run(
            ["workbook", "--round", "r", "--assessor", "anne", "--database", "d.sqlite", "--lang", "en"], in: folder.path)

        #expect(run.status == 1)
        #expect(run.errors == "error: no assessor 'anne'\n  help: did you mean 'anna'? add the assessor with 'arvio assessor add'\n")
    }

    @Test func scoreArgumentsAreCheckedLikeAnImportAndNamedByOption() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try EndToEndTests.run(
            ["assessor", "add", "anna", "--name", "Anna", "--role", "security", "--areas", "T", "--database", "d.sqlite"], in: folder.path)
        _ = try EndToEndTests.run(["round", "new", "r", "--solutions", "virtu", "--database", "d.sqlite"], in: folder.path)

        let run = try EndToEndTests.run(
            [
                "score", "--round", "r", "--assessor", "anna", "--solution", "virtu", "--criterion", "T1", "--value", "seven", "--database",
                "d.sqlite",
                "--lang", "en",
            ], in: folder.path)

        #expect(run.status == 1)
        #expect(
            run.errors == """
                arvio score (--value): error: score 'seven' is not one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'
                  help: use one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'
                1 error

                """)
    }

    @Test func aBadImportIsRefusedWholeWithEveryCellLocated() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--lang", "en"], in: folder.path)
        }
        _ = try arvio(["assessor", "add", "anna", "--name", "Anna", "--role", "security", "--areas", "T"])
        _ = try arvio(["round", "new", "r", "--solutions", "virtu,omaolo"])
        try "round,solution,criterion,assessor,score\nr,virtu,T1,anna,4\nr,virtu,T2,anna,six\n"
            .write(to: folder.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)

        let database = folder.appendingPathComponent(".arvio")
        func bytes() throws -> [Data] {
            try FileManager.default.contentsOfDirectory(atPath: database.path).sorted().map {
                try Data(contentsOf: database.appendingPathComponent($0))
            }
        }
        let before = try bytes()

        let run = try arvio(["import", "bad.csv"])

        #expect(try bytes() == before, "the database files are byte-identical after a refused import")
        #expect(run.status == 1)
        #expect(
            run.errors == """
                bad.csv:3:17 (score): error: score 'six' is not one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'
                  help: use one of '0', '1', '2', '3', '4', '5', 'na', 'unknown'
                1 error

                """)
        #expect(try arvio(["round", "show", "r", "--assessor", "anna"]).output.contains("virtu     T1") == false)
    }
}

struct SampleRoundTests {
    @Test func theDefaultDatabaseIsCreatedWithTheIllustrativeSampleRoundAndRanksIt() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try EndToEndTests.run(["rank", "--round", "lapit-2021", "--lang", "en"], in: folder.path)

        #expect(run.status == 0)
        #expect(run.output.hasPrefix("ILLUSTRATIVE ROUND: the scores are invented to show the tool; they are not real evaluation results."))
        #expect(
            run.output.contains(
                "Excluded: Lapin Virtuaaliassistentti (tekoäly): KO-T2 (T2 = 2.5), KO-T3 (T3 = unknown), KO-T4 (T4 = unknown)"))
        #expect(run.output.contains("Consensus (mean rank over the methods)"))
        #expect(try EndToEndTests.run(["audit", "verify", "--lang", "en"], in: folder.path).output.hasPrefix("Audit log intact: "))
    }

    @Test func agreementShowsKendallsWPerAreaAndTheAgenda() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try EndToEndTests.run(["round", "agreement", "lapit-2021", "--lang", "en"], in: folder.path)

        #expect(run.status == 0)
        #expect(run.output.contains("T Information security and data protection  Anna, Pekka     54     0.6186"))
        #expect(
            run.output.contains(
                "Virtu.fi ja OmaVirtu                        I1 Booking and calendar integration                 1        4"))
        #expect(
            run.output.contains(
                "Microsoft Teams (eKollega-palvelun kautta)  T8 Logging and traceability                         2        5"))
    }

    @Test func anOpenRoundCannotBeRankedWhileItsScoresAreBlind() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try EndToEndTests.run(["round", "new", "r", "--database", "db.sqlite"], in: folder.path)

        let run = try EndToEndTests.run(["rank", "--round", "r", "--database", "db.sqlite", "--lang", "en"], in: folder.path)

        #expect(run.status == 1)
        #expect(run.errors == "error: round 'r' is open, so its scores are still blind\n  help: reveal it first: arvio round reveal r\n")
    }
}

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
