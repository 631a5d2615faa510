/// The counts of a group of responses: how many, the recommendation index, and every statement's answers.
public struct FeedbackCounts: Hashable, Sendable {
    public var responses: Int
    public var nps: NPS
    /// `statements[s][code]`: how many answered code 0 (don't know / does not concern me) or option 1…k to statement s.
    public var statements: [[Int]]

    public init(statements: Int, options: Int) {
        responses = 0
        nps = NPS()
        self.statements = Array(repeating: Array(repeating: 0, count: options + 1), count: statements)
    }

    /// Counts a response, or `times` responses with the same answers (as a database groups them).
    public mutating func add(_ response: FeedbackResponse, times: Int = 1) {
        responses += times
        if let answer = response.recommendation { nps.add(answer, times: times) }
        for (s, code) in response.answers.enumerated() where s < statements.count && code >= 0 && Int(code) < statements[s].count {
            statements[s][Int(code)] += times
        }
    }

    public static func + (a: FeedbackCounts, b: FeedbackCounts) -> FeedbackCounts {
        var sum = a
        sum.responses += b.responses
        sum.nps = a.nps + b.nps
        for s in sum.statements.indices where s < b.statements.count {
            for code in sum.statements[s].indices where code < b.statements[s].count { sum.statements[s][code] += b.statements[s][code] }
        }
        return sum
    }

    /// How many answered statement `s` at all (an option or "don't know").
    public func answered(_ s: Int) -> Int { statements[s].reduce(0, +) }
}

/// Where a response was given: the finest grain feedback is counted at.
public struct FeedbackKey: Hashable, Sendable {
    public var model: String
    public var unit: String
    public var channel: FeedbackResponse.Channel
    public var month: YearMonth

    public init(model: String, unit: String, channel: FeedbackResponse.Channel, month: YearMonth) {
        self.model = model
        self.unit = unit
        self.channel = channel
        self.month = month
    }

    public init(_ response: FeedbackResponse) {
        self.init(model: response.model, unit: response.unit, channel: response.channel, month: response.month)
    }
}

/// Responses counted by model × unit × channel × month, one at a time, so that millions of them stream through in
/// memory proportional to the groups, not the responses.
public struct FeedbackTally: Sendable {
    public let survey: Survey
    public private(set) var cells: [FeedbackKey: FeedbackCounts] = [:]
    /// True when any response counted is invented.
    public private(set) var illustrative = false

    /// A cell with nothing counted yet, of the survey's shape.
    let blank: FeedbackCounts

    public init(survey: Survey) {
        self.survey = survey
        blank = FeedbackCounts(statements: survey.statements.count, options: survey.scale.count)
    }

    /// Counts a response (or `times` alike) in its cell: one lookup, the cell changed in place.
    public mutating func add(_ response: FeedbackResponse, times: Int = 1) {
        let blank = blank
        cells[FeedbackKey(response), default: blank].add(response, times: times)
        if response.illustrative { illustrative = true }
    }

    public mutating func add(contentsOf responses: some Sequence<FeedbackResponse>) {
        for response in responses { add(response) }
    }

    public var empty: FeedbackCounts { blank }

    /// The counts of every cell that `include` admits, added up.
    public func total(where include: (FeedbackKey) -> Bool = { _ in true }) -> FeedbackCounts {
        var sum = empty
        for (key, counts) in cells where include(key) { sum = sum + counts }
        return sum
    }

    /// The counts of the cells `include` admits, grouped by `group`.
    public func grouped<Group: Hashable>(by group: (FeedbackKey) -> Group, where include: (FeedbackKey) -> Bool = { _ in true }) -> [Group:
        FeedbackCounts]
    {
        var groups: [Group: FeedbackCounts] = [:]
        for (key, counts) in cells where include(key) { groups[group(key), default: empty] = groups[group(key), default: empty] + counts }
        return groups
    }
}
