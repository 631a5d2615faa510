/// PROMETHEE II (Brans & Vincke 1985, `brans1985preference`): net outranking flows `φ = φ⁺ − φ⁻` with a preference
/// function per criterion and weights scaled to sum to 1 (stated in the parameters, never silent). Values may be
/// negative. `details`: "phiPlus", "phiMinus", "phi". ``partialRelation(_:_:in:)`` gives PROMETHEE I's partial order.
///
/// - Complexity: O(*m* · *n* · log *m*) time and O(*m* · *n*) memory for the usual, U-shape, V-shape, level and linear
///   functions: each criterion's flows come from its sorted values and prefix sums, never an *m* × *m* table. The
///   Gaussian function sums pairwise, O(*m*² · *n*) time, still O(*m*) extra memory.
public struct PROMETHEE: ScoringMethod {
    public init() {}

    public var name: MethodName { .prometheeII }

    public func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking {
        let m = matrix.rowCount
        let weights = matrix.normalizedWeights
        var plus = [Double](repeating: 0, count: m), minus = [Double](repeating: 0, count: m)
        for j in 0..<matrix.columnCount where weights[j] > 0 {
            // Orient every criterion so that more is better: a cost value's preference grows as it falls.
            let sign = matrix.criteria[j].direction == .benefit ? 1.0 : -1.0
            let column = matrix.column(j).map { $0 * sign }
            let (criterionPlus, criterionMinus) = Self.flows(of: column, preference: matrix.criteria[j].preference)
            for i in 0..<m {
                plus[i] += weights[j] * criterionPlus[i]
                minus[i] += weights[j] * criterionMinus[i]
            }
        }
        var notes: [RankingNote] = []
        let others = Double(max(m - 1, 1))
        if m == 1 { notes.append(.singleAlternative) }
        plus = plus.map { $0 / others }
        minus = minus.map { $0 / others }
        let net = zip(plus, minus).map { $0 - $1 }
        try requireFinite(net)
        let functions = matrix.criteria.map { RankingParameter.CriterionPreference(criterion: $0.id, function: $0.preference) }
        return Ranking(
            method: name,
            parameters: [.preferenceFunctions(functions), .thresholdTolerance(Self.thresholdTolerance), .weightsScaledToSumOne],
            alternatives: matrix.alternatives, scores: net, details: ["phiPlus": plus, "phiMinus": minus, "phi": net], notes: notes)
    }

    /// The rule for a difference that meets a threshold: a difference within this share of the criterion's largest
    /// magnitude of a threshold (q, p, or 0 for "any positive difference") counts as equal to it. Users type values
    /// and thresholds in decimal, which binary floating point cannot hold exactly: 1.1 − 0.6 is 0.5000000000000001,
    /// and without the rule a difference of exactly q "in decimal" would be a full preference. 1e-12 is thousands of
    /// units in the last place, and far below any difference a criterion's data can mean.
    public static let thresholdTolerance = 1e-12

    /// The absolute tolerance of one criterion: ``thresholdTolerance`` × its largest |value|.
    static func tolerance(of x: [Double]) -> Double {
        thresholdTolerance * x.reduce(0) { Swift.max($0, abs($1)) }
    }

    /// For one criterion, `Σ_b P(xₐ − x_b)` and `Σ_b P(x_b − xₐ)` for every alternative `a` (not yet divided by m − 1).
    ///
    /// Each pair's preference is decided once, from the one difference `xₐ − x_b` as computed, for both flows: the
    /// leaving flow of `a` and the entering flow of `b` count exactly the same pairs, so the net flows sum to zero.
    /// Sums of differences use the values centred on the column's median, so large offsets lose no precision.
    static func flows(of x: [Double], preference: PreferenceFunction) -> (plus: [Double], minus: [Double]) {
        let tolerance = tolerance(of: x)
        if case .gaussian = preference { return pairwiseFlows(of: x, preference: preference, tolerance: tolerance) }
        let window = SortedWindow(x)
        var plus = [Double](repeating: 0, count: x.count), minus = [Double](repeating: 0, count: x.count)
        for (a, t) in x.enumerated() {
            switch preference {
            case .usual:
                plus[a] = Double(window.countPreferred(by: t, beyond: tolerance))
                minus[a] = Double(window.countPreferring(to: t, beyond: tolerance))
            case .uShape(let q):
                plus[a] = Double(window.countPreferred(by: t, beyond: q + tolerance))
                minus[a] = Double(window.countPreferring(to: t, beyond: q + tolerance))
            case .level(let q, let p):
                plus[a] =
                    0.5 * Double(window.countPreferred(by: t, beyond: q + tolerance) + window.countPreferred(by: t, beyond: p + tolerance))
                minus[a] =
                    0.5
                    * Double(window.countPreferring(to: t, beyond: q + tolerance) + window.countPreferring(to: t, beyond: p + tolerance))
            case .vShape(let p):
                (plus[a], minus[a]) = window.linearSums(at: t, q: 0, p: p, tolerance: tolerance)
            case .linear(let q, let p):
                (plus[a], minus[a]) = window.linearSums(at: t, q: q, p: p, tolerance: tolerance)
            case .gaussian:
                break
            }
        }
        return (plus, minus)
    }

    /// The direct definition, for the Gaussian function: each pair's degree from its one difference, added to both flows.
    static func pairwiseFlows(of x: [Double], preference: PreferenceFunction, tolerance: Double) -> (plus: [Double], minus: [Double]) {
        var plus = [Double](repeating: 0, count: x.count), minus = [Double](repeating: 0, count: x.count)
        for a in x.indices {
            for b in x.indices where a != b {
                let degree = preference.degree(x[a] - x[b], tolerance: tolerance)
                plus[a] += degree
                minus[b] += degree
            }
        }
        return (plus, minus)
    }

    /// PROMETHEE I: `a` is preferred to `b` when its leaving flow is no lower and its entering flow no higher, one of
    /// them strictly; indifferent when both are equal; incomparable when the flows disagree.
    public static func partialRelation(_ a: Int, _ b: Int, in ranking: Ranking) -> PartialRelation {
        guard let plus = ranking.details["phiPlus"], let minus = ranking.details["phiMinus"] else { return .incomparable }
        let samePlus = ranking.tied(plus[a], plus[b]), sameMinus = ranking.tied(minus[a], minus[b])
        if samePlus && sameMinus { return .indifferent }
        let aAtLeast = (samePlus || plus[a] > plus[b]) && (sameMinus || minus[a] < minus[b])
        let bAtLeast = (samePlus || plus[b] > plus[a]) && (sameMinus || minus[b] < minus[a])
        if aAtLeast { return .preferred }
        if bAtLeast { return .dispreferred }
        return .incomparable
    }

    public enum PartialRelation: String, Hashable, Sendable, Codable {
        case preferred, dispreferred, indifferent, incomparable
    }
}

/// A criterion's sorted values with prefix sums of the values centred on their median, answering "how many, and what
/// total, are preferred within a range" by binary search. Every membership test is made on the difference `xₐ − x_b`
/// itself, which is monotone in each value, so a pair is counted the same way from either side.
struct SortedWindow {
    let sorted: [Double]
    /// `prefix[k]` = Σ of the first k sorted values minus the centre each.
    let prefix: [Double]
    let centre: Double

    init(_ values: [Double]) {
        sorted = values.sorted()
        centre = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
        var prefix = [Double](repeating: 0, count: sorted.count + 1)
        for (k, value) in sorted.enumerated() { prefix[k + 1] = prefix[k] + (value - centre) }
        self.prefix = prefix
    }

    /// The number of values `x` with `t − x > limit`: the alternatives `t` is preferred to beyond the limit. They are
    /// the first ones of the sorted values.
    func countPreferred(by t: Double, beyond limit: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if t - sorted[middle] > limit { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first index whose value `x` has `x − t > limit`: from there on, every value is preferred to `t`.
    func firstPreferring(to t: Double, beyond limit: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] - t > limit { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The number of values `x` with `x − t > limit`.
    func countPreferring(to t: Double, beyond limit: Double) -> Int { sorted.count - firstPreferring(to: t, beyond: limit) }

    /// Σ P(t − x) and Σ P(x − t) for the linear function with thresholds q < p (q = 0 gives the V-shape): 1 beyond
    /// p, (d − q) / (p − q) between, 0 up to q, each threshold with the tolerance.
    func linearSums(at t: Double, q: Double, p: Double, tolerance: Double) -> (plus: Double, minus: Double) {
        let span = p - q
        let centred = t - centre
        // plus: t − x > p gives 1 (the first `full` values); q < t − x ≤ p gives (t − x − q) / span.
        let full = countPreferred(by: t, beyond: p + tolerance)
        let partialEnd = countPreferred(by: t, beyond: q + tolerance)
        let partialSum = prefix[partialEnd] - prefix[full]
        let plus = Double(full) + (Double(partialEnd - full) * (centred - q) - partialSum) / span
        // minus: x − t > p gives 1 (from `fullStart` on); q < x − t ≤ p gives (x − t − q) / span.
        let fullStart = firstPreferring(to: t, beyond: p + tolerance)
        let partialStart = firstPreferring(to: t, beyond: q + tolerance)
        let sum = prefix[fullStart] - prefix[partialStart]
        let minus = Double(sorted.count - fullStart) + (sum - Double(fullStart - partialStart) * (centred + q)) / span
        return (plus, minus)
    }
}
