import ArvioCore
import Foundation

extension HTMLReport {
    static func gate(_ r: ComparisonReport, _ l: Language) -> String {
        var html = paragraph(
            Formatting.pick(l, "Läpäisivät: ", "Passed: ")
                + (r.evaluation.gate.passed.isEmpty ? "–" : r.evaluation.gate.passed.map(r.name).joined(separator: ", ")))
        var rows: [[String]] = []
        for exclusion in r.evaluation.gate.excluded {
            for failure in exclusion.failures {
                let evidence = r.scores.filter { $0.solution == exclusion.solution && $0.criterion == failure.criterion }
                    .map { "\($0.assessor): \($0.value.name(in: l)) – \($0.rationale)" }
                rows.append([
                    r.name(exclusion.solution), failure.rule, failure.criterion,
                    failure.byVerdict
                        ? Formatting.pick(l, "kirjattu päätös: ei täyty", "recorded decision: not met") : GateView.found(failure.found, l),
                    evidence.joined(separator: " | "),
                ])
            }
        }
        html += decisions(r, l)
        if rows.isEmpty {
            return html
                + paragraph(
                    Formatting.pick(l, "Kaikki ratkaisut läpäisivät pakolliset vaatimukset.", "Every solution passed the must-have gate."))
        }
        html += table(
            caption: Formatting.pick(
                l, "Pois suljetut ratkaisut, hylätyt säännöt ja arvioijien perustelut",
                "Excluded solutions, failed rules and the assessors' evidence"),
            headers: [
                Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Sääntö", "Rule"),
                Formatting.pick(l, "Kriteeri", "Criterion"),
                Formatting.pick(l, "Tulos", "Found"), Formatting.pick(l, "Arvioijat", "Assessors"),
            ], rows: rows)
        return html
    }

    /// The recorded verdicts: rule, decision, what the scores alone implied, rationale, who and when.
    static func decisions(_ r: ComparisonReport, _ l: Language) -> String {
        let gate = r.evaluation.gate
        var html = ""
        if !gate.decisions.isEmpty {
            html += table(
                caption: Formatting.pick(
                    l, "Kirjatut päätökset pakollisista vaatimuksista (ne ratkaisevat säännön pisteistä riippumatta)",
                    "Recorded decisions on must-have rules (they decide the rule whatever the scores imply)"),
                headers: [
                    Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Sääntö", "Rule"),
                    Formatting.pick(l, "Päätös", "Decision"), Formatting.pick(l, "Pisteiden perusteella", "The scores alone"),
                    Formatting.pick(l, "Perustelu", "Rationale"), Formatting.pick(l, "Kirjasi", "Recorded by"),
                    Formatting.pick(l, "Aika", "When"),
                ],
                rows: gate.decisions.map { decision in
                    [
                        r.name(decision.verdict.solution), decision.verdict.rule, GateView.metText(decision.verdict.met, l),
                        "\(GateView.metText(decision.impliedByScores, l)) (\(decision.criterion) = \(GateView.found(decision.found, l)))",
                        decision.verdict.rationale, decision.verdict.recordedBy, decision.verdict.recordedAt,
                    ]
                })
        }
        for verdict in gate.ignoredVerdicts { html += paragraph(GateView.ignoredText(verdict, name: r.name, l)) }
        return html
    }

    static func heatmap(_ r: ComparisonReport, _ l: Language) -> String {
        let criteria = r.weights.map(\.criterion)
        let heatCaption = Formatting.pick(l, "Pisteet ratkaisuittain ja kriteereittäin", "Scores by solution and criterion")
        var html = paragraph(
            Formatting.pick(
                l,
                "Solussa on arvioijien mediaani asteikolla 0–5 ja hajonta (pienin–suurin) tai konsensuskokouksessa sovittu arvo (”sovittu”). ”?” = ei tiedossa (lasketaan 0:ksi), katkoviivareuna; ”N/A” = ei sovellu, raidoitettu tausta.",
                "Each cell holds the assessors' median on the 0–5 scale and their range (lowest–highest), or the value agreed in the consensus meeting ('agreed'). '?' = unknown (counted as 0), dashed border; 'N/A' = not applicable, striped background."
            ))
        html +=
            "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(heatCaption))\"><table class=\"heat\"><caption>\(e(heatCaption))</caption><thead><tr><th scope=\"col\">\(Formatting.pick(l, "Ratkaisu", "Solution"))</th>"
        for criterion in criteria { html += "<th scope=\"col\">\(e(criterion))</th>" }
        html += "</tr></thead><tbody>"
        for solution in r.round.solutions {
            html += "<tr><th scope=\"row\">\(e(r.name(solution)))</th>"
            for criterion in criteria {
                guard let item = r.item(solution, criterion) else {
                    html += "<td class=\"s unknown\">–</td>"
                    continue
                }
                if item.isNotApplicable {
                    html += "<td class=\"s na\">N/A</td>"
                } else if let value = item.value, !item.isUnknown {
                    let spread =
                        item.range.map {
                            $0 > 0
                                ? " <small>(\(Formatting.number(item.minimum ?? 0, l))–\(Formatting.number(item.maximum ?? 0, l)))</small>"
                                : ""
                        } ?? ""
                    let agreed = item.agreed == nil ? "" : " <small>\(Formatting.pick(l, "sovittu", "agreed"))</small>"
                    html +=
                        "<td class=\"s s\(min(5, max(0, Int(value.rounded(.down)))))\">\(Formatting.number(value, l))\(spread)\(agreed)</td>"
                } else {
                    html += "<td class=\"s unknown\">?</td>"
                }
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>\n"
    }

    static func rankings(_ r: ComparisonReport, _ l: Language) -> String {
        var html = paragraph(
            Formatting.pick(
                l,
                "Painotettu summa lukee jokaisen pisteen kriteerin omalla asteikolla 0–5 (asteikkonormalisointi). Ratkaisun pisteet eivät siten riipu siitä, mitkä muut ratkaisut ovat kierroksella: pakollisten vaatimusten karsinta tai uuden ratkaisun lisääminen ei voi muuttaa muiden järjestystä, kuten ratkaisujen välinen min–max-normalisointi voisi.",
                "The weighted sum reads each score on its criterion's own 0–5 scale (scale normalisation). A solution's score therefore does not depend on which other solutions are in the round: excluding one at the must-have gate, or adding one, cannot reorder the others, as min–max normalisation across the solutions could."
            ))
        for ranking in r.rankings {
            let parameters = ranking.parameters.map { $0.text(in: l) }.joined(separator: "; ")
            let better =
                ranking.higherIsBetter
                ? Formatting.pick(l, "suurempi on parempi", "higher is better")
                : Formatting.pick(l, "pienempi on parempi", "lower is better")
            html += table(
                caption: "\(ranking.method.name(in: l).capitalizedFirst) (\(parameters); \(better))",
                headers: [
                    Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Sija", "Rank"), Formatting.pick(l, "Pisteet", "Score"),
                ],
                rows: ranking.order.map {
                    [r.name(ranking.alternatives[$0]), "\(ranking.ranks[$0])", decimal(ranking.scores[$0], l, places: 4)]
                },
                numeric: [1, 2])
        }
        for left in r.methodsLeftOut { html += paragraph(RankingView.leftOutText(left, inRound: true, l)) }
        guard r.rankings.count > 1 else { return html }
        let names = r.rankings.map { $0.method.name(in: l) }
        let rows = r.rankings.map { a in
            [a.method.name(in: l)] + r.rankings.map { b in RankAgreement.spearman(a, b).map { decimal($0, l, places: 2) } ?? "–" }
        }
        html += table(
            caption: Formatting.pick(l, "Menetelmien yhtäpitävyys (Spearmanin ρ)", "Agreement between methods (Spearman's ρ)"),
            headers: [""] + names, rows: rows, numeric: Set(1...names.count))
        if let consensus = r.consensus {
            html += table(
                caption: Formatting.pick(
                    l, "Konsensusjärjestys (sijojen keskiarvo menetelmien yli)", "Consensus ranking (mean rank over the methods)"),
                headers: [
                    Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Sija", "Rank"),
                    Formatting.pick(l, "Keskimääräinen sija", "Mean rank"),
                ],
                rows: consensus.order.map {
                    [r.name(consensus.alternatives[$0]), "\(consensus.ranks[$0])", decimal(consensus.scores[$0], l, places: 2)]
                }, numeric: [1, 2])
        }
        return html
    }

    static func contributions(_ r: ComparisonReport, _ l: Language) -> String {
        let parts = r.contributions
        guard let first = parts.first else { return "" }
        let series = first.parts.map(\.area)
        let top = parts.map { $0.parts.reduce(0) { $0 + max(0, $1.value) } }.max() ?? 1
        var html = paragraph(
            Formatting.pick(
                l,
                "Painotetun summan pisteet (\(Formatting.normalization(ComparisonReport.normalization, l))) jaettuina osa-alueisiin: kunkin alueen kriteerien painotettujen arvojen summa.",
                "The weighted-sum scores (\(Formatting.normalization(ComparisonReport.normalization, l))) split by area: the sum of each area's weighted values."
            ))
        html += SVGChart.stacked(
            id: "contributions", caption: Formatting.pick(l, "Osa-alueiden osuus pisteistä", "Each area's contribution to the score"),
            description: parts.map { p in
                "\(r.name(p.solution)): " + p.parts.map { "\($0.area) \(decimal($0.value, l))" }.joined(separator: ", ")
            }.joined(separator: "; "),
            series: series,
            rows: parts.map { p in (r.name(p.solution), p.parts.map(\.value), decimal(p.parts.reduce(0) { $0 + $1.value }, l)) }, scale: top
        )
        html += table(
            caption: Formatting.pick(l, "Osuudet taulukkona", "The contributions as a table"),
            headers: [Formatting.pick(l, "Ratkaisu", "Solution")] + series + [Formatting.pick(l, "Yhteensä", "Total")],
            rows: parts.map { p in
                [r.name(p.solution)] + p.parts.map { decimal($0.value, l) } + [decimal(p.parts.reduce(0) { $0 + $1.value }, l)]
            }, numeric: Set(1...(series.count + 1)))
        if let duel = r.headToHead { html += headToHead(duel, r, l) }
        return html
    }

    /// The leader and the runner-up head to head, as `arvio compare` shows any two.
    static func headToHead(_ duel: HeadToHead, _ r: ComparisonReport, _ l: Language) -> String {
        let context = HTMLReport.context(r, l)
        var html =
            "<h3>" + e(HeadToHeadView.topTwoHeading(l)) + "</h3>\n"
        html += paragraph(HeadToHeadView.sentence(duel, context, l))
        let areas = HeadToHeadView.areaTable(duel, context, l)
        html += table(
            caption: Formatting.pick(l, "Ero osa-alueittain", "The difference by area"), headers: HeadToHeadView.headings(areas),
            rows: areas.rows,
            numeric: Set(1...5))
        let criteria = HeadToHeadView.criteriaTable(duel, context, l, limit: 10)
        html += table(
            caption: Formatting.pick(l, "Suurimmat erot kriteereittäin", "The largest differences by criterion"),
            headers: HeadToHeadView.headings(criteria), rows: criteria.rows, numeric: Set(1...5))
        return html
            + paragraph(
                HeadToHeadView.formula(l) + " "
                    + Formatting.pick(
                        l, "Mitä tahansa kahta voi verrata komennolla arvio compare.", "Any two can be compared with arvio compare."))
    }
}
