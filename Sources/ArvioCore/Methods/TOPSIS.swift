/// TOPSIS (Hwang & Yoon 1981, `hwang1981multiple`): closeness `d⁻ / (d⁺ + d⁻)` to the ideal after normalisation and
/// weighting, with Euclidean distances. `details`: "idealDistance", "antiIdealDistance".
///
/// The ideal takes each criterion's best value (maximum for benefit, minimum for cost) and the anti-ideal the worst.
/// When every alternative is identical, each closeness is 0.5 and a note says so.
/// - Throws: ``ScoringError/Reason/allZeroCriterion(_:)`` when vector normalisation meets an all-zero column.
/// - Complexity: O(*m* × *n*).
public struct TOPSIS: ScoringMethod {
    public var normalization: Normalization

    public init(normalization: Normalization = .vector) {
        self.normalization = normalization
    }

    public var name: MethodName { .topsis }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let m = matrix.rowCount, n = matrix.columnCount
        let weights = matrix.normalizedWeights
        // Step 1 (normalise) and step 2 (weight).
        var v = try normalization.normalized(matrix)
        for i in 0..<m { for j in 0..<n { v[i * n + j] *= weights[j] } }
        // Step 3: ideal and anti-ideal. Vector normalisation keeps cost columns' orientation; the others flip them.
        var ideal = [Double](repeating: 0, count: n), antiIdeal = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var low = Double.infinity, high = -Double.infinity
            for i in 0..<m {
                low = min(low, v[i * n + j])
                high = max(high, v[i * n + j])
            }
            let costOriented = normalization == .vector && matrix.criteria[j].direction == .cost
            (ideal[j], antiIdeal[j]) = costOriented ? (low, high) : (high, low)
        }
        // Steps 4–5: distances and closeness.
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m)
        var closeness = [Double](repeating: 0, count: m)
        var notes: [String] = []
        for i in 0..<m {
            var dPlus = 0.0, dMinus = 0.0
            for j in 0..<n {
                let x = v[i * n + j]
                dPlus += (x - ideal[j]) * (x - ideal[j])
                dMinus += (x - antiIdeal[j]) * (x - antiIdeal[j])
            }
            plus[i] = dPlus.squareRoot()
            minus[i] = dMinus.squareRoot()
            let total = plus[i] + minus[i]
            closeness[i] = total > 0 ? minus[i] / total : 0.5
        }
        if plus.allSatisfy({ $0 == 0 }) { notes.append("every alternative is identical; each closeness is 0.5") }
        return Ranking(
            method: name, parameters: ["normalization": normalization.rawValue, "distance": "euclidean", "weights": "scaled to sum to 1"],
            alternatives: matrix.alternatives, scores: closeness,
            details: ["idealDistance": plus, "antiIdealDistance": minus], notes: notes)
    }
}
