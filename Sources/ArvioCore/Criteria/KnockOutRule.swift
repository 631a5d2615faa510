/// A must-have (knock-out) rule: a solution that fails it is excluded from the ranking.
public struct KnockOutRule: Hashable, Sendable, Codable, Identifiable {
    public enum Requirement: Hashable, Sendable, Codable {
        /// The aggregated score must be at least this.
        case minimumScore(Double)
        /// Answered met / not met.
        case met
    }

    public var id: String
    public var criterion: String
    public var requirement: Requirement
    /// Categories the rule covers; empty means every category where the criterion applies.
    public var categories: [String]
    /// When set, the rule covers only solutions with this audience.
    public var audience: Audience?
    /// When the rule applies, in words.
    public var condition: LocalizedText
    public var legalBasis: [String]
    public var origin: SourceLocation?

    public init(
        id: String, criterion: String, requirement: Requirement, categories: [String] = [], audience: Audience? = nil,
        condition: LocalizedText, legalBasis: [String] = [], origin: SourceLocation? = nil
    ) {
        self.id = id
        self.criterion = criterion
        self.requirement = requirement
        self.categories = categories
        self.audience = audience
        self.condition = condition
        self.legalBasis = legalBasis
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey {
        case id, criterion, requirement, categories, audience, condition, legalBasis
    }

    /// Whether the rule covers a solution, by its category and audience.
    public func covers(_ solution: Solution, applicability: ApplicabilityTable) -> Bool {
        if let audience, solution.audience != audience { return false }
        if !categories.isEmpty, !categories.contains(solution.category) { return false }
        return applicability.applicability(of: criterion, for: solution.category) != .notApplicable
    }
}
