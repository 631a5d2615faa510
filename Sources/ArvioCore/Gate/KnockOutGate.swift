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
        /// What the scores' answer was; nil when the criterion was not answered at all.
        public var found: GateAnswer?
        /// True when a recorded verdict decided the rule (see ``Result/decisions``), not the scores.
        public var byVerdict: Bool

        public init(rule: String, criterion: String, found: GateAnswer?, byVerdict: Bool = false) {
            self.rule = rule
            self.criterion = criterion
            self.found = found
            self.byVerdict = byVerdict
        }
    }

    /// A recorded verdict the gate applied, beside what the scores alone implied for its rule.
    public struct Decision: Hashable, Sendable, Codable {
        public var verdict: Verdict
        public var criterion: String
        /// The scores' answer on the rule's criterion; nil when nobody scored it.
        public var found: GateAnswer?
        /// Whether the scores alone would have met the rule.
        public var impliedByScores: Bool
        /// True when the verdict changed the outcome of the rule.
        public var overrides: Bool { impliedByScores != verdict.met }
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
        /// Every verdict that decided a rule, in the order of the solutions and then of the rules.
        public var decisions: [Decision] = []
        /// Verdicts on a rule that does not cover the solution (or no longer exists); they decide nothing.
        public var ignoredVerdicts: [Verdict] = []
    }

    /// Applies every rule to every solution.
    /// - Parameters:
    ///   - answers: per solution id, the answer per criterion id. A missing answer to a covering rule fails it, as
    ///     "no evidence" does.
    ///   - verdicts: recorded decisions; a verdict decides its rule whatever the answers say, and the result keeps
    ///     what the answers alone implied.
    public func evaluate(_ solutions: [Solution], answers: [String: [String: GateAnswer]], verdicts: [Verdict] = []) -> Result {
        var decided: [String: [String: Verdict]] = [:]
        for verdict in verdicts { decided[verdict.solution, default: [:]][verdict.rule] = verdict }
        var result = Result(passed: [], excluded: [])
        var used = Set<[String]>()
        for solution in solutions {
            var failures: [Failure] = []
            for rule in rules where rule.covers(solution, applicability: applicability) {
                let answer = answers[solution.id]?[rule.criterion]
                let implied = satisfies(answer, rule.requirement)
                if let verdict = decided[solution.id]?[rule.id] {
                    used.insert([solution.id, rule.id])
                    result.decisions.append(Decision(verdict: verdict, criterion: rule.criterion, found: answer, impliedByScores: implied))
                    if !verdict.met { failures.append(Failure(rule: rule.id, criterion: rule.criterion, found: answer, byVerdict: true)) }
                } else if !implied {
                    failures.append(Failure(rule: rule.id, criterion: rule.criterion, found: answer))
                }
            }
            if failures.isEmpty {
                result.passed.append(solution.id)
            } else {
                result.excluded.append(Exclusion(solution: solution.id, failures: failures))
            }
        }
        result.ignoredVerdicts = verdicts.filter { !used.contains([$0.solution, $0.rule]) }
        return result
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
