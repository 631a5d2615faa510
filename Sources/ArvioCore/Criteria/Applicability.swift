/// A solution category, such as VID (video appointment).
public struct Category: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var origin: SourceLocation?

    public init(id: String, name: LocalizedText, origin: SourceLocation? = nil) {
        self.id = id
        self.name = name
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, name }
}

/// Whether a criterion applies to a category.
public enum Applicability: String, Hashable, Sendable, CaseIterable, Codable {
    case applies
    /// N/A: the criterion's weight goes to the other criteria of its area.
    case notApplicable = "not-applicable"
    /// Record the supplier's or THL's classification per solution; do not infer it.
    case caseByCase = "case-by-case"
    /// Applies when a stated condition holds (the row's note says which).
    case conditional
}

/// One row of the applicability table: a criterion's applicability per category.
public struct ApplicabilityRow: Hashable, Sendable, Codable {
    public var criterion: String
    public var values: [String: Applicability]
    public var note: LocalizedText?
    public var origin: SourceLocation?

    public init(criterion: String, values: [String: Applicability], note: LocalizedText? = nil, origin: SourceLocation? = nil) {
        self.criterion = criterion
        self.values = values
        self.note = note
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case criterion, values, note }
}

/// The categories and, for criteria that do not apply everywhere, their applicability per category
/// (`criteria/applicability.yaml`). A criterion without a row applies to every category.
public struct ApplicabilityTable: Hashable, Sendable, Codable {
    public var categories: [Category]
    public var rows: [ApplicabilityRow]

    public init(categories: [Category], rows: [ApplicabilityRow]) {
        self.categories = categories
        self.rows = rows
    }

    public func applicability(of criterion: String, for category: String) -> Applicability {
        rows.first { $0.criterion == criterion }?.values[category] ?? .applies
    }
}
