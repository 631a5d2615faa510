/// The survey summary the region made in 2021, computed from the catalog: solutions per category,
/// how many organisations use each solution, the few used widely, and the shortlist candidates.
public struct Landscape: Hashable, Sendable, Codable {
    /// How many solutions have a category as their main category.
    public struct CategoryCount: Hashable, Sendable, Codable {
        public var category: String
        public var solutions: Int
    }

    /// One solution's spread of use.
    public struct SolutionUse: Hashable, Sendable, Codable {
        public var solution: String
        public var name: String
        public var category: String
        public var status: SolutionStatus
        public var organisations: Int
        /// How many of those uses are illustrative rather than sourced.
        public var illustrativeOrganisations: Int
    }

    /// How many solutions are used by exactly `organisations` organisations.
    public struct DistributionBin: Hashable, Sendable, Codable {
        public var organisations: Int
        public var solutions: Int
    }

    /// How many solutions have a status.
    public struct StatusCount: Hashable, Sendable, Codable {
        public var status: SolutionStatus
        public var solutions: Int
    }

    /// Why a solution is on the shortlist.
    public enum ShortlistReason: Hashable, Sendable, Codable {
        case widelyUsed(organisations: Int)
        case promising(LocalizedText, illustrative: Bool)

        private enum CodingKeys: String, CodingKey { case kind, organisations, reason, illustrative }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            switch self {
            case .widelyUsed(let organisations):
                try container.encode("widely-used", forKey: .kind)
                try container.encode(organisations, forKey: .organisations)
            case let .promising(reason, illustrative):
                try container.encode("promising", forKey: .kind)
                try container.encode(reason, forKey: .reason)
                try container.encode(illustrative, forKey: .illustrative)
            }
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if try container.decode(String.self, forKey: .kind) == "widely-used" {
                self = .widelyUsed(organisations: try container.decode(Int.self, forKey: .organisations))
            } else {
                self = .promising(
                    try container.decode(LocalizedText.self, forKey: .reason),
                    illustrative: try container.decode(Bool.self, forKey: .illustrative))
            }
        }
    }

    public struct ShortlistEntry: Hashable, Sendable, Codable {
        public var solution: String
        public var name: String
        public var reasons: [ShortlistReason]
    }

    public var solutionCount: Int
    public var organisationCount: Int
    /// A solution used by at least this many organisations counts as widely used.
    public var widelyUsedThreshold: Int
    public var categories: [CategoryCount]
    public var statuses: [StatusCount]
    /// Every solution, most widely used first (ties by id).
    public var uses: [SolutionUse]
    public var distribution: [DistributionBin]
    /// Solutions used by 1 to `widelyUsedThreshold - 1` organisations.
    public var usedByFew: Int
    public var widelyUsed: [SolutionUse]
    public var shortlist: [ShortlistEntry]
    /// True when any figure rests on illustrative data.
    public var illustrative: Bool

    /// - Parameters:
    ///   - project: the loaded catalog and criteria.
    ///   - widelyUsedThreshold: the number of organisations from which a solution counts as widely used
    ///     ("used by several"); the 2021 summary contrasts 1–4 organisations with several, hence 5.
    public init(of project: Project, widelyUsedThreshold: Int = 5) {
        let solutions = project.solutions.sorted { $0.id < $1.id }
        solutionCount = solutions.count
        organisationCount = project.organisations.count
        self.widelyUsedThreshold = widelyUsedThreshold

        let categoryOrder = project.criteria.applicability.categories.map(\.id)
        categories = categoryOrder.map { id in CategoryCount(category: id, solutions: solutions.filter { $0.category == id }.count) }
        statuses = SolutionStatus.allCases.map { status in
            StatusCount(status: status, solutions: solutions.filter { $0.status.value == status }.count)
        }

        uses = solutions.map { solution in
            SolutionUse(
                solution: solution.id, name: solution.name, category: solution.category, status: solution.status.value,
                organisations: Set(solution.usage.map(\.organisation)).count,
                illustrativeOrganisations: Set(solution.usage.filter(\.illustrative).map(\.organisation)).count)
        }
        .sorted { ($0.organisations, $1.solution) > ($1.organisations, $0.solution) }

        let counts = Dictionary(grouping: uses, by: \.organisations).mapValues(\.count)
        let highest = counts.keys.max() ?? 0
        distribution = (0...highest).map { DistributionBin(organisations: $0, solutions: counts[$0] ?? 0) }
        usedByFew = uses.filter { (1..<widelyUsedThreshold).contains($0.organisations) }.count
        widelyUsed = uses.filter { $0.organisations >= widelyUsedThreshold }

        var shortlist: [ShortlistEntry] = widelyUsed.map {
            ShortlistEntry(solution: $0.solution, name: $0.name, reasons: [.widelyUsed(organisations: $0.organisations)])
        }
        for solution in solutions {
            guard let flag = solution.promising else { continue }
            let reason = ShortlistReason.promising(flag.reason, illustrative: flag.illustrative)
            if let index = shortlist.firstIndex(where: { $0.solution == solution.id }) {
                shortlist[index].reasons.append(reason)
            } else {
                shortlist.append(ShortlistEntry(solution: solution.id, name: solution.name, reasons: [reason]))
            }
        }
        self.shortlist = shortlist
        illustrative = solutions.contains { $0.hasIllustrativeData }
    }
}
