/// Quality points for a tendering system: each solution's weighted quality score scaled so that the best gets the
/// maximum the call for tenders gives quality, the others in proportion —
///
///     points = maximum × score / best score,        ratio = score / best score
///
/// — the relative form in which Finnish tendering systems take quality points. Solutions excluded at the must-have
/// gate get none. Scores are the weighted sum on the experts' own scale (0–1), so a solution's points depend only on
/// the best solution's score, not on how many others there are.
public enum QualityPoints {
    public struct Entry: Hashable, Sendable {
        public var solution: String
        public var score: Double
        /// score / best score, 0…1.
        public var ratio: Double
        public var points: Double
    }

    /// The formula as the output states it.
    public static let formula = LocalizedText(
        fi: "pisteet = enimmäispisteet × ratkaisun laatupisteet / parhaan laatupisteet",
        en: "points = maximum × the solution's quality score / the best quality score")

    /// - Returns: the solutions in the order given; nil when no score is above zero (no best to scale to) or the
    ///   maximum is not a positive finite number.
    public static func scaled(_ scores: [(solution: String, score: Double)], maximum: Double) -> [Entry]? {
        guard maximum.isFinite, maximum > 0, let best = scores.map(\.score).max(), best > 0, best.isFinite else { return nil }
        return scores.map { solution, score in
            let ratio = max(0, score) / best
            return Entry(solution: solution, score: score, ratio: ratio, points: maximum * ratio)
        }
    }
}
