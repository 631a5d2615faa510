/// One assessor's answer on one criterion for one solution.
public enum ScoreValue: Hashable, Sendable, Codable {
    case points(Double)
    /// N/A: the criterion does not apply; its weight goes to the area's other criteria.
    case notApplicable
    /// No evidence: counts as 0 points but is counted and shown apart.
    case unknown

    /// The points the value counts for, or nil for N/A.
    public var countedPoints: Double? {
        switch self {
        case .points(let value): value
        case .unknown: 0
        case .notApplicable: nil
        }
    }
}

/// How the assessors' values for one item become one number.
public enum AggregationRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The median (the default: robust to one outlying assessor).
    case median
    case mean
    /// The mean after dropping this share of values at each end (0.2 drops the lowest and highest 20 %).
    case trimmedMean(Double)

    public var description: String {
        switch self {
        case .median: "median"
        case .mean: "mean"
        case .trimmedMean(let share): "trimmed mean (\(formatted(share * 100)) % each end)"
        }
    }
}

/// The assessors' values for one solution on one criterion, aggregated, with their spread.
public struct AggregatedScore: Hashable, Sendable, Codable {
    public var solution: String
    public var criterion: String
    /// The aggregate of the counted points (unknown as 0); nil when every assessor answered N/A or none answered.
    public var value: Double?
    /// How many assessors gave a score, answered unknown, or answered N/A.
    public var scored: Int
    public var unknown: Int
    public var notApplicable: Int
    public var minimum: Double?
    public var maximum: Double?
    /// Interquartile range (linear interpolation between order statistics, as R's type 7 and numpy's default).
    public var interquartileRange: Double?
    /// The consensus meeting's agreed value when one replaced the aggregate (``value`` is then its points); nil
    /// otherwise. The counts and the spread stay those of the assessors' own values.
    public var agreed: ScoreValue?

    /// N/A as agreed, or else the majority of the assessors who answered said N/A (ties count as applicable).
    public var isNotApplicable: Bool { agreed.map { $0 == .notApplicable } ?? (notApplicable > scored + unknown) }
    /// Unknown as agreed, or else more assessors answered unknown than gave points.
    public var isUnknown: Bool { agreed.map { $0 == .unknown } ?? (unknown > scored) }

    /// The item with the consensus meeting's value in place of the aggregate.
    public func agreeing(on value: ScoreValue) -> AggregatedScore {
        var item = self
        item.agreed = value
        item.value = value.countedPoints
        return item
    }
    public var range: Double? { minimum.flatMap { low in maximum.map { $0 - low } } }
}

public enum Aggregation {
    /// Aggregates one item's answers.
    public static func aggregate(_ answers: [ScoreValue], solution: String, criterion: String, rule: AggregationRule = .median)
        -> AggregatedScore
    {
        let counted = answers.compactMap(\.countedPoints).sorted()
        let unknown = answers.filter { $0 == .unknown }.count
        let notApplicable = answers.filter { $0 == .notApplicable }.count
        return AggregatedScore(
            solution: solution, criterion: criterion, value: summary(counted, rule: rule), scored: counted.count - unknown,
            unknown: unknown, notApplicable: notApplicable, minimum: counted.first, maximum: counted.last,
            interquartileRange: counted.isEmpty ? nil : quantile(counted, 0.75) - quantile(counted, 0.25))
    }

    /// The rule applied to sorted values; nil for none.
    public static func summary(_ sorted: [Double], rule: AggregationRule) -> Double? {
        guard !sorted.isEmpty else { return nil }
        switch rule {
        case .median:
            return quantile(sorted, 0.5)
        case .mean:
            return sorted.reduce(0, +) / Double(sorted.count)
        case .trimmedMean(let share):
            let drop = Int((Double(sorted.count) * min(max(share, 0), 0.49)).rounded(.down))
            let kept = sorted[drop..<(sorted.count - drop)]
            return kept.reduce(0, +) / Double(kept.count)
        }
    }

    /// The p-quantile of sorted values by linear interpolation (Hyndman & Fan 1996, type 7).
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        guard sorted.count > 1 else { return sorted.first ?? 0 }
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
