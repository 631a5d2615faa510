/// One client's answers to the feedback survey after a contact, as imported or given through the form. It names no
/// person: only the operating model, the service unit, the channel and the month.
public struct FeedbackResponse: Hashable, Sendable {
    /// The survey tool's own response id (or the form's random one): importing the same response again counts it once.
    public var id: String
    public var survey: String
    public var model: String
    public var unit: String
    public var channel: Channel
    public var month: YearMonth
    /// The recommendation answer 0–10; nil when left unanswered.
    public var recommendation: Int?
    /// One code per statement of the survey, in its order: ``Answer``.
    public var answers: [Int8]
    /// The open answer: stored for the unit's own reading, never published or exported.
    public var freeText: String?
    /// Invented (the sample data), said on every output built from it.
    public var illustrative: Bool

    public init(
        id: String, survey: String, model: String, unit: String, channel: Channel, month: YearMonth, recommendation: Int?,
        answers: [Int8], freeText: String? = nil, illustrative: Bool = false
    ) {
        self.id = id
        self.survey = survey
        self.model = model
        self.unit = unit
        self.channel = channel
        self.month = month
        self.recommendation = recommendation
        self.answers = answers
        self.freeText = freeText
        self.illustrative = illustrative
    }

    /// How a statement's answer is coded: ``unanswered``, ``notApplicable``, or the option's value (1…).
    public enum Answer {
        public static let unanswered: Int8 = -1
        public static let notApplicable: Int8 = 0
    }

    /// Where the service was given.
    public enum Channel: String, Hashable, Sendable, CaseIterable, Codable {
        case remote = "eta"
        case inPerson = "lahi"
    }
}

/// A calendar month, `2025-03`.
public struct YearMonth: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int

    public init?(year: Int, month: Int) {
        guard (2000...2100).contains(year), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
    }

    /// `2025-03` (also `2025-3`).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, (1...2).contains(parts[1].count), parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
