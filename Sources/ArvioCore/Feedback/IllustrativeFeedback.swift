/// Invented feedback, so that a fresh clone's pages show what feedback looks like: every response flagged
/// illustrative (and said so on every output built from it), its units named "Yksikkö A…C" so that no real unit is
/// mistaken for the one that got it. Deterministic for a seed; also the benchmark's data.
public enum IllustrativeFeedback {
    public static let units = ["Yksikkö A", "Yksikkö B", "Yksikkö C"]

    /// Responses for each model in `models`, unit and month of `months`, some groups deliberately under five (so that
    /// suppression shows), answers drawn around a model's own level of satisfaction.
    public static func responses(survey: Survey, models: [String], months: [YearMonth], seed: UInt64 = 2025) -> [FeedbackResponse] {
        var random = SplitMix64(seed: seed)
        var responses: [FeedbackResponse] = []
        for (m, model) in models.enumerated() {
            // The models differ: a lean towards promoters from 0.35 to 0.65, and a volume of 0–14 a unit a month.
            let lean = 0.35 + 0.3 * Double((m * 7) % 5) / 4
            for (u, unit) in units.enumerated() {
                for (t, month) in months.enumerated() {
                    let count = (m + 2 * u + 3 * t) % 7 == 0 ? 3 : Int.random(in: (u == 2 ? 0 : 5)...(14 - 3 * u), using: &random)
                    for _ in 0..<count {
                        responses.append(
                            response(
                                id: "demo-\(model)-\(u)-\(month)-\(responses.count)", survey: survey, model: model, unit: unit,
                                channel: Int.random(in: 0..<5, using: &random) == 0 ? .inPerson : .remote, month: month, lean: lean,
                                using: &random))
                    }
                }
            }
        }
        return responses
    }

    /// One invented response: recommendation 9–10 with probability `lean`, 7–8 with about a third of the rest, else 0–6;
    /// statements mostly 4–5 when the recommendation is high, spread when it is low; a few "don't know" and unanswered.
    public static func response(
        id: String, survey: Survey, model: String, unit: String, channel: FeedbackResponse.Channel, month: YearMonth, lean: Double,
        using random: inout some RandomNumberGenerator
    ) -> FeedbackResponse {
        let draw = Double.random(in: 0..<1, using: &random)
        let recommendation: Int? =
            draw < 0.03
            ? nil
            : draw < lean
                ? Int.random(in: 9...10, using: &random)
                : draw < lean + (1 - lean) / 3
                    ? Int.random(in: 7...8, using: &random)
                    : Int.random(in: 0...6, using: &random)
        let high = (recommendation ?? 7) >= 7
        let options = survey.scale.count
        let answers = survey.statements.map { _ -> Int8 in
            let skip = Double.random(in: 0..<1, using: &random)
            if skip < 0.04 { return FeedbackResponse.Answer.unanswered }
            if skip < 0.09 { return FeedbackResponse.Answer.notApplicable }
            let low = high ? max(1, options - 1) : 1
            return Int8(Int.random(in: low...options, using: &random))
        }
        return FeedbackResponse(
            id: id, survey: survey.id, model: model, unit: unit, channel: channel, month: month, recommendation: recommendation,
            answers: answers, illustrative: true)
    }
}
