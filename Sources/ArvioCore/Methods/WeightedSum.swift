import RealModule

/// The weighted sum, or additive value model (Fishburn 1967, `fishburn1967additive`): `Σ wⱼ · rᵢⱼ` over normalised
/// values `r`, with weights scaled to sum to 1. Compensatory: a weakness on one criterion can be made up on another.
/// With vector normalisation a cost criterion's term is subtracted.
/// - Complexity: O(*m* × *n*): one pass for column statistics, one for the scores; no copy of the matrix.
public struct WeightedSum: ScoringMethod {
    public var normalization: Normalization

    public init(normalization: Normalization = .minMax) {
        self.normalization = normalization
    }

    public var name: MethodName { .weightedSum }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let statistics = ColumnStatistics(matrix)
        let scores = try scores(of: matrix, statistics: statistics)
        try requireFinite(scores)
        var notes: [RankingNote] = []
        if normalization == .minMax {
            for j in 0..<matrix.columnCount where statistics.isConstant(j) {
                notes.append(.doesNotDiscriminate(criterion: matrix.criteria[j].id))
            }
        }
        return Ranking(
            method: name, parameters: [.normalization(normalization), .weightsScaledToSumOne],
            alternatives: matrix.alternatives, scores: scores, notes: notes)
    }

    /// The scores alone, without ranks: one statistics pass and one SIMD dot product per row.
    public func scores(of matrix: DecisionMatrix, statistics: ColumnStatistics? = nil) throws(ScoringError) -> [Double] {
        let n = matrix.columnCount, m = matrix.rowCount
        let weights = matrix.normalizedWeights
        let statistics = statistics ?? ColumnStatistics(matrix)
        let transforms = try normalization.transforms(matrix, statistics: statistics)
        // Affine columns fold into one dot product per row: Σ (w·s)·x + Σ w·o. Reciprocal columns are summed apart.
        var linear = [Double](repeating: 0, count: n)
        var constant = 0.0
        var reciprocal: [(column: Int, coefficient: Double)] = []
        for j in 0..<n {
            let sign = !normalization.orientsCost && matrix.criteria[j].direction == .cost ? -1.0 : 1.0
            switch transforms[j] {
            case .affine(let scale, let offset):
                linear[j] = sign * weights[j] * scale
                constant += sign * weights[j] * offset
            case .reciprocal(let scale):
                reciprocal.append((j, sign * weights[j] * scale))
            }
        }
        var scores = ColumnStatistics.rowDotProducts(matrix, linear)
        for i in 0..<m {
            scores[i] += constant
            for (column, coefficient) in reciprocal { scores[i] += coefficient / matrix[i, column] }
        }
        return scores
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
        let statistics = ColumnStatistics(matrix)
        for j in 0..<n { try Normalization.requirePositive(matrix, column: j, low: statistics.minimum[j]) }
        let exponents = (0..<n).map { matrix.criteria[$0].direction == .benefit ? weights[$0] : -weights[$0] }
        var logScores = [Double](repeating: 0, count: matrix.rowCount)
        for i in 0..<matrix.rowCount {
            var total = 0.0
            for j in 0..<n { total += exponents[j] * .log(matrix[i, j]) }
            logScores[i] = total
        }
        try requireFinite(logScores)
        return Ranking(
            method: name, parameters: [.ratioScale, .weightsScaledToSumOne],
            alternatives: matrix.alternatives, scores: logScores.map { .exp($0) }, details: ["logScore": logScores])
    }
}
