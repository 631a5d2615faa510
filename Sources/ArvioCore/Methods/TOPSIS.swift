/// TOPSIS (Hwang & Yoon 1981, `hwang1981multiple`): closeness `d⁻ / (d⁺ + d⁻)` to the ideal after normalisation and
/// weighting, with Euclidean distances. `details`: "idealDistance", "antiIdealDistance".
///
/// The ideal takes each criterion's best weighted normalised value (maximum for benefit, minimum for cost under vector
/// normalisation; the other normalisations already make more better) and the anti-ideal the worst. When every
/// alternative is identical, each closeness is 0.5 and a note says so.
/// - Throws: ``ScoringError/Reason/allZeroCriterion(_:)`` when vector normalisation meets an all-zero column.
/// - Complexity: O(*m* × *n*): a statistics pass and a distance pass, no copy of the matrix.
public struct TOPSIS: ScoringMethod {
    public var normalization: Normalization

    public init(normalization: Normalization = .vector) {
        self.normalization = normalization
    }

    public var name: MethodName { .topsis }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let (closeness, plus, minus) = try closeness(of: matrix)
        try requireFinite(closeness + plus + minus)
        var notes: [RankingNote] = []
        if plus.allSatisfy({ $0 == 0 }) { notes.append(.everyAlternativeIdentical) }
        return Ranking(
            method: name, parameters: [.normalization(normalization), .euclideanDistance, .weightsScaledToSumOne],
            alternatives: matrix.alternatives, scores: closeness,
            details: ["idealDistance": plus, "antiIdealDistance": minus], notes: notes)
    }

    /// The closeness and both distances alone, without ranks.
    public func closeness(of matrix: DecisionMatrix) throws(ScoringError) -> (closeness: [Double], ideal: [Double], antiIdeal: [Double]) {
        let m = matrix.rowCount, n = matrix.columnCount
        let weights = matrix.normalizedWeights
        let statistics = ColumnStatistics(matrix)
        // Steps 1–2: normalise and weight, as one transform per column: v = w · r(x).
        let transforms = try normalization.transforms(matrix, statistics: statistics).enumerated().map { j, transform -> ColumnTransform in
            switch transform {
            case .affine(let scale, let offset): .affine(scale: weights[j] * scale, offset: weights[j] * offset)
            case .reciprocal(let scale): .reciprocal(scale: weights[j] * scale)
            }
        }
        // Step 3: ideal and anti-ideal from each column's bounds (every transform is monotone).
        var ideal = [Double](repeating: 0, count: n), antiIdeal = [Double](repeating: 0, count: n)
        for j in 0..<n {
            let (low, high) = transforms[j].range(low: statistics.minimum[j], high: statistics.maximum[j])
            let costOriented = !normalization.orientsCost && matrix.criteria[j].direction == .cost
            (ideal[j], antiIdeal[j]) = costOriented ? (low, high) : (high, low)
        }
        // Steps 4–5: distances and closeness, one pass over the rows.
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m)
        var closeness = [Double](repeating: 0, count: m)
        var affine = true
        var scales = [Double](repeating: 0, count: n), offsets = [Double](repeating: 0, count: n)
        for (j, transform) in transforms.enumerated() {
            if case .affine(let scale, let offset) = transform {
                (scales[j], offsets[j]) = (scale, offset)
            } else {
                affine = false
            }
        }
        if affine {
            (plus, minus) = ColumnStatistics.rowSquaredDistances(matrix, scales: scales, offsets: offsets, to: ideal, and: antiIdeal)
        } else {
            for i in 0..<m {
                for j in 0..<n {
                    let v = transforms[j].apply(matrix[i, j])
                    plus[i] += (v - ideal[j]) * (v - ideal[j])
                    minus[i] += (v - antiIdeal[j]) * (v - antiIdeal[j])
                }
            }
        }
        for i in 0..<m {
            plus[i] = plus[i].squareRoot()
            minus[i] = minus[i].squareRoot()
            let total = plus[i] + minus[i]
            closeness[i] = total > 0 ? minus[i] / total : 0.5
        }
        return (closeness, plus, minus)
    }
}
