import RealModule

/// Several people's pairwise comparisons of the same items combined into the group's weights, by either of the two
/// rules of Forman & Peniwati (1998), named in every output:
/// - **AIJ**, aggregation of individual judgements (Aczél & Saaty 1983): each judgement of the group matrix is the
///   weighted geometric mean of everyone's, and the group's weights and consistency are the group matrix's;
/// - **AIP**, aggregation of individual priorities: everyone's weights are computed first, and the group's are their
///   weighted geometric mean, scaled to sum to 1.
///
/// A person's importance (TransparentChoice's "vote strength") weights their part; 0 means heard but not counted.
public struct AHPGroup: Sendable {
    public enum Aggregation: String, Hashable, Sendable, CaseIterable, Codable {
        case judgements, priorities

        /// The rule's usual abbreviation, for outputs.
        public var abbreviation: String { self == .judgements ? "AIJ" : "AIP" }
    }

    public struct Result: Hashable, Sendable, Codable {
        public var aggregation: Aggregation
        /// Everyone's importance, scaled to sum to 1.
        public var importance: [Double]
        /// Each person's own weights and consistency, in the first person's order of items.
        public var individuals: [AHP.Result]
        /// The group's weights; under AIJ with the group matrix's consistency (under AIP there is no group matrix).
        public var group: AHP.Result?
        public var weights: [Double]
        public var ids: [String]
    }

    /// Everyone's comparisons, reordered to the first person's order of items.
    public let people: [AHP]
    public let importance: [Double]

    /// - Parameter importance: one non-negative number per person, at least one above 0; equal when nil.
    /// - Throws: ``WeightingError`` when someone compares other items or an importance is not usable.
    public init(_ people: [AHP], importance: [Double]? = nil) throws(WeightingError) {
        guard let first = people.first else { throw WeightingError(.empty) }
        var ordered: [AHP] = []
        for (index, person) in people.enumerated() {
            guard let matched = try person.reordered(to: first.ids) else {
                throw WeightingError(.differentItems(person: index + 1, expected: first.ids, found: person.ids))
            }
            ordered.append(matched)
        }
        let given = importance ?? Array(repeating: 1, count: people.count)
        for (index, value) in given.enumerated() where !(value >= 0 && value.isFinite) {
            throw WeightingError(.importance(person: index + 1, value: value))
        }
        let total = given.reduce(0, +)
        guard given.count == people.count, total > 0 else { throw WeightingError(.importance(person: nil, value: total)) }
        self.people = ordered
        self.importance = given.map { $0 / total }
    }

    /// The group matrix of AIJ: every judgement the importance-weighted geometric mean of everyone's (reciprocal again,
    /// since the geometric mean of reciprocals is the reciprocal of the geometric mean).
    public func groupJudgements() throws(WeightingError) -> AHP {
        let n = people[0].ids.count
        let judgements = (0..<n).map { i in
            (0..<n).map { j in
                i == j ? 1 : Double.exp(zip(people, importance).reduce(0) { $0 + $1.1 * Double.log($1.0.judgements[i][j]) })
            }
        }
        return try AHP(ids: people[0].ids, judgements: judgements)
    }

    public func result(
        _ aggregation: Aggregation, prioritization: AHP.Prioritization = .eigenvector, table: AHP.RandomIndexTable = .saaty1980
    ) throws(WeightingError) -> Result {
        var individuals: [AHP.Result] = []
        for person in people { individuals.append(try person.priorities(prioritization, table: table)) }
        let ids = people[0].ids
        switch aggregation {
        case .judgements:
            let group = try groupJudgements().priorities(prioritization, table: table)
            return Result(
                aggregation: aggregation, importance: importance, individuals: individuals, group: group, weights: group.weights, ids: ids)
        case .priorities:
            let means = ids.indices.map { k in
                Double.exp(zip(individuals, importance).reduce(0) { $0 + $1.1 * Double.log($1.0.weights[k]) })
            }
            let total = means.reduce(0, +)
            return Result(
                aggregation: aggregation, importance: importance, individuals: individuals, group: nil,
                weights: means.map { $0 / total }, ids: ids)
        }
    }
}

extension AHP {
    /// The same judgements with the items in the order `ids` gives; nil when `ids` are not exactly this matrix's items.
    public func reordered(to ids: [String]) throws(WeightingError) -> AHP? {
        guard Set(ids) == Set(self.ids), ids.count == self.ids.count else { return nil }
        let position = Dictionary(uniqueKeysWithValues: self.ids.enumerated().map { ($1, $0) })
        let order = ids.map { position[$0]! }
        return try AHP(ids: ids, judgements: order.map { i in order.map { j in judgements[i][j] } })
    }
}
