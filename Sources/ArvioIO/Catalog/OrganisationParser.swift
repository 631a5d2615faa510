import ArvioCore

/// Reads `catalog/organisations.yaml`: a `sources` list and an `organisations` list.
enum OrganisationParser {
    static func parse(_ yaml: String, file: String, sink: DiagnosticSink) -> (organisations: [Organisation], sources: [Source]) {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink),
            let map = root.mapping(allowed: ["sources", "organisations"])
        else { return ([], []) }
        let sources = map.optional("sources")?.list()?.compactMap(SolutionParser.source) ?? []
        let organisations = map.required("organisations")?.list()?.compactMap(organisation) ?? []
        return (organisations, sources)
    }

    static func organisation(_ reader: NodeReader) -> Organisation? {
        guard let map = reader.mapping(allowed: ["id", "name", "type", "region", "verification", "sources"]) else { return nil }
        let id = map.required("id")?.id()
        let name = map.required("name")?.localizedText()
        let type = map.required("type")?.value(of: OrganisationType.self)
        let region = map.required("region")?.text()
        let verification = map.required("verification")?.value(of: Verification.self)
        let sources = map.optional("sources")?.idList() ?? []
        guard let id, let name, let type, let region, let verification else { return nil }
        return Organisation(
            id: id, name: name, type: type, region: region, verification: verification, sources: sources,
            origin: map.optional("id")?.location ?? reader.location)
    }
}
