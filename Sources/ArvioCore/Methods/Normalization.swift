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
    /// `(x − low) / (high − low)` for benefit, `(high − x) / (high − low)` for cost, where low…high is the criterion's
    /// own scale (0…5 for expert scores), not the values present: absolute measurement, as in AHP ratings. A
    /// solution's value never depends on which other solutions are ranked, so adding or removing one cannot change
    /// the order of the others. The default for rounds.
    case scale
    /// The values as they are (`x`), for data already on one common scale; a cost criterion's term is subtracted.
    case none

    /// True when cost columns are turned into "more is better" by the normalisation itself.
    public var orientsCost: Bool { self != .vector && self != .none }

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
                let length = Self.euclideanLength(matrix, column: j, statistics: statistics)
                guard length > 0 else { throw ScoringError(at: criterion.origin, .allZeroCriterion(criterion.id)) }
                result.append(.affine(scale: 1 / length, offset: 0))
            case .scale:
                guard let scale = criterion.scale, scale.upperBound > scale.lowerBound else {
                    throw ScoringError(at: criterion.origin, .noScale(criterion.id))
                }
                if low < scale.lowerBound || high > scale.upperBound {
                    let row = (0..<matrix.rowCount).first { !scale.contains(matrix[$0, j]) } ?? 0
                    throw ScoringError(
                        at: matrix.rowOrigins.indices.contains(row) ? matrix.rowOrigins[row] : criterion.origin,
                        .outsideScale(
                            alternative: matrix.alternatives[row], criterion: criterion.id, value: matrix[row, j], low: scale.lowerBound,
                            high: scale.upperBound))
                }
                let span = scale.upperBound - scale.lowerBound
                result.append(
                    benefit
                        ? .affine(scale: 1 / span, offset: -scale.lowerBound / span)
                        : .affine(scale: -1 / span, offset: scale.upperBound / span))
            case .none:
                result.append(.affine(scale: 1, offset: 0))
            case .minMax:
                let range = high - low
                guard range.isFinite else { throw ScoringError(at: criterion.origin, .outOfComputableRange(criterion.id)) }
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
        for (j, transform) in result.enumerated() where !transform.isFinite {
            throw ScoringError(at: matrix.criteria[j].origin, .outOfComputableRange(matrix.criteria[j].id))
        }
        return result
    }

    /// `√Σx²` of one column without overflow or underflow: the statistics pass's sum of squares when the values are of
    /// ordinary size, else a second pass over the column scaled by its largest magnitude (as BLAS `nrm2` does).
    static func euclideanLength(_ matrix: DecisionMatrix, column j: Int, statistics: ColumnStatistics) -> Double {
        let largest = Swift.max(abs(statistics.minimum[j]), abs(statistics.maximum[j]))
        guard largest > 0 else { return 0 }
        if largest < 1e150, largest > 1e-150 { return statistics.sumOfSquares[j].squareRoot() }
        var sum = 0.0
        for i in 0..<matrix.rowCount {
            let scaled = matrix[i, j] / largest
            sum += scaled * scaled
        }
        return largest * sum.squareRoot()
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
