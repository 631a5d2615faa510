import ArvioCore
import Foundation
import Testing

/// The recommendation index against published worked examples and hand-computed cases, its interval against the
/// adjusted Wald formula worked by hand, and the suppression rule's cases.
struct NPSTests {
    static func nps(_ answers: [Int]) -> NPS {
        var nps = NPS()
        for answer in answers { nps.add(answer) }
        return nps
    }

    /// Published: 30 % promoters and 20 % detractors give +10 (DELA annual report 2018, glossary); HSL's June 2021
    /// survey: 47 % promoters, 18 % detractors, NPS 29 (hsl.fi news, August 2021). As 100 answers each.
    @Test(arguments: [(30, 50, 20, 10.0), (47, 35, 18, 29.0)])
    func publishedExamples(promoters: Int, passives: Int, detractors: Int, expected: Double) {
        let nps = NPS(promoters: promoters, passives: passives, detractors: detractors)
        #expect(nps.score == expected)
    }

    /// 6 is a detractor, 7 and 8 passives, 9 a promoter: the edges counted one by one.
    @Test func theEdgesSixSevenEightNine() {
        #expect(Self.nps([6]) == NPS(detractors: 1))
        #expect(Self.nps([7, 8]) == NPS(passives: 2))
        #expect(Self.nps([9, 10]) == NPS(promoters: 2))
        #expect(Self.nps([0]) == NPS(detractors: 1))
        // 9, 9, 8, 7, 6: 2 promoters, 2 passives, 1 detractor of 5 → (2 − 1) / 5 = +20.
        #expect(Self.nps([9, 9, 8, 7, 6]).score == 20)
        // 6, 6, 6, 7: −75; all passives: 0; no answers: none.
        #expect(Self.nps([6, 6, 6, 7]).score == -75)
        #expect(Self.nps([7, 8, 8]).score == 0)
        #expect(NPS().score == nil && NPS().interval == nil)
    }

    /// 30 promoters, 50 passives, 20 detractors: n' = 103, p' = 30.75/103, d' = 20.75/103, centre 10/103 = 0.09709;
    /// variance (p' + d' − 0.09709²)/103 = (0.5 − 0.009426)/103 = 0.0047628; half-width 1.96 · 0.069013 = 0.13526.
    @Test func theAdjustedWaldIntervalWorkedByHand() throws {
        let interval = try #require(NPS(promoters: 30, passives: 50, detractors: 20).interval)
        #expect(abs(interval.lowerBound - (-3.817)) < 0.01)
        #expect(abs(interval.upperBound - 23.235) < 0.01)
        // All promoters: clipped at +100, and the interval still has width (Wald's would be 100…100).
        let all = try #require(NPS(promoters: 5).interval)
        #expect(all.upperBound == 100 && all.lowerBound < 70)
    }

    @Test func suppressionHidesSmallPartsAndOneMoreWhenTheyCouldBeWorkedOut() {
        // Under five hidden; one hidden part of 3 would be total − the rest: the smallest shown (6) goes too.
        #expect(FeedbackSuppression.hidden(total: 20, parts: [3, 6, 11]) == [true, true, false])
        // Two hidden parts adding up to 5 or more need nothing more.
        #expect(FeedbackSuppression.hidden(total: 20, parts: [3, 2, 15]) == [true, true, false])
        // Nothing small: all shown; a total under five hides every part.
        #expect(FeedbackSuppression.hidden(total: 15, parts: [5, 10]) == [false, false])
        #expect(FeedbackSuppression.hidden(total: 4, parts: [4]) == [true])
        // A single small part beside one big one: both hidden (the big one alone would reveal it).
        #expect(FeedbackSuppression.hidden(total: 104, parts: [4, 100]) == [true, true])
        // An empty part reveals no one.
        #expect(FeedbackSuppression.hidden(total: 10, parts: [0, 10]) == [false, false])
    }

    static let survey = Survey(
        id: "s", name: .init(fi: "s", en: "s"), recommendation: .init(.init(fi: "q", en: "q")),
        statements: [.init(id: "a", topic: .availability, text: .init(.init(fi: "a", en: "a")))],
        scale: (1...5).map { .init(value: $0, label: .init(fi: "\($0)", en: "\($0)")) }, notApplicable: .init(fi: "eos", en: "dk"),
        openQuestion: .init(.init(fi: "o", en: "o")), origin: .init(file: "f"))

    static func response(_ model: String, _ month: Int, _ recommendation: Int, unit: String = "A") -> FeedbackResponse {
        FeedbackResponse(
            id: UUID().uuidString, survey: "s", model: model, unit: unit, channel: .remote, month: YearMonth(year: 2025, month: month)!,
            recommendation: recommendation, answers: [5])
    }

    /// The overview hides a small model and one more; a model hidden there is hidden on its own page too, whatever its
    /// months; a shown model's small month and its complement are hidden, the rest shown with their counts.
    @Test func thePublicationIsConsistentAcrossTheOverviewAndAModelsPage() {
        var tally = FeedbackTally(survey: Self.survey)
        for _ in 0..<3 { tally.add(Self.response("small", 1, 9)) }
        for _ in 0..<8 { tally.add(Self.response("medium", 1, 9)) }
        for month in [1, 2] { for _ in 0..<10 { tally.add(Self.response("big", month, 10)) } }
        for _ in 0..<2 { tally.add(Self.response("big", 3, 0)) }
        let overview = PublishedFeedback.overview(tally, models: ["small", "medium", "big"])
        #expect(overview.total.responses == 33)
        #expect(overview.parts.map(\.responses) == [nil, nil, 22])
        #expect(PublishedFeedback.model("medium", by: .month, tally, overview: overview).total.isSuppressed)
        let big = PublishedFeedback.model("big", by: .month, tally, overview: overview)
        // The month of 2 is hidden, and with it the first month of 10 (the smallest shown; else 22 − 10 − 10 = 2).
        #expect(big.total.responses == 22)
        #expect(big.parts.map(\.responses) == [nil, 10, nil])
        #expect(big.parts.map(\.label) == ["2025-01", "2025-02", "2025-03"])
        #expect(big.parts[2].nps == nil && big.parts[2].statements == [nil])
        #expect(big.parts[1].nps == NPS(promoters: 10))
    }
}
