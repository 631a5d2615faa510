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

/// A whole project as loaded: catalog, criteria and the toolkit.
public struct Project: Hashable, Sendable, Codable {
    public var organisations: [Organisation]
    /// The sources cited by `catalog/organisations.yaml`.
    public var organisationSources: [Source]
    public var solutions: [Solution]
    public var criteria: CriteriaLibrary
    /// The operating models of `toolkit/`, in file-name order.
    public var toolkit: [OperatingModel]
    /// The customer-feedback survey of `feedback/survey.yaml`, if the project has one.
    public var survey: Survey?
    /// The indicators of `kpis/`, in file-name order.
    public var kpis: [KPI]

    public init(
        organisations: [Organisation], organisationSources: [Source] = [], solutions: [Solution], criteria: CriteriaLibrary,
        toolkit: [OperatingModel] = [], survey: Survey? = nil, kpis: [KPI] = []
    ) {
        self.organisations = organisations
        self.organisationSources = organisationSources
        self.solutions = solutions
        self.criteria = criteria
        self.toolkit = toolkit
        self.survey = survey
        self.kpis = kpis
    }

    public func kpi(_ id: String) -> KPI? { kpis.first { $0.id == id } }

    private enum CodingKeys: String, CodingKey { case organisations, organisationSources, solutions, criteria }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            organisations: try container.decode([Organisation].self, forKey: .organisations),
            organisationSources: try container.decode([Source].self, forKey: .organisationSources),
            solutions: try container.decode([Solution].self, forKey: .solutions),
            criteria: try container.decode(CriteriaLibrary.self, forKey: .criteria))
    }

    public func solution(_ id: String) -> Solution? { solutions.first { $0.id == id } }

    /// Where a must-have verdict may be recorded: under a rule that exists and covers the solution (its category and
    /// the applicability table). One check for the command line, the consensus page and the API.
    public enum VerdictTarget: Equatable, Sendable {
        case rule(KnockOutRule)
        case unknownRule
        case notCovered
    }

    /// The rule a verdict on `solution` under `rule` is recorded against. A solution the catalog does not hold is not
    /// checked here: whether it is in the round is the store's to say.
    public func verdictTarget(rule id: String, solution: String) -> VerdictTarget {
        guard let rule = criteria.knockOutRules.first(where: { $0.id == id }) else { return .unknownRule }
        if let catalogued = self.solution(solution), !rule.covers(catalogued, applicability: criteria.applicability) {
            return .notCovered
        }
        return .rule(rule)
    }
}
