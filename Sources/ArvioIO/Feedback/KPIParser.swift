import ArvioCore
import Foundation

/// Reads `kpis/<id>.yaml`: an indicator's definition, unit, direction, targets and values, each target and value with
/// its verification mark and sources (a value without a source must say it is illustrative). Located by line.
enum KPIParser {
    static let fields = [
        "id", "name", "definition", "unit", "direction", "targets", "values", "sources", "illustrative",
    ]

    static func parse(_ text: String, file: String, expectedID: String?, sink: DiagnosticSink) -> KPI? {
        guard let root = YAMLDocument.root(of: text, file: file, sink: sink), let map = root.mapping(allowed: fields) else { return nil }
        let id = map.required("id")?.id()
        if let id, let expectedID, id != expectedID, let reader = map.optional("id") {
            sink.report(reader.location, .idDoesNotMatchFileName(id: id, expected: "\(id).yaml"))
        }
        let name = map.required("name")?.localizedText()
        let definition = map.required("definition")?.localizedText()
        let unit = map.required("unit")?.localizedText()
        let direction = map.required("direction")?.value(of: KPI.Direction.self)
        let illustrative = map.optional("illustrative")?.boolean() ?? false
        let sources = map.optional("sources")?.list()?.compactMap(SolutionParser.source) ?? []
        let known = sources.map(\.id)
        func cited(_ item: MappingReader) -> (Verification, [String])? {
            let verification = item.required("verification")?.value(of: Verification.self)
            let ids = item.optional("sources")?.idList() ?? []
            for (index, source) in ids.enumerated() where !known.contains(source) {
                let at = item.optional("sources").map { $0.location.appending("[\(index)]") } ?? item.location
                sink.report(at, .unknownReference(.source, source, suggestion: nearest(to: source, in: known), definedIn: file))
            }
            if ids.isEmpty, !illustrative {
                sink.report(item.location, .missingField("sources"))
            }
            guard let verification else { return nil }
            return (verification, ids)
        }
        let targets =
            map.optional("targets")?.list()?.compactMap { reader -> KPI.Target? in
                guard let item = reader.mapping(allowed: ["value", "label", "verification", "sources"]) else { return nil }
                let value = item.required("value")?.number()
                let label = item.required("label")?.localizedText()
                let citation = cited(item)
                guard let value, let label, let citation else { return nil }
                return KPI.Target(value: value, label: label, verification: citation.0, sources: citation.1)
            } ?? []
        var periods: [String: SourceLocation] = [:]
        let values =
            map.optional("values")?.list()?.compactMap { reader -> KPI.Value? in
                guard let item = reader.mapping(allowed: ["period", "value", "at_least", "verification", "sources"]) else { return nil }
                let period = item.required("period")?.text()
                if let period, let at = item.optional("period")?.location {
                    if YearMonth(period) == nil {
                        sink.report(at, .invalidValue(field: "period", found: period, allowed: ["YYYY-MM"], suggestion: nil))
                    } else if let first = periods[period] {
                        sink.report(at, .duplicateKey(period, firstLine: first.line))
                    }
                    periods[period] = periods[period] ?? at
                }
                let value = item.required("value")?.number()
                let atLeast = item.optional("at_least")?.boolean() ?? false
                let citation = cited(item)
                guard let period, let value, let citation else { return nil }
                return KPI.Value(period: period, value: value, atLeast: atLeast, verification: citation.0, sources: citation.1)
            } ?? []
        guard let id, let name, let definition, let unit, let direction else { return nil }
        return KPI(
            id: id, name: name, definition: definition, unit: unit, direction: direction, targets: targets,
            values: values.sorted { (YearMonth($0.period)?.description ?? $0.period) < (YearMonth($1.period)?.description ?? $1.period) },
            sources: sources, illustrative: illustrative, origin: SourceLocation(file: file, line: 1))
    }
}
