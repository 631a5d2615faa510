import ArvioCore

/// A small round for the report's golden files: three video solutions, two areas of two criteria, two assessors who
/// disagree, one solution failing the must-have on client identification, one N/A and one unknown score.
enum ReportFixture {
    static func text(_ fi: String, _ en: String? = nil) -> LocalizedText { LocalizedText(fi: fi, en: en ?? fi) }

    static func criterion(_ id: String, _ area: String, _ fi: String, _ en: String) -> Criterion {
        Criterion(
            id: id, area: area, name: text(fi, en), evidence: text("näyttö", "evidence"),
            guide: ScoringGuide(zero: text("ei", "no"), three: text("osin", "partly"), five: text("täysin", "fully")), anchor: "fixture")
    }

    static var project: Project {
        let scale = Scale(values: [
            ScaleValue(code: "0", kind: .score, points: 0, label: text("0")),
            ScaleValue(code: "5", kind: .score, points: 5, label: text("5")),
            ScaleValue(code: "na", kind: .notApplicable, points: nil, label: text("ei sovellu", "not applicable")),
            ScaleValue(code: "unknown", kind: .unknown, points: 0, label: text("ei tiedossa", "unknown")),
        ])
        let library = CriteriaLibrary(
            scale: scale,
            applicability: ApplicabilityTable(categories: [Category(id: "VID", name: text("video"))], rows: []),
            areas: [
                Area(
                    id: "U", name: text("Käytettävyys", "Usability"), order: 1, optional: false,
                    criteria: [
                        criterion("U1", "U", "Liittymisen helppous", "Ease of joining"),
                        criterion("U2", "U", "Saavutettavuus", "Accessibility"),
                    ]),
                Area(
                    id: "T", name: text("Tietoturva", "Security"), order: 2, optional: false,
                    criteria: [
                        criterion("T1", "T", "Vahva tunnistaminen", "Strong identification"), criterion("T2", "T", "Salaus", "Encryption"),
                    ]),
            ],
            knockOutRules: [
                KnockOutRule(
                    id: "KO-T1", criterion: "T1", requirement: .minimumScore(3),
                    condition: text("asiakas tunnistetaan vahvasti", "the client is identified strongly"))
            ],
            models: [
                WeightModel(
                    id: "perus", name: text("Perusmalli", "Basic model"), description: text("kuvaus", "description"),
                    technique: .directPercentage,
                    areas: [Weight(id: "U", value: 40), Weight(id: "T", value: 60)],
                    criteria: [
                        "U": [Weight(id: "U1", value: 50), Weight(id: "U2", value: 50)],
                        "T": [Weight(id: "T1", value: 70), Weight(id: "T2", value: 30)],
                    ])
            ])
        let organisations = ["kemi", "tornio"].map {
            Organisation(
                id: $0, name: text($0.prefix(1).uppercased() + $0.dropFirst()), type: .municipality, region: "Lappi",
                verification: .unverified)
        }
        let solutions = [("alfa", "Alfa <Video>", ["kemi", "tornio"]), ("beta", "Beta & Co", ["kemi"]), ("gamma", "Gamma", ["tornio"])].map
        {
            Solution(
                id: $0.0, name: $0.1, vendor: Fact("Vendor", verification: .unverified), category: "VID", audience: .clientFacing,
                status: Fact(.inUse, verification: .unverified), description: text("kuvaus", "description"),
                usage: $0.2.map { Usage(organisation: $0, illustrative: true) })
        }
        return Project(organisations: organisations, solutions: solutions, criteria: library)
    }

    static var round: Round {
        Round(
            id: "pieni", name: "Pieni kierros", state: .revealed, solutions: ["alfa", "beta", "gamma"], model: "perus",
            contentHash: String(repeating: "ab", count: 32), createdAt: "2026-01-01T00:00:00Z", illustrative: true)
    }

    /// Assessor → solution → criterion → score code.
    static let given: [(String, String, [String: String])] = [
        ("anna", "alfa", ["U1": "4", "U2": "3", "T1": "5", "T2": "4"]),
        ("ville", "alfa", ["U1": "5", "U2": "3", "T1": "4", "T2": "unknown"]),
        ("anna", "beta", ["U1": "5", "U2": "na", "T1": "3", "T2": "3"]),
        ("ville", "beta", ["U1": "3", "U2": "na", "T1": "3", "T2": "5"]),
        ("anna", "gamma", ["U1": "5", "U2": "5", "T1": "1", "T2": "5"]),
        ("ville", "gamma", ["U1": "5", "U2": "4", "T1": "2", "T2": "5"]),
    ]

    /// The consensus meeting confirmed alfa's strong identification: a recorded decision that agrees with the scores.
    static let verdicts = [
        Verdict(
            solution: "alfa", rule: "KO-T1", met: true, rationale: "Suomi.fi-tunnistus näytettiin konsensuskokouksessa",
            recordedBy: "koordinaattori", recordedAt: "2026-01-02T10:00:00Z")
    ]

    /// Three stakeholders: points (a name that must be escaped), AHP with the criteria of T compared too, and a swing
    /// heard but not counted.
    static let stakeholders = [
        StakeholderWeights(
            stakeholder: "hankinta", name: "Hankinta <b>& \"osto\"", illustrative: true, technique: .points,
            areas: .init(weights: [Weight(id: "U", value: 30), Weight(id: "T", value: 70)])),
        StakeholderWeights(
            stakeholder: "asiakas", name: "Asiakkaiden edustaja", illustrative: true, technique: .ahp,
            areas: .init(judgements: [Judgement(row: "U", column: "T", value: 3)]),
            criteria: ["T": .init(judgements: [Judgement(row: "T1", column: "T2", value: 1.0 / 2)])]),
        StakeholderWeights(
            stakeholder: "neuvoja", name: "Neuvoja", importance: 0, illustrative: true, technique: .swing,
            areas: .init(weights: [Weight(id: "U", value: 100), Weight(id: "T", value: 50)])),
    ]

    static var record: RoundRecord { RoundRecord(round: round, scores: scores, verdicts: verdicts, stakeholders: stakeholders) }

    static var scores: [ExpertScore] {
        given.flatMap { assessor, solution, values in
            values.sorted { $0.key < $1.key }.map { criterion, code in
                ExpertScore(
                    round: "pieni", solution: solution, criterion: criterion, assessor: assessor, value: ScoreValue(code: code)!,
                    rationale: "\(assessor): \(criterion) perustelu", evidence: ["https://example.org/\(solution)/\(criterion)"])
            }
        }
    }
}
