import ArvioCore
import Foundation

extension HTMLReport {
    static func profiles(_ r: ComparisonReport, _ l: Language) -> String {
        var html = ""
        let criteria = r.weights.map(\.criterion)
        for solution in r.round.solutions {
            let items = criteria.compactMap { r.item(solution, $0) }.filter { !$0.isNotApplicable }
            let strengths = items.filter { ($0.value ?? 0) >= 4 }.map(\.criterion)
            let weaknesses = items.filter { ($0.value ?? 0) <= 2 }.map(\.criterion)
            let missing =
                items.filter { $0.unknown > 0 }.map(\.criterion)
                + criteria.filter { c in r.item(solution, c) == nil }
            let disputed = r.disagreements.filter { $0.solution == solution }
                .map { "\($0.criterion) (\(Formatting.number($0.minimum, l))–\(Formatting.number($0.maximum, l)))" }
            let excluded = r.evaluation.gate.excluded.first { $0.solution == solution }
            html +=
                "<article class=\"profile\" aria-labelledby=\"p-\(e(solution))\"><h3 id=\"p-\(e(solution))\">\(e(r.name(solution)))</h3>"
            if let excluded {
                html += paragraph(
                    Formatting.pick(l, "Suljettu pois: ", "Excluded: ") + excluded.failures.map(\.rule).joined(separator: ", "))
            }
            let means = r.areaMeans(solution)
            html += SVGChart.radar(
                id: "radar-\(solution)",
                caption: Formatting.pick(l, "\(r.name(solution)): alueiden keskiarvot (0–5)", "\(r.name(solution)): area means (0–5)"),
                description: means.map { "\($0.area) \($0.mean.map { String(format: "%.1f", $0) } ?? "–")" }.joined(separator: ", "),
                axes: means.map { ($0.area, $0.mean) }, maximum: 5)
            html += "<dl>"
            html +=
                "<dt>\(Formatting.pick(l, "Vahvuudet (≥ 4)", "Strengths (≥ 4)"))</dt><dd>\(e(strengths.isEmpty ? "–" : strengths.joined(separator: ", ")))</dd>"
            html +=
                "<dt>\(Formatting.pick(l, "Heikkoudet (≤ 2)", "Weaknesses (≤ 2)"))</dt><dd>\(e(weaknesses.isEmpty ? "–" : weaknesses.joined(separator: ", ")))</dd>"
            html +=
                "<dt>\(Formatting.pick(l, "Puuttuva näyttö (ei tiedossa tai arvioimatta)", "Missing evidence (unknown or not scored)"))</dt><dd>\(e(missing.isEmpty ? "–" : missing.joined(separator: ", ")))</dd>"
            html +=
                "<dt>\(Formatting.pick(l, "Arvioijat olivat eri mieltä (ero ≥ 2)", "Assessors disagreed (by ≥ 2)"))</dt><dd>\(e(disputed.isEmpty ? "–" : disputed.joined(separator: ", ")))</dd>"
            let evidence = EvidenceView.models(for: solution, project: r.project, source: r.evidence, l)
            if !evidence.isEmpty {
                html +=
                    "<dt>\(EvidenceView.heading(l))</dt><dd><ul>"
                    + EvidenceView.lines(evidence, project: r.project, l).map { "<li>\(e($0))</li>" }.joined() + "</ul></dd>"
            }
            html += "</dl></article>\n"
        }
        return html
    }

    static func agreement(_ r: ComparisonReport, _ l: Language) -> String {
        var html = paragraph(
            Formatting.pick(
                l, "Kendallin W mittaa, missä määrin saman alueen arvioijat järjestävät kohteet samoin (0 = ei yhtäpitävyyttä, 1 = täysi).",
                "Kendall's W measures how far the assessors of an area order the items alike (0 = no agreement, 1 = complete)."))
        html += table(
            caption: Formatting.pick(l, "Yhtäpitävyys alueittain", "Concordance by area"),
            headers: [
                Formatting.pick(l, "Alue", "Area"), Formatting.pick(l, "Arvioijat", "Assessors"), Formatting.pick(l, "Kohteita", "Items"),
                "W",
            ],
            rows: r.concordance.map {
                [$0.area, $0.assessors.joined(separator: ", "), "\($0.items)", $0.w.map { decimal($0, l, places: 2) } ?? "–"]
            },
            numeric: [2, 3])
        html += table(
            caption: Formatting.pick(l, "Erimielisyydet (pisteiden ero vähintään 2)", "Disagreements (scores differ by 2 or more)"),
            headers: [
                Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Kriteeri", "Criterion"),
                Formatting.pick(l, "Pienin", "Lowest"), Formatting.pick(l, "Suurin", "Highest"),
                Formatting.pick(l, "Sovittu arvo", "Agreed value"),
            ],
            rows: r.disagreements.map {
                [
                    r.name($0.solution), $0.criterion, Formatting.number($0.minimum, l), Formatting.number($0.maximum, l),
                    r.item($0.solution, $0.criterion)?.agreed?.name(in: l) ?? "–",
                ]
            },
            numeric: [2, 3])
        if !r.agreed.isEmpty {
            html += table(
                caption: Formatting.pick(l, "Konsensuskokouksessa sovitut arvot", "Values agreed in the consensus meeting"),
                headers: [
                    Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Kriteeri", "Criterion"),
                    Formatting.pick(l, "Sovittu arvo", "Agreed value"), Formatting.pick(l, "Perustelu", "Rationale"),
                    Formatting.pick(l, "Kirjannut", "Recorded by"),
                ],
                rows: r.agreed.map {
                    [r.name($0.solution), $0.criterion, $0.value.name(in: l), $0.rationale, "\($0.recordedBy), \($0.recordedAt)"]
                })
        }
        return html
    }

    static func sensitivity(_ r: ComparisonReport, _ l: Language) -> String {
        guard let stability = r.stability, let smaa = r.smaa else { return "" }
        let context = context(r, l)
        var html = paragraph(SensitivityView.sentence(stability, smaa, context, l))
        let areas = stability.intervals.filter { $0.parameter.within == nil }
        html += SVGChart.intervals(
            id: "stability",
            caption: Formatting.pick(
                l, "Alueiden painojen vakausvälit: johtaja pysyy samana välin sisällä (musta viiva = nykyinen paino)",
                "Stability intervals of the area weights: the leader stays the same within the bar (black line = current weight)"),
            description: areas.map {
                "\($0.parameter.id): \(SensitivityView.range($0.winner, l)), \(Formatting.pick(l, "nyt", "now")) \(Formatting.percent($0.parameter.current, l))"
            }.joined(separator: "; "),
            rows: areas.map { ($0.parameter.id, $0.winner, $0.parameter.current, SensitivityView.range($0.winner, l)) })
        let stabilityTable = SensitivityView.stabilityTable(stability, context, l)
        html += table(
            caption: Formatting.pick(l, "Painojen vakaus (tarkat välit)", "Weight stability (exact intervals)"),
            headers: stabilityTable.columns.map(\.title), rows: stabilityTable.rows, numeric: [1, 2, 3])
        let order = SensitivityView.order(smaa)
        let m = smaa.alternatives.count
        html += SVGChart.stacked(
            id: "acceptability",
            caption: Formatting.pick(
                l, "Sijojen hyväksyttävyys: osuus painonäytteistä, joissa ratkaisu saa kunkin sijan",
                "Rank acceptability: the share of weight draws in which each solution takes each rank"),
            description: order.map { i in
                "\(r.name(smaa.alternatives[i])): "
                    + (0..<m).map { "\($0 + 1). \(Formatting.percent(smaa.rankAcceptability[i][$0], l))" }.joined(separator: ", ")
            }.joined(separator: "; "),
            series: (1...m).map { Formatting.pick(l, "sija \($0)", "rank \($0)") },
            rows: order.map { i in
                (r.name(smaa.alternatives[i]), smaa.rankAcceptability[i], Formatting.percent(smaa.holisticAcceptability[i], l))
            }, scale: 1)
        let acceptability = SensitivityView.acceptabilityTable(smaa, context, l)
        html += table(
            caption: SensitivityView.settings(smaa, l), headers: acceptability.columns.map(\.title), rows: acceptability.rows,
            numeric: Set(1..<acceptability.columns.count))
        return html
    }

    /// Each stakeholder's weights and ranking beside the group's and the model's, and SMAA-2 between their views.
    static func stakeholders(_ r: ComparisonReport, _ l: Language) -> String {
        guard let a = r.stakeholders else { return paragraph(StakeholderView.otherModel(r.round.model, l)) }
        let context = context(r, l)
        var html =
            a.members.contains(where: \.illustrative) ? "<p class=\"warning\"><strong>\(e(StakeholderView.invented(l)))</strong></p>\n" : ""
        html += paragraph(StakeholderView.sentence(a, context, l))
        html += "<ul>" + StakeholderView.legend(a, l).map { "<li>\(e($0))</li>" }.joined() + "</ul>\n"
        html += paragraph(Formatting.pick(l, "Ryhmän painot", "Group weights") + ": " + StakeholderView.rule(a.weights.rule, l) + ".")
        let weights = StakeholderView.weightsTable(a, model: r.weights, context, l)
        html += table(
            caption: Formatting.pick(l, "Painot: malli, kukin sidosryhmä ja ryhmä", "Weights: the model, each stakeholder and the group"),
            headers: weights.columns.map(\.title), rows: weights.rows, numeric: Set(1..<weights.columns.count))
        if let note = StakeholderView.criteriaNote(a, l) { html += paragraph(note) }
        if let base = r.weightModel {
            let lines = a.members.flatMap { member in
                StakeholderView.consistencyLines(member, (try? member.consistency(base: base)) ?? [], l)
            }
            if !lines.isEmpty { html += "<ul>" + lines.map { "<li>\(e($0))</li>" }.joined() + "</ul>\n" }
        }
        if let outcome = a.outcome {
            let ranks = StakeholderView.rankingTable(outcome, members: a.members, context, l)
            html += table(
                caption: Formatting.pick(
                    l, "Sijat painoittain ja osuus, jossa ratkaisu on ensimmäinen sidosryhmien painojen väliltä arvotuissa painoissa",
                    "Ranks by whose weights, and the share of draws between the stakeholders' weights in which each solution ranks first"),
                headers: ranks.columns.map(\.title), rows: ranks.rows, numeric: Set(1..<ranks.columns.count))
            html += paragraph(SensitivityView.settings(outcome.smaa, l))
        }
        return html
    }

    static func appendix(_ r: ComparisonReport, _ l: Language) -> String {
        let order = Dictionary(r.weights.enumerated().map { ($0.element.criterion, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let sorted = r.scores.sorted {
            ($0.solution, order[$0.criterion] ?? .max, $0.assessor) < ($1.solution, order[$1.criterion] ?? .max, $1.assessor)
        }
        let rows = sorted.map { score -> [String] in
            let links = score.evidence.map { link in
                link.hasPrefix("https://") || link.hasPrefix("http://") ? "<a href=\"\(e(link))\">\(e(link))</a>" : e(link)
            }
            return [
                e(r.name(score.solution)), e(score.criterion), e(score.assessor), e(score.value.name(in: l)), e(score.rationale),
                links.joined(separator: "<br/>"),
            ]
        }
        return table(
            caption: Formatting.pick(l, "Kaikki pisteet perusteluineen", "Every score with its rationale"),
            headers: [
                Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Kriteeri", "Criterion"),
                Formatting.pick(l, "Arvioija", "Assessor"),
                Formatting.pick(l, "Piste", "Score"), Formatting.pick(l, "Perustelu", "Rationale"),
                Formatting.pick(l, "Näyttö", "Evidence"),
            ], rows: rows, raw: true)
    }
}
