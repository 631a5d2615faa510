/// A set of criteria whose weights move together: an area of the criteria tree, or one criterion of a flat matrix.
public struct WeightGroup: Hashable, Sendable, Codable {
    public var id: String
    /// Column indexes in the decision matrix.
    public var columns: [Int]

    public init(id: String, columns: [Int]) {
        self.id = id
        self.columns = columns
    }

    /// One group per criterion: a flat matrix, where every weight is its own parameter.
    public static func flat(_ matrix: DecisionMatrix) -> [WeightGroup] {
        matrix.criteria.enumerated().map { WeightGroup(id: $0.element.id, columns: [$0.offset]) }
    }

    /// Criteria grouped by a key (their area), groups in order of first appearance.
    public static func grouping(_ matrix: DecisionMatrix, by key: (String) -> String) -> [WeightGroup] {
        var groups: [WeightGroup] = []
        var index: [String: Int] = [:]
        for (j, criterion) in matrix.criteria.enumerated() {
            let id = key(criterion.id)
            if let k = index[id] {
                groups[k].columns.append(j)
            } else {
                index[id] = groups.count
                groups.append(WeightGroup(id: id, columns: [j]))
            }
        }
        return groups
    }
}

/// The weighted sum seen as a function of its weights: `score(i) = Σⱼ wⱼ · vᵢⱼ` with `vᵢⱼ` the normalised, signed
/// value of alternative `i` on criterion `j` (exactly the terms ``WeightedSum`` adds) and `w` the weights scaled to
/// sum to 1. Weights form groups (areas); a group's weight is the sum of its criteria's weights, and each criterion's
/// local weight is its share of that. Sensitivity analysis moves these weights; the values stay fixed.
public struct AdditiveModel: Hashable, Sendable {
    public let alternatives: [String]
    public let criteria: [String]
    /// Row-major `m × n` values `vᵢⱼ`.
    public let values: [Double]
    /// The weights, scaled to sum to 1.
    public let weights: [Double]
    public let groups: [WeightGroup]
    public let normalization: Normalization

    /// - Precondition: the groups cover every criterion exactly once (callers build them with ``WeightGroup``).
    /// - Throws: ``ScoringError`` when the normalisation cannot take the matrix.
    public init(_ matrix: DecisionMatrix, normalization: Normalization = .minMax, groups: [WeightGroup]? = nil)
        throws(ScoringError)
    {
        let groups = groups ?? WeightGroup.flat(matrix)
        let n = matrix.columnCount, m = matrix.rowCount
        let covered = groups.flatMap(\.columns).sorted()
        precondition(covered == Array(0..<n) && groups.allSatisfy { !$0.columns.isEmpty }, "groups must partition the criteria")
        let transforms = try normalization.transforms(matrix, statistics: ColumnStatistics(matrix))
        var values = [Double](repeating: 0, count: m * n)
        for j in 0..<n {
            let sign = !normalization.orientsCost && matrix.criteria[j].direction == .cost ? -1.0 : 1.0
            for i in 0..<m { values[i * n + j] = sign * transforms[j].apply(matrix[i, j]) }
        }
        self.init(
            alternatives: matrix.alternatives, criteria: matrix.criteria.map(\.id), values: values,
            weights: matrix.normalizedWeights, groups: groups, normalization: normalization)
    }

    init(
        alternatives: [String], criteria: [String], values: [Double], weights: [Double], groups: [WeightGroup],
        normalization: Normalization
    ) {
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
        self.weights = weights
        self.groups = groups
        self.normalization = normalization
    }

    /// The same model under other weights, scaled to sum to 1: the values do not depend on the weights, so nothing is
    /// normalised again (a what-if asks this for every new set of weights).
    /// - Precondition: as many weights as criteria, none negative, their sum positive and finite.
    public func reweighted(_ weights: [Double]) -> AdditiveModel {
        let total = weights.reduce(0, +)
        precondition(
            weights.count == columnCount && weights.allSatisfy { $0 >= 0 } && total > 0 && total.isFinite, "weights must be a direction")
        return AdditiveModel(
            alternatives: alternatives, criteria: criteria, values: values, weights: weights.map { $0 / total }, groups: groups,
            normalization: normalization)
    }

    public var rowCount: Int { alternatives.count }
    public var columnCount: Int { criteria.count }

    /// Each group's weight: the sum of its criteria's weights.
    public var groupWeights: [Double] { groups.map { $0.columns.reduce(0) { $0 + weights[$1] } } }

    /// Each criterion's share of its group's weight; equal shares in a group whose weight is zero.
    public var localWeights: [Double] {
        var local = [Double](repeating: 0, count: columnCount)
        for group in groups {
            let total = group.columns.reduce(0) { $0 + weights[$1] }
            for j in group.columns { local[j] = total > 0 ? weights[j] / total : 1 / Double(group.columns.count) }
        }
        return local
    }

    /// `Σⱼ wⱼ · vᵢⱼ` for every alternative.
    public func scores(weights: [Double]? = nil) -> [Double] {
        let w = weights ?? self.weights
        let n = columnCount
        return (0..<rowCount).map { i in (0..<n).reduce(0) { $0 + w[$1] * values[i * n + $1] } }
    }

    /// `m × G`, row-major: each alternative's value on each group, its criteria combined with their local weights.
    /// The score under group weights `W` is then `Σ_g W_g · u_ig`.
    public var groupValues: [Double] {
        let local = localWeights
        let n = columnCount, g = groups.count
        var result = [Double](repeating: 0, count: rowCount * g)
        for i in 0..<rowCount {
            for (k, group) in groups.enumerated() {
                result[i * g + k] = group.columns.reduce(0) { $0 + local[$1] * values[i * n + $1] }
            }
        }
        return result
    }
}
