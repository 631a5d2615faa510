/// The recommendation index: how many answered 9–10 (promoters), 7–8 (passives) and 0–6 (detractors), and
/// NPS = % promoters − % detractors, from −100 to +100.
public struct NPS: Hashable, Sendable {
    public var promoters: Int
    public var passives: Int
    public var detractors: Int

    public init(promoters: Int = 0, passives: Int = 0, detractors: Int = 0) {
        self.promoters = promoters
        self.passives = passives
        self.detractors = detractors
    }

    /// Counts one answer 0–10 (or `times` such answers).
    public mutating func add(_ answer: Int, times: Int = 1) {
        switch answer {
        case 9...: promoters += times
        case 7...8: passives += times
        default: detractors += times
        }
    }

    public static func + (a: NPS, b: NPS) -> NPS {
        NPS(promoters: a.promoters + b.promoters, passives: a.passives + b.passives, detractors: a.detractors + b.detractors)
    }

    /// Everyone who answered the recommendation question.
    public var answers: Int { promoters + passives + detractors }

    /// % promoters − % detractors (−100…+100); nil without answers.
    public var score: Double? {
        guard answers > 0 else { return nil }
        return 100 * Double(promoters - detractors) / Double(answers)
    }

    /// The 95 % confidence interval of the score, in points, by the **adjusted Wald** method (Rocks 2016, *The American
    /// Statistician* 70(4), "Interval estimation for the 'net promoter score'"): ¾ added to the promoters and to the
    /// detractors and 3 to the answers, then the variance of a difference of two proportions of one sample,
    /// (p + d − (p − d)²) / n, around the adjusted score; clipped to −100…+100.
    public var interval: ClosedRange<Double>? {
        guard answers > 0 else { return nil }
        let n = Double(answers) + 3
        let p = (Double(promoters) + 0.75) / n, d = (Double(detractors) + 0.75) / n
        let centre = p - d
        let half = Self.z95 * ((p + d - centre * centre) / n).squareRoot()
        return max(-100, 100 * (centre - half))...min(100, 100 * (centre + half))
    }

    /// The standard normal quantile of 0.975.
    public static let z95 = 1.959963984540054

    /// The method as every output names it.
    public static func intervalMethod(_ l: Language) -> String {
        switch l {
        case .fi:
            "95 %:n luottamusväli korjatulla Wald-menetelmällä (Rocks 2016): suosittelijoihin ja arvostelijoihin lisätään ¾ ja vastaajiin 3."
        case .en:
            "95 % confidence interval by the adjusted Wald method (Rocks 2016): ¾ added to the promoters and to the detractors, 3 to the respondents."
        }
    }
}
