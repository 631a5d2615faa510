/// VIKOR (Opricovic 1998; Opricovic & Tzeng 2004, `opricovic2004compromise`): the compromise ranking by
/// `Q = v·(S − S*)/(S⁻ − S*) + (1 − v)·(R − R*)/(R⁻ − R*)`, where S is the weighted group utility and R the worst
/// single regret. Lower Q is better. `details`: "S", "R", "Q".
///
/// A criterion whose best and worst values coincide contributes 0 to S and R; when every S (or R) is equal its term
/// of Q is 0. Both cases are stated in ``Ranking/notes``.
/// - Complexity: O(*m* × *n* + *m* log *m*).
public struct VIKOR: ScoringMethod {
    /// The weight of the strategy of the majority of criteria (0…1); 0.5 by default.
    public var v: Double

    public init(v: Double = 0.5) {
        self.v = v
    }

    public var name: MethodName { .vikor }

    /// The compromise solution's two conditions and the set they lead to.
    public struct Compromise: Hashable, Sendable {
        /// C1: Q(second) − Q(first) ≥ DQ = 1/(m − 1).
        public var acceptableAdvantage: Bool
        /// C2: the first by Q is also first by S or by R.
        public var acceptableStability: Bool
        /// Indices of the compromise solutions, best first.
        public var set: [Int]
    }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        guard (0...1).contains(v) else { throw ScoringError(.parameterOutOfRange(name: "v", value: v, range: 0...1)) }
        let m = matrix.rowCount, n = matrix.columnCount
        let weights = matrix.normalizedWeights
        var notes: [RankingNote] = []
        // Step 1: best f* and worst f⁻ per criterion.
        var best = [Double](repeating: 0, count: n), worst = [Double](repeating: 0, count: n)
        for j in 0..<n {
            let column = matrix.column(j)
            let (low, high) = (column.min() ?? 0, column.max() ?? 0)
            (best[j], worst[j]) = matrix.criteria[j].direction == .benefit ? (high, low) : (low, high)
            guard (high - low).isFinite else {
                throw ScoringError(at: matrix.criteria[j].origin, .outOfComputableRange(matrix.criteria[j].id))
            }
            if low == high { notes.append(.contributesNothingToSAndR(criterion: matrix.criteria[j].id)) }
        }
        // Step 2: S (group utility) and R (individual regret).
        var s = [Double](repeating: 0, count: m), r = [Double](repeating: 0, count: m)
        for i in 0..<m {
            for j in 0..<n where best[j] != worst[j] {
                let regret = weights[j] * (best[j] - matrix[i, j]) / (best[j] - worst[j])
                s[i] += regret
                r[i] = max(r[i], regret)
            }
        }
        // Step 3: Q.
        let (sBest, sWorst) = (s.min() ?? 0, s.max() ?? 0)
        let (rBest, rWorst) = (r.min() ?? 0, r.max() ?? 0)
        if sBest == sWorst { notes.append(.everySEqual) }
        if rBest == rWorst { notes.append(.everyREqual) }
        let q = (0..<m).map { i in
            (sWorst > sBest ? v * (s[i] - sBest) / (sWorst - sBest) : 0)
                + (rWorst > rBest ? (1 - v) * (r[i] - rBest) / (rWorst - rBest) : 0)
        }
        try requireFinite(q)
        return Ranking(
            method: name, parameters: [.v(v), .weightsScaledToSumOne], alternatives: matrix.alternatives,
            scores: q, higherIsBetter: false, details: ["S": s, "R": r, "Q": q], notes: notes)
    }

    /// Step 4–5: the conditions of acceptable advantage and stability, and the compromise set (Opricovic & Tzeng 2004).
    public static func compromise(of ranking: Ranking) -> Compromise {
        let q = ranking.details["Q"] ?? ranking.scores
        let order = ranking.order
        guard let first = order.first else { return Compromise(acceptableAdvantage: true, acceptableStability: true, set: []) }
        let m = q.count
        guard m > 1 else { return Compromise(acceptableAdvantage: true, acceptableStability: true, set: [first]) }
        let dq = 1 / Double(m - 1)
        // Q lies in 0…1: an advantage within 1e-12 of DQ meets it (as PROMETHEE's thresholds, decimal data).
        let slack = PROMETHEE.thresholdTolerance
        let advantage = q[order[1]] - q[first] >= dq - slack
        let bestS =
            Ranking.competitionRanks(ranking.details["S"] ?? q, higherIsBetter: false, tieTolerance: ranking.tieTolerance).ranks[first] == 1
        let bestR =
            Ranking.competitionRanks(ranking.details["R"] ?? q, higherIsBetter: false, tieTolerance: ranking.tieTolerance).ranks[first] == 1
        let stability = bestS || bestR
        let set: [Int]
        if !advantage {
            set = order.filter { q[$0] - q[first] < dq - slack }
        } else if !stability {
            set = [first, order[1]]
        } else {
            set = [first]
        }
        return Compromise(acceptableAdvantage: advantage, acceptableStability: stability, set: set)
    }
}
