/// A key performance indicator as data (`kpis/<id>.yaml`): what it measures, its unit and direction, its targets and
/// its values per period, each with where it comes from and whether that was checked.
public struct KPI: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var definition: LocalizedText
    public var unit: LocalizedText
    public var direction: Direction
    public var targets: [Target]
    /// In period order.
    public var values: [Value]
    public var sources: [Source]
    /// Invented numbers (a demonstration series), said on every output built from them.
    public var illustrative: Bool
    public var origin: SourceLocation

    public init(
        id: String, name: LocalizedText, definition: LocalizedText, unit: LocalizedText, direction: Direction, targets: [Target],
        values: [Value], sources: [Source], illustrative: Bool, origin: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.definition = definition
        self.unit = unit
        self.direction = direction
        self.targets = targets
        self.values = values
        self.sources = sources
        self.illustrative = illustrative
        self.origin = origin
    }

    /// Which way is better.
    public enum Direction: String, Hashable, Sendable, CaseIterable {
        case higher = "higher-is-better"
        case lower = "lower-is-better"
    }

    /// A target value and who set it (the county, the nation…).
    public struct Target: Hashable, Sendable {
        public var value: Double
        public var label: LocalizedText
        public var verification: Verification
        public var sources: [String]

        public init(value: Double, label: LocalizedText, verification: Verification, sources: [String]) {
            self.value = value
            self.label = label
            self.verification = verification
            self.sources = sources
        }
    }

    /// One period's value. `atLeast` is a published "over n" (the value is a lower bound).
    public struct Value: Hashable, Sendable {
        public var period: String
        public var value: Double
        public var atLeast: Bool
        public var verification: Verification
        public var sources: [String]

        public init(period: String, value: Double, atLeast: Bool = false, verification: Verification, sources: [String]) {
            self.period = period
            self.value = value
            self.atLeast = atLeast
            self.verification = verification
            self.sources = sources
        }
    }

    public var latest: Value? { values.last }

    /// Whether the latest value meets a target, in the indicator's direction (a lower bound meets a higher-is-better
    /// target it is at or above; for a lower-is-better one it says nothing, so nil).
    public func meets(_ target: Target) -> Bool? {
        guard let latest else { return nil }
        switch direction {
        case .higher: return latest.value >= target.value
        case .lower: return latest.atLeast ? nil : latest.value <= target.value
        }
    }

    /// Whether any value or target rests on an unchecked source.
    public var hasUnverified: Bool {
        values.contains { $0.verification == .unverified } || targets.contains { $0.verification == .unverified }
    }
}
