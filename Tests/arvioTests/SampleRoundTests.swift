import Foundation
import GRDB
import Testing

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
