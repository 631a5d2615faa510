import ArvioCore
import Foundation
import Testing

@testable import ArvioIO

/// The optional English body after `# In English`: sections under their English headings, any of them, mistakes
/// located like the Finnish ones.
struct EnglishModelBodyTests {
    static let path = "toolkit/digituki.md"

    @Test func theEnglishSectionsJoinTheirFinnishOnesAndLeaveStepsAndChecklistsAlone() throws {
        let project = try ProjectLoader.load(files: ShippedProject.files())
        let model = try #require(project.toolkit.first { $0.id == "digituki" })

        #expect(model.sections.first { $0.kind == .basicIdea }?.english?.hasPrefix("A remote service works only if") == true)
        #expect(model.sections.filter { $0.english == nil }.map(\.kind) == SectionKind.phases)
        #expect(model.steps.first?.role == .professional && model.steps.count == 5)
        #expect(model.checklists.allSatisfy { !$0.text.contains("Preparation") })
        #expect(project.toolkit.filter { $0.id != "digituki" }.allSatisfy { $0.sections.allSatisfy { $0.english == nil } })
    }

    @Test func anUnknownOrRepeatedEnglishHeadingIsLocated() {
        let line = OperatingModelParserTests.line(of: "## Tips for adopters", in: Self.path)
        let unknown = OperatingModelParserTests.problems(
            { $0.replacingOccurrences(of: "## Tips for adopters", with: "## Tips for adoptors") }, file: Self.path)
        let repeated = OperatingModelParserTests.problems(
            { $0.replacingOccurrences(of: "## Change history", with: "## Basic idea") }, file: Self.path)

        #expect(
            unknown == ["\(Self.path):\(line): error: unknown section '## Tips for adoptors'\n  help: did you mean 'Tips for adopters'?"])
        #expect(repeated.count == 1 && repeated.first?.contains("'## Basic idea'") == true)
    }
}
