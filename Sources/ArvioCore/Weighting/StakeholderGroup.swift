import RealModule

/// The stakeholders of a round together: each one's weights flattened as the round's model would be, the group's
/// weights by a named rule, and each one's ranking beside the group's.
///
/// The group's weights are combined level by level — the areas, then each area's criteria — so that the hierarchy the
/// stakeholders answered in is kept:
/// - by default the importance-weighted geometric mean of everyone's weights at the level, scaled to sum to 1 (for
///   AHP this is AIP, the aggregation of individual priorities, which Forman & Peniwati (1998) advise when the people
///   act as individuals with their own interests, as stakeholders do; for points and swing it is the normalised
///   geometric mean);
/// - on request, when everyone counted gave AHP judgements, AIJ (Aczél & Saaty 1983): the geometric mean of the
///   judgements, and the group matrix's weights.
///
/// A geometric mean is 0 when any counted stakeholder gives 0: a zero is a veto, and every output says so.
public struct StakeholderGroup: Sendable {
    public let members: [StakeholderWeights]
    public let base: WeightModel
    public let areas: [Area]

    /// - Parameters:
    ///   - base: the round's weight model: which areas are weighted, and the local weights a stakeholder leaves to it.
    ///   - areas: the criteria library's areas.
    public init(_ members: [StakeholderWeights], base: WeightModel, areas: [Area]) {
        self.members = members
        self.base = base
        self.areas = areas
    }

    /// Which rule combined the group's weights.
    public enum Rule: String, Hashable, Sendable, Codable {
        /// The importance-weighted geometric mean of the weights, level by level, scaled to sum to 1 (AIP for AHP).
        case geometricMeanOfWeights = "geometric-mean-of-weights"
        /// AIJ: the geometric mean of the AHP judgements, level by level.
        case geometricMeanOfJudgements = "geometric-mean-of-judgements"
    }

    public struct Result: Hashable, Sendable {
        public var rule: Rule
        /// Each member's importance scaled to sum to 1 (0 = heard, not counted), in member order.
        public var importance: [Double]
        /// Each member's weights level by level, in member order.
        public var individuals: [StakeholderWeights.Levels]
        public var group: StakeholderWeights.Levels
        /// The area ids in the model's order.
        public var areaOrder: [String]
        /// Each member's criteria in tree order with area, local and global weights; then the group's.
        public var individualWeights: [[CriterionWeight]]
        public var groupWeights: [CriterionWeight]
    }

    /// - Parameter aggregation: `.priorities` (the default rule) or `.judgements` (AIJ, when everyone counted used AHP).
    /// - Throws: ``WeightingError`` for a member's unusable weights (located), importances none above 0, AIJ without
    ///   everyone's judgements at a level, or a level whose group weights are all zero.
    public func result(_ aggregation: AHPGroup.Aggregation = .priorities) throws(WeightingError) -> Result {
        guard !members.isEmpty else { throw WeightingError(.empty) }
        for member in members {
            if let problem = member.problems(base: base, areas: areas).first { throw problem }
        }
        let given = members.map(\.importance)
        let total = given.reduce(0, +)
        guard total > 0 else { throw WeightingError(.importance(person: nil, value: total)) }
        let importance = given.map { $0 / total }
        var individuals: [StakeholderWeights.Levels] = []
        for member in members { individuals.append(try member.levels(base: base, areas: areas)) }
        let counted = members.indices.filter { importance[$0] > 0 }
        let order = base.areaIDs

        let rule: Rule
        var group: StakeholderWeights.Levels
        switch aggregation {
        case .priorities:
            rule = .geometricMeanOfWeights
            group = StakeholderWeights.Levels(
                areas: try Self.geometricMean(counted.map { (individuals[$0].areas, importance[$0]) }, area: nil), local: [:])
            for area in order {
                group.local[area] = try Self.geometricMean(counted.map { (individuals[$0].local[area] ?? [:], importance[$0]) }, area: area)
            }
        case .judgements:
            rule = .geometricMeanOfJudgements
            let notAHP = counted.filter { members[$0].technique != .ahp }.map { members[$0].stakeholder }
            guard notAHP.isEmpty else { throw WeightingError(.judgementsMissing(area: nil, stakeholders: notAHP)) }
            let weights = counted.map { importance[$0] }
            let areaGroup = try AHPGroup(
                try counted.map { i throws(WeightingError) in try members[i].areas.comparison(order) }, importance: weights)
            group = StakeholderWeights.Levels(
                areas: Dictionary(uniqueKeysWithValues: zip(order, try areaGroup.groupJudgements().priorities().weights)), local: [:])
            for area in order {
                let criteria = areas.first { $0.id == area }?.criteria.map(\.id) ?? []
                let missing = counted.filter { members[$0].criteria[area] == nil }
                if missing.count == counted.count {
                    group.local[area] = StakeholderWeights.Levels.modelLocal(base, area: area, criteria: criteria)
                    continue
                }
                guard missing.isEmpty else {
                    throw WeightingError(.judgementsMissing(area: area, stakeholders: missing.map { members[$0].stakeholder }))
                }
                let local = try AHPGroup(
                    try counted.map { i throws(WeightingError) in try members[i].criteria[area]!.comparison(criteria) }, importance: weights
                )
                group.local[area] = Dictionary(uniqueKeysWithValues: zip(criteria, try local.groupJudgements().priorities().weights))
            }
        }
        let flatten = { (levels: StakeholderWeights.Levels, id: String) in
            levels.model(id: id, order: order, areas: areas).criterionWeights(of: areas)
        }
        return Result(
            rule: rule, importance: importance, individuals: individuals, group: group, areaOrder: order,
            individualWeights: zip(individuals, members).map { flatten($0, $1.stakeholder) }, groupWeights: flatten(group, "group"))
    }

    /// The importance-weighted geometric mean of weights keyed by id, scaled to sum to 1.
    static func geometricMean(_ weights: [([String: Double], Double)], area: String?) throws(WeightingError) -> [String: Double] {
        let ids = weights.first?.0.keys.sorted() ?? []
        let means = ids.map { id in
            weights.contains { ($0.0[id] ?? 0) == 0 }
                ? 0 : Double.exp(weights.reduce(0) { $0 + $1.1 * Double.log($1.0[id] ?? 0) })
        }
        let total = means.reduce(0, +)
        guard total > 0 else { throw WeightingError(.groupAllZero(area: area)) }
        return Dictionary(uniqueKeysWithValues: zip(ids, means.map { $0 / total }))
    }
}

extension StakeholderGroup.Result {
    /// Global weights in the order of `criteria` (a model's columns), 0 for a criterion the rows do not weight.
    public static func vector(_ rows: [CriterionWeight], for criteria: [String]) -> [Double] {
        let global = Dictionary(rows.map { ($0.criterion, $0.global) }, uniquingKeysWith: { first, _ in first })
        return criteria.map { global[$0] ?? 0 }
    }

    /// Each member's weighted-sum ranking of the model's alternatives, then the group's; nil for weights that give
    /// the model's criteria no weight at all.
    public func rankings(_ model: AdditiveModel) -> (individuals: [Ranking?], group: Ranking?) {
        func ranking(_ rows: [CriterionWeight]) -> Ranking? {
            let weights = Self.vector(rows, for: model.criteria)
            guard weights.reduce(0, +) > 0 else { return nil }
            return Ranking(method: .weightedSum, alternatives: model.alternatives, scores: model.reweighted(weights).scores())
        }
        return (individualWeights.map(ranking), ranking(groupWeights))
    }

    /// The vertices of the stakeholders' hull for SMAA: the global weights of every counted member over the model's
    /// criteria (a flat model: one weight group per criterion).
    public func hull(_ model: AdditiveModel) -> [[Double]] {
        zip(individualWeights, importance).filter { $0.1 > 0 }.map { Self.vector($0.0, for: model.criteria) }
    }
}
