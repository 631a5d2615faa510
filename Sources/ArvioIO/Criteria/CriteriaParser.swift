import ArvioCore

/// Reads the files under `criteria/`.
enum CriteriaParser {
    static func scale(_ yaml: String, file: String, sink: DiagnosticSink) -> Scale? {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink), let map = root.mapping(allowed: ["values"]) else {
            return nil
        }
        let values = map.required("values")?.list()?.compactMap { reader -> ScaleValue? in
            guard let value = reader.mapping(allowed: ["code", "kind", "points", "label"]) else { return nil }
            let code = value.required("code")?.id()
            let kind = value.required("kind")?.value(of: ScaleValueKind.self)
            let points = value.optional("points")?.number()
            let label = value.required("label")?.localizedText()
            if kind == .score, !value.has("points") { _ = value.required("points") }
            guard let code, let kind, let label else { return nil }
            return ScaleValue(
                code: code, kind: kind, points: kind == .unknown ? (points ?? 0) : points, label: label,
                origin: value.optional("code")?.location ?? reader.location)
        }
        return Scale(values: values ?? [], origin: root.location)
    }

    static func applicability(_ yaml: String, file: String, sink: DiagnosticSink) -> ApplicabilityTable? {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink),
            let map = root.mapping(allowed: ["categories", "rows"])
        else { return nil }
        let categories = map.required("categories")?.list()?.compactMap { reader -> ArvioCore.Category? in
            guard let category = reader.mapping(allowed: ["id", "name"]) else { return nil }
            let id = category.required("id")?.id()
            let name = category.required("name")?.localizedText()
            guard let id, let name else { return nil }
            return Category(id: id, name: name, origin: category.optional("id")?.location ?? reader.location)
        }
        let rows = map.optional("rows")?.list()?.compactMap { reader -> ApplicabilityRow? in
            guard let row = reader.mapping(allowed: ["criterion", "values", "note"]) else { return nil }
            let criterion = row.required("criterion")?.id()
            var values: [String: Applicability] = [:]
            if let cells = row.required("values")?.mapping(allowed: nil) {
                for key in cells.order {
                    if let value = cells.values[key]?.value(of: Applicability.self) { values[key] = value }
                }
            }
            let note = row.optional("note")?.localizedText()
            guard let criterion else { return nil }
            return ApplicabilityRow(
                criterion: criterion, values: values, note: note,
                origin: row.optional("criterion")?.location ?? reader.location)
        }
        guard let categories else { return nil }
        return ApplicabilityTable(categories: categories, rows: rows ?? [])
    }

    static func area(_ yaml: String, file: String, expectedID: String?, sink: DiagnosticSink) -> Area? {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink),
            let map = root.mapping(allowed: ["id", "name", "order", "optional", "criteria"])
        else { return nil }
        let id = map.required("id")?.id()
        if let id, let expectedID, id != expectedID, let reader = map.optional("id") {
            sink.report(reader.location, .idDoesNotMatchFileName(id: id, expected: "\(id).yaml"))
        }
        let name = map.required("name")?.localizedText()
        let order = map.optional("order")?.integer(in: 0...999) ?? 0
        let optional = map.optional("optional")?.boolean() ?? false
        let criteria = map.required("criteria")?.list()?.compactMap { criterion($0, area: id ?? "") } ?? []
        guard let id, let name else { return nil }
        return Area(
            id: id, name: name, order: order, optional: optional, criteria: criteria, origin: map.optional("id")?.location ?? root.location)
    }

    static func criterion(_ reader: NodeReader, area: String) -> Criterion? {
        guard let map = reader.mapping(allowed: ["id", "name", "evidence", "guide", "anchor"]) else { return nil }
        let id = map.required("id")?.id()
        let name = map.required("name")?.localizedText()
        let evidence = map.required("evidence")?.localizedText()
        var guide: ScoringGuide?
        if let anchors = map.required("guide")?.mapping(allowed: ["zero", "three", "five"]) {
            let zero = anchors.required("zero")?.localizedText()
            let three = anchors.required("three")?.localizedText()
            let five = anchors.required("five")?.localizedText()
            if let zero, let three, let five { guide = ScoringGuide(zero: zero, three: three, five: five) }
        }
        let anchor = map.required("anchor")?.text()
        guard let id, let name, let evidence, let guide, let anchor else { return nil }
        return Criterion(
            id: id, area: area, name: name, evidence: evidence, guide: guide, anchor: anchor,
            origin: map.optional("id")?.location ?? reader.location)
    }

    static func knockOutRules(_ yaml: String, file: String, sink: DiagnosticSink) -> [KnockOutRule] {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink), let map = root.mapping(allowed: ["rules"]) else {
            return []
        }
        return map.required("rules")?.list()?.compactMap(knockOutRule) ?? []
    }

    enum RequirementKind: String, CaseIterable {
        case minimumScore = "minimum-score", met
    }

    static func knockOutRule(_ reader: NodeReader) -> KnockOutRule? {
        let fields = ["id", "criterion", "requirement", "minimum", "categories", "audience", "condition", "legalBasis"]
        guard let map = reader.mapping(allowed: fields) else { return nil }
        let id = map.required("id")?.id()
        let criterion = map.required("criterion")?.id()
        let kind = map.required("requirement")?.value(of: RequirementKind.self)
        let minimum = map.optional("minimum")?.number()
        let categories = map.optional("categories")?.idList() ?? []
        let audience = map.optional("audience")?.value(of: Audience.self)
        let condition = map.required("condition")?.localizedText()
        let legalBasis = map.optional("legalBasis")?.list()?.compactMap { $0.text() } ?? []
        guard let id, let criterion, let kind, let condition else { return nil }
        let requirement: KnockOutRule.Requirement = kind == .met ? .met : .minimumScore(minimum ?? 3)
        return KnockOutRule(
            id: id, criterion: criterion, requirement: requirement, categories: categories, audience: audience,
            condition: condition, legalBasis: legalBasis,
            origin: SourceLocation(
                file: reader.location.file, line: map.optional("id")?.location.line ?? reader.location.line,
                field: reader.location.field))
    }

    static func weightModel(_ yaml: String, file: String, expectedID: String?, sink: DiagnosticSink) -> WeightModel? {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink),
            let map = root.mapping(allowed: ["id", "name", "description", "technique", "areas", "criteria"])
        else { return nil }
        let id = map.required("id")?.id()
        if let id, let expectedID, id != expectedID, let reader = map.optional("id") {
            sink.report(reader.location, .idDoesNotMatchFileName(id: id, expected: "\(id).yaml"))
        }
        let name = map.required("name")?.localizedText()
        let description = map.required("description")?.localizedText()
        let technique = map.required("technique")?.value(of: WeightingTechnique.self)
        var areas: [Weight] = []
        var criteria: [String: [Weight]] = [:]
        var areaJudgements: [Judgement] = []
        var criteriaJudgements: [String: [Judgement]] = [:]
        if technique == .ahp {
            areaJudgements = map.required("areas").map(judgements) ?? []
            if let perArea = map.optional("criteria")?.mapping(allowed: nil) {
                for area in perArea.order {
                    if let reader = perArea.values[area] { criteriaJudgements[area] = judgements(reader) }
                }
            }
        } else {
            areas = map.required("areas").map(weights) ?? []
            if let perArea = map.optional("criteria")?.mapping(allowed: nil) {
                for area in perArea.order {
                    if let reader = perArea.values[area] { criteria[area] = weights(reader) }
                }
            }
        }
        guard let id, let name, let description, let technique else { return nil }
        return WeightModel(
            id: id, name: name, description: description, technique: technique, areas: areas, criteria: criteria,
            areaJudgements: areaJudgements, criteriaJudgements: criteriaJudgements, origin: root.location)
    }

    /// `{U: {T: 1/2, I: 2}, T: {I: 3}}`: the upper triangle of an AHP comparison, row by row.
    static func judgements(_ reader: NodeReader) -> [Judgement] {
        guard let rows = reader.mapping(allowed: nil) else { return [] }
        var result: [Judgement] = []
        for row in rows.order {
            guard let columns = rows.values[row]?.mapping(allowed: nil) else { continue }
            for column in columns.order {
                guard let cell = columns.values[column], let value = cell.judgement() else { continue }
                result.append(Judgement(row: row, column: column, value: value, origin: cell.location))
            }
        }
        return result
    }

    /// `{U: 35, T: 35}` as weights in written order.
    static func weights(_ reader: NodeReader) -> [Weight] {
        guard let map = reader.mapping(allowed: nil) else { return [] }
        return map.order.compactMap { key in
            guard let value = map.values[key], let number = value.number() else { return nil }
            return Weight(id: key, value: number, origin: value.location)
        }
    }
}
