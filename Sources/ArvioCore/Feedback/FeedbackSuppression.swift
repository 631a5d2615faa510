/// What of a breakdown of feedback may be published: a group of fewer than ``minimum`` responses is never shown, and
/// neither is anything from which it could be worked out.
///
/// A breakdown is a total and its parts (the models of all feedback, the months of a model…). The rule is applied to
/// each measure on its own count — the responses, the recommendation answers, each statement's answers:
/// 1. a total under ``minimum`` is hidden, and with it every part;
/// 2. a part under ``minimum`` is hidden (primary suppression);
/// 3. while the hidden parts add up to 1…``minimum``−1 — which the total minus the shown parts would reveal — the
///    smallest shown part is hidden too (complementary suppression).
/// A part hidden for its responses is hidden for every measure.
public enum FeedbackSuppression {
    /// THL's and Statistics Finland's usual threshold for respondents' protection in small groups.
    public static let minimum = 5

    /// Which parts are hidden, given each part's count and which are hidden already.
    public static func hidden(total: Int, parts: [Int], forced: [Bool]? = nil) -> [Bool] {
        var hidden = forced ?? Array(repeating: false, count: parts.count)
        guard total >= minimum else { return Array(repeating: true, count: parts.count) }
        for (i, count) in parts.enumerated() where count < minimum && count > 0 { hidden[i] = true }
        while true {
            let hiddenSum = zip(parts, hidden).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            guard hiddenSum > 0, hiddenSum < minimum else { break }
            let shown = parts.indices.filter { !hidden[$0] && parts[$0] > 0 }
            guard let smallest = shown.min(by: { (parts[$0], $0) < (parts[$1], $1) }) else { break }
            hidden[smallest] = true
        }
        return hidden
    }
}

/// Feedback as it may be published: counts and the recommendation index of groups big enough, nothing of the rest
/// (see ``FeedbackSuppression``), and never the open answers.
public struct PublishedFeedback: Hashable, Sendable {
    /// One group: nil measures are suppressed.
    public struct Group: Hashable, Sendable {
        public var label: String
        /// nil: fewer than five responses (or a group they could be worked out from); nothing else of it is shown.
        public var responses: Int?
        public var nps: NPS?
        /// Per statement: its answers by code (0 = don't know, 1…k the options), or nil when suppressed.
        public var statements: [[Int]?]

        public var isSuppressed: Bool { responses == nil }
    }

    /// A total and its parts, suppressed together.
    public struct Breakdown: Hashable, Sendable {
        public var total: Group
        public var parts: [Group]
        public var illustrative: Bool
    }

    /// Publishes `total` and its `parts` (in the order given).
    /// - Parameter totalHidden: the total is hidden in another breakdown (a model the overview suppressed), so its parts
    ///   are too.
    public static func breakdown(
        total: FeedbackCounts, label: String, parts: [(label: String, counts: FeedbackCounts)], totalHidden: Bool = false,
        illustrative: Bool
    ) -> Breakdown {
        let statementCount = total.statements.count
        var partHidden = FeedbackSuppression.hidden(total: totalHidden ? 0 : total.responses, parts: parts.map(\.counts.responses))
        let npsHidden = FeedbackSuppression.hidden(
            total: totalHidden ? 0 : total.nps.answers, parts: parts.map(\.counts.nps.answers), forced: partHidden)
        let statementHidden = (0..<statementCount).map { s in
            FeedbackSuppression.hidden(
                total: totalHidden ? 0 : total.answered(s), parts: parts.map { $0.counts.answered(s) }, forced: partHidden)
        }
        if totalHidden { partHidden = partHidden.map { _ in true } }
        func group(_ label: String, _ counts: FeedbackCounts, hidden: Bool, nps: Bool, statements: [Bool]) -> Group {
            guard !hidden else { return Group(label: label, responses: nil, nps: nil, statements: statements.map { _ in nil }) }
            return Group(
                label: label, responses: counts.responses, nps: nps ? nil : counts.nps,
                statements: statements.enumerated().map { s, hidden in hidden ? nil : counts.statements[s] })
        }
        let min = FeedbackSuppression.minimum
        let totalGroup = group(
            label, total, hidden: totalHidden || total.responses < min, nps: total.nps.answers < min,
            statements: (0..<statementCount).map { total.answered($0) < min })
        let partGroups = parts.enumerated().map { i, part in
            group(
                part.label, part.counts, hidden: partHidden[i], nps: npsHidden[i] || part.counts.nps.answers < min,
                statements: (0..<statementCount).map { statementHidden[$0][i] || part.counts.answered($0) < min })
        }
        return Breakdown(total: totalGroup, parts: partGroups, illustrative: illustrative)
    }
}

extension PublishedFeedback {
    /// How a model's feedback is broken down on its page and in `arvio feedback --model`.
    public enum Dimension: String, Hashable, Sendable, CaseIterable {
        case month, unit, channel
    }

    /// The one publication every output draws from, so that no two of them together reveal a small group: all
    /// feedback broken down by operating model (in `models`' order), and each model's total broken down by month, unit
    /// or channel, suppressed entirely when the overview hid that model.
    public static func overview(_ tally: FeedbackTally, models: [String]) -> Breakdown {
        let byModel = tally.grouped { $0.model }
        return breakdown(
            total: tally.total(), label: "", parts: models.map { ($0, byModel[$0] ?? tally.empty) }, illustrative: tally.illustrative)
    }

    /// A model's feedback by `dimension` (months in order, units by name, remote before in person).
    public static func model(_ model: String, by dimension: Dimension, _ tally: FeedbackTally, overview: Breakdown) -> Breakdown {
        let inModel = { (key: FeedbackKey) in key.model == model }
        let parts: [(label: String, counts: FeedbackCounts)]
        switch dimension {
        case .month:
            parts = tally.grouped(by: { $0.month }, where: inModel).sorted { $0.key < $1.key }.map { ($0.key.description, $0.value) }
        case .unit:
            parts = tally.grouped(by: { $0.unit }, where: inModel).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        case .channel:
            let groups = tally.grouped(by: { $0.channel }, where: inModel)
            parts = FeedbackResponse.Channel.allCases.compactMap { c in groups[c].map { (c.rawValue, $0) } }
        }
        let hidden = overview.parts.first { $0.label == model }?.isSuppressed ?? true
        return breakdown(
            total: tally.total(where: inModel), label: model, parts: parts, totalHidden: hidden, illustrative: tally.illustrative)
    }
}
