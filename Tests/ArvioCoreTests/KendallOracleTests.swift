import ArvioCore
import Testing

/// Kendall's τ-b by Knight's O(n log n) count against the plain pairwise definition, kept here as the oracle.
struct KendallOracleTests {
    /// Every pair once: concordant, discordant, tied in one ranking only (Kendall 1945).
    static func pairwise(_ a: Ranking, _ b: Ranking) -> Double? {
        let x = RankAgreement.midRanks(a), y = RankAgreement.midRanks(b)
        guard x.count == y.count, x.count > 1 else { return nil }
        var concordant = 0.0, discordant = 0.0, tiesX = 0.0, tiesY = 0.0
        for i in 0..<x.count {
            for j in (i + 1)..<x.count {
                let dx = x[i] - x[j], dy = y[i] - y[j]
                if dx == 0 && dy == 0 { continue }
                if dx == 0 {
                    tiesX += 1
                    continue
                }
                if dy == 0 {
                    tiesY += 1
                    continue
                }
                if (dx > 0) == (dy > 0) { concordant += 1 } else { discordant += 1 }
            }
        }
        let denominator = ((concordant + discordant + tiesX) * (concordant + discordant + tiesY)).squareRoot()
        return denominator > 0 ? (concordant - discordant) / denominator : nil
    }

    @Test func knightsCountEqualsThePairwiseCountOnRandomRankingsWithTies() {
        var random = SplitMix64(seed: 2026)
        for trial in 0..<400 {
            let n = Int.random(in: 2...70, using: &random)
            // Few distinct values, so that ties in one, the other or both rankings are common.
            let levels = Int.random(in: 1...max(1, n / (trial % 3 + 1)), using: &random)
            let names = (0..<n).map { "a\($0)" }
            let a = Ranking(
                method: .weightedSum, alternatives: names, scores: (0..<n).map { _ in Double(Int.random(in: 0..<levels, using: &random)) })
            let b = Ranking(
                method: .topsis, alternatives: names, scores: (0..<n).map { _ in Double(Int.random(in: 0..<levels, using: &random)) })

            let fast = RankAgreement.kendall(a, b), plain = Self.pairwise(a, b)

            #expect((fast == nil) == (plain == nil), "trial \(trial)")
            if let fast, let plain { #expect(abs(fast - plain) < 1e-12, "trial \(trial): \(fast) vs \(plain)") }
        }
    }
}
