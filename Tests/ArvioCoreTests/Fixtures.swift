@testable import ArvioCore

/// A small, valid project built in code, which tests break one field at a time.
enum Fixture {
    static func text(_ words: String) -> LocalizedText { LocalizedText(fi: words, en: words) }

    static func criterion(_ id: String, area: String) -> Criterion {
        Criterion(
            id: id, area: area, name: text(id), evidence: text("e"),
            guide: ScoringGuide(zero: text("0"), three: text("3"), five: text("5")),
            anchor: "a", origin: SourceLocation(file: "criteria/areas/\(area).yaml", line: 5, field: "criteria[0].id"))
    }

    static var scale: Scale {
        Scale(
            values: [
                ScaleValue(code: "0", kind: .score, points: 0, label: text("0")),
                ScaleValue(code: "5", kind: .score, points: 5, label: text("5")),
                ScaleValue(code: "na", kind: .notApplicable, points: nil, label: text("na")),
                ScaleValue(code: "unknown", kind: .unknown, points: 0, label: text("?")),
            ], origin: SourceLocation(file: "criteria/scale.yaml", line: 1))
    }

    static var library: CriteriaLibrary {
        CriteriaLibrary(
            scale: scale,
            applicability: ApplicabilityTable(
                categories: [Category(id: "VID", name: text("video")), Category(id: "CHAT", name: text("chat"))],
                rows: [
                    ApplicabilityRow(
                        criterion: "U2", values: ["VID": .applies, "CHAT": .notApplicable],
                        origin: SourceLocation(file: "criteria/applicability.yaml", line: 9, field: "rows[0].criterion"))
                ]),
            areas: [
                Area(
                    id: "U", name: text("usability"), order: 1, optional: false,
                    criteria: [criterion("U1", area: "U"), criterion("U2", area: "U")]),
                Area(id: "T", name: text("security"), order: 2, optional: false, criteria: [criterion("T1", area: "T")]),
                Area(id: "C", name: text("cost"), order: 3, optional: true, criteria: [criterion("C1", area: "C")]),
            ],
            knockOutRules: [
                KnockOutRule(
                    id: "KO-T1", criterion: "T1", requirement: .minimumScore(3), audience: .clientFacing,
                    condition: text("strong id"), origin: SourceLocation(file: "criteria/must-haves.yaml", line: 3, field: "rules[0]"))
            ],
            models: [
                WeightModel(
                    id: "expert", name: text("expert"), description: text("d"), technique: .directPercentage,
                    areas: [Weight(id: "U", value: 60), Weight(id: "T", value: 40)],
                    origin: SourceLocation(file: "criteria/models/expert.yaml", line: 1))
            ])
    }

    static func solution(_ id: String, category: String = "VID", usage: [String] = ["a"], promising: Bool = false) -> Solution {
        Solution(
            id: id, name: id.uppercased(), vendor: Fact("Vendor", verification: .unverified), category: category, audience: .clientFacing,
            status: Fact(.inUse, verification: .unverified), description: text("d"),
            usage: usage.map { Usage(organisation: $0, illustrative: true) },
            promising: promising ? PromisingFlag(illustrative: true, reason: text("pilot")) : nil,
            origin: SourceLocation(file: "catalog/solutions/\(id).yaml", line: 1))
    }

    static var organisations: [Organisation] {
        ["a", "b", "c", "d", "e", "rovaniemi"].map {
            Organisation(
                id: $0, name: text($0), type: .municipality, region: "Lappi", verification: .unverified,
                origin: SourceLocation(file: "catalog/organisations.yaml", line: 3, field: "organisations[0].id"))
        }
    }

    static var project: Project {
        Project(organisations: organisations, solutions: [solution("one"), solution("two", category: "CHAT")], criteria: library)
    }
}
