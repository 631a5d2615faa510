import RealModule

/// The weighted sum, or additive value model (Fishburn 1967, `fishburn1967additive`): `Σ wⱼ · rᵢⱼ` over normalised
/// values `r`, with weights scaled to sum to 1. Compensatory: a weakness on one criterion can be made up on another.
/// - Complexity: O(*m* × *n*).
public struct WeightedSum: ScoringMethod {
    public var normalization: Normalization

    public init(normalization: Normalization = .minMax) {
        self.normalization = normalization
    }

    public var name: MethodName { .weightedSum }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let n = matrix.columnCount
        let weights = matrix.normalizedWeights
        // Vector normalisation keeps a cost column's orientation; the additive model needs "more is better".
        let normalized = try normalization.normalized(matrix)
        var scores = [Double](repeating: 0, count: matrix.rowCount)
        for i in 0..<matrix.rowCount {
            var total = 0.0
            for j in 0..<n {
                let r = normalized[i * n + j]
                total += weights[j] * (normalization == .vector && matrix.criteria[j].direction == .cost ? -r : r)
            }
            scores[i] = total
        }
        var notes: [String] = []
        if normalization == .minMax {
            for criterion in matrix.criteria.indices where Set(matrix.column(criterion)).count == 1 {
                notes.append("'\(matrix.criteria[criterion].id)' is the same for every alternative and does not discriminate")
            }
        }
        return Ranking(
            method: name, parameters: ["normalization": normalization.rawValue, "weights": "scaled to sum to 1"],
            alternatives: matrix.alternatives, scores: scores, notes: notes)
    }
}

/// The weighted product (Bridgman 1922; Miller & Starr 1969, `miller1969executive`): `Π xᵢⱼ^wⱼ` for benefit
/// criteria and `xᵢⱼ^−wⱼ` for cost criteria, with weights scaled to sum to 1. Ratios of scores compare two
/// alternatives independently of each criterion's unit, so no normalisation is needed. Computed in log space.
/// - Throws: ``ScoringError/Reason/notPositive(alternative:criterion:value:)`` for a zero or negative value.
/// - Complexity: O(*m* × *n*).
public struct WeightedProduct: ScoringMethod {
    public init() {}

    public var name: MethodName { .weightedProduct }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let n = matrix.columnCount
        let weights = matrix.normalizedWeights
        var logScores = [Double](repeating: 0, count: matrix.rowCount)
        for i in 0..<matrix.rowCount {
            var total = 0.0
            for j in 0..<n {
                try Normalization.requirePositive(matrix, row: i, column: j)
                let sign = matrix.criteria[j].direction == .benefit ? 1.0 : -1.0
                total += sign * weights[j] * .log(matrix[i, j])
            }
            logScores[i] = total
        }
        return Ranking(
            method: name, parameters: ["normalization": "none (ratio scale)", "weights": "scaled to sum to 1"],
            alternatives: matrix.alternatives, scores: logScores.map { .exp($0) }, details: ["logScore": logScores])
    }
}
