/// What one assessor scores in a round: every solution of the round against every criterion of the areas they are
/// competent in that the round's weight model weighs, in the criteria tree's order, less the pairs the applicability
/// table rules out, and less the solutions they are excluded from. The web app's progress ("n of m") and its "next
/// unscored" come from here.
public struct ScoringPlan: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var solution: String
        public var criterion: String

        public init(solution: String, criterion: String) {
            self.solution = solution
            self.criterion = criterion
        }
    }

    /// The criteria to score, in order.
    public var criteria: [Criterion]
    public var items: [Item]

    /// - Parameter excluding: solutions the coordinator has excluded the assessor from.
    public init(round: Round, project: Project, assessor: Assessor, excluding excluded: Set<String> = []) {
        let library = project.criteria
        let weighted = Set(library.model(round.model)?.areaIDs ?? library.areas.map(\.id))
        let areas = library.areas.filter { weighted.contains($0.id) && assessor.areas.contains($0.id) }
        criteria = areas.flatMap(\.criteria)
        let solutions = round.solutions.filter { !excluded.contains($0) }.compactMap(project.solution)
        items = criteria.flatMap { criterion in
            solutions.filter { library.applicability.applicability(of: criterion.id, for: $0.category) != .notApplicable }
                .map { Item(solution: $0.id, criterion: criterion.id) }
        }
    }

    /// The items not yet scored by the assessor, in order.
    public func unscored(_ scores: [ExpertScore], by assessor: String) -> [Item] {
        let done = Set(scores.filter { $0.assessor == assessor }.map { Item(solution: $0.solution, criterion: $0.criterion) })
        return items.filter { !done.contains($0) }
    }
}
