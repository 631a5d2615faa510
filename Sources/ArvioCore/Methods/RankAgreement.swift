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
    /// nil when either ranking is constant. Knight's (1966) O(n log n) count: sort by the first ranking, then count
    /// the swaps a merge sort by the second needs (the discordant pairs), with the ties counted by runs — so 100,000
    /// alternatives take milliseconds, not the minutes the pairwise count takes. The tests keep the pairwise count
    /// as the oracle.
    public static func kendall(_ a: Ranking, _ b: Ranking) -> Double? {
        let x = midRanks(a), y = midRanks(b)
        guard x.count == y.count, x.count > 1 else { return nil }
        let n = x.count
        var order = Array(0..<n)
        order.sort { x[$0] != x[$1] ? x[$0] < x[$1] : y[$0] < y[$1] }
        /// Pairs tied within runs of equal keys, in the current order.
        func tiedPairs(_ equal: (Int, Int) -> Bool) -> Int {
            var total = 0, run = 1
            for index in 1..<n {
                if equal(order[index - 1], order[index]) {
                    run += 1
                } else {
                    total += run * (run - 1) / 2
                    run = 1
                }
            }
            return total + run * (run - 1) / 2
        }
        let tiedInX = tiedPairs { x[$0] == x[$1] }
        let tiedInBoth = tiedPairs { x[$0] == x[$1] && y[$0] == y[$1] }
        // A stable merge sort by y; every element that jumps ahead of a larger one is one discordant pair.
        var swaps = 0
        var buffer = order
        var width = 1
        while width < n {
            var start = 0
            while start < n {
                let middle = min(start + width, n), end = min(start + 2 * width, n)
                var left = start, right = middle, out = start
                while left < middle && right < end {
                    if y[order[right]] < y[order[left]] {
                        buffer[out] = order[right]
                        swaps += middle - left
                        right += 1
                    } else {
                        buffer[out] = order[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle {
                    buffer[out] = order[left]
                    left += 1
                    out += 1
                }
                while right < end {
                    buffer[out] = order[right]
                    right += 1
                    out += 1
                }
                start = end
            }
            swap(&order, &buffer)
            width *= 2
        }
        let tiedInY = tiedPairs { y[$0] == y[$1] }
        let pairs = n * (n - 1) / 2
        let denominator = (Double(pairs - tiedInX) * Double(pairs - tiedInY)).squareRoot()
        guard denominator > 0 else { return nil }
        return Double(pairs - tiedInX - tiedInY + tiedInBoth - 2 * swaps) / denominator
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
            method: first.method, parameters: [.meanRank(over: rankings.map(\.method))],
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
