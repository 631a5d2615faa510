import ArvioCore
import Foundation

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
        let (rows, problems) = CSVScanner.namedRows(text, file: file, allowed: Self.columns, required: Self.required)
        guard problems.isEmpty else { throw Diagnostics(problems) }
        let (members, rowProblems) = check(rows, file: file, base: base, areas: areas, illustrative: illustrative)
        guard rowProblems.isEmpty else { throw Diagnostics(rowProblems) }
        return members
    }

    /// Rows read from a CSV file or a workbook's sheet as stakeholders' weights, and a located diagnostic for every
    /// problem: each row on its own, then (when the rows are sound) every stakeholder against the round's model.
    /// - Parameter row: each row's number (a CSV line, a sheet row) is its `row.line`, for "given already on line n".
    package static func check(
        _ rows: [ScoreRow], file: String, base: WeightModel, areas: [Area], illustrative: Bool = false
    ) -> ([StakeholderWeights], [Diagnostic]) {
        var problems: [Diagnostic] = []
        var members: [StakeholderWeights] = []
        var seen: [String: Int] = [:]  // "stakeholder/area/item/versus" → first row
        for row in rows {
            func fail(_ name: String, _ reason: Diagnostic.Reason) { problems.append(Diagnostic(at: row.location(name), reason)) }
            let id = row["stakeholder"]
            guard Identifier.isValid(id) else {
                fail("stakeholder", .invalidID(id))
                continue
            }
            guard let technique = StakeholderWeights.Technique(rawValue: row["technique"]) else {
                let allowed = StakeholderWeights.Technique.allCases.map(\.rawValue)
                fail(
                    "technique",
                    .invalidValue(
                        field: "technique", found: row["technique"], allowed: allowed,
                        suggestion: nearest(to: row["technique"], in: allowed)))
                continue
            }
            var importance: Double?
            if !row["importance"].isEmpty {
                guard let number = Self.number(row["importance"]) else {
                    fail("importance", .notANumber(field: "importance", found: row["importance"]))
                    continue
                }
                guard number >= 0 else {
                    fail("importance", .worded(WeightingError.Reason.importance(person: nil, value: number)))
                    continue
                }
                importance = number
            }
            let (area, item, versus) = (row["area"], row["item"], row["versus"])
            guard let number = Self.number(row["value"]) else {
                fail("value", .notANumber(field: "value", found: row["value"]))
                continue
            }
            if technique == .ahp, versus.isEmpty {
                fail("versus", .emptyField("versus"))
                continue
            }
            if technique != .ahp, !versus.isEmpty {
                fail("versus", .invalidValue(field: "versus", found: versus, allowed: [""], suggestion: nil))
                continue
            }
            let key = [id, area, item, versus].joined(separator: "/")
            if let first = seen[key] {
                fail("item", .worded(WeightingError.Reason.givenTwice(id: item, versus: versus.isEmpty ? nil : versus, firstLine: first)))
                continue
            }
            seen[key] = row.row.line ?? 0

            let index =
                members.firstIndex { $0.stakeholder == id }
                ?? {
                    members.append(
                        StakeholderWeights(
                            stakeholder: id, name: row["name"].isEmpty ? id : row["name"], importance: importance ?? 1,
                            illustrative: illustrative, technique: technique, areas: .init()))
                    return members.count - 1
                }()
            let member = members[index]
            if member.technique != technique {
                fail(
                    "technique",
                    .worded(
                        WeightingError.Reason.mixedTechniques(stakeholder: id, first: member.technique.rawValue, then: technique.rawValue)))
                continue
            }
            if !row["name"].isEmpty, row["name"] != member.name {
                fail("name", .invalidValue(field: "name", found: row["name"], allowed: [member.name], suggestion: member.name))
            }
            if let importance, importance != member.importance {
                fail(
                    "importance",
                    .invalidValue(field: "importance", found: row["importance"], allowed: ["\(member.importance)"], suggestion: nil))
            }
            var level = area.isEmpty ? member.areas : member.criteria[area] ?? .init()
            let origin = row.location("value")
            if technique == .ahp {
                level.judgements.append(Judgement(row: item, column: versus, value: number, origin: origin))
            } else {
                level.weights.append(Weight(id: item, value: number, origin: origin))
            }
            if area.isEmpty { members[index].areas = level } else { members[index].criteria[area] = level }
        }
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
        return (problems.isEmpty ? members : [], problems)
    }

    /// `3`, `0.5`, `0,5` or `1/3`: a judgement or a weight as people type it.
    static func number(_ raw: String) -> Double? {
        let text = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        if let slash = text.firstIndex(of: "/") {
            guard let top = Double(text[..<slash]), let bottom = Double(text[text.index(after: slash)...]), bottom != 0,
                (top / bottom).isFinite
            else { return nil }
            return top / bottom
        }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
