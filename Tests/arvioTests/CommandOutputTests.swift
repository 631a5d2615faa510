import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import Testing

@testable import arvio

/// The commands' output functions on the shipped data, in each format.
struct CommandOutputTests {
    static var root: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }

    static func project() throws -> Project { try ProjectLoader(root: URL(fileURLWithPath: root)).load() }

    @Test func catalogCSVHasAHeaderAndOneRowPerSolution() throws {
        let command = try CatalogCommand.List.parse(["--format", "csv", "--lang", "en"])

        let lines = try command.output(for: try Self.project()).components(separatedBy: "\r\n").filter { !$0.isEmpty }

        #expect(lines.first == "id,name,category,audience,status,orgs,sources")
        #expect(lines.count == 34)
        #expect(lines.contains("virtu,Virtu.fi ja OmaVirtu,VIESTI+CHAT+VID,clients,in use,9*,1"))
    }

    @Test func aFileThatIsThereButUnreadableIsNotCalledMissing() throws {
        let options = try ProjectOptions.parse([])
        let folder = FileManager.default.temporaryDirectory.path

        #expect(throws: Diagnostics([Diagnostic(at: SourceLocation(file: folder), .unreadableFile(.notAFile))])) {
            try options.readBytes(folder)
        }
        #expect(throws: Diagnostics([Diagnostic(at: SourceLocation(file: "/nonexistent/m.csv"), .unreadableFile(.missing))])) {
            try options.readBytes("/nonexistent/m.csv")
        }
    }

    @Test func valuesTypedInFinnishAreAccepted() throws {
        #expect(try CatalogCommand.List.parse(["--status", "käytössä"]).status == .inUse)
        #expect(try CatalogCommand.List.parse(["--status", "Pilotti"]).status == .pilot)
        let verdict = ["--round", "r", "--solution", "s", "--rule", "KO-T1", "--rationale", "x", "--met"]
        #expect(try VerdictCommand.parse(verdict + ["kyllä"]).met.value == true)
        #expect(try VerdictCommand.parse(verdict + ["ei"]).met.value == false)
        #expect(throws: (any Error).self) { try VerdictCommand.parse(verdict + ["joo"]) }
    }

    @Test func catalogFiltersByCategoryAndStatus() throws {
        let project = try Self.project()

        let json = try CatalogCommand.List.parse(["--category", "BOT", "--status", "pilot", "--format", "json"]).output(for: project)
        let decoded = try JSONDecoder().decode([Solution].self, from: Data(json.utf8))

        #expect(decoded.map(\.id) == ["virtuaaliassistentti"])
        #expect(decoded[0].usage.map(\.sources) == [["ekollega-tekoaly"], ["ekollega-tekoaly"]])
    }

    @Test func unknownCategoryIsAnErrorWithASuggestion() throws {
        let command = try CatalogCommand.List.parse(["--category", "VIDE"])

        #expect(throws: CommandError.self) { try command.output(for: try Self.project()) }
        do { _ = try command.output(for: try Self.project()) } catch let error as CommandError {
            #expect(
                error.description
                    == "error: unknown category 'VIDE'\n  help: did you mean 'VID'? categories are 'VID', 'KON', 'CHAT', 'VIESTI', 'SEUR', 'KOTI', 'AJAN', 'BOT', 'OIRE'"
            )
            #expect(
                error.text(in: .fi)
                    == "virhe: tuntematon luokka 'VIDE'\n  ohje: tarkoititko 'VID'? luokat ovat 'VID', 'KON', 'CHAT', 'VIESTI', 'SEUR', 'KOTI', 'AJAN', 'BOT', 'OIRE'"
            )
        }
    }

    @Test func showPrintsEachFactWithItsMarkAndSource() throws {
        let text = try CatalogCommand.Show.parse(["virtu", "--lang", "en"]).output(for: try Self.project())

        #expect(text.contains("Client identification: Suomi.fi-tunnistus (verified, [ekollega-palvelumuodot])"))
        #expect(text.contains("Hosting: not documented"))
        #expect(text.contains("  [ekollega-palvelumuodot] https://ekollega.fi/palvelumuodot-asiakkaalle"))
        #expect(text.contains("NOTE: some of this data is illustrative"))
    }

    @Test func showOfAnUnknownIDSuggestsTheNearest() throws {
        do {
            _ = try CatalogCommand.Show.parse(["omaolo2"]).output(for: try Self.project())
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(
                error.description
                    == "error: no solution 'omaolo2' in the catalog\n  help: did you mean 'omaolo'? 'arvio catalog' lists the ids")
        }
    }

    @Test(arguments: ["asiantuntija-arvio", "hankinta", "hankinta-toimittaja"])
    func criteriaGlobalWeightsSumToOne(model: String) throws {
        let json = try CriteriaCommand.parse(["--model", model, "--format", "json"]).output(for: try Self.project())
        let document = try JSONDecoder().decode(ArvioReports.CriteriaView.Document.self, from: Data(json.utf8))

        let total = document.rows.filter { $0.level == "criterion" }.map(\.globalWeight).reduce(0, +)

        #expect(abs(total - 1) < 1e-9)
        #expect(document.technique == .directPercentage)
    }

    @Test func criteriaTableShowsFinnishPercentagesAndMustHaves() throws {
        let text = try CriteriaCommand.parse([]).output(for: try Self.project(), width: .max)
        let narrow = try CriteriaCommand.parse([]).output(for: try Self.project(), width: 80)

        #expect(TextLayout.wrapped(narrow, width: 80).components(separatedBy: "\n").allSatisfy { $0.count <= 80 })
        #expect(narrow.contains("  T1 Asiakkaan vahva sähköinen tunnistaminen         9,1\u{A0}%     3,2\u{A0}%  KO-T1"))
        #expect(text.contains("Painotusmalli: LapIT-asiantuntija-arvio (asiantuntija-arvio)"))
        #expect(text.contains("U Käytettävyys ja saavutettavuus"))
        #expect(text.contains("T1 Asiakkaan vahva sähköinen tunnistaminen                     9,1\u{A0}%     3,2\u{A0}%  KO-T1"))
        #expect(text.contains("Mallista pois jätetyt valinnaiset alueet: C, V"))
    }

    @Test func unknownModelIsAnErrorListingTheModels() throws {
        do {
            _ = try CriteriaCommand.parse(["--model", "hankinta2"]).output(for: try Self.project())
            Issue.record("expected an error")
        } catch let error as CommandError {
            #expect(
                error.description
                    == "error: no weight model 'hankinta2'\n  help: did you mean 'hankinta'? models are 'asiantuntija-arvio', 'hankinta', 'hankinta-toimittaja'"
            )
        }
    }

    @Test func landscapeInEveryFormatAgreesOnTheFigures() throws {
        let project = try Self.project()

        let text = try LandscapeCommand.parse(["--lang", "en"]).output(for: project)
        let csv = try LandscapeCommand.parse(["--format", "csv"]).output(for: project)
        let json = try LandscapeCommand.parse(["--format", "json"]).output(for: project)
        let landscape = try JSONDecoder().decode(Landscape.self, from: Data(json.utf8))

        #expect(text.contains("30 of 33 solutions are used by 1–4 organisations; 3 by 5 or more."))
        #expect(text.contains("Shortlist (5 solutions)"))
        #expect(text.contains("The list is rebuilt from public sources"))
        #expect(csv.components(separatedBy: "\r\n").filter { $0.hasSuffix(",true") }.count == 5)
        #expect(landscape.shortlist.count == 5 && landscape.usedByFew == 30)
    }

    @Test func landscapeRejectsAThresholdBelowTwo() {
        #expect(throws: (any Error).self) { try LandscapeCommand.parse(["--threshold", "1"]) }
    }

    @Test func checkSummarisesTheProject() throws {
        #expect(
            Check.summary(of: try Self.project(), .en)
                == "Project is valid: 33 solutions, 26 organisations, 39 criteria in 5 areas, 7 must-have rules, 3 weight models, 12 operating models."
        )
    }
}
