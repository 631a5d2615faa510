/// The anchors an expert reads before scoring: what earns 0, 3 and 5 (1, 2 and 4 are interpolated).
public struct ScoringGuide: Hashable, Sendable, Codable {
    public var zero: LocalizedText
    public var three: LocalizedText
    public var five: LocalizedText

    public init(zero: LocalizedText, three: LocalizedText, five: LocalizedText) {
        self.zero = zero
        self.three = three
        self.five = five
    }
}

/// A sub-criterion of an area, such as T1 "strong e-identification of the client".
public struct Criterion: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var area: String
    public var name: LocalizedText
    /// What the expert looks at.
    public var evidence: LocalizedText
    public var guide: ScoringGuide
    /// Where the criterion comes from (law, standard, framework), as in the research.
    public var anchor: String
    public var origin: SourceLocation?

    public init(
        id: String, area: String, name: LocalizedText, evidence: LocalizedText, guide: ScoringGuide,
        anchor: String, origin: SourceLocation? = nil
    ) {
        self.id = id
        self.area = area
        self.name = name
        self.evidence = evidence
        self.guide = guide
        self.anchor = anchor
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, area, name, evidence, guide, anchor }
}

/// An area of the criteria tree (U, T, I, and the optional C and V), holding its sub-criteria.
public struct Area: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    /// The area's place in the tree; areas are listed by order, then id.
    public var order: Int
    /// An optional area may be left out of a weight model.
    public var optional: Bool
    public var criteria: [Criterion]
    public var origin: SourceLocation?

    public init(id: String, name: LocalizedText, order: Int = 0, optional: Bool, criteria: [Criterion], origin: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.order = order
        self.optional = optional
        self.criteria = criteria
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, name, order, optional, criteria }
}
