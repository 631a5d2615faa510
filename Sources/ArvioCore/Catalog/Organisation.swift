/// The kinds of organisation that answered the 2021 survey or appear in sources.
public enum OrganisationType: String, Hashable, Sendable, CaseIterable, Codable {
    case municipality
    case jointMunicipalAuthority = "joint-municipal-authority"
    case hospitalDistrict = "hospital-district"
    case wellbeingServicesCounty = "wellbeing-services-county"
    case other
}

/// An organisation that uses solutions (`catalog/organisations.yaml`).
public struct Organisation: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var type: OrganisationType
    public var region: String
    public var verification: Verification
    public var sources: [String]
    public var origin: SourceLocation?

    public init(
        id: String, name: LocalizedText, type: OrganisationType, region: String,
        verification: Verification, sources: [String] = [], origin: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.region = region
        self.verification = verification
        self.sources = sources
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, name, type, region, verification, sources }
}
