import ArvioCore

/// Reads stakeholders' weights as CSV, one number per row:
///
/// ```
/// stakeholder,name,importance,technique,area,item,versus,value
/// hankinta,Hankinta,1,points,,U,,40        ← an area's points (area empty)
/// hankinta,Hankinta,1,points,T,T1,,3       ← a criterion's points within area T
/// klinikka,Kliininen edustaja,1,ahp,,T,U,3 ← AHP: T is 3 times as important as U (fractions such as 1/3 allowed)
/// ```
///
/// `name` (default: the id) and `importance` (default 1; 0 = heard, not counted) may be left empty after a
/// stakeholder's first row but must not contradict it. Every row is checked, and every stakeholder against the round's
/// weight model, before anything is returned: every problem located by line and column at once.
package enum StakeholderCSV {
    package static let columns = ["stakeholder", "name", "importance", "technique", "area", "item", "versus", "value"]
    static let required = ["stakeholder", "technique", "item", "value"]

    /// - Parameters:
    ///   - base: the round's weight model; `areas` the criteria library's areas.
    ///   - illustrative: marks every stakeholder read as invented (the sample round's).
    package static func stakeholders(
        _ text: String, file: String, base: WeightModel, areas: [Area], illustrative: Bool = false
    ) throws(Diagnostics) -> [StakeholderWeights] {
        let scanner = CSVScanner(text: text)
        var columns: [String: Int] = [:]
        var width = 0
        var problems: [Diagnostic] = []
        var members: [StakeholderWeights] = []
        var seen: [String: Int] = [:]  // "stakeholder/area/item/versus" → first line
        let unterminated = scanner.scan { fields, line in
            problems += CSVScanner.strayText(in: fields, line: line, file: file)
            if columns.isEmpty {
                width = fields.count
                let header = scanner.header(fields, line: line, file: file, allowed: Self.columns, required: Self.required)
                columns = header.columns
                problems += header.problems
                return
            }
            guard fields.count == width else {
                problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .fieldCount(found: fields.count, expected: width)))
                return
            }
            func value(_ name: String) -> String { columns[name].map { scanner.string(fields[$0]) } ?? "" }
            func at(_ name: String) -> SourceLocation {
                SourceLocation(file: file, line: line, column: columns[name].map { fields[$0].column }, field: name)
            }
            func fail(_ name: String, _ reason: Diagnostic.Reason) { problems.append(Diagnostic(at: at(name), reason)) }

            let id = value("stakeholder")
            guard Identifier.isValid(id) else { return fail("stakeholder", .invalidID(id)) }
            guard let technique = StakeholderWeights.Technique(rawValue: value("technique")) else {
                let allowed = StakeholderWeights.Technique.allCases.map(\.rawValue)
                return fail(
                    "technique",
                    .invalidValue(
                        field: "technique", found: value("technique"), allowed: allowed,
                        suggestion: nearest(to: value("technique"), in: allowed)))
            }
            var importance: Double?
            if !value("importance").isEmpty {
                guard let number = columns["importance"].flatMap({ scanner.number(fields[$0]) }) else {
                    return fail("importance", .notANumber(field: "importance", found: value("importance")))
                }
                guard number >= 0 else { return fail("importance", .worded(WeightingError.Reason.importance(person: nil, value: number))) }
                importance = number
            }
            let (area, item, versus) = (value("area"), value("item"), value("versus"))
            guard let number = columns["value"].flatMap({ PairwiseCSV.judgement(value("value"), scanner: scanner, field: fields[$0]) })
            else { return fail("value", .notANumber(field: "value", found: value("value"))) }
            if technique == .ahp, versus.isEmpty { return fail("versus", .emptyField("versus")) }
            if technique != .ahp, !versus.isEmpty {
                return fail("versus", .invalidValue(field: "versus", found: versus, allowed: [""], suggestion: nil))
            }
            let key = [id, area, item, versus].joined(separator: "/")
            if let first = seen[key] {
                return fail(
                    "item", .worded(WeightingError.Reason.givenTwice(id: item, versus: versus.isEmpty ? nil : versus, firstLine: first)))
            }
            seen[key] = line

            let index =
                members.firstIndex { $0.stakeholder == id }
                ?? {
                    members.append(
                        StakeholderWeights(
                            stakeholder: id, name: value("name").isEmpty ? id : value("name"), importance: importance ?? 1,
                            illustrative: illustrative, technique: technique, areas: .init()))
                    return members.count - 1
                }()
            let member = members[index]
            if member.technique != technique {
                return fail(
                    "technique",
                    .worded(
                        WeightingError.Reason.mixedTechniques(stakeholder: id, first: member.technique.rawValue, then: technique.rawValue)))
            }
            if !value("name").isEmpty, value("name") != member.name {
                fail("name", .invalidValue(field: "name", found: value("name"), allowed: [member.name], suggestion: member.name))
            }
            if let importance, importance != member.importance {
                fail(
                    "importance",
                    .invalidValue(field: "importance", found: value("importance"), allowed: ["\(member.importance)"], suggestion: nil))
            }
            var level = area.isEmpty ? member.areas : member.criteria[area] ?? .init()
            let origin = at("value")
            if technique == .ahp {
                level.judgements.append(Judgement(row: item, column: versus, value: number, origin: origin))
            } else {
                level.weights.append(Weight(id: item, value: number, origin: origin))
            }
            if area.isEmpty { members[index].areas = level } else { members[index].criteria[area] = level }
        }
        if let line = unterminated { problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .unterminatedQuote)) }
        if problems.isEmpty {
            for member in members {
                problems += member.problems(base: base, areas: areas).map {
                    Diagnostic(at: $0.location ?? SourceLocation(file: file), .worded($0.reason))
                }
            }
            if members.isEmpty {
                problems.append(Diagnostic(at: SourceLocation(file: file), .worded(WeightingError.Reason.noStakeholders)))
            }
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return members
    }
}
