/// Weights from a ranking of the criteria alone (Barron & Barrett 1996, `barron1996decision`), and swing weights.
/// A rank of 1 is the most important; tied criteria share the mean of their positions' weights.
public enum SurrogateWeights {
    public enum Formula: String, Hashable, Sendable, CaseIterable, Codable {
        /// Rank-order centroid: `wᵢ = (1/n) Σ_{k=i}^{n} 1/k`.
        case rankOrderCentroid = "rank-order-centroid"
        /// Rank sum: `wᵢ = 2(n + 1 − i) / (n(n + 1))`.
        case rankSum = "rank-sum"
        /// Rank reciprocal: `wᵢ = (1/i) / Σ_k 1/k`.
        case rankReciprocal = "rank-reciprocal"
    }

    /// Weights for criteria by rank. `ranks[i]` is criterion `i`'s rank (1 = most important; ties allowed).
    /// - Throws: ``WeightingError`` for an empty list or a rank outside 1…n.
    public static func weights(ranks: [Int], ids: [String]? = nil, formula: Formula) throws(WeightingError) -> [Double] {
        let n = ranks.count
        guard n > 0 else { throw WeightingError(.empty) }
        for (i, rank) in ranks.enumerated() where !(1...n).contains(rank) {
            throw WeightingError(.rankOutOfRange(criterion: ids?[i] ?? "#\(i + 1)", rank: rank, count: n))
        }
        let byPosition: [Double] = (1...n).map { position in
            switch formula {
            case .rankOrderCentroid: (position...n).reduce(0) { $0 + 1 / Double($1) } / Double(n)
            case .rankSum: 2 * Double(n + 1 - position) / Double(n * (n + 1))
            case .rankReciprocal: (1 / Double(position)) / (1...n).reduce(0) { $0 + 1 / Double($1) }
            }
        }
        // Ties: criteria sharing rank r occupy positions r … r + t − 1 and share their mean weight.
        let counts = Dictionary(grouping: ranks, by: { $0 }).mapValues(\.count)
        return ranks.map { rank in
            let tied = counts[rank] ?? 1
            let positions = rank..<min(rank + tied, n + 1)
            return positions.reduce(0) { $0 + byPosition[$1 - 1] } / Double(positions.count)
        }
    }

    /// Swing weights (von Winterfeldt & Edwards 1986): the most valued swing from worst to best gets 100 points,
    /// the others 0–100 relative to it; weights are the points scaled to sum to 1.
    /// - Throws: ``WeightingError`` when no swing is 100 or a swing lies outside 0…100.
    public static func swing(points: [Double], ids: [String]? = nil) throws(WeightingError) -> [Double] {
        guard !points.isEmpty else { throw WeightingError(.empty) }
        for (i, value) in points.enumerated() where !(0...100).contains(value) || !value.isFinite {
            throw WeightingError(.swingOutOfRange(criterion: ids?[i] ?? "#\(i + 1)", points: value))
        }
        guard points.contains(100) else { throw WeightingError(.noSwingOfHundred) }
        let total = points.reduce(0, +)
        return points.map { $0 / total }
    }
}
