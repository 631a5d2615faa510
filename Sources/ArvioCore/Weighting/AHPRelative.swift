/// AHP's relative measurement, the mode Expert Choice is known for: the criteria compared pairwise for their weights,
/// and under each criterion the alternatives compared pairwise for their local priorities; the global priority of an
/// alternative is the weighted sum of its local ones (Saaty 1980). Every matrix keeps its own consistency ratio and most
/// inconsistent judgement.
///
/// Synthesis: **distributive** (the default) uses the local priorities as they are, summing to 1 under each criterion;
/// **ideal** divides them by the best alternative's under each criterion first, and scales the global priorities to
/// sum to 1 — Saaty's rule that keeps the order of the alternatives already there when a copy of one is added.
public struct AHPRelative: Sendable {
    public enum Synthesis: String, Hashable, Sendable, CaseIterable, Codable {
        case distributive, ideal
    }

    public struct Result: Hashable, Sendable, Codable {
        public var synthesis: Synthesis
        /// The criteria's weights and consistency.
        public var criteria: AHP.Result
        /// Under each criterion (in the criteria's order), the alternatives' local priorities and consistency.
        public var local: [AHP.Result]
        public var alternatives: [String]
        /// The global priorities, summing to 1.
        public var scores: [Double]
    }

    public let criteria: AHP
    /// The alternatives' comparisons under each criterion, in the criteria's order and the first one's order of
    /// alternatives.
    public let alternatives: [AHP]

    /// - Parameter alternatives: the comparison of the alternatives under each criterion, by criterion id.
    /// - Throws: ``WeightingError`` when a criterion has no comparison of the alternatives, or one compares other
    ///   alternatives than the first.
    public init(criteria: AHP, alternatives: [String: AHP]) throws(WeightingError) {
        var ordered: [AHP] = []
        for id in criteria.ids {
            guard let comparison = alternatives[id] else { throw WeightingError(.noComparisonUnder(criterion: id)) }
            // Alternatives matched by id, in the first comparison's order.
            guard let matched = try comparison.reordered(to: ordered.first?.ids ?? comparison.ids) else {
                throw WeightingError(.differentAlternatives(criterion: id, expected: ordered[0].ids, found: comparison.ids))
            }
            ordered.append(matched)
        }
        self.criteria = criteria
        self.alternatives = ordered
    }

    public func result(
        _ synthesis: Synthesis = .distributive, prioritization: AHP.Prioritization = .eigenvector, table: AHP.RandomIndexTable = .saaty1980
    ) throws(WeightingError) -> Result {
        let weights = try criteria.priorities(prioritization, table: table)
        var local: [AHP.Result] = []
        for comparison in alternatives { local.append(try comparison.priorities(prioritization, table: table)) }
        let names = alternatives[0].ids
        var scores = [Double](repeating: 0, count: names.count)
        for (weight, priorities) in zip(weights.weights, local) {
            let best = synthesis == .ideal ? (priorities.weights.max() ?? 1) : 1
            for a in names.indices { scores[a] += weight * priorities.weights[a] / best }
        }
        let total = scores.reduce(0, +)
        return Result(
            synthesis: synthesis, criteria: weights, local: local, alternatives: names, scores: scores.map { $0 / total })
    }
}
