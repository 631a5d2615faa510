import RealModule

/// Weights computed from the data rather than from judgements. Both ignore the decision maker's priorities, so the
/// report presents them as a comparison, not as the model's weights.
public enum ObjectiveWeights {
    /// Shannon entropy weights (Shannon 1948; in MCDM, Zeleny 1982): `p = x / Σx` per criterion, entropy
    /// `E = −Σ p ln p / ln m` (with 0 · ln 0 = 0), weights proportional to `1 − E`. Needs non-negative values.
    /// - Throws: ``WeightingError`` for a column whose values are all equal (no information).
    public static func entropy(_ matrix: DecisionMatrix) throws(WeightingError) -> [Double] {
        let m = matrix.rowCount
        guard m > 1 else { throw WeightingError(.empty) }
        var divergence = [Double](repeating: 0, count: matrix.columnCount)
        for j in 0..<matrix.columnCount {
            let column = matrix.column(j)
            let total = column.reduce(0, +)
            guard total > 0, column.allSatisfy({ $0 >= 0 }) else { throw WeightingError(.constantColumn(matrix.criteria[j].id)) }
            var entropy = 0.0
            for value in column where value > 0 {
                let p = value / total
                entropy -= p * .log(p)
            }
            divergence[j] = 1 - entropy / .log(Double(m))
        }
        let sum = divergence.reduce(0, +)
        guard sum > 0 else { throw WeightingError(.constantColumn(matrix.criteria.map(\.id).joined(separator: ", "))) }
        return divergence.map { $0 / sum }
    }

    /// CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): each criterion's contrast (sample standard deviation of its
    /// min-max normalised values, turned to "more is better") times its conflict with the others (Σ 1 − Pearson r).
    /// - Throws: ``WeightingError`` for a constant column (no contrast, undefined correlation).
    public static func critic(_ matrix: DecisionMatrix) throws(WeightingError) -> [Double] {
        let m = matrix.rowCount, n = matrix.columnCount
        guard m > 2 else { throw WeightingError(.empty) }
        var columns: [[Double]] = []
        for j in 0..<n {
            let column = matrix.column(j)
            let (low, high) = (column.min() ?? 0, column.max() ?? 0)
            guard high > low else { throw WeightingError(.constantColumn(matrix.criteria[j].id)) }
            columns.append(column.map { matrix.criteria[j].direction == .benefit ? ($0 - low) / (high - low) : (high - $0) / (high - low) })
        }
        let means = columns.map { $0.reduce(0, +) / Double(m) }
        let deviations = columns.indices.map { j in
            (columns[j].reduce(0) { $0 + ($1 - means[j]) * ($1 - means[j]) } / Double(m - 1)).squareRoot()
        }
        var information = [Double](repeating: 0, count: n)
        for j in 0..<n {
            var conflict = 0.0
            for k in 0..<n where k != j {
                var covariance = 0.0
                for i in 0..<m { covariance += (columns[j][i] - means[j]) * (columns[k][i] - means[k]) }
                let correlation = covariance / Double(m - 1) / (deviations[j] * deviations[k])
                conflict += 1 - correlation
            }
            information[j] = deviations[j] * conflict
        }
        let total = information.reduce(0, +)
        return information.map { $0 / total }
    }
}
