import ArvioCore
import Foundation

extension HTMLReport {
    static func summary(_ r: ComparisonReport, _ l: Language) -> String {
        guard let ranking = r.rankings.first(where: { $0.method == .weightedSum }) else {
            return paragraph(
                Formatting.pick(
                    l, "Yksikään ratkaisu ei läpäissyt pakollisia vaatimuksia, joten järjestystä ei muodostettu.",
                    "No solution passed the must-have gate, so there is no ranking."))
        }
        let order = ranking.order
        let leader = ranking.alternatives[order[0]]
        var text = Formatting.pick(
            l,
            "Painotusmallilla \(r.round.model) ja painotetulla summalla (\(Formatting.normalization(ComparisonReport.normalization, l))) johtaa \(r.name(leader)) pistein \(decimal(ranking.scores[order[0]], l))",
            "Under weight model \(r.round.model) and the weighted sum (\(Formatting.normalization(ComparisonReport.normalization, l))) \(r.name(leader)) leads with \(decimal(ranking.scores[order[0]], l))"
        )
        if order.count > 1 {
            let second = ranking.alternatives[order[1]]
            text += Formatting.pick(
                l,
                "; toisena on \(r.name(second)) (\(decimal(ranking.scores[order[1]], l)), ero \(decimal(ranking.scores[order[0]] - ranking.scores[order[1]], l))). ",
                "; second is \(r.name(second)) (\(decimal(ranking.scores[order[1]], l)), a margin of \(decimal(ranking.scores[order[0]] - ranking.scores[order[1]], l))). "
            )
        } else {
            text += ". "
        }
        let agreeing = r.rankings.filter { $0.alternatives[$0.order[0]] == leader }.map { $0.method.name(in: l) }
        text += Formatting.pick(
            l, "\(agreeing.count) / \(r.rankings.count) menetelmää asettaa sen ensimmäiseksi (\(agreeing.joined(separator: ", "))). ",
            "\(agreeing.count) of \(r.rankings.count) methods put it first (\(agreeing.joined(separator: ", "))). ")
        if let stability = r.stability, let smaa = r.robustness {
            text += SensitivityView.sentence(stability, smaa, context(r, l), l)
        }
        let excluded = r.evaluation.gate.excluded.count
        switch excluded {
        case 0:
            text += Formatting.pick(
                l, " Kaikki ratkaisut täyttivät pakolliset vaatimukset.", " Every solution met the must-have requirements.")
        case 1:
            text += Formatting.pick(
                l, " 1 ratkaisu suljettiin pois pakollisten vaatimusten perusteella.", " 1 solution was excluded by the must-have gate.")
        default:
            text += Formatting.pick(
                l, " \(excluded) ratkaisua suljettiin pois pakollisten vaatimusten perusteella.",
                " \(excluded) solutions were excluded by the must-have gate.")
        }
        let decided = r.evaluation.gate.decisions.count
        if decided > 0 {
            text += Formatting.pick(
                l, " Pakollisista vaatimuksista on kirjattu \(decided) päätöstä, jotka ratkaisevat sääntönsä pisteistä riippumatta.",
                " \(decided) recorded decisions on must-have rules decide their rules whatever the scores imply.")
        }
        var rows: [[String]] = []
        for i in order {
            let id = ranking.alternatives[i]
            let first = r.robustness.flatMap { smaa in
                smaa.alternatives.firstIndex(of: id).map { Formatting.percent(smaa.rankAcceptability[$0][0], l) }
            }
            let consensus = r.consensus.map { "\($0.ranks[$0.alternatives.firstIndex(of: id) ?? 0])" } ?? "–"
            rows.append([r.name(id), "\(ranking.ranks[i])", decimal(ranking.scores[i], l), consensus, first ?? "–"])
        }
        let warning = GateView.unscoredWarning(r.evaluation, l).map { "<p class=\"warning\"><strong>\(e($0))</strong></p>" } ?? ""
        return warning + paragraph(text)
            + table(
                caption: Formatting.pick(l, "Pakolliset vaatimukset läpäisseet ratkaisut", "Solutions that passed the must-have gate"),
                headers: [
                    Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Sija", "Rank"), Formatting.pick(l, "Pisteet", "Score"),
                    Formatting.pick(l, "Konsensussija", "Consensus rank"),
                    r.stakeholders == nil
                        ? Formatting.pick(l, "Ensimmäisenä painonäytteistä", "First in weight draws")
                        : Formatting.pick(l, "Ensimmäisenä sidosryhmien painojen väliltä", "First between the stakeholders' weights"),
                ], rows: rows, numeric: [1, 2, 3, 4])
    }

    static func context(_ r: ComparisonReport, _ l: Language) -> SensitivityView.Context {
        SensitivityView.Context(round: r.round, project: r.project, l)
    }

    static func landscape(_ r: ComparisonReport, _ l: Language) -> String {
        let landscape = r.landscape
        var html = paragraph(
            Formatting.pick(
                l,
                "Luettelossa on \(landscape.solutionCount) ratkaisua ja \(landscape.organisationCount) organisaatiota. \(landscape.usedByFew) ratkaisua on vain 1–4 organisaation käytössä; vähintään \(landscape.widelyUsedThreshold) organisaation käytössä on \(landscape.widelyUsed.count).",
                "The catalog holds \(landscape.solutionCount) solutions and \(landscape.organisationCount) organisations. \(landscape.usedByFew) solutions are used by only 1–4 organisations; \(landscape.widelyUsed.count) by \(landscape.widelyUsedThreshold) or more."
            ))
        html += paragraph(Formatting.reconstructionNotice(l))
        let uses = landscape.uses.sorted { ($1.organisations, $0.name) < ($0.organisations, $1.name) }
        html += SVGChart.bars(
            id: "landscape-chart",
            caption: Formatting.pick(l, "Käyttävien organisaatioiden määrä ratkaisuittain", "Organisations using each solution"),
            description: uses.map { "\($0.name): \($0.organisations)" }.joined(separator: "; "),
            rows: uses.map { use in
                (
                    use.name, Double(use.organisations),
                    "\(use.organisations)"
                        + (use.illustrativeOrganisations > 0
                            ? Formatting.pick(
                                l, " (havainnollinen \(use.illustrativeOrganisations))", " (\(use.illustrativeOrganisations) illustrative)")
                            : "")
                )
            })
        let shortlist = landscape.shortlist.map { entry -> [String] in
            let reasons = entry.reasons.map { reason -> String in
                switch reason {
                case .widelyUsed(let count):
                    Formatting.pick(l, "laajasti käytössä (\(count) organisaatiota)", "widely used (\(count) organisations)")
                case .promising(let text, let illustrative):
                    text[l] + (illustrative ? Formatting.pick(l, " (havainnollinen)", " (illustrative)") : "")
                }
            }
            return [entry.name, reasons.joined(separator: "; ")]
        }
        html += table(
            caption: Formatting.pick(l, "Jatkoarviointiin valitut ja perusteet", "The shortlist and why"),
            headers: [Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Peruste", "Reason")], rows: shortlist)
        return html
    }

    static func criteria(_ r: ComparisonReport, _ l: Language) -> String {
        guard let model = r.weightModel else { return "" }
        var html = paragraph(
            Formatting.pick(
                l, "Painotusmalli \(model.id): \(model.name[l]). Tekniikka: \(model.technique.rawValue). ",
                "Weight model \(model.id): \(model.name[l]). Technique: \(model.technique.rawValue). ")
                + model.description[l])
        if model.technique == .ahp, let ahp = try? Judgement.ahp(ids: model.areaIDs, model.areaJudgements), let p = try? ahp.priorities() {
            html += paragraph(
                Formatting.pick(
                    l, "AHP:n johdonmukaisuus alueiden tasolla: CR = \(decimal(p.consistencyRatio, l)).",
                    "AHP consistency at the area level: CR = \(decimal(p.consistencyRatio, l))."))
        }
        let rows = r.weights.map { w in
            [
                w.criterion, r.project.criteria.criterion(w.criterion)?.name[l] ?? "", w.area, Formatting.percent(w.areaWeight, l),
                Formatting.percent(w.local, l), Formatting.percent(w.global, l),
            ]
        }
        html += table(
            caption: Formatting.pick(
                l, "Kriteeripuu ja painot (globaali = alue × paikallinen)", "The criteria tree and weights (global = area × local)"),
            headers: [
                Formatting.pick(l, "Kriteeri", "Criterion"), Formatting.pick(l, "Nimi", "Name"), Formatting.pick(l, "Alue", "Area"),
                Formatting.pick(l, "Alueen paino", "Area weight"), Formatting.pick(l, "Paikallinen", "Local"),
                Formatting.pick(l, "Globaali", "Global"),
            ], rows: rows, numeric: [3, 4, 5])
        let rules = r.project.criteria.knockOutRules.map { rule in
            [rule.id, rule.criterion, rule.condition[l], rule.legalBasis.joined(separator: "; ")]
        }
        html += table(
            caption: Formatting.pick(
                l, "Pakolliset vaatimukset (lakiperusteiset karsintaehdot)", "Must-have rules (knock-out conditions from law)"),
            headers: [
                Formatting.pick(l, "Sääntö", "Rule"), Formatting.pick(l, "Kriteeri", "Criterion"), Formatting.pick(l, "Ehto", "Condition"),
                Formatting.pick(l, "Peruste", "Basis"),
            ],
            rows: rules)
        return html
    }
}
