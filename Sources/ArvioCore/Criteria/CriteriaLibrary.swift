/// Everything under `criteria/`: the scale, categories and applicability, the tree, must-have rules
/// and weight models.
public struct CriteriaLibrary: Hashable, Sendable, Codable {
    public var scale: Scale
    public var applicability: ApplicabilityTable
    public var areas: [Area]
    public var knockOutRules: [KnockOutRule]
    public var models: [WeightModel]

    public init(scale: Scale, applicability: ApplicabilityTable, areas: [Area], knockOutRules: [KnockOutRule], models: [WeightModel]) {
        self.scale = scale
        self.applicability = applicability
        self.areas = areas
        self.knockOutRules = knockOutRules
        self.models = models
    }

    public var criteria: [Criterion] { areas.flatMap(\.criteria) }

    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    public func model(_ id: String) -> WeightModel? { models.first { $0.id == id } }
}

/// A whole project as loaded: catalog and criteria.
public struct Project: Hashable, Sendable, Codable {
    public var organisations: [Organisation]
    /// The sources cited by `catalog/organisations.yaml`.
    public var organisationSources: [Source]
    public var solutions: [Solution]
    public var criteria: CriteriaLibrary

    public init(organisations: [Organisation], organisationSources: [Source] = [], solutions: [Solution], criteria: CriteriaLibrary) {
        self.organisations = organisations
        self.organisationSources = organisationSources
        self.solutions = solutions
        self.criteria = criteria
    }

    public func solution(_ id: String) -> Solution? { solutions.first { $0.id == id } }
}
