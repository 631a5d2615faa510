/// A round seen through its stakeholders' own weights: each one's weights and ranking beside the group's and the
/// round model's, and SMAA-2 with weights drawn from the stakeholders' hull — how robust the winner is to which of the
/// people at the table is right.
public struct StakeholderAnalysis: Sendable {
    public var members: [StakeholderWeights]
    public var weights: StakeholderGroup.Result
    /// The rankings and the SMAA between the views; nil when no solution passed the gate (the weights still stand).
    public var outcome: Outcome?

    /// What the weights make of the round's solutions.
    public struct Outcome: Sendable {
        /// The round's additive model under its own weight model; the rankings below reweight it.
        public var model: AdditiveModel
        public var modelRanking: Ranking
        /// Each member's ranking (nil when their weights give the round's criteria no weight), in member order.
        public var rankings: [Ranking?]
        public var groupRanking: Ranking?
        /// SMAA-2 over the convex hull of the counted members' weights (one weight per criterion).
        public var smaa: SMAA.Result
    }

    /// - Parameters:
    ///   - evaluation: the round evaluated under its model (its matrix holds the solutions that passed the gate).
    ///   - members: the stakeholders' weights, at least one.
    ///   - threads: for SMAA-2; the numbers do not depend on it.
    /// - Throws: ``WeightingError`` for weights that do not fit the round's model, ``SensitivityError`` or
    ///   ``ScoringError`` from the analysis.
    public init(
        _ evaluation: RoundEvaluation, library: CriteriaLibrary, members: [StakeholderWeights],
        aggregation: AHPGroup.Aggregation = .priorities,
        normalization: Normalization, samples: Int, seed: UInt64, threads: Int = 1
    ) throws {
        guard let base = library.model(evaluation.round.model) else { throw WeightingError(.empty) }
        self.members = members
        weights = try StakeholderGroup(members, base: base, areas: library.areas).result(aggregation)
        guard let matrix = evaluation.matrix else { return }
        let flat = try SMAA(matrix, normalization: normalization, groups: WeightGroup.flat(matrix), spread: evaluation.spread)
        let model = flat.model
        let (rankings, group) = weights.rankings(model)
        outcome = Outcome(
            model: model, modelRanking: Ranking(method: .weightedSum, alternatives: model.alternatives, scores: model.scores()),
            rankings: rankings, groupRanking: group,
            smaa: try flat.analyse(
                samples: samples, seed: seed, constraints: WeightConstraints(hull: weights.hull(model)), threads: threads))
    }

    /// The members counted in the group (importance above 0).
    public var counted: [StakeholderWeights] { zip(members, weights.importance).filter { $0.1 > 0 }.map(\.0) }
}
