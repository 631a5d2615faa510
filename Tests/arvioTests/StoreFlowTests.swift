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

    /// A conflict of interest found after scoring: the coordinator excludes the assessor from the solution with a
    /// reason; their scores for it leave the results, and no command, workbook or import can give it one again.
    @Test func anExclusionTakesTheAssessorsScoresOutOfTheResultsAndRefusesNewOnes() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--lang", "en", "--database", "d.sqlite"], in: folder.path)
        }
        _ = try arvio(["assessor", "add", "anna", "--name", "Anna", "--role", "security", "--areas", "T"])
        _ = try arvio(["assessor", "add", "pekka", "--name", "Pekka", "--role", "privacy", "--areas", "T"])
        _ = try arvio(["round", "new", "r", "--solutions", "virtu,omaolo"])
        for (assessor, value) in [("anna", "5"), ("pekka", "2")] {
            _ = try arvio(["score", "--round", "r", "--assessor", assessor, "--solution", "virtu", "--criterion", "T1", "--value", value])
        }

        let empty = try arvio(["round", "exclude", "r", "--assessor", "anna", "--solution", "virtu", "--reason", " "])
        #expect(empty.status == 1 && empty.errors.hasPrefix("error: the reason is empty\n"))
        let excluded = try arvio([
            "round", "exclude", "r", "--assessor", "anna", "--solution", "virtu", "--reason", "worked for the vendor in 2024", "--actor",
            "kaisa",
        ])
        #expect(excluded.output == "Assessor 'anna' excluded from scoring 'virtu' in round 'r'.\n")
        let again = try arvio(["score", "--round", "r", "--assessor", "anna", "--solution", "virtu", "--criterion", "T2", "--value", "4"])
        #expect(again.status == 1)
        #expect(
            again.errors
                == "error: assessor 'anna' is excluded from scoring 'virtu' in round 'r'\n  help: 'arvio round show r' lists the exclusions and why\n"
        )

        // Anna's workbook has rows for omaolo only (unzip is the reader here: the sheet as a spreadsheet gets it).
        _ = try arvio(["workbook", "--round", "r", "--assessor", "anna", "--out", "wb"])
        let unzip = Process()
        let pipe = Pipe()
        unzip.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        unzip.arguments = ["-p", folder.appendingPathComponent("wb/r-anna.xlsx").path, "xl/worksheets/sheet2.xml"]
        unzip.standardOutput = pipe
        try unzip.run()
        let sheet = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        unzip.waitUntilExit()
        #expect(sheet.contains(">omaolo<") && !sheet.contains(">virtu<"))

        _ = try arvio(["round", "reveal", "r"])
        let shown = try arvio(["round", "show", "r"]).output
        #expect(shown.contains("Exclusions:\n  anna – virtu: worked for the vendor in 2024 (kaisa, "))
        #expect(shown.contains("pekka") && !shown.contains("virtu     T1         anna"))
        let export = try arvio(["export", "--round", "r", "--out", "out"])
        #expect(export.status == 0)
        let csv = try String(contentsOf: folder.appendingPathComponent("out/r.csv"), encoding: .utf8)
        #expect(csv.contains("r,virtu,T1,pekka,2") && !csv.contains(",anna,"))
        #expect(try arvio(["audit", "verify"]).status == 0)
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
