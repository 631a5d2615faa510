/// A method's result: a score per alternative, the ranks they imply, and the intermediate values a report shows.
public struct Ranking: Hashable, Sendable, Codable {
    public var method: MethodName
    /// Every choice the method made, by name: normalisation, v, preference functions, weight scaling.
    public var parameters: [String: String]
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
    public var notes: [String]

    /// Scores closer than this (relative to their size) count as tied, so that 0.1 + 0.2 ties 0.3.
    public static let tieTolerance = 1e-9

    public init(
        method: MethodName, parameters: [String: String] = [:], alternatives: [String], scores: [Double],
        higherIsBetter: Bool = true, details: [String: [Double]] = [:], notes: [String] = []
    ) {
        self.method = method
        self.parameters = parameters
        self.alternatives = alternatives
        self.scores = scores
        self.higherIsBetter = higherIsBetter
        self.details = details
        self.notes = notes
        (ranks, order) = Self.competitionRanks(scores, higherIsBetter: higherIsBetter)
    }

    /// Competition ranking with a relative tolerance; stable in input order.
    public static func competitionRanks(_ scores: [Double], higherIsBetter: Bool) -> (ranks: [Int], order: [Int]) {
        let order = scores.indices.sorted { a, b in
            let (x, y) = (scores[a], scores[b])
            if tied(x, y) { return a < b }
            return higherIsBetter ? x > y : x < y
        }
        var ranks = [Int](repeating: 0, count: scores.count)
        for (position, index) in order.enumerated() {
            if position > 0, tied(scores[order[position - 1]], scores[index]) {
                ranks[index] = ranks[order[position - 1]]
            } else {
                ranks[index] = position + 1
            }
        }
        return (ranks, order)
    }

    static func tied(_ x: Double, _ y: Double) -> Bool {
        abs(x - y) <= tieTolerance * Swift.max(1, abs(x), abs(y))
    }
}
