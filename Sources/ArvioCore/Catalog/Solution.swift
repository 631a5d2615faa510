/// Who meets the solution: clients, or staff only.
public enum Audience: String, Hashable, Sendable, CaseIterable, Codable {
    case clientFacing = "client-facing"
    case staffOnly = "staff-only"
}

/// Whether the solution is in use, piloted or no longer used.
public enum SolutionStatus: String, Hashable, Sendable, CaseIterable, Codable {
    case inUse = "in-use"
    case pilot
    case ended
}

/// One organisation's use of a solution: backed by sources, or illustrative.
public struct Usage: Hashable, Sendable, Codable {
    public var organisation: String
    /// True when the use is not backed by a source but invented to show the tool's shape.
    public var illustrative: Bool
    public var sources: [String]
    public var origin: SourceLocation?

    public init(organisation: String, illustrative: Bool, sources: [String] = [], origin: SourceLocation? = nil) {
        self.organisation = organisation
        self.illustrative = illustrative
        self.sources = sources
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case organisation, illustrative, sources }
}

/// The mark that puts a solution on the shortlist besides its spread of use.
public struct PromisingFlag: Hashable, Sendable, Codable {
    public var illustrative: Bool
    public var reason: LocalizedText

    public init(illustrative: Bool, reason: LocalizedText) {
        self.illustrative = illustrative
        self.reason = reason
    }
}

/// A remote-service solution of the catalog (`catalog/solutions/<id>.yaml`).
public struct Solution: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var vendor: Fact<String>
    /// The category code that decides which criteria apply (``Category``).
    public var category: String
    public var otherCategories: [String]
    public var audience: Audience
    public var status: Fact<SolutionStatus>
    public var description: LocalizedText
    public var clientIdentification: Fact<String>?
    public var hosting: Fact<String>?
    public var integrations: Fact<String>?
    public var accessibilityStatement: Fact<String>?
    public var usage: [Usage]
    public var promising: PromisingFlag?
    public var sources: [Source]
    public var notes: String?
    public var origin: SourceLocation?
    /// Where each scalar field was written, by field path (`category`, `otherCategories[0]`).
    public var locations: [String: SourceLocation] = [:]

    public init(
        id: String, name: String, vendor: Fact<String>, category: String, otherCategories: [String] = [],
        audience: Audience, status: Fact<SolutionStatus>, description: LocalizedText,
        clientIdentification: Fact<String>? = nil, hosting: Fact<String>? = nil, integrations: Fact<String>? = nil,
        accessibilityStatement: Fact<String>? = nil, usage: [Usage] = [], promising: PromisingFlag? = nil,
        sources: [Source] = [], notes: String? = nil, origin: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.vendor = vendor
        self.category = category
        self.otherCategories = otherCategories
        self.audience = audience
        self.status = status
        self.description = description
        self.clientIdentification = clientIdentification
        self.hosting = hosting
        self.integrations = integrations
        self.accessibilityStatement = accessibilityStatement
        self.usage = usage
        self.promising = promising
        self.sources = sources
        self.notes = notes
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, vendor, category, otherCategories, audience, status, description, clientIdentification,
            hosting, integrations, accessibilityStatement, usage, promising, sources, notes
    }

    /// True when anything about the solution's use or shortlisting is illustrative rather than sourced.
    public var hasIllustrativeData: Bool {
        usage.contains { $0.illustrative } || (promising?.illustrative ?? false)
    }
}

extension Project {
    /// Whether any solution of the round carries illustrative catalog data (usage or a "promising" flag).
    public func hasIllustrativeSolutions(in round: Round) -> Bool {
        solutions.contains { round.solutions.contains($0.id) && $0.hasIllustrativeData }
    }
}
