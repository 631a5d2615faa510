import ArvioCore

/// The stakeholders' weights of a round (`arvio weights show`, `weights set` and the report): each one's weights and
/// ranking beside the group's and the round model's, the rule that combined them, and how often each solution ranks
/// first with weights drawn between their views.
package enum StakeholderView {
    package typealias Context = SensitivityView.Context

    /// The report's section heading.
    package static func heading(_ l: Language) -> String { Formatting.pick(l, "Sidosryhmien painot", "Stakeholders' weights") }

    /// Why a report under another weight model than the round's leaves the stakeholders' weights out.
    package static func otherModel(_ model: String, _ l: Language) -> String {
        Formatting.pick(
            l,
            "Kierroksen sidosryhmät antoivat painonsa kierroksen omalle painomallille; tämä raportti käyttää mallia \(model), joten heidän painojaan ei näytetä.",
            "The round's stakeholders gave their weights for the round's own weight model; this report uses the model \(model) instead, so their weights are not shown."
        )
    }

    /// The rule that combined the group's weights, named as every output names it.
    package static func rule(_ rule: StakeholderGroup.Rule, _ l: Language) -> String {
        switch rule {
        case .geometricMeanOfWeights:
            Formatting.pick(
                l,
                "painoarvoilla painotettu painojen geometrinen keskiarvo taso kerrallaan (alueet, sitten kunkin alueen kriteerit), skaalattuna summaan 1; AHP-vertailuille tämä on AIP (Forman & Peniwati 1998); jos joku laskettu antaa painon 0, ryhmän paino on 0",
                "the importance-weighted geometric mean of the weights level by level (areas, then each area's criteria), scaled to sum to 1; for AHP comparisons this is AIP (Forman & Peniwati 1998); a weight of 0 from anyone counted makes the group's 0"
            )
        case .geometricMeanOfJudgements:
            Formatting.pick(
                l,
                "AHP-vertailujen geometrinen keskiarvo taso kerrallaan (AIJ, Aczél & Saaty 1983) ja ryhmämatriisin painot",
                "the geometric mean of the AHP judgements level by level (AIJ, Aczél & Saaty 1983) and the group matrix's weights")
        }
    }

    /// Who is who: `id = name` for every member, with their importance and technique, flagged when invented.
    package static func legend(_ a: StakeholderAnalysis, _ l: Language) -> [String] {
        zip(a.members, a.weights.importance).map { member, importance in
            let counted =
                importance > 0
                ? Formatting.pick(l, "painoarvo \(Formatting.percent(importance, l))", "importance \(Formatting.percent(importance, l))")
                : Formatting.pick(l, "kuultu, ei laskettu", "heard, not counted")
            let invented = member.illustrative ? Formatting.pick(l, ", keksitty", ", invented") : ""
            return "\(member.stakeholder) = \(member.name) (\(technique(member.technique, l)), \(counted)\(invented))"
        }
    }

    static func technique(_ technique: StakeholderWeights.Technique, _ l: Language) -> String {
        switch technique {
        case .points: Formatting.pick(l, "pisteet", "points")
        case .swing: "swing"
        case .ahp: Formatting.pick(l, "AHP-parivertailut", "AHP pairwise comparisons")
        }
    }

    /// Areas (their weights), each followed by its criteria (global weights): the model's, each member's, the group's.
    /// - Parameter allCriteria: false lists the criteria only of the areas some member weighted within; the others
    ///   keep the model's local weights, so their global weights follow the area's (``criteriaNote(_:_:)`` says so).
    package static func weightsTable(
        _ a: StakeholderAnalysis, model: [CriterionWeight], _ context: Context, _ l: Language, allCriteria: Bool = false
    ) -> Table {
        var table = Table(
            columns: [.init(Formatting.pick(l, "paino", "weight"), .left, .wrap), .init(Formatting.pick(l, "malli", "model"), .right)]
                + a.members.map { .init($0.stakeholder, .right) } + [.init(Formatting.pick(l, "ryhmä", "group"), .right)])
        let all = [model] + a.weights.individualWeights + [a.weights.groupWeights]
        for area in a.weights.areaOrder {
            let name = context.names[area].map { "\(area) \($0)" } ?? area
            table.rows.append([name] + all.map { rows in Formatting.percent(rows.first { $0.area == area }?.areaWeight ?? 0, l) })
            guard allCriteria || a.members.contains(where: { $0.criteria[area] != nil }) else { continue }
            for criterion in model.filter({ $0.area == area }).map(\.criterion) {
                table.rows.append(
                    ["  " + criterion]
                        + all.map { rows in Formatting.percent(rows.first { $0.criterion == criterion }?.global ?? 0, l) })
            }
        }
        return table
    }

    /// Which areas' criteria nobody weighted within, or nil when every area's were.
    package static func criteriaNote(_ a: StakeholderAnalysis, _ l: Language) -> String? {
        let kept = a.weights.areaOrder.filter { area in !a.members.contains { $0.criteria[area] != nil } }
        guard !kept.isEmpty else { return nil }
        return Formatting.pick(
            l,
            "\(kept.count == 1 ? "Alueen" : "Alueiden") \(kept.joined(separator: ", ")) kriteereille kukaan ei antanut omia painoja: niissä ovat mallin omat painot alueen sisällä, ja kriteerien kokonaispainot seuraavat alueen painoa.",
            "Nobody weighted the criteria within \(kept.joined(separator: ", ")): those keep the model's weights within the area, and their global weights follow the area's."
        )
    }

    /// Each solution's rank under the model's, the group's and each member's weights, and its first-rank share of the
    /// draws between the members' views; in the model's order.
    package static func rankingTable(_ a: StakeholderAnalysis.Outcome, members: [StakeholderWeights], _ context: Context, _ l: Language)
        -> Table
    {
        var table = Table(
            columns: [.init(Formatting.pick(l, "ratkaisu", "solution"), .left, .wrap), .init(Formatting.pick(l, "malli", "model"), .right)]
                + [.init(Formatting.pick(l, "ryhmä", "group"), .right)] + members.map { .init($0.stakeholder, .right) }
                + [.init(Formatting.pick(l, "kärjessä näytteissä", "1st in draws"), .right)])
        let rank = { (ranking: Ranking?, i: Int) in ranking.map { "\($0.ranks[i])" } ?? "–" }
        for i in a.modelRanking.order {
            table.rows.append(
                [context.name(a.model.alternatives[i]), rank(a.modelRanking, i), rank(a.groupRanking, i)]
                    + a.rankings.map { rank($0, i) } + [Formatting.percent(a.smaa.rankAcceptability[i][0], l)])
        }
        return table
    }

    /// Who wins under whose weights, and how often each solution ranks first between their views.
    package static func sentence(_ a: StakeholderAnalysis, _ context: Context, _ l: Language) -> String {
        guard let outcome = a.outcome else {
            return Formatting.pick(
                l, "Yksikään ratkaisu ei läpäissyt pakollisia vaatimuksia, joten järjestyksiä ei ole.",
                "No solution passed the must-have gate, so there are no rankings.")
        }
        let leader = { (ranking: Ranking?) in
            ranking.flatMap { $0.order.first }.map { context.name(outcome.model.alternatives[$0]) } ?? "–"
        }
        var text = Formatting.pick(
            l, "Ryhmän painoilla johtaa \(leader(outcome.groupRanking)); ",
            "Under the group's weights \(leader(outcome.groupRanking)) leads; ")
        text += Formatting.pick(l, "kunkin omilla painoilla: ", "under each one's own weights: ")
        text += zip(a.members, outcome.rankings).map { "\($0.name) → \(leader($1))" }.joined(separator: ", ") + ". "
        return text + hullSentence(outcome.smaa, stakeholders: a.counted.count, context, l)
    }

    /// How often solutions rank first with weights drawn between the stakeholders' views, most often first.
    package static func hullSentence(_ smaa: SMAA.Result, stakeholders: Int, _ context: Context, _ l: Language) -> String {
        let firsts = smaa.alternatives.indices.filter { smaa.rankAcceptability[$0][0] > 0 }
            .sorted { (smaa.rankAcceptability[$1][0], $0) < (smaa.rankAcceptability[$0][0], $1) }
        let shares = firsts.map { "\(context.name(smaa.alternatives[$0])) \(Formatting.percent(smaa.rankAcceptability[$0][0], l))" }
        let values =
            smaa.uncertainCells > 0
            ? Formatting.pick(
                l, " ja kiistanalaiset pisteet arvioijien antamista arvoista", " and each disputed score drawn from the assessors' values")
            : ""
        return Formatting.pick(
            l,
            "Kun painot arvotaan \(stakeholders) sidosryhmän näkemysten väliltä (\(smaa.samples) satunnaista sekoitusta, kertoimet Dirichlet(1)\(values)), ensimmäisenä on: \(shares.joined(separator: ", ")).",
            "With weights drawn between the \(stakeholders) stakeholders' views (\(smaa.samples) random mixtures, coefficients Dirichlet(1)\(values)), first is: \(shares.joined(separator: ", "))."
        )
    }

    /// The most inconsistent judgement of every AHP comparison whose CR exceeds 0.10, member by member.
    package static func consistencyLines(_ member: StakeholderWeights, _ results: [(area: String?, result: AHP.Result)], _ l: Language)
        -> [String]
    {
        results.map { area, result in
            let level =
                area.map { Formatting.pick(l, "alueen \($0) kriteerit", "criteria of \($0)") } ?? Formatting.pick(l, "alueet", "areas")
            var line = "\(member.stakeholder), \(level): CR \(RankingView.fixed(result.consistencyRatio, l))"
            if !result.isAcceptable, let worst = result.mostInconsistent {
                line += Formatting.pick(
                    l,
                    " (> 0,10: ristiriitainen); ristiriitaisin vertailu \(worst.row) : \(worst.column) = \(RankingView.fixed(worst.given, l)), painoihin sopisi \(RankingView.fixed(worst.consistentValue, l))",
                    " (> 0.10: inconsistent); most inconsistent judgement \(worst.row) : \(worst.column) = \(RankingView.fixed(worst.given, l)), the weights imply \(RankingView.fixed(worst.consistentValue, l))"
                )
            }
            return line
        }
    }

    /// `arvio weights set`: one stakeholder's weights shown back to them, areas and criteria, with the consistency of
    /// their comparisons. Nobody else's: the round is still blind.
    package static func memberText(
        _ member: StakeholderWeights, rows: [CriterionWeight], consistency: [String], round: String, _ context: Context, _ l: Language,
        width: Int = .max
    ) -> String {
        var table = Table(columns: [
            .init(Formatting.pick(l, "paino", "weight"), .left, .wrap), .init(Formatting.pick(l, "osuus", "share"), .right),
        ])
        var areas: [String] = []
        for row in rows where !areas.contains(row.area) { areas.append(row.area) }
        for area in areas {
            let name = context.names[area].map { "\(area) \($0)" } ?? area
            table.rows.append([name, Formatting.percent(rows.first { $0.area == area }?.areaWeight ?? 0, l)])
            for row in rows where row.area == area { table.rows.append(["  " + row.criterion, Formatting.percent(row.global, l)]) }
        }
        let lines =
            [
                Formatting.pick(
                    l,
                    "Tallennettiin sidosryhmän \(member.stakeholder) (\(member.name)) painot kierrokselle \(round) (\(technique(member.technique, l))).",
                    "Stored the weights of stakeholder \(member.stakeholder) (\(member.name)) for round \(round) (\(technique(member.technique, l)))."
                ),
                Formatting.pick(
                    l, "Alueet ja niiden kriteerien kokonaispainot; muut näkevät ne, kun kierros paljastetaan.",
                    "Areas and their criteria's global weights; others see them once the round is revealed."),
                "", table.text(width: width),
            ] + consistency
        return lines.joined(separator: "\n") + "\n"
    }

    /// `arvio weights show`: legend, rule, weights, rankings, the sentence.
    package static func text(
        _ a: StakeholderAnalysis, model: [CriterionWeight], consistency: [String], _ context: Context, _ l: Language, width: Int = .max
    ) -> String {
        var lines = [heading(l) + " (\(context.subject))"]
        if a.members.contains(where: \.illustrative) { lines.append(invented(l)) }
        lines += legend(a, l)
        lines += ["", Formatting.pick(l, "Ryhmän painot", "Group weights") + ": " + rule(a.weights.rule, l) + ".", ""]
        lines.append(weightsTable(a, model: model, context, l).text(width: width))
        lines += (criteriaNote(a, l).map { [$0] } ?? []) + consistency
        if let outcome = a.outcome { lines += ["", rankingTable(outcome, members: a.members, context, l).text(width: width)] }
        lines += ["", sentence(a, context, l)]
        return lines.joined(separator: "\n") + "\n"
    }

    static func invented(_ l: Language) -> String {
        Formatting.pick(
            l, "HAVAINNOLLINEN: merkityt sidosryhmät ja heidän painonsa on keksitty työkalun esittelyä varten.",
            "ILLUSTRATIVE: the stakeholders marked invented, and their weights, are made up to show the tool.")
    }

    /// `kind,item,who,value`: every weight (area and global criterion weights, `model`, each member, `group`), every
    /// rank, and each solution's first-rank share in the hull draws (`who` = `hull`).
    package static func csv(_ a: StakeholderAnalysis, model: [CriterionWeight]) -> String {
        var table = Table(columns: ["kind", "item", "who", "value"].map { .init($0) })
        let all =
            [("model", model)] + zip(a.members.map(\.stakeholder), a.weights.individualWeights).map { ($0, $1) } + [
                ("group", a.weights.groupWeights)
            ]
        for area in a.weights.areaOrder {
            for (who, rows) in all {
                table.rows.append(["area-weight", area, who, Formatting.decimal(rows.first { $0.area == area }?.areaWeight ?? 0)])
            }
        }
        for criterion in model.map(\.criterion) {
            for (who, rows) in all {
                table.rows.append([
                    "criterion-weight", criterion, who, Formatting.decimal(rows.first { $0.criterion == criterion }?.global ?? 0),
                ])
            }
        }
        if let outcome = a.outcome {
            let rankings =
                [("model", outcome.modelRanking as Ranking?), ("group", outcome.groupRanking)]
                + zip(a.members.map(\.stakeholder), outcome.rankings).map { ($0, $1) }
            for i in outcome.modelRanking.order {
                let id = outcome.model.alternatives[i]
                for (who, ranking) in rankings { table.rows.append(["rank", id, who, ranking.map { "\($0.ranks[i])" } ?? ""]) }
                table.rows.append(["first-share", id, "hull", Formatting.decimal(outcome.smaa.rankAcceptability[i][0])])
            }
        }
        return table.csv()
    }

    package struct Document: Hashable, Sendable, Codable {
        package struct Member: Hashable, Sendable, Codable {
            package var id: String
            package var name: String
            package var technique: String
            package var importance: Double
            package var illustrative: Bool
            package var areaWeights: [String: Double]
            package var criterionWeights: [String: Double]
            package var ranks: [String: Int]?
        }

        package var illustrative: Bool
        package var subject: String
        package var rule: String
        package var ruleText: String
        package var members: [Member]
        package var group: Member
        package var model: Member
        /// Each solution's share of first places with weights drawn from the hull of the counted members' weights.
        package var hullFirstShares: [String: Double]?
        package var hullSamples: Int?
        package var hullSeed: UInt64?
    }

    package static func document(_ a: StakeholderAnalysis, model: [CriterionWeight], _ context: Context, illustrative: Bool) -> Document {
        func member(
            _ id: String, _ name: String, _ technique: String, _ importance: Double, _ invented: Bool, _ rows: [CriterionWeight],
            _ ranking: Ranking?
        )
            -> Document.Member
        {
            Document.Member(
                id: id, name: name, technique: technique, importance: importance, illustrative: invented,
                areaWeights: Dictionary(rows.map { ($0.area, $0.areaWeight) }, uniquingKeysWith: { first, _ in first }),
                criterionWeights: Dictionary(rows.map { ($0.criterion, $0.global) }, uniquingKeysWith: { first, _ in first }),
                ranks: ranking.map { ranking in Dictionary(uniqueKeysWithValues: zip(ranking.alternatives, ranking.ranks)) })
        }
        return Document(
            illustrative: illustrative || a.members.contains(where: \.illustrative), subject: context.subject,
            rule: a.weights.rule.rawValue,
            ruleText: rule(a.weights.rule, .en),
            members: a.members.indices.map { k in
                let m = a.members[k]
                return member(
                    m.stakeholder, m.name, m.technique.rawValue, a.weights.importance[k], m.illustrative, a.weights.individualWeights[k],
                    a.outcome?.rankings[k])
            },
            group: member("group", "group", a.weights.rule.rawValue, 1, false, a.weights.groupWeights, a.outcome?.groupRanking),
            model: member("model", context.subject, "model", 1, false, model, a.outcome?.modelRanking),
            hullFirstShares: a.outcome.map(\.smaa).map { smaa in
                Dictionary(uniqueKeysWithValues: zip(smaa.alternatives, smaa.rankAcceptability.map { $0[0] }))
            },
            hullSamples: a.outcome?.smaa.samples, hullSeed: a.outcome?.smaa.seed)
    }
}
