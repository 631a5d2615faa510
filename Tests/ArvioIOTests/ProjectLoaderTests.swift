import ArvioCore
import Foundation
import Testing

@testable import ArvioIO

struct ProjectLoaderTests {
    @Test func shippedProjectIsValidAndComplete() throws {
        let project = try ProjectLoader(root: ShippedProject.root).load()

        #expect(project.solutions.count == 33)
        #expect(project.criteria.areas.map(\.id) == ["U", "T", "I", "C", "V"])
        #expect(project.criteria.criteria.count == 39)
        #expect(project.criteria.models.map(\.id).sorted() == ["asiantuntija-arvio", "hankinta", "hankinta-toimittaja"])
        #expect(
            project.criteria.applicability.categories.map(\.id) == ["VID", "KON", "CHAT", "VIESTI", "SEUR", "KOTI", "AJAN", "BOT", "OIRE"])
    }

    @Test func shippedEntriesWithoutSourcesStateNoPropertyAndAreUnverified() throws {
        let project = try ProjectLoader(root: ShippedProject.root).load()

        for solution in project.solutions where solution.sources.isEmpty {
            #expect(
                solution.clientIdentification == nil && solution.hosting == nil && solution.integrations == nil
                    && solution.accessibilityStatement == nil, "\(solution.id)")
            #expect(solution.vendor.verification == .unverified && solution.status.verification == .unverified, "\(solution.id)")
        }
    }

    @Test func shippedLandscapeHasTheShapeOfThe2021Summary() throws {
        let landscape = Landscape(of: try ProjectLoader(root: ShippedProject.root).load())

        #expect(landscape.solutionCount == 33)
        #expect(landscape.usedByFew == 30)
        #expect(landscape.widelyUsed.map(\.solution) == ["teams-ekollega", "virtu", "omaolo"])
        #expect(landscape.shortlist.map(\.solution) == ["teams-ekollega", "virtu", "omaolo", "videovisit", "virtuaaliassistentti"])
        #expect(landscape.illustrative)
    }

    @Test func aBrokenCopyGivesOneLocatedErrorPerProblem() {
        var files = ShippedProject.files()
        files["catalog/solutions/klinik.yaml"] = files["catalog/solutions/klinik.yaml"]?.replacingFirst("id: klinik", with: "id: omaolo")
        files["catalog/solutions/benete.yaml"] = files["catalog/solutions/benete.yaml"]?.replacingFirst(
            "category: SEUR", with: "category: MONITOR")
        files["catalog/solutions/giosg.yaml"] = files["catalog/solutions/giosg.yaml"]?.replacingFirst("name: Giosg", with: "name: [Giosg")
        files["criteria/must-haves.yaml"] = files["criteria/must-haves.yaml"]?.replacingFirst("criterion: T4", with: "criterion: T44")

        let problems = ShippedProject.problems(files)

        #expect(
            problems == [
                "catalog/solutions/benete.yaml:10 (category): error: category 'MONITOR' is not in the applicability table\n  help: use one of 'VID', 'KON', 'CHAT', 'VIESTI', 'SEUR', 'KOTI', 'AJAN', 'BOT', 'OIRE', or add 'MONITOR' to criteria/applicability.yaml",
                "catalog/solutions/giosg.yaml:5: error: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 4), column 7\n  help: check indentation and quoting on this line and the one before",
                "catalog/solutions/klinik.yaml:3 (id): error: id 'omaolo' does not match the file name\n  help: rename the file to 'omaolo.yaml', or change the id",
                "catalog/solutions/omaolo.yaml:3: error: solution id 'omaolo' is used twice\n  help: rename one of them; the first is at catalog/solutions/klinik.yaml:3",
                "criteria/must-haves.yaml:43 (rules[3].criterion): error: unknown criterion 'T44'\n  help: did you mean 'T4'? criteria are defined in criteria/areas",
            ])
    }

    @Test func aMissingFileAndAMissingFolderAreNamed() {
        var files = ShippedProject.files()
        files["criteria/scale.yaml"] = nil
        for key in files.keys where key.hasPrefix("criteria/models/") { files[key] = nil }

        let problems = ShippedProject.problems(files)

        #expect(
            problems.contains(
                "criteria/models/: error: the folder is missing\n  help: run arvio in the project root, or point --project at it"))
        #expect(
            problems.contains(
                "criteria/scale.yaml: error: cannot read the file: the file is missing\n  help: check that the file exists, is readable and is UTF-8 text"
            ))
    }

    @Test func aBrokenOrganisationsFileDoesNotCascadeIntoUnknownReferences() {
        var files = ShippedProject.files()
        files["catalog/organisations.yaml"] = "organisations: [\n"

        let problems = ShippedProject.problems(files)

        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("catalog/organisations.yaml:2: error: not valid YAML") == true)
    }

    @Test func unreadableBytesAreReportedNotCrashedOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("catalog/solutions"), withIntermediateDirectories: true)
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: folder.appendingPathComponent("catalog/organisations.yaml"))

        #expect(throws: Diagnostics.self) { try ProjectLoader(root: folder).load() }
        do {
            _ = try ProjectLoader(root: folder).load()
        } catch {
            #expect(
                error.items.map(\.description).contains(
                    "catalog/organisations.yaml: error: cannot read the file: it is not UTF-8 text\n  help: check that the file exists, is readable and is UTF-8 text"
                ))
            #expect(
                !error.items.contains {
                    $0.location.file == "catalog/organisations.yaml" && $0.reason == .unreadableFile(.missing)
                })
        }
    }
}
