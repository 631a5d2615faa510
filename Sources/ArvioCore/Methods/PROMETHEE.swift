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
        var notes: [String] = []
        let others = Double(max(m - 1, 1))
        if m == 1 { notes.append("a single alternative has no one to outrank; its flows are 0") }
        plus = plus.map { $0 / others }
        minus = minus.map { $0 / others }
        let net = zip(plus, minus).map { $0 - $1 }
        let functions = matrix.criteria.map { "\($0.id): \(Self.describe($0.preference))" }.joined(separator: "; ")
        return Ranking(
            method: name, parameters: ["preference functions": functions, "weights": "scaled to sum to 1"],
            alternatives: matrix.alternatives, scores: net, details: ["phiPlus": plus, "phiMinus": minus, "phi": net], notes: notes)
    }

    static func describe(_ function: PreferenceFunction) -> String {
        switch function {
        case .usual: "usual"
        case .uShape(let q): "u-shape q=\(formatted(q))"
        case .vShape(let p): "v-shape p=\(formatted(p))"
        case .level(let q, let p): "level q=\(formatted(q)) p=\(formatted(p))"
        case .linear(let q, let p): "linear q=\(formatted(q)) p=\(formatted(p))"
        case .gaussian(let s): "gaussian s=\(formatted(s))"
        }
    }

    /// For one criterion, `Σ_b P(xₐ − x_b)` and `Σ_b P(x_b − xₐ)` for every alternative `a` (not yet divided by m − 1).
    static func flows(of x: [Double], preference: PreferenceFunction) -> (plus: [Double], minus: [Double]) {
        if case .gaussian = preference { return pairwiseFlows(of: x, preference: preference) }
        let sorted = x.sorted()
        var prefix = [Double](repeating: 0, count: sorted.count + 1)
        for (k, value) in sorted.enumerated() { prefix[k + 1] = prefix[k] + value }
        let window = SortedWindow(sorted: sorted, prefix: prefix)
        var plus = [Double](repeating: 0, count: x.count), minus = [Double](repeating: 0, count: x.count)
        for (a, t) in x.enumerated() {
            switch preference {
            case .usual:
                plus[a] = window.count(below: t)
                minus[a] = window.count(above: t)
            case .uShape(let q):
                plus[a] = window.count(below: t - q)
                minus[a] = window.count(above: t + q)
            case .level(let q, let p):
                plus[a] = window.count(below: t - p) + 0.5 * (window.count(below: t - q) - window.count(below: t - p))
                minus[a] = window.count(above: t + p) + 0.5 * (window.count(above: t + q) - window.count(above: t + p))
            case .vShape(let p):
                (plus[a], minus[a]) = window.linearSums(at: t, q: 0, p: p)
            case .linear(let q, let p):
                (plus[a], minus[a]) = window.linearSums(at: t, q: q, p: p)
            case .gaussian:
                break
            }
        }
        return (plus, minus)
    }

    /// The direct definition, for the Gaussian function and as the test oracle of the fast path.
    static func pairwiseFlows(of x: [Double], preference: PreferenceFunction) -> (plus: [Double], minus: [Double]) {
        var plus = [Double](repeating: 0, count: x.count), minus = [Double](repeating: 0, count: x.count)
        for a in x.indices {
            for b in x.indices where a != b {
                let degree = preference.degree(x[a] - x[b])
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
        let samePlus = Ranking.tied(plus[a], plus[b]), sameMinus = Ranking.tied(minus[a], minus[b])
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

/// A criterion's sorted values with prefix sums, answering "how many, and what total, lie in a range" by binary search.
struct SortedWindow {
    let sorted: [Double]
    let prefix: [Double]

    /// The number of values strictly below `limit`.
    func count(below limit: Double) -> Double { Double(lowerBound(limit)) }

    /// The number of values strictly above `limit`.
    func count(above limit: Double) -> Double { Double(sorted.count - upperBound(limit)) }

    /// Σ P(t − x) and Σ P(x − t) for the linear function with thresholds q < p (q = 0 gives the V-shape).
    func linearSums(at t: Double, q: Double, p: Double) -> (plus: Double, minus: Double) {
        let span = p - q
        // plus: x ≤ t − p gives 1; t − p < x < t − q gives (t − x − q) / span.
        let full = upperBound(t - p)
        let partialEnd = lowerBound(t - q)
        let partialCount = Double(max(partialEnd - full, 0))
        let partialSum = partialEnd > full ? prefix[partialEnd] - prefix[full] : 0
        let plus = Double(full) + (partialCount * (t - q) - partialSum) / span
        // minus: x ≥ t + p gives 1; t + q < x < t + p gives (x − t − q) / span.
        let fullStart = lowerBound(t + p)
        let partialStart = upperBound(t + q)
        let count = Double(max(fullStart - partialStart, 0))
        let sum = fullStart > partialStart ? prefix[fullStart] - prefix[partialStart] : 0
        let minus = Double(sorted.count - fullStart) + (sum - count * (t + q)) / span
        return (plus, minus)
    }

    /// The first index whose value is not below `value`.
    func lowerBound(_ value: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The first index whose value is above `value`.
    func upperBound(_ value: Double) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
