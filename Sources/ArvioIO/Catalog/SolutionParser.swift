import ArvioCore

/// Reads one `catalog/solutions/<id>.yaml`.
enum SolutionParser {
    static let fields = [
        "id", "name", "vendor", "category", "otherCategories", "audience", "status", "description",
        "clientIdentification", "hosting", "integrations", "accessibilityStatement", "usage", "promising",
        "sources", "notes",
    ]

    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: its path from the project root, cited by errors.
    ///   - expectedID: the id the file name implies, or nil to skip that check.
    static func parse(_ yaml: String, file: String, expectedID: String?, sink: DiagnosticSink) -> Solution? {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink), let map = root.mapping(allowed: fields) else {
            return nil
        }
        let id = map.required("id")?.id()
        if let id, let expectedID, id != expectedID, let reader = map.optional("id") {
            sink.report(reader.location, .idDoesNotMatchFileName(id: id, expected: "\(id).yaml"))
        }
        let name = map.required("name")?.text()
        let vendor = map.required("vendor").flatMap { fact($0) { $0.text() } }
        let category = map.required("category")?.id()
        let otherCategories = map.optional("otherCategories")?.idList() ?? []
        let audience = map.required("audience")?.value(of: Audience.self)
        let status = map.required("status").flatMap { fact($0) { $0.value(of: SolutionStatus.self) } }
        let description = map.required("description")?.localizedText()
        let properties = ["clientIdentification", "hosting", "integrations", "accessibilityStatement"].map { key in
            map.optional(key).flatMap { fact($0) { $0.text() } }
        }
        if let statement = properties[3], !isWebAddress(statement.value), let reader = map.optional("accessibilityStatement") {
            sink.report(reader.location.appending("value"), .invalidURL(statement.value))
        }
        let usage = map.optional("usage")?.list()?.compactMap(use) ?? []
        let promising = map.optional("promising").flatMap(promisingFlag)
        let sources = map.optional("sources")?.list()?.compactMap(source) ?? []
        let notes = map.optional("notes")?.text()

        guard let id, let name, let vendor, let category, let audience, let status, let description else { return nil }
        var solution = Solution(
            id: id, name: name, vendor: vendor, category: category, otherCategories: otherCategories, audience: audience,
            status: status, description: description, clientIdentification: properties[0], hosting: properties[1],
            integrations: properties[2], accessibilityStatement: properties[3], usage: usage, promising: promising,
            sources: sources, notes: notes, origin: root.location)
        if let reader = map.optional("category") { solution.locations["category"] = reader.location }
        for (index, reader) in (map.optional("otherCategories")?.list() ?? []).enumerated() {
            solution.locations["otherCategories[\(index)]"] = reader.location
        }
        return solution
    }

    /// A fact: either `{value:, verification:, sources:}` or, for an unverified fact, the value alone.
    static func fact<Value>(_ reader: NodeReader, value read: (NodeReader) -> Value?) -> Fact<Value>? {
        if reader.isScalar {
            return read(reader).map { Fact($0, verification: .unverified, origin: reader.location) }
        }
        guard let map = reader.mapping(allowed: ["value", "verification", "sources"]) else { return nil }
        let value = map.required("value").flatMap(read)
        let verification = map.required("verification")?.value(of: Verification.self)
        let sources = map.optional("sources")?.idList() ?? []
        guard let value, let verification else { return nil }
        return Fact(value, verification: verification, sources: sources, origin: reader.location)
    }

    static func use(_ reader: NodeReader) -> Usage? {
        guard let map = reader.mapping(allowed: ["organisation", "illustrative", "sources"]) else { return nil }
        let organisation = map.required("organisation")?.id()
        let illustrative = map.optional("illustrative")?.boolean() ?? false
        let sources = map.optional("sources")?.idList() ?? []
        guard let organisation else { return nil }
        return Usage(
            organisation: organisation, illustrative: illustrative, sources: sources,
            origin: map.optional("organisation")?.location ?? reader.location)
    }

    static func promisingFlag(_ reader: NodeReader) -> PromisingFlag? {
        guard let map = reader.mapping(allowed: ["illustrative", "reason"]) else { return nil }
        let illustrative = map.required("illustrative")?.boolean()
        let reason = map.required("reason")?.localizedText()
        guard let illustrative, let reason else { return nil }
        return PromisingFlag(illustrative: illustrative, reason: reason)
    }

    static func source(_ reader: NodeReader) -> Source? {
        guard let map = reader.mapping(allowed: ["id", "url", "supports"]) else { return nil }
        let id = map.required("id")?.id()
        let url = map.required("url")?.text()
        let supports = map.required("supports")?.localizedText()
        if let url, !isWebAddress(url), let urlReader = map.optional("url") {
            urlReader.sink.report(urlReader.location, .invalidURL(url))
        }
        guard let id, let url, let supports else { return nil }
        return Source(id: id, url: url, supports: supports, origin: map.optional("id")?.location ?? reader.location)
    }

    static func isWebAddress(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ") && text.count > 10
    }
}
