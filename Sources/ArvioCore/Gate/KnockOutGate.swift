/// An expert's (or a panel's aggregated) answer on one criterion for one solution, as the gate sees it.
public enum GateAnswer: Hashable, Sendable, Codable {
    case score(Double)
    /// The criterion does not apply to this solution.
    case notApplicable
    /// No evidence: counts as 0 points.
    case unknown
    /// A met / not-met answer.
    case met(Bool)
}

/// The must-have gate: a solution that fails any applicable rule is excluded from the ranking, with every failed
/// rule listed; its scores stay available to show.
public struct KnockOutGate: Sendable {
    public var rules: [KnockOutRule]
    public var applicability: ApplicabilityTable
    /// A numeric score on a met / not-met rule counts as met from this score: the scale's "meets the baseline with
    /// documented evidence" anchor (domain research §2.1).
    public var baseline: Double

    public init(rules: [KnockOutRule], applicability: ApplicabilityTable, baseline: Double = 3) {
        self.rules = rules
        self.applicability = applicability
        self.baseline = baseline
    }

    /// Why one rule failed, with what was found.
    public struct Failure: Hashable, Sendable, Codable {
        public var rule: String
        public var criterion: String
        /// What the answer was; nil when the criterion was not answered at all.
        public var found: GateAnswer?
    }

    /// A solution the gate excludes, with every rule it failed.
    public struct Exclusion: Hashable, Sendable, Codable {
        public var solution: String
        public var failures: [Failure]
    }

    public struct Result: Hashable, Sendable, Codable {
        /// Solutions that pass every rule that covers them, in input order.
        public var passed: [String]
        /// Solutions that fail, in input order.
        public var excluded: [Exclusion]
    }

    /// Applies every rule to every solution.
    /// - Parameter answers: per solution id, the answer per criterion id. A missing answer to a covering rule fails
    ///   it, as "no evidence" does.
    ///   - verdicts: recorded decisions, solution id → rule id → met; a verdict decides its rule whatever the answers say.
    public func evaluate(_ solutions: [Solution], answers: [String: [String: GateAnswer]], verdicts: [String: [String: Bool]] = [:])
        -> Result
    {
        var passed: [String] = []
        var excluded: [Exclusion] = []
        for solution in solutions {
            var failures: [Failure] = []
            for rule in rules where rule.covers(solution, applicability: applicability) {
                if let verdict = verdicts[solution.id]?[rule.id] {
                    if !verdict { failures.append(Failure(rule: rule.id, criterion: rule.criterion, found: .met(false))) }
                    continue
                }
                let answer = answers[solution.id]?[rule.criterion]
                if !satisfies(answer, rule.requirement) {
                    failures.append(Failure(rule: rule.id, criterion: rule.criterion, found: answer))
                }
            }
            if failures.isEmpty {
                passed.append(solution.id)
            } else {
                excluded.append(Exclusion(solution: solution.id, failures: failures))
            }
        }
        return Result(passed: passed, excluded: excluded)
    }

    func satisfies(_ answer: GateAnswer?, _ requirement: KnockOutRule.Requirement) -> Bool {
        switch (answer, requirement) {
        case (.notApplicable, _): return true
        case (nil, _), (.unknown, _): return false
        case (.met(let met), _): return met
        case (.score(let points), .minimumScore(let minimum)): return points >= minimum
        case (.score(let points), .met): return points >= baseline
        }
    }
}
