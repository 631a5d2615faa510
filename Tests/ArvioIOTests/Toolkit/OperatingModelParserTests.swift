import ArvioCore
import Foundation
import Testing

@testable import ArvioIO

/// `toolkit/<id>.md`: the shipped models load whole; every kind of mistake a maintainer can make is reported at its
/// line, all at once.
struct OperatingModelParserTests {
    static let path = "toolkit/etavastaanotto-vahva-tunnistus.md"

    static func shipped() -> [String: String] { ShippedProject.files() }

    /// The shipped secure-video model with `edit` applied to its text, loaded with the rest of the project.
    static func problems(_ edit: (String) -> String, file: String = path) -> [String] {
        var files = shipped()
        files[file] = edit(files[file] ?? "")
        return ShippedProject.problems(files)
    }

    static func line(of text: String, in file: String = path) -> Int {
        let lines = (shipped()[file] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.contains(text) } ?? -1) + 1
    }

    @Test func theTwelveShippedModelsLoadWithEverySectionStepAndChecklist() throws {
        let project = try ProjectLoader.load(files: Self.shipped())
        #expect(project.toolkit.count == 12)
        for model in project.toolkit {
            #expect(model.sections.map(\.kind) == SectionKind.allCases, "\(model.id)")
            #expect(model.steps.count >= 4, "\(model.id)")
            #expect(model.steps.map(\.number) == Array(1...model.steps.count), "\(model.id) numbers its steps 1, 2, 3 …")
            for phase in SectionKind.phases { #expect(model.checklists.contains { $0.phase == phase }, "\(model.id) \(phase)") }
        }
        let video = try #require(project.toolkit.first { $0.id == "etavastaanotto-vahva-tunnistus" })
        #expect(video.category == "VID")
        #expect(video.requiredCriteria == ["T1", "T2", "T3", "T4", "U3"])
        #expect(video.roles.first == .professional && video.roles.contains(.client) && video.roles.contains(.system))
        #expect(
            video.steps[2]
                == ProcessStep(
                    number: 3, role: .client, text: "Liittyy vastaanotolle ja tunnistautuu vahvasti palvelun tunnistusvaiheessa.",
                    line: Self.line(of: "3. **asiakas:**")))
        #expect(video.locations["required_criteria[0]"]?.line == Self.line(of: "required_criteria:"))
    }

    @Test func frontMatterMistakesAreLocatedByLine() {
        #expect(
            Self.problems { $0.replacingOccurrences(of: "status: julkaistu", with: "status: julkaistuu") } == [
                "\(Self.path):4 (status): error: status 'julkaistuu' is not one of 'luonnos', 'julkaistu', 'arkistoitu'\n  help: did you mean 'julkaistu'?"
            ])
        let unknown = Self.problems { $0.replacingOccurrences(of: "owner:", with: "omistaja:") }
        #expect(unknown.count == 1)
        #expect(unknown.first?.hasPrefix("\(Self.path):\(Self.line(of: "owner:")) (omistaja): error: unknown field 'omistaja'") == true)
        #expect(
            Self.problems { "\n" + $0 }.first?.hasPrefix(
                "\(Self.path):1: error: the file does not start with front matter\n  help: begin it with a line '---'") == true)
        #expect(
            Self.problems { $0.replacingOccurrences(of: "id: etavastaanotto-vahva-tunnistus", with: "id: videovastaanotto") }.first?
                .contains("videovastaanotto.md") == true)
    }

    @Test func sectionAndStepMistakesAreLocatedAndAllReportedAtOnce() {
        let problems = Self.problems {
            $0.replacingOccurrences(of: "## Käyttöönotto", with: "## Kayttoonotto")
                .replacingOccurrences(of: "## Vinkit käyttöönottajille", with: "## Toimintaympäristö")
                .replacingOccurrences(of: "4. **ammattilainen:** Tarkistaa", with: "4. **hoitaja:** Tarkistaa")
                .replacingOccurrences(of: "5. **ammattilainen:** Varmistaa", with: "5. Varmistaa")
        }
        let text = problems.joined(separator: "\n")
        #expect(
            text.contains(
                "\(Self.path):\(Self.line(of: "## Käyttöönotto")): error: unknown section '## Kayttoonotto'\n  help: did you mean 'Käyttöönotto'?"
            ))
        #expect(
            text.contains(
                "\(Self.path):\(Self.line(of: "## Vinkit")): error: field '## Toimintaympäristö' is written twice\n  help: keep one of them; the first is on line \(Self.line(of: "## Toimintaympäristö"))"
            ))
        #expect(text.contains("\(Self.path):\(Self.line(of: "4. **ammattilainen:**")) (step 4): error: role 'hoitaja' is not one of"))
        #expect(text.contains("\(Self.path):\(Self.line(of: "5. **ammattilainen:**")) (step 5): error: step 'Varmistaa"))
        #expect(text.contains("error: the section '## Käyttöönotto' is missing"))
        #expect(text.contains("error: the section '## Vinkit käyttöönottajille' is missing"))
        #expect(problems.count == 6)
    }

    @Test func aPhaseWithoutChecklistItemsAndProcessWithoutStepsAreNamed() {
        let problems = Self.problems { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("- [ ] Ennen käyntiä") || line.hasPrefix("- [ ] Alussa") || line.hasPrefix("- [ ] Yhteyden")
                    || line.hasPrefix("- [ ] Lopuksi") || line.hasPrefix("- [ ] Kuukausittain") ? "Teksti." : String(line)
            }.joined(separator: "\n")
        }
        #expect(
            problems == [
                "\(Self.path):\(Self.lineOfUse): error: the section '## Käyttö' has no checklist items\n"
                    + "  help: add at least one, e.g. '- [ ] …' or '1. **ammattilainen:** …'"
            ])
    }

    static var lineOfUse: Int {
        let lines = (shipped()[path] ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0 == "## Käyttö" } ?? -1) + 1
    }

    @Test func referencesIntoTheCatalogAndTheCriteriaAreChecked() {
        let problems = Self.problems {
            $0.replacingOccurrences(of: "solutions: [teams-ekollega]", with: "solutions: [teams-ekolega]")
                .replacingOccurrences(of: "required_criteria: [T1, T2, T3, T4, U3]", with: "required_criteria: [T1, T5, X9]")
                .replacingOccurrences(of: "category: VID", with: "category: VIDEO")
        }
        let text = problems.joined(separator: "\n")
        #expect(problems.count == 4, "\(text)")
        #expect(text.contains("(solutions[0]): error: unknown solution 'teams-ekolega'"))
        #expect(text.contains("help: did you mean 'teams-ekollega'?"))
        #expect(text.contains("(required_criteria[1]): error: 'T5' has no must-have rule"))
        #expect(text.contains("(required_criteria[2]): error: unknown criterion 'X9'"))
        #expect(text.contains("(category): error: unknown category 'VIDEO'"))
    }
}
