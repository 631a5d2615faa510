import RealModule

/// A PROMETHEE preference function (Brans & Vincke 1985, `brans1985preference`): how strongly a difference `d`
/// on one criterion (in the criterion's favourable direction) makes one alternative preferred to another.
///
/// Thresholds: `q` indifference, `p` strict preference, `s` the Gaussian's inflection point.
public enum PreferenceFunction: Hashable, Sendable, Codable {
    /// Type I: any positive difference is full preference.
    case usual
    /// Type II (quasi-criterion): full preference once `d > q`.
    case uShape(q: Double)
    /// Type III: grows linearly to full preference at `p`.
    case vShape(p: Double)
    /// Type IV: half preference for `q < d ≤ p`, full above.
    case level(q: Double, p: Double)
    /// Type V: zero up to `q`, linear to full preference at `p`.
    case linear(q: Double, p: Double)
    /// Type VI: `1 − exp(−d² / 2s²)`.
    case gaussian(s: Double)

    /// The names used in files and on the command line.
    public static let names = ["usual", "u-shape", "v-shape", "level", "linear", "gaussian"]

    public var name: String {
        switch self {
        case .usual: "usual"
        case .uShape: "u-shape"
        case .vShape: "v-shape"
        case .level: "level"
        case .linear: "linear"
        case .gaussian: "gaussian"
        }
    }

    /// The preference degree in [0, 1] for a difference `d`.
    /// - Parameter tolerance: a difference within this of a threshold (0, q or p) counts as equal to it
    ///   (``PROMETHEE/thresholdTolerance`` explains why); 0 compares exactly.
    @inlinable
    public func degree(_ d: Double, tolerance: Double = 0) -> Double {
        switch self {
        case .usual: return d > tolerance ? 1 : 0
        case .uShape(let q): return d > q + tolerance ? 1 : 0
        case .vShape(let p): return d <= tolerance ? 0 : (d > p + tolerance ? 1 : d / p)
        case .level(let q, let p): return d <= q + tolerance ? 0 : (d <= p + tolerance ? 0.5 : 1)
        case .linear(let q, let p): return d <= q + tolerance ? 0 : (d > p + tolerance ? 1 : (d - q) / (p - q))
        case .gaussian(let s): return d <= tolerance ? 0 : 1 - .exp(-(d * d) / (2 * s * s))
        }
    }

    func validate(criterion: MatrixCriterion) throws(ScoringError) {
        func nonNegative(_ name: String, _ value: Double) throws(ScoringError) {
            guard value >= 0, value.isFinite else {
                throw ScoringError(
                    at: criterion.origin, .parameterOutOfRange(name: name, value: value, range: 0...Double.greatestFiniteMagnitude))
            }
        }
        switch self {
        case .usual: return
        case .uShape(let q): try nonNegative("q", q)
        case .vShape(let p):
            try nonNegative("p", p)
            if p == 0 { throw ScoringError(at: criterion.origin, .thresholdsOutOfOrder(criterion: criterion.id, q: 0, p: p)) }
        case .level(let q, let p), .linear(let q, let p):
            try nonNegative("q", q)
            try nonNegative("p", p)
            if q >= p { throw ScoringError(at: criterion.origin, .thresholdsOutOfOrder(criterion: criterion.id, q: q, p: p)) }
        case .gaussian(let s):
            try nonNegative("s", s)
            if s == 0 {
                throw ScoringError(
                    at: criterion.origin,
                    .parameterOutOfRange(name: "s", value: s, range: Double.leastNonzeroMagnitude...Double.greatestFiniteMagnitude))
            }
        }
    }
}
