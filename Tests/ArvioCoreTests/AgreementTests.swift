import Testing

@testable import ArvioCore

struct AgreementTests {
    @Test func kendallsWMatchesTheClassicFormulaWithoutTies() throws {
        // Three assessors rank five items. Rank sums 4, 6, 8, 13, 14; S = Σ (R − 9)² = 76; W = 12 S / (m² (n³ − n)) = 912 / 1080.
        let w = try #require(Agreement.kendallW([[1, 2, 3, 4, 5], [2, 1, 3, 5, 4], [1, 3, 2, 4, 5]]))

        #expect(abs(w - 912.0 / 1080.0) < 1e-12)
    }

    @Test func tiesAreCorrected() throws {
        // Mid-ranks give rank sums 7, 8, 12, 3 and Σ T = 12 (two ties of two); W = (12·266 − 3·9·4·25) / (9·4·15 − 3·12) = 492 / 504.
        let w = try #require(Agreement.kendallW([[3, 3, 5, 1], [4, 4, 5, 0], [2, 3, 5, 1]]))

        #expect(abs(w - 492.0 / 504.0) < 1e-12)
    }

    @Test func perfectAgreementIsOneAndReversedPairsAreZero() {
        #expect(Agreement.kendallW([[1, 2, 3], [10, 20, 30], [0, 1, 5]]) == 1)
        #expect(Agreement.kendallW([[1, 2, 3], [3, 2, 1]]) == 0)
        #expect(Agreement.kendallW([[1, 1, 1], [2, 2, 2]]) == nil)
        #expect(Agreement.kendallW([[1, 2, 3]]) == nil)
    }

    @Test func disagreementsOfTwoPointsOrMoreAreTheMeetingsAgendaWidestFirst() {
        let items = [
            Aggregation.aggregate([.points(1), .points(4)], solution: "virtu", criterion: "T3"),
            Aggregation.aggregate([.points(3), .points(4)], solution: "virtu", criterion: "U1"),
            Aggregation.aggregate([.unknown, .points(5)], solution: "omaolo", criterion: "T7"),
            Aggregation.aggregate([.points(2), .points(4)], solution: "teams", criterion: "I1"),
        ]

        let agenda = Agreement.disagreements(items)

        #expect(agenda.map { "\($0.solution)/\($0.criterion)" } == ["omaolo/T7", "virtu/T3", "teams/I1"])
        #expect(agenda[0].spread == 5)
    }

    @Test func concordancePerAreaUsesTheItemsEveryAssessorOfTheAreaScored() {
        let scores = [("x", "U1", "a", 1.0), ("x", "U1", "b", 2), ("y", "U1", "a", 3), ("y", "U1", "b", 4), ("z", "U1", "a", 5)].map {
            ExpertScore(round: "r", solution: $0.0, criterion: $0.1, assessor: $0.2, value: .points($0.3))
        }

        let result = Agreement.concordance(scores, areas: Fixture.library.areas)

        #expect(result[0].area == "U" && result[0].assessors == ["a", "b"] && result[0].items == 2)
        #expect(result[0].w == 1)
        #expect(result[1].assessors.isEmpty && result[1].w == nil)
    }
}
