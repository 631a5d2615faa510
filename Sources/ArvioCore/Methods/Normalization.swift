/// How a method turns each criterion's values into comparable numbers. Every method names the one it uses.
public enum Normalization: String, Hashable, Sendable, CaseIterable, Codable {
    /// `x / √Σx²` (Hwang & Yoon 1981); a cost criterion keeps its orientation and the method handles it (TOPSIS takes
    /// its minimum as ideal; the weighted sum subtracts it).
    case vector
    /// `(x − min) / (max − min)` for benefit, `(max − x) / (max − min)` for cost; a constant column becomes 0.
    case minMax = "min-max"
    /// `x / max` for benefit, `min / x` for cost (linear scale transformation, Hwang & Yoon 1981).
    case max
    /// `x / Σx` for benefit, `(1/x) / Σ(1/x)` for cost.
    case sum

    /// True when cost columns are turned into "more is better" by the normalisation itself.
    public var orientsCost: Bool { self != .vector }

    /// Each criterion's transform, from the matrix's statistics; values are never copied.
    /// - Throws: ``ScoringError`` when a column cannot be normalised (all zero, or zero/negative where a ratio is needed).
    public func transforms(_ matrix: DecisionMatrix, statistics: ColumnStatistics) throws(ScoringError) -> [ColumnTransform] {
        var result: [ColumnTransform] = []
        result.reserveCapacity(matrix.columnCount)
        for j in 0..<matrix.columnCount {
            let criterion = matrix.criteria[j]
            let (low, high) = (statistics.minimum[j], statistics.maximum[j])
            let benefit = criterion.direction == .benefit
            switch self {
            case .vector:
                let length = statistics.sumOfSquares[j].squareRoot()
                guard length > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                result.append(.affine(scale: 1 / length, offset: 0))
            case .minMax:
                let range = high - low
                if range == 0 {
                    result.append(.affine(scale: 0, offset: 0))
                } else {
                    result.append(
                        benefit ? .affine(scale: 1 / range, offset: -low / range) : .affine(scale: -1 / range, offset: high / range))
                }
            case .max:
                if benefit {
                    guard high > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                    result.append(.affine(scale: 1 / high, offset: 0))
                } else {
                    try Self.requirePositive(matrix, column: j, low: low)
                    result.append(.reciprocal(scale: low))
                }
            case .sum:
                if benefit {
                    guard statistics.sum[j] > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                    result.append(.affine(scale: 1 / statistics.sum[j], offset: 0))
                } else {
                    try Self.requirePositive(matrix, column: j, low: low)
                    var reciprocalSum = 0.0
                    for i in 0..<matrix.rowCount { reciprocalSum += 1 / matrix[i, j] }
                    result.append(.reciprocal(scale: 1 / reciprocalSum))
                }
            }
        }
        return result
    }

    static func requirePositive(_ matrix: DecisionMatrix, column: Int, low: Double) throws(ScoringError) {
        guard low <= 0 else { return }
        let row = (0..<matrix.rowCount).first { matrix[$0, column] <= 0 } ?? 0
        try requirePositive(matrix, row: row, column: column)
    }

    static func requirePositive(_ matrix: DecisionMatrix, row: Int, column: Int) throws(ScoringError) {
        let value = matrix[row, column]
        guard value > 0 else {
            throw ScoringError(
                at: matrix.rowOrigins.indices.contains(row) ? matrix.rowOrigins[row] : matrix.criteria[column].origin,
                .notPositive(alternative: matrix.alternatives[row], criterion: matrix.criteria[column].id, value: value))
        }
    }
}
