/// What a scale value means for the arithmetic.
public enum ScaleValueKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// A number of points.
    case score
    /// N/A: the criterion does not apply; its weight is redistributed.
    case notApplicable = "not-applicable"
    /// No evidence: scores 0 but is counted and shown apart.
    case unknown
}

/// One value an expert may give, such as "3" or "unknown".
public struct ScaleValue: Hashable, Sendable, Codable {
    public var code: String
    public var kind: ScaleValueKind
    public var points: Double?
    public var label: LocalizedText
    public var origin: SourceLocation?

    public init(code: String, kind: ScaleValueKind, points: Double?, label: LocalizedText, origin: SourceLocation? = nil) {
        self.code = code
        self.kind = kind
        self.points = points
        self.label = label
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case code, kind, points, label }
}

/// The scoring scale (`criteria/scale.yaml`): 0–5, N/A and unknown.
public struct Scale: Hashable, Sendable, Codable {
    public var values: [ScaleValue]
    public var origin: SourceLocation?

    public init(values: [ScaleValue], origin: SourceLocation? = nil) {
        self.values = values
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case values }

    /// The value a code names, exactly as the scale file writes it (letters in any case); nil for anything else.
    public func value(code: String) -> ScoreValue? {
        guard let value = values.first(where: { $0.code.lowercased() == code.lowercased() }) else { return nil }
        switch value.kind {
        case .score: return value.points.map(ScoreValue.points)
        case .notApplicable: return .notApplicable
        case .unknown: return .unknown
        }
    }

    /// The lowest and highest points of the scale's score values.
    public var range: ClosedRange<Double>? {
        let points = values.compactMap { $0.kind == .score ? $0.points : nil }
        guard let low = points.min(), let high = points.max() else { return nil }
        return low...high
    }
}
