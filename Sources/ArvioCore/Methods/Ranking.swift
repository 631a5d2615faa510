/// A method's result: a score per alternative, the ranks they imply, and the intermediate values a report shows.
public struct Ranking: Hashable, Sendable, Codable {
    public var method: MethodName
    /// Every choice the method made: normalisation, v, preference functions, weight scaling.
    public var parameters: [RankingParameter]
    public var alternatives: [String]
    public var scores: [Double]
    /// True when a higher score is better (false for VIKOR's Q).
    public var higherIsBetter: Bool
    /// Competition ranks ("1224"): tied alternatives share the best rank of their group.
    public var ranks: [Int]
    /// Indices of the alternatives, best first; ties keep input order, so the order is deterministic.
    public var order: [Int]
    /// Named per-alternative intermediate values (e.g. "S", "R", "Q", "phiPlus").
    public var details: [String: [Double]]
    /// Statements about degenerate data and how it was handled, for the report.
    public var notes: [RankingNote]
    /// The tie rule: 0 (the default) ties only scores that are exactly equal as computed; a positive value ties scores
    /// whose difference is at most this share of the larger magnitude (at least 1), as `--tie-tolerance` asks. Every
    /// output states it.
    public private(set) var tieTolerance: Double

    public init(
        method: MethodName, parameters: [RankingParameter] = [], alternatives: [String], scores: [Double],
        higherIsBetter: Bool = true, details: [String: [Double]] = [:], notes: [RankingNote] = [], tieTolerance: Double = 0
    ) {
        self.method = method
        self.parameters = parameters
        self.alternatives = alternatives
        self.scores = scores
        self.higherIsBetter = higherIsBetter
        self.details = details
        self.notes = notes
        self.tieTolerance = tieTolerance
        (ranks, order) = Self.competitionRanks(scores, higherIsBetter: higherIsBetter, tieTolerance: tieTolerance)
    }

    /// The same ranking with another tie rule (see ``tieTolerance``): ranks and order are derived again.
    public func tied(within tolerance: Double) -> Ranking {
        var copy = self
        copy.tieTolerance = tolerance
        (copy.ranks, copy.order) = Self.competitionRanks(scores, higherIsBetter: higherIsBetter, tieTolerance: tolerance)
        return copy
    }

    /// Competition ranking; tied alternatives (see ``tieTolerance``) keep their input order.
    /// - Complexity: O(*m* log *m*): one sort of (key, index) pairs, then a linear pass that groups ties.
    public static func competitionRanks(_ scores: [Double], higherIsBetter: Bool, tieTolerance: Double = 0) -> (
        ranks: [Int], order: [Int]
    ) {
        var order = stableOrder(higherIsBetter ? scores.map { -$0 } : scores)
        var ranks = [Int](repeating: 0, count: scores.count)
        var start = 0
        while start < order.count {
            // A group of scores each tied with the group's first.
            var end = start + 1
            while end < order.count, tied(scores[order[start]], scores[order[end]], tolerance: tieTolerance) { end += 1 }
            if end - start > 1 { order[start..<end].sort() }
            for position in start..<end { ranks[order[position]] = start + 1 }
            start = end
        }
        return (ranks, order)
    }

    /// Indices sorted by ascending key, equal keys in input order: an LSD radix sort (four 16-bit passes) over the
    /// keys' order-preserving bit patterns for large inputs, the standard library's sort for small ones.
    static func stableOrder(_ keys: [Double]) -> [Int] {
        let count = keys.count
        guard count > 512 else {
            return keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
        }
        // Map each double to an unsigned integer with the same order: flip all bits of negatives, the sign of others.
        var bits = keys.map { key -> UInt64 in
            let pattern = (key == 0 ? 0.0 : key).bitPattern
            return pattern & (1 << 63) != 0 ? ~pattern : pattern | (1 << 63)
        }
        var order = Array(0..<count)
        var nextBits = bits, nextOrder = order
        var counts = [Int](repeating: 0, count: 65_537)
        for pass in 0..<4 {
            let shift = UInt64(pass * 16)
            for index in 0..<counts.count { counts[index] = 0 }
            for key in bits { counts[Int((key >> shift) & 0xFFFF) + 1] += 1 }
            for digit in 1..<counts.count { counts[digit] += counts[digit - 1] }
            for position in 0..<count {
                let digit = Int((bits[position] >> shift) & 0xFFFF)
                let target = counts[digit]
                counts[digit] += 1
                nextBits[target] = bits[position]
                nextOrder[target] = order[position]
            }
            swap(&bits, &nextBits)
            swap(&order, &nextOrder)
        }
        return order
    }

    /// Whether two scores tie under a tolerance (0: only when exactly equal).
    public static func tied(_ x: Double, _ y: Double, tolerance: Double) -> Bool {
        x == y || abs(x - y) <= tolerance * Swift.max(1, abs(x), abs(y))
    }

    /// Whether two of this ranking's values tie under its rule.
    public func tied(_ x: Double, _ y: Double) -> Bool { Self.tied(x, y, tolerance: tieTolerance) }
}
