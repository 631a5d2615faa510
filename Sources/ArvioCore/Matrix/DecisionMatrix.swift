/// Whether more of a criterion is better (benefit) or worse (cost).
public enum Direction: String, Hashable, Sendable, CaseIterable, Codable {
    case benefit, cost
}

/// A criterion as a method sees it: a column with a weight, a direction and, for PROMETHEE, a preference function.
public struct MatrixCriterion: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var weight: Double
    public var direction: Direction
    public var preference: PreferenceFunction
    /// The lowest and highest value the criterion's scale allows (0…5 for expert scores); nil when unknown. The scale
    /// normalisation needs it.
    public var scale: ClosedRange<Double>?
    public var origin: SourceLocation?

    public init(
        id: String, weight: Double, direction: Direction = .benefit, preference: PreferenceFunction = .usual,
        scale: ClosedRange<Double>? = nil, origin: SourceLocation? = nil
    ) {
        self.id = id
        self.weight = weight
        self.direction = direction
        self.preference = preference
        self.scale = scale
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, weight, direction, preference }
}

/// Alternatives × criteria performance values, stored row-major in one array so that a 100,000 × 50 matrix is one
/// contiguous block. Values are finite; weights are non-negative and not all zero.
public struct DecisionMatrix: Hashable, Sendable {
    public let alternatives: [String]
    public let criteria: [MatrixCriterion]
    /// Row-major: the value of alternative `i` on criterion `j` is `values[i * criteria.count + j]`.
    public let values: [Double]
    /// Where each alternative's row was read, when it came from a file.
    public let rowOrigins: [SourceLocation?]

    /// - Throws: ``ScoringError`` for an empty matrix, ragged rows, non-finite values, repeated names or unusable weights.
    public init(alternatives: [String], criteria: [MatrixCriterion], values rows: [[Double]], rowOrigins: [SourceLocation?] = [])
        throws(ScoringError)
    {
        for (index, row) in rows.enumerated() where row.count != criteria.count {
            throw ScoringError(
                at: rowOrigins.indices.contains(index) ? rowOrigins[index] : nil,
                .rowLength(
                    alternative: index < alternatives.count ? alternatives[index] : "#\(index + 1)", expected: criteria.count,
                    found: row.count))
        }
        try self.init(alternatives: alternatives, criteria: criteria, flatValues: rows.flatMap { $0 }, rowOrigins: rowOrigins)
    }

    /// The same from values already laid out row-major.
    public init(alternatives: [String], criteria: [MatrixCriterion], flatValues: [Double], rowOrigins: [SourceLocation?] = [])
        throws(ScoringError)
    {
        guard !alternatives.isEmpty else { throw ScoringError(.noAlternatives) }
        guard !criteria.isEmpty else { throw ScoringError(.noCriteria) }
        guard flatValues.count == alternatives.count * criteria.count else {
            throw ScoringError(
                .rowLength(alternative: alternatives.last ?? "", expected: criteria.count, found: flatValues.count % criteria.count))
        }
        var seen = Set<String>()
        for (index, name) in alternatives.enumerated() where !seen.insert(name).inserted {
            throw ScoringError(at: rowOrigins.indices.contains(index) ? rowOrigins[index] : nil, .duplicateAlternative(name))
        }
        seen = []
        for criterion in criteria {
            guard seen.insert(criterion.id).inserted else { throw ScoringError(at: criterion.origin, .duplicateCriterion(criterion.id)) }
            guard criterion.weight >= 0, criterion.weight.isFinite else {
                throw ScoringError(at: criterion.origin, .negativeWeight(criterion: criterion.id, weight: criterion.weight))
            }
            try criterion.preference.validate(criterion: criterion)
        }
        guard criteria.contains(where: { $0.weight > 0 }) else { throw ScoringError(.allWeightsZero) }
        let n = criteria.count
        for (index, value) in flatValues.enumerated() where !value.isFinite {
            let row = index / n
            throw ScoringError(
                at: rowOrigins.indices.contains(row) ? rowOrigins[row] : nil,
                .notFinite(alternative: alternatives[row], criterion: criteria[index % n].id))
        }
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = flatValues
        self.rowOrigins = rowOrigins
    }

    /// The same alternatives and criteria with other values that are known to be finite (a draw from the values the
    /// assessors gave); skips the checks the public initialisers make.
    func replacingValues(_ values: [Double]) -> DecisionMatrix {
        DecisionMatrix(unchecked: alternatives, criteria, values, rowOrigins)
    }

    private init(unchecked alternatives: [String], _ criteria: [MatrixCriterion], _ values: [Double], _ rowOrigins: [SourceLocation?]) {
        self.alternatives = alternatives
        self.criteria = criteria
        self.values = values
        self.rowOrigins = rowOrigins
    }

    public var rowCount: Int { alternatives.count }
    public var columnCount: Int { criteria.count }

    public subscript(row: Int, column: Int) -> Double { values[row * criteria.count + column] }

    /// The values of one criterion, top to bottom.
    public func column(_ j: Int) -> [Double] {
        let n = criteria.count
        return (0..<alternatives.count).map { values[$0 * n + j] }
    }

    /// The weights scaled to sum to 1. Every method uses these; the scaling is stated, never silent.
    /// When the sum overflows (weights near the largest double), the weights are divided by the largest first.
    public var normalizedWeights: [Double] {
        let total = criteria.reduce(0) { $0 + $1.weight }
        if total.isFinite { return criteria.map { $0.weight / total } }
        let largest = criteria.reduce(0) { Swift.max($0, $1.weight) }
        let scaledTotal = criteria.reduce(0) { $0 + $1.weight / largest }
        return criteria.map { $0.weight / largest / scaledTotal }
    }

    /// The same matrix with rows in another order (for property tests and the report).
    public func reordered(_ permutation: [Int]) throws(ScoringError) -> DecisionMatrix {
        let n = criteria.count
        var flat: [Double] = []
        flat.reserveCapacity(values.count)
        for row in permutation { flat += values[(row * n)..<(row * n + n)] }
        return try DecisionMatrix(
            alternatives: permutation.map { alternatives[$0] }, criteria: criteria, flatValues: flat,
            rowOrigins: rowOrigins.isEmpty ? [] : permutation.map { rowOrigins[$0] })
    }
}
