import ArvioCore
import Foundation

/// Reads `feedback/survey.yaml`: the recommendation question, the basic statements, their scale and the open question,
/// each text with the languages whose wording was checked against its source. Every problem located by line.
enum SurveyParser {
    static func parse(_ text: String, file: String, sink: DiagnosticSink) -> Survey? {
        let fields = ["id", "name", "sources", "recommendation", "statements", "scale", "not_applicable", "open_question"]
        guard let root = YAMLDocument.root(of: text, file: file, sink: sink), let map = root.mapping(allowed: fields) else { return nil }
        let id = map.required("id")?.id()
        let name = map.required("name")?.localizedText()
        let sources = map.optional("sources")?.list()?.compactMap(SolutionParser.source) ?? []
        let recommendation = map.required("recommendation").flatMap(question)
        var statementAt: [SourceLocation] = []
        let statements =
            map.required("statements")?.list()?.compactMap { reader -> Survey.Statement? in
                guard let item = reader.mapping(allowed: ["id", "topic", "fi", "en", "verified", "source"]) else { return nil }
                let id = item.required("id")?.id()
                let topic = item.required("topic")?.value(of: Survey.Topic.self)
                let text = question(item)
                guard let id, let topic, let text else { return nil }
                statementAt.append(reader.location)
                return Survey.Statement(id: id, topic: topic, text: text)
            } ?? []
        var seen: [String: SourceLocation] = [:]
        for (index, statement) in statements.enumerated() {
            let at = statementAt[index]
            if let first = seen[statement.id] { sink.report(at, .duplicateID(.statement, statement.id, firstSeen: first)) }
            seen[statement.id] = seen[statement.id] ?? at
        }
        let scaleReader = map.required("scale")
        let scale =
            scaleReader?.list()?.compactMap { reader -> Survey.Option? in
                guard let item = reader.mapping(allowed: ["value", "fi", "en"]) else { return nil }
                let value = item.required("value")?.integer(in: 1...10)
                let fi = item.required("fi")?.text(), en = item.required("en")?.text()
                guard let value, let fi, let en else { return nil }
                return Survey.Option(value: value, label: LocalizedText(fi: fi, en: en))
            } ?? []
        // Codes 1…k, in order: an answer's code is its option's place on the scale.
        if let scaleReader, !scale.isEmpty, scale.map(\.value) != Array(1...scale.count) {
            sink.report(
                scaleReader.location,
                .invalidValue(
                    field: "scale", found: scale.map { "\($0.value)" }.joined(separator: ","),
                    allowed: [Array(1...scale.count).map(String.init).joined(separator: ",")], suggestion: nil))
        }
        let notApplicable = map.required("not_applicable")?.localizedText()
        let open = map.required("open_question").flatMap(question)
        // Every text that cites a source names one of the survey's own.
        let cited =
            [(map.optional("recommendation")?.location, recommendation?.source), (map.optional("open_question")?.location, open?.source)]
            + zip(statementAt, statements).map { ($0, $1.text.source) }
        for (at, source) in cited {
            guard let source, !sources.contains(where: { $0.id == source }) else { continue }
            sink.report(
                (at ?? SourceLocation(file: file)).appending("source"),
                .unknownReference(.source, source, suggestion: nearest(to: source, in: sources.map(\.id)), definedIn: file))
        }
        guard let id, let name, let recommendation, let notApplicable, let open, !statements.isEmpty, !scale.isEmpty else { return nil }
        return Survey(
            id: id, name: name, recommendation: recommendation, statements: statements, scale: scale, notApplicable: notApplicable,
            openQuestion: open, sources: sources, origin: SourceLocation(file: file, line: 1))
    }

    /// `{fi:, en:, verified: [en], source: id}`: a question's wording and the languages checked against the source.
    static func question(_ reader: NodeReader) -> Survey.Text? {
        guard let map = reader.mapping(allowed: ["fi", "en", "verified", "source"]) else { return nil }
        return question(map)
    }

    static func question(_ map: MappingReader) -> Survey.Text? {
        let fi = map.required("fi")?.text(), en = map.required("en")?.text()
        let verified = (map.optional("verified")?.list() ?? []).compactMap { $0.value(of: Language.self) }
        let source = map.optional("source")?.id()
        if !verified.isEmpty, source == nil, let reader = map.optional("verified") {
            reader.sink.report(reader.location, .missingField("source"))
        }
        guard let fi, let en else { return nil }
        return Survey.Text(LocalizedText(fi: fi, en: en), verified: Set(verified), source: source)
    }
}
