/// Why one alternative scores above another under an additive model: the difference of their scores split into each
/// criterion's weighted contribution `w_j · (v_aj − v_bj)`, and into each area's (the sum of its criteria's), largest
/// first, with the share of the difference each explains. The contributions sum to the difference exactly (up to
/// rounding), so a share is the contribution over the difference: shares sum to 100 %, a part that favours the second
/// alternative has a negative share, and a part can explain more than the whole when others pull the other way.
public struct HeadToHead: Hashable, Sendable {
    /// One criterion's or one area's part of the difference.
    public struct Part: Hashable, Sendable {
        public var id: String
        /// The area a criterion belongs to; nil for an area.
        public var area: String?
        /// The weight under which the part counts (a criterion's weight of the whole, an area's total).
        public var weight: Double
        /// The two alternatives' values (a criterion's normalised value; an area's value with its local weights).
        public var firstValue: Double
        public var secondValue: Double
        /// Its weighted contribution to `first`'s score minus `second`'s: positive favours `first`.
        public var contribution: Double
        /// `contribution / difference`; nil when the two score the same.
        public var share: Double?
    }

    public let first: String
    public let second: String
    public let scores: [Double]
    /// `first`'s score minus `second`'s.
    public let difference: Double
    public let areas: [Part]
    public let criteria: [Part]

    /// - Precondition: `first` and `second` are rows of `model`.
    public init(_ model: AdditiveModel, first a: Int, second b: Int) {
        precondition(model.alternatives.indices.contains(a) && model.alternatives.indices.contains(b), "alternatives of the model")
        let n = model.columnCount
        let weights = model.weights, local = model.localWeights, values = model.values
        let scores = model.scores()
        let difference = scores[a] - scores[b]
        let share = { (contribution: Double) -> Double? in difference == 0 ? nil : contribution / difference }
        var areaOf = [String?](repeating: nil, count: n)
        for group in model.groups { for j in group.columns { areaOf[j] = group.id } }
        let byContribution = { (x: Part, y: Part) in
            abs(x.contribution) != abs(y.contribution) ? abs(x.contribution) > abs(y.contribution) : x.id < y.id
        }
        let criteria = (0..<n).map { j in
            let contribution = weights[j] * (values[a * n + j] - values[b * n + j])
            return Part(
                id: model.criteria[j], area: areaOf[j], weight: weights[j], firstValue: values[a * n + j], secondValue: values[b * n + j],
                contribution: contribution, share: share(contribution))
        }
        let areas = model.groups.map { group in
            let contribution = group.columns.reduce(0) { $0 + criteria[$1].contribution }
            let inside = { (row: Int) in group.columns.reduce(0) { $0 + local[$1] * values[row * n + $1] } }
            return Part(
                id: group.id, area: nil, weight: group.columns.reduce(0) { $0 + weights[$1] }, firstValue: inside(a),
                secondValue: inside(b),
                contribution: contribution, share: share(contribution))
        }
        self.first = model.alternatives[a]
        self.second = model.alternatives[b]
        self.scores = [scores[a], scores[b]]
        self.difference = difference
        self.areas = areas.sorted(by: byContribution)
        self.criteria = criteria.sorted(by: byContribution)
    }
}
