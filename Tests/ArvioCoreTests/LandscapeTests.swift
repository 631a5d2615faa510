import Testing

@testable import ArvioCore

struct LandscapeTests {
    static var project: Project {
        var project = Fixture.project
        project.solutions = [
            Fixture.solution("wide", usage: ["a", "b", "c", "d", "e"]),
            Fixture.solution("few", category: "CHAT", usage: ["a", "b"]),
            Fixture.solution("pilot", usage: ["a"], promising: true),
            Fixture.solution("single", category: "CHAT", usage: ["c"]),
        ]
        return project
    }

    @Test func countsSolutionsPerCategoryInTableOrder() {
        let landscape = Landscape(of: Self.project)

        #expect(landscape.categories.map { "\($0.category)=\($0.solutions)" } == ["VID=2", "CHAT=2"])
        #expect(landscape.solutionCount == 4)
    }

    @Test func distributionCountsSolutionsPerNumberOfOrganisations() {
        let landscape = Landscape(of: Self.project)

        #expect(landscape.distribution.map(\.solutions) == [0, 2, 1, 0, 0, 1])
        #expect(landscape.usedByFew == 3)
        #expect(landscape.widelyUsed.map(\.solution) == ["wide"])
    }

    @Test func shortlistIsTheWidelyUsedThenThePromising() {
        let landscape = Landscape(of: Self.project)

        #expect(landscape.shortlist.map(\.solution) == ["wide", "pilot"])
        #expect(landscape.shortlist[1].reasons == [.promising(Fixture.text("pilot"), illustrative: true)])
        #expect(landscape.illustrative)
    }

    @Test func thresholdDecidesWhatWidelyUsedMeans() {
        let landscape = Landscape(of: Self.project, widelyUsedThreshold: 2)

        #expect(landscape.widelyUsed.map(\.solution) == ["wide", "few"])
        #expect(landscape.usedByFew == 2)
    }
}
