/// How far a catalog fact has been checked.
public enum Verification: String, Hashable, Sendable, CaseIterable, Codable {
    /// A source independent of the vendor was read and supports the fact.
    case verified
    /// Only the vendor's own material supports the fact: a claim.
    case vendorClaim = "vendor-claim"
    /// Nobody has checked the fact.
    case unverified
}

/// A cited document: its address and what it supports.
public struct Source: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var url: String
    /// What the source says that the catalog relies on, in Finnish and English.
    public var supports: LocalizedText
    public var origin: SourceLocation?

    public init(id: String, url: String, supports: LocalizedText, origin: SourceLocation? = nil) {
        self.id = id
        self.url = url
        self.supports = supports
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, url, supports }
}

/// A statement about a solution together with its verification mark and the sources that support it.
public struct Fact<Value: Hashable & Sendable & Codable>: Hashable, Sendable, Codable {
    public var value: Value
    public var verification: Verification
    /// Ids of the solution's ``Source``s.
    public var sources: [String]
    public var origin: SourceLocation?

    public init(_ value: Value, verification: Verification, sources: [String] = [], origin: SourceLocation? = nil) {
        self.value = value
        self.verification = verification
        self.sources = sources
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case value, verification, sources }
}
