/// How far assessors agree: Kendall's coefficient of concordance, and the items they disagree on.
public enum Agreement {
    /// Kendall's W with the correction for ties (Kendall & Babington Smith 1939; Legendre 2005, eq. 2):
    /// `W = (12 Σ Rᵢ² − 3 m² n (n + 1)²) / (m² n (n² − 1) − m Σ Tⱼ)`, where each of `m` assessors ranks the same `n`
    /// items (tied values get mid-ranks), `Rᵢ` is item i's rank sum and `Tⱼ = Σ (t³ − t)` over assessor j's tie groups.
    /// 0 means no agreement beyond chance, 1 complete agreement.
    /// - Parameter scores: one row per assessor, one column per item, all complete.
    /// - Returns: nil with fewer than 2 assessors or items, or when every assessor ties everything.
    public static func kendallW(_ scores: [[Double]]) -> Double? {
        let m = scores.count
        guard m >= 2, let n = scores.first?.count, n >= 2, scores.allSatisfy({ $0.count == n }) else { return nil }
        var rankSums = [Double](repeating: 0, count: n)
        var tieCorrection = 0.0
        for row in scores {
            let (ranks, ties) = midRanks(row)
            for i in 0..<n { rankSums[i] += ranks[i] }
            tieCorrection += ties
        }
        let (mm, nn) = (Double(m), Double(n))
        let numerator = 12 * rankSums.reduce(0) { $0 + $1 * $1 } - 3 * mm * mm * nn * (nn + 1) * (nn + 1)
        let denominator = mm * mm * nn * (nn * nn - 1) - mm * tieCorrection
        guard denominator > 0 else { return nil }
        return numerator / denominator
    }

    /// Mid-ranks (1 = lowest) and Σ (t³ − t) over tie groups.
    static func midRanks(_ values: [Double]) -> (ranks: [Double], ties: Double) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var ties = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let t = Double(end - start + 1)
            for k in start...end { ranks[order[k]] = Double(start + end) / 2 + 1 }
            ties += t * t * t - t
            start = end + 1
        }
        return (ranks, ties)
    }

    /// An item the consensus meeting should discuss: its assessors' counted points span at least the threshold.
    public struct Disagreement: Hashable, Sendable, Codable {
        public var solution: String
        public var criterion: String
        public var minimum: Double
        public var maximum: Double
        public var spread: Double { maximum - minimum }
    }

    /// Items whose assessors differ by `threshold` points or more (unknown counting as 0), widest first.
    public static func disagreements(_ items: [AggregatedScore], threshold: Double = 2) -> [Disagreement] {
        items.compactMap { item in
            guard let low = item.minimum, let high = item.maximum, high - low >= threshold else { return nil }
            return Disagreement(solution: item.solution, criterion: item.criterion, minimum: low, maximum: high)
        }
        .sorted { ($1.spread, $0.solution, $0.criterion) < ($0.spread, $1.solution, $1.criterion) }
    }
}

extension Agreement {
    /// Kendall's W of one area's assessors over the items (solution × criterion) they all scored with a value.
    public struct AreaConcordance: Hashable, Sendable, Codable {
        public var area: String
        public var assessors: [String]
        public var items: Int
        /// nil with fewer than two assessors or items, or when every assessor gave one value throughout.
        public var w: Double?
    }

    /// Concordance per area, in the order of `areas`.
    public static func concordance(_ scores: [ExpertScore], areas: [Area]) -> [AreaConcordance] {
        areas.map { area in
            let ids = Set(area.criteria.map(\.id))
            let inArea = scores.filter { ids.contains($0.criterion) }
            let assessors = Array(Set(inArea.map(\.assessor))).sorted()
            var byItem: [String: [String: Double]] = [:]
            for score in inArea {
                guard let points = score.value.countedPoints else { continue }
                byItem["\(score.solution)/\(score.criterion)", default: [:]][score.assessor] = points
            }
            let items = byItem.keys.sorted().filter { byItem[$0]?.count == assessors.count }
            let matrix = assessors.map { assessor in items.map { byItem[$0]?[assessor] ?? 0 } }
            return AreaConcordance(area: area.id, assessors: assessors, items: items.count, w: kendallW(matrix))
        }
    }
}
