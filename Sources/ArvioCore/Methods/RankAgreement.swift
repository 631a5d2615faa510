/// How far two methods agree, and one ranking that summarises several.
public enum RankAgreement {
    /// Spearman's ρ: Pearson's correlation of the two rank vectors, with tied alternatives given their mean rank
    /// (Spearman 1904). 1 when both orders agree, −1 when reversed; nil when either ranking is constant.
    public static func spearman(_ a: Ranking, _ b: Ranking) -> Double? {
        let x = midRanks(a), y = midRanks(b)
        guard x.count == y.count, x.count > 1 else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (u, v) in zip(x, y) {
            covariance += (u - meanX) * (v - meanY)
            varianceX += (u - meanX) * (u - meanX)
            varianceY += (v - meanY) * (v - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return nil }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    /// Kendall's τ-b (Kendall 1945): concordant minus discordant pairs, corrected for ties in either ranking.
    /// nil when either ranking is constant.
    public static func kendall(_ a: Ranking, _ b: Ranking) -> Double? {
        let x = midRanks(a), y = midRanks(b)
        guard x.count == y.count, x.count > 1 else { return nil }
        var concordant = 0.0, discordant = 0.0, tiesX = 0.0, tiesY = 0.0
        for i in 0..<x.count {
            for j in (i + 1)..<x.count {
                let dx = x[i] - x[j], dy = y[i] - y[j]
                if dx == 0 && dy == 0 { continue }
                if dx == 0 { tiesX += 1; continue }
                if dy == 0 { tiesY += 1; continue }
                if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        let denominator = ((concordant + discordant + tiesX) * (concordant + discordant + tiesY)).squareRoot()
        return denominator > 0 ? (concordant - discordant) / denominator : nil
    }

    /// The consensus of several rankings of the same alternatives by their mean rank (lower is better; equivalent to
    /// the Borda count with ties at mean positions). The result's scores are the mean ranks.
    public static func consensus(_ rankings: [Ranking]) -> Ranking? {
        guard let first = rankings.first, rankings.allSatisfy({ $0.alternatives == first.alternatives }) else { return nil }
        var mean = [Double](repeating: 0, count: first.alternatives.count)
        for ranking in rankings {
            for (i, rank) in midRanks(ranking).enumerated() { mean[i] += rank / Double(rankings.count) }
        }
        return Ranking(
            method: first.method, parameters: ["consensus": "mean rank over \(rankings.map(\.method.rawValue).joined(separator: ", "))"],
            alternatives: first.alternatives, scores: mean, higherIsBetter: false, details: ["meanRank": mean],
            tieTolerance: rankings.map(\.tieTolerance).max() ?? 0)
    }

    /// Ranks with ties at their mean position (1, 2.5, 2.5, 4), as rank correlations need: from the ranking's own
    /// competition ranks, so its tie rule is the one applied.
    public static func midRanks(_ ranking: Ranking) -> [Double] {
        var groupSize: [Int: Int] = [:]
        for rank in ranking.ranks { groupSize[rank, default: 0] += 1 }
        return ranking.ranks.map { Double($0) + Double((groupSize[$0] ?? 1) - 1) / 2 }
    }
}
