/// How a method turns each criterion's values into comparable numbers. Every method names the one it uses.
public enum Normalization: String, Hashable, Sendable, CaseIterable, Codable {
    /// `x / √Σx²` (Hwang & Yoon 1981); a cost criterion is handled by the method (TOPSIS takes its minimum as ideal).
    case vector
    /// `(x − min) / (max − min)` for benefit, `(max − x) / (max − min)` for cost; a constant column becomes 0.
    case minMax = "min-max"
    /// `x / max` for benefit, `min / x` for cost (linear scale transformation, Hwang & Yoon 1981).
    case max
    /// `x / Σx` for benefit, `(1/x) / Σ(1/x)` for cost.
    case sum

    /// The normalised columns, row-major like the matrix. For vector normalisation, cost columns keep their
    /// orientation (the caller decides what is ideal); the other normalisations turn every column into "more is better".
    /// - Throws: ``ScoringError`` when a column cannot be normalised (all zero, or zero/negative where a ratio is needed).
    public func normalized(_ matrix: DecisionMatrix) throws(ScoringError) -> [Double] {
        let m = matrix.rowCount, n = matrix.columnCount
        var result = [Double](repeating: 0, count: m * n)
        for j in 0..<n {
            let criterion = matrix.criteria[j]
            let column = matrix.column(j)
            switch self {
            case .vector:
                let length = column.reduce(0) { $0 + $1 * $1 }.squareRoot()
                guard length > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                for i in 0..<m { result[i * n + j] = column[i] / length }
            case .minMax:
                let low = column.min() ?? 0, high = column.max() ?? 0
                let range = high - low
                for i in 0..<m {
                    guard range > 0 else { result[i * n + j] = 0; continue }
                    result[i * n + j] = criterion.direction == .benefit ? (column[i] - low) / range : (high - column[i]) / range
                }
            case .max:
                let low = column.min() ?? 0, high = column.max() ?? 0
                for i in 0..<m {
                    if criterion.direction == .benefit {
                        guard high > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                        result[i * n + j] = column[i] / high
                    } else {
                        try Self.requirePositive(matrix, row: i, column: j)
                        result[i * n + j] = low / column[i]
                    }
                }
            case .sum:
                if criterion.direction == .benefit {
                    let total = column.reduce(0, +)
                    guard total > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                    for i in 0..<m { result[i * n + j] = column[i] / total }
                } else {
                    for i in 0..<m { try Self.requirePositive(matrix, row: i, column: j) }
                    let total = column.reduce(0) { $0 + 1 / $1 }
                    for i in 0..<m { result[i * n + j] = (1 / column[i]) / total }
                }
            }
        }
        return result
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
