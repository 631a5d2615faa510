import ArvioCore
import Foundation

/// Reads one `toolkit/<id>.md`: YAML front matter between `---` lines, then the template's `## ` sections, the
/// numbered process steps by role and the phase checklists. Every problem is located by file and line.
enum OperatingModelParser {
    static let fields = [
        "id", "version", "status", "title_fi", "title_en", "short_description_fi", "summary_en", "category", "service_areas",
        "target_groups", "place", "region", "funder", "development_phase", "owner", "contact", "solutions", "required_criteria",
        "legal_basis", "innokyla_url", "kpis", "feedback_survey", "created", "updated", "tags",
    ]

    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its path from the project root, cited by errors.
    ///   - expectedID: the id the file name implies, or nil to skip that check.
    static func parse(_ text: String, file: String, expectedID: String?, sink: DiagnosticSink) -> OperatingModel? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" })
        else {
            sink.report(SourceLocation(file: file, line: 1), .missingFrontMatter)
            return nil
        }
        // An empty first line keeps YAML line numbers equal to the file's.
        let yaml = "\n" + lines[1..<close].joined(separator: "\n")
        let model = frontMatter(yaml, file: file, expectedID: expectedID, sink: sink)
        let body = Array(lines[(close + 1)...]).map(String.init)
        let (sections, steps, checklists) = self.body(body, firstLine: close + 2, file: file, sink: sink)
        guard var model else { return nil }
        model.sections = sections
        model.steps = steps
        model.checklists = checklists
        return model
    }

    static func frontMatter(_ yaml: String, file: String, expectedID: String?, sink: DiagnosticSink) -> OperatingModel? {
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink), let map = root.mapping(allowed: fields) else { return nil }
        func texts(_ key: String) -> [String] {
            guard let reader = map.optional(key) else { return [] }
            if reader.isScalar { return reader.text().map { [$0] } ?? [] }
            return reader.list()?.compactMap { $0.text() } ?? []
        }
        let id = map.required("id")?.id()
        if let id, let expectedID, id != expectedID, let reader = map.optional("id") {
            sink.report(reader.location, .idDoesNotMatchFileName(id: id, expected: "\(id).md"))
        }
        let version = map.required("version")?.text()
        let status = map.required("status")?.value(of: PublicationStatus.self)
        let titleFi = map.required("title_fi")?.text()
        let titleEn = map.required("title_en")?.text()
        let summaryFi = map.required("short_description_fi")?.text()
        let summaryEn = map.required("summary_en")?.text()
        let category = map.optional("category")?.id()
        let url = map.optional("innokyla_url")?.text()
        if let url, !SolutionParser.isWebAddress(url), let reader = map.optional("innokyla_url") {
            sink.report(reader.location, .invalidURL(url))
        }
        var locations: [String: SourceLocation] = [:]
        for key in map.order { locations[key] = map.optional(key)?.location }
        for key in ["solutions", "required_criteria"] {
            for (index, reader) in (map.optional(key)?.list() ?? []).enumerated() { locations["\(key)[\(index)]"] = reader.location }
        }
        let solutions = map.optional("solutions")?.idList() ?? []
        let required = map.optional("required_criteria")?.idList() ?? []
        let kpis = map.optional("kpis")?.idList() ?? []
        guard let id, let version, let status, let titleFi, let titleEn, let summaryFi, let summaryEn else { return nil }
        return OperatingModel(
            id: id, version: version, status: status, title: LocalizedText(fi: titleFi, en: titleEn),
            summary: LocalizedText(fi: summaryFi, en: summaryEn), category: category, serviceAreas: texts("service_areas"),
            targetGroups: texts("target_groups"), place: map.optional("place")?.text() ?? "", region: map.optional("region")?.text() ?? "",
            developmentPhase: map.optional("development_phase")?.text() ?? "", owner: map.optional("owner")?.text() ?? "",
            solutions: solutions, requiredCriteria: required, legalBasis: texts("legal_basis"), innokylaURL: url, kpis: kpis,
            feedbackSurvey: map.optional("feedback_survey")?.text(), created: map.optional("created")?.text() ?? "",
            updated: map.optional("updated")?.text() ?? "", tags: texts("tags"), origin: SourceLocation(file: file, line: 1),
            locations: locations)
    }

    /// The sections in order, the steps of "Toiminnan kuvaus" and the phase checklists. After a line `# In English`,
    /// sections under their English headings give the English text of any of them (the steps and checklists stay those
    /// of the Finnish body).
    static func body(_ lines: [String], firstLine: Int, file: String, sink: DiagnosticSink) -> (
        [Section], [ProcessStep], [ChecklistItem]
    ) {
        let headings = SectionKind.allCases.map(\.rawValue)
        var sections: [Section] = []
        var steps: [ProcessStep] = []
        var checklists: [ChecklistItem] = []
        var current: (kind: SectionKind, line: Int, text: [String])?
        var seen: [SectionKind: Int] = [:]
        var english: [SectionKind: String] = [:]
        var seenInEnglish: [SectionKind: Int] = [:]
        var inEnglish = false
        func close() {
            guard let current else { return }
            let markdown = current.text.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            let heading = inEnglish ? current.kind.english : current.kind.rawValue
            if markdown.isEmpty {
                sink.report(SourceLocation(file: file, line: current.line), .emptyField("## \(heading)"))
            }
            if inEnglish {
                english[current.kind] = markdown
            } else {
                sections.append(Section(kind: current.kind, markdown: markdown, line: current.line))
            }
        }
        for (offset, raw) in lines.enumerated() {
            let line = firstLine + offset
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed == SectionKind.englishBody {
                close()
                current = nil
                inEnglish = true
                continue
            }
            if trimmed.hasPrefix("## ") {
                close()
                current = nil
                let heading = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                let known = inEnglish ? SectionKind.allCases.map(\.english) : headings
                guard let kind = SectionKind.allCases.first(where: { (inEnglish ? $0.english : $0.rawValue) == heading }) else {
                    sink.report(
                        SourceLocation(file: file, line: line),
                        .unknownSection(heading, suggestion: nearest(to: heading, in: known), allowed: known))
                    continue
                }
                if let first = inEnglish ? seenInEnglish[kind] : seen[kind] {
                    sink.report(SourceLocation(file: file, line: line), .duplicateKey("## \(heading)", firstLine: first))
                    continue
                }
                if inEnglish { seenInEnglish[kind] = line } else { seen[kind] = line }
                current = (kind, line, [])
                continue
            }
            guard current != nil else { continue }
            current?.text.append(raw)
            for target in LinkTarget.markdownTargets(inLine: raw) where !LinkTarget.isAllowed(target) {
                sink.report(SourceLocation(file: file, line: line), .unsafeLink(target))
            }
            guard !inEnglish, let kind = current?.kind else { continue }
            if kind == .process, let step = step(trimmed, line: line, file: file, sink: sink) { steps.append(step) }
            if SectionKind.phases.contains(kind), let item = ChecklistItem.text(ofLine: trimmed) {
                checklists.append(ChecklistItem(phase: kind, text: item, line: line))
            }
        }
        close()
        for index in sections.indices { sections[index].english = english[sections[index].kind] }
        let end = SourceLocation(file: file, line: firstLine + max(0, lines.count - 1))
        for kind in SectionKind.allCases where seen[kind] == nil { sink.report(end, .missingSection(kind.rawValue)) }
        if let line = seen[.process], steps.isEmpty {
            sink.report(SourceLocation(file: file, line: line), .emptySection(SectionKind.process.rawValue, expected: "numbered steps"))
        }
        for phase in SectionKind.phases {
            if let line = seen[phase], !checklists.contains(where: { $0.phase == phase }) {
                sink.report(SourceLocation(file: file, line: line), .emptySection(phase.rawValue, expected: "checklist items"))
            }
        }
        return (sections, steps, checklists)
    }

    /// `3. **ammattilainen:** text`; a numbered line in another shape is reported.
    static func step(_ line: String, line number: Int, file: String, sink: DiagnosticSink) -> ProcessStep? {
        let digits = line.prefix { $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". "), let index = Int(digits) else { return nil }
        let rest = line.dropFirst(digits.count + 2)
        let location = SourceLocation(file: file, line: number, field: "step \(index)")
        guard rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: ":**") else {
            sink.report(
                location,
                .invalidValue(
                    field: "step", found: String(rest.prefix(40)), allowed: ["\(index). **rooli:** mitä tehdään"], suggestion: nil))
            return nil
        }
        let roleName = rest.dropFirst(2)[..<end.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
        let text = rest.dropFirst(2)[end.upperBound...].trimmingCharacters(in: .whitespaces)
        guard let role = Role(rawValue: roleName) else {
            let roles = Role.allCases.map(\.rawValue)
            sink.report(
                location, .invalidValue(field: "role", found: roleName, allowed: roles, suggestion: nearest(to: roleName, in: roles)))
            return nil
        }
        return ProcessStep(number: index, role: role, text: text, line: number)
    }
}
