/// One weight moved on its own, the others of its level rescaled proportionally so that the weights still sum to 1.
public struct WeightParameter: Hashable, Sendable, Codable {
    /// A group's id (an area, or a criterion of a flat matrix), or a criterion's id within its group.
    public var id: String
    /// For a criterion's local weight: the group it shares its weight with; nil for a group's weight.
    public var within: String?
    /// The weight now, as a share of its level (of all weights, or of its group's weight).
    public var current: Double
}

/// Where one weight may move before the result changes, and what changes first.
public struct StabilityInterval: Hashable, Sendable, Codable {
    public var parameter: WeightParameter
    /// The range of the weight in which the alternative ranked first now stays first.
    public var winner: ClosedRange<Double>
    /// The range in which the whole ranking stays as it is.
    public var ranking: ClosedRange<Double>
    /// Who leads once the weight falls below `winner.lowerBound`; nil when no value in 0…1 changes the leader.
    public var winnerBelow: String?
    /// Who leads once the weight rises above `winner.upperBound`; nil when no value in 0…1 changes the leader.
    public var winnerAbove: String?
    /// The two neighbours that swap first below or above `ranking` (higher-ranked first), nil when none do.
    public var swapBelow: [String]?
    public var swapAbove: [String]?
}

/// One-at-a-time weight stability for the additive model, computed exactly.
///
/// Moving one weight to `t` and rescaling the others of its level proportionally makes every score a linear function
/// `aᵢ + bᵢ·t`. "The leader stays first" and "the ranking stays as it is" are then intersections of half-lines, so
/// each interval's ends are roots of differences of two lines: no stepping, no tolerance beyond the ranking's own
/// tie tolerance. Groups (areas) are moved first; then each criterion within its group, the group's weight fixed
/// (Mareschal 1988, `mareschal1988weight`, computes the same stability intervals for PROMETHEE).
public struct WeightStability: Hashable, Sendable, Codable {
    public var alternatives: [String]
    /// Scores at the current weights, and the ranking they give (indexes, best first).
    public var scores: [Double]
    public var order: [Int]
    public var leader: String
    public var intervals: [StabilityInterval]

    /// The smallest move of one weight, in its own scale, that changes the leader.
    public struct Change: Hashable, Sendable, Codable {
        public var parameter: WeightParameter
        /// The weight at which the leader changes; the new leader takes over just beyond it.
        public var boundary: Double
        public var newLeader: String
        public var distance: Double { abs(boundary - parameter.current) }
    }

    public var smallestChange: Change? {
        var best: Change?
        for interval in intervals {
            var candidates: [Change] = []
            if let below = interval.winnerBelow {
                candidates.append(Change(parameter: interval.parameter, boundary: interval.winner.lowerBound, newLeader: below))
            }
            if let above = interval.winnerAbove {
                candidates.append(Change(parameter: interval.parameter, boundary: interval.winner.upperBound, newLeader: above))
            }
            for candidate in candidates where candidate.distance < (best?.distance ?? .infinity) { best = candidate }
        }
        return best
    }

    public init(_ model: AdditiveModel) {
        let scores = model.scores()
        let order = Ranking.competitionRanks(scores, higherIsBetter: true).order
        alternatives = model.alternatives
        self.scores = scores
        self.order = order
        leader = model.alternatives[order[0]]
        intervals = Self.lines(model).map { parameter, a, b in
            Self.interval(parameter: parameter, a: a, b: b, order: order, names: model.alternatives)
        }
    }

    /// Each movable weight with the lines `score(t) = a + b·t` of every alternative.
    static func lines(_ model: AdditiveModel) -> [(WeightParameter, [Double], [Double])] {
        let m = model.rowCount, n = model.columnCount
        let weights = model.weights, local = model.localWeights, groupWeights = model.groupWeights
        let v = model.values
        var result: [(WeightParameter, [Double], [Double])] = []
        let movable = 1 - 1e-12
        // Which group each column is in, for the sums below (a flag per column, not a search per term).
        var groupOf = [Int](repeating: -1, count: n)
        for (g, group) in model.groups.enumerated() { for j in group.columns { groupOf[j] = g } }
        // A group's weight: inside the group the criteria keep their local shares, outside they scale by (1 − t)/(1 − W).
        if model.groups.count > 1 {
            for (g, group) in model.groups.enumerated() where groupWeights[g] < movable {
                var a = [Double](repeating: 0, count: m), b = a
                for i in 0..<m {
                    var own = 0.0, rest = 0.0
                    for j in 0..<n {
                        if groupOf[j] == g { own += local[j] * v[i * n + j] } else { rest += weights[j] * v[i * n + j] }
                    }
                    rest /= 1 - groupWeights[g]
                    (a[i], b[i]) = (rest, own - rest)
                }
                result.append((WeightParameter(id: group.id, within: nil, current: groupWeights[g]), a, b))
            }
        }
        // A criterion's local weight within its group; the group's weight stays fixed. What lies outside the group is
        // the same for all of its criteria: summed once per group and alternative.
        for (g, group) in model.groups.enumerated() where group.columns.count > 1 && groupWeights[g] > 0 {
            let groupWeight = groupWeights[g]
            let outside = (0..<m).map { i in
                var sum = 0.0
                for k in 0..<n where groupOf[k] != g { sum += weights[k] * v[i * n + k] }
                return sum
            }
            for j in group.columns where local[j] < movable {
                var a = [Double](repeating: 0, count: m), b = a
                for i in 0..<m {
                    var others = 0.0
                    for k in group.columns where k != j { others += local[k] * v[i * n + k] }
                    others /= 1 - local[j]
                    (a[i], b[i]) = (outside[i] + groupWeight * others, groupWeight * (v[i * n + j] - others))
                }
                result.append((WeightParameter(id: model.criteria[j], within: group.id, current: local[j]), a, b))
            }
        }
        return result
    }

    /// The intervals of one weight from the alternatives' lines.
    static func interval(parameter: WeightParameter, a: [Double], b: [Double], order: [Int], names: [String])
        -> StabilityInterval
    {
        let t0 = parameter.current
        let scale = max(1, a.map(abs).max() ?? 1, b.map(abs).max() ?? 1)
        // The range of t in which line p stays at or above line q for every pair, and the pairs that end it.
        func range(_ pairs: [(p: Int, q: Int)]) -> (ClosedRange<Double>, below: (Int, Int)?, above: (Int, Int)?) {
            var low = 0.0, high = 1.0
            var below: (Int, Int)?, above: (Int, Int)?
            for (p, q) in pairs {
                let slope = b[p] - b[q], offset = a[p] - a[q]
                guard abs(slope) > 1e-12 * scale else { continue }
                let root = -offset / slope
                if slope > 0, root >= low, root > 0 {
                    // Equal roots: the challenger with the smaller slope gains most as t falls.
                    if root > low || below.map({ b[q] < b[$0.1] }) ?? true { below = (p, q) }
                    low = root
                } else if slope < 0, root <= high, root < 1 {
                    if root < high || above.map({ b[q] > b[$0.1] }) ?? true { above = (p, q) }
                    high = root
                }
            }
            // Rounding may put a root a hair past t0 when two lines cross exactly there (a tie now).
            low = min(low, t0)
            high = max(high, t0)
            return (low...high, low > 0 ? below : nil, high < 1 ? above : nil)
        }
        let leader = order[0]
        let challengers = order.dropFirst().map { (p: leader, q: $0) }
        let neighbours = zip(order, order.dropFirst()).map { (p: $0, q: $1) }
        let (winner, winnerBelow, winnerAbove) = range(challengers)
        let (ranking, swapBelow, swapAbove) = range(neighbours)
        return StabilityInterval(
            parameter: parameter, winner: winner, ranking: ranking, winnerBelow: winnerBelow.map { names[$0.1] },
            winnerAbove: winnerAbove.map { names[$0.1] }, swapBelow: swapBelow.map { [names[$0.0], names[$0.1]] },
            swapAbove: swapAbove.map { [names[$0.0], names[$0.1]] })
    }
}
