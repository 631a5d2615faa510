/// AHP synthesis in ratings mode (Saaty 1990, `saaty1990make`; Saaty 2006): each criterion is rated on intensity
/// levels whose priorities are idealised (the top level has priority 1), and an alternative's score is
/// `Σ wⱼ · priority(levelᵢⱼ)` with weights scaled to sum to 1. Absolute measurement: adding or removing an alternative
/// never changes another's score, so there is no rank reversal.
///
/// Levels are the scale's points 0…L. A value between two levels (an aggregated median such as 3.5) takes the
/// linearly interpolated priority. By default the priorities are linear (level / L); ``init(levelPriorities:)`` takes
/// priorities derived, for example, from a pairwise comparison of the levels with ``AHP``.
/// - Throws: ``ScoringError/Reason/parameterOutOfRange(name:value:range:)`` for a value outside 0…L.
/// - Complexity: O(*m* × *n*).
public struct AHPRatings: ScoringMethod {
    /// Priority of each level 0…L, idealised so that the largest is 1.
    public var levelPriorities: [Double]

    /// Linear priorities for a 0…`topLevel` scale (0–5 by default, as the criteria library's scale).
    public init(topLevel: Int = 5) {
        levelPriorities = (0...max(topLevel, 1)).map { Double($0) / Double(max(topLevel, 1)) }
    }

    /// Priorities per level 0…L, in any positive units; they are idealised by the largest.
    public init(levelPriorities: [Double]) {
        let top = levelPriorities.max() ?? 1
        self.levelPriorities = levelPriorities.map { top > 0 ? $0 / top : 0 }
    }

    public var name: MethodName { .ahpRatings }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let weights = matrix.normalizedWeights
        let top = Double(levelPriorities.count - 1)
        var scores = [Double](repeating: 0, count: matrix.rowCount)
        for i in 0..<matrix.rowCount {
            for j in 0..<matrix.columnCount {
                let value = matrix[i, j]
                guard value >= 0, value <= top else {
                    throw ScoringError(
                        at: matrix.rowOrigins.indices.contains(i) ? matrix.rowOrigins[i] : matrix.criteria[j].origin,
                        .parameterOutOfRange(
                            name: "'\(matrix.alternatives[i])' on '\(matrix.criteria[j].id)'", value: value, range: 0...top))
                }
                // A cost criterion's best level is its lowest.
                let level = matrix.criteria[j].direction == .benefit ? value : top - value
                let lower = Int(level.rounded(.down)), upper = min(lower + 1, levelPriorities.count - 1)
                let fraction = level - Double(lower)
                let priority = levelPriorities[lower] + fraction * (levelPriorities[upper] - levelPriorities[lower])
                scores[i] += weights[j] * priority
            }
        }
        try requireFinite(scores)
        return Ranking(
            method: name, parameters: [.levelPriorities(levelPriorities), .weightsScaledToSumOne],
            alternatives: matrix.alternatives, scores: scores)
    }
}
