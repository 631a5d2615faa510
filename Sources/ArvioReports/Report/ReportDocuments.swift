import ArvioCore
import Foundation

/// The comparison report for wikis (Markdown), BI tools (JSON) and spreadsheets (CSV).
package enum ReportDocuments {
    static func markdownTable(_ headers: [String], _ rows: [[String]]) -> String {
        func cell(_ text: String) -> String {
            md(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        var out = "| " + headers.map(cell).joined(separator: " | ") + " |\n|" + String(repeating: " --- |", count: headers.count) + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    /// Text for Markdown: `<` and `&` would start HTML in most renderers (a solution named "Alfa <Video>").
    static func md(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    package static func markdown(_ r: ComparisonReport, _ l: Language) -> String {
        var out =
            "# " + Formatting.pick(l, "Etäpalveluratkaisujen vertailu", "Comparison of remote-service solutions")
            + ": \(md(r.round.name))\n\n"
        if r.isIllustrative { out += "> **\(HTMLReport.banner(r, l))**\n\n" }
        if let warning = GateView.unscoredWarning(r.evaluation, l) { out += "> **\(md(warning))**\n\n" }
        out += "## " + Formatting.pick(l, "Yhteenveto", "Summary") + "\n\n"
        if let stability = r.stability, let smaa = r.robustness {
            out += md(SensitivityView.sentence(stability, smaa, HTMLReport.context(r, l), l)) + "\n\n"
        }
        for ranking in r.rankings {
            out += "### \(ranking.method.name(in: l).capitalizedFirst)\n\n"
            out += markdownTable(
                [Formatting.pick(l, "Sija", "Rank"), Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Pisteet", "Score")],
                ranking.order.map {
                    ["\(ranking.ranks[$0])", r.name(ranking.alternatives[$0]), HTMLReport.decimal(ranking.scores[$0], l, places: 4)]
                })
        }
        out += "## " + Formatting.pick(l, "Pakolliset vaatimukset", "Must-have gate") + "\n\n"
        out += markdownTable(
            [Formatting.pick(l, "Ratkaisu", "Solution"), Formatting.pick(l, "Hylätyt säännöt", "Failed rules")],
            r.evaluation.gate.excluded.map {
                [r.name($0.solution), $0.failures.map { GateView.failureText($0, l) }.joined(separator: ", ")]
            })
        let decisions = r.evaluation.gate.decisions
        if !decisions.isEmpty {
            out += "### " + Formatting.pick(l, "Kirjatut päätökset", "Recorded decisions") + "\n\n"
            out += decisions.map { "- " + md(GateView.decisionText($0, name: r.name, l)) + "\n" }.joined() + "\n"
        }
        for verdict in r.evaluation.gate.ignoredVerdicts { out += "- " + md(GateView.ignoredText(verdict, name: r.name, l)) + "\n\n" }
        if let duel = r.headToHead {
            let context = HTMLReport.context(r, l)
            out += "## " + HeadToHeadView.topTwoHeading(l) + "\n\n"
            out += md(HeadToHeadView.sentence(duel, context, l)) + "\n\n"
            for table in [HeadToHeadView.areaTable(duel, context, l), HeadToHeadView.criteriaTable(duel, context, l, limit: 10)] {
                out += markdownTable(HeadToHeadView.headings(table), table.rows)
            }
            out += md(HeadToHeadView.formula(l)) + "\n\n"
        }
        if let stability = r.stability, let smaa = r.smaa {
            out += "## " + Formatting.pick(l, "Herkkyysanalyysi", "Sensitivity analysis") + "\n\n"
            let table = SensitivityView.stabilityTable(stability, HTMLReport.context(r, l), l)
            out += markdownTable(table.columns.map(\.title), table.rows.filter { !$0[0].contains("(") })
            let acceptability = SensitivityView.acceptabilityTable(smaa, ranks: 5, HTMLReport.context(r, l), l)
            out += SensitivityView.settings(smaa, l) + "\n\n" + markdownTable(acceptability.columns.map(\.title), acceptability.rows)
        }
        if let a = r.stakeholders {
            let context = HTMLReport.context(r, l)
            out += "## " + StakeholderView.heading(l) + "\n\n"
            if a.members.contains(where: \.illustrative) { out += "> **\(md(StakeholderView.invented(l)))**\n\n" }
            out += StakeholderView.legend(a, l).map { "- " + md($0) + "\n" }.joined() + "\n"
            out += md(Formatting.pick(l, "Ryhmän painot", "Group weights") + ": " + StakeholderView.rule(a.weights.rule, l)) + ".\n\n"
            let tables =
                [StakeholderView.weightsTable(a, model: r.weights, context, l)]
                + (a.outcome.map { [StakeholderView.rankingTable($0, members: a.members, context, l)] } ?? [])
            for table in tables {
                out += markdownTable(table.columns.map(\.title), table.rows)
            }
            if let note = StakeholderView.criteriaNote(a, l) { out += md(note) + "\n\n" }
            out += md(StakeholderView.sentence(a, context, l)) + "\n\n"
        } else if r.stakeholdersOfAnotherModel {
            out += "## " + StakeholderView.heading(l) + "\n\n" + md(StakeholderView.otherModel(r.round.model, l)) + "\n\n"
        }
        let evidence = r.round.solutions.map { ($0, EvidenceView.models(for: $0, project: r.project, source: r.evidence, l)) }
            .filter { !$0.1.isEmpty }
        if !evidence.isEmpty {
            out += "## " + EvidenceView.heading(l) + "\n\n"
            for (solution, models) in evidence {
                out +=
                    "### \(md(r.name(solution)))\n\n"
                    + EvidenceView.lines(models, project: r.project, l).map { "- " + md($0) + "\n" }.joined() + "\n"
            }
        }
        out +=
            "---\n\nArvio \(r.metadata.version), \(r.metadata.generated); \(Formatting.pick(l, "kierros", "round")) \(r.round.id), SHA-256 \(r.round.contentHash)\n"
        if let head = r.metadata.auditHead { out += "\n" + HTMLReport.auditHeadLine(head, l) + "\n" }
        return out
    }

    /// The JSON schema's version: bumped whenever a field changes meaning or goes away.
    package static let schemaVersion = 1

    package struct Document: Hashable, Sendable, Codable {
        package struct Solution: Hashable, Sendable, Codable {
            package var id: String
            package var name: String
            package var passedGate: Bool
            package var failedRules: [String]
            package var scores: [String: Double?]
        }
        package var schemaVersion: Int
        package var illustrative: Bool
        package var round: Round
        package var arvioVersion: String
        package var generated: String
        /// `sequence:hash` of the audit log when the round was read; absent for reports not built from a store.
        package var auditHead: String?
        package var weights: [CriterionWeight]
        /// Criteria with weight in the model that nobody scored, and the share of the weight on them.
        package var unscoredCriteria: [String]
        package var unscoredWeightShare: Double
        /// The weighted sum's normalisation (`scale` for rounds: the experts' own 0–5 scale).
        package var normalization: Normalization
        package var gate: GateView.Document
        package var solutions: [Solution]
        package var rankings: [RankingView.Document]
        /// Methods that could not take this matrix, with the reason (method → reason).
        package var methodsLeftOut: [String: String]
        package var consensus: RankingView.Document?
        package var sensitivity: SensitivityView.Document?
        /// The leader and the runner-up of the weighted sum head to head.
        package var headToHead: HeadToHeadView.Document?
        /// The stakeholders' own weights, the group's, their rankings and SMAA-2 between their views.
        package var stakeholders: StakeholderView.Document?
        /// Per solution, the operating models that use it with their feedback and indicators; absent without any.
        package var evidence: [String: [EvidenceView.Model]]?
    }

    package static func document(_ r: ComparisonReport) -> Document {
        let criteria = r.weights.map(\.criterion)
        let solutions = r.round.solutions.map { id in
            Document.Solution(
                id: id, name: r.name(id), passedGate: r.evaluation.gate.passed.contains(id),
                failedRules: r.evaluation.gate.excluded.first { $0.solution == id }?.failures.map(\.rule) ?? [],
                scores: Dictionary(
                    uniqueKeysWithValues: criteria.map { c in (c, r.item(id, c).flatMap { $0.isNotApplicable ? nil : $0.value }) }))
        }
        return Document(
            schemaVersion: schemaVersion, illustrative: r.isIllustrative, round: r.round, arvioVersion: r.metadata.version,
            generated: r.metadata.generated, auditHead: r.metadata.auditHead, weights: r.weights,
            unscoredCriteria: r.evaluation.unscoredCriteria.map(\.criterion),
            unscoredWeightShare: r.evaluation.unscoredShare, normalization: ComparisonReport.normalization,
            gate: GateView.document(r.evaluation.gate), solutions: solutions, rankings: r.rankings.map(RankingView.document),
            methodsLeftOut: Dictionary(
                r.methodsLeftOut.map { ($0.method.rawValue, $0.error.reason.message(in: .en).0) }, uniquingKeysWith: { a, _ in a }),
            consensus: r.consensus.map(RankingView.document),
            sensitivity: r.stability.flatMap { s in r.smaa.map { SensitivityView.document(s, $0, HTMLReport.context(r, .en)) } },
            headToHead: r.headToHead.map { HeadToHeadView.document($0, HTMLReport.context(r, .en), illustrative: r.isIllustrative) },
            stakeholders: r.stakeholders.map {
                StakeholderView.document($0, model: r.weights, HTMLReport.context(r, .en), illustrative: r.isIllustrative)
            },
            evidence: evidence(r))
    }

    static func evidence(_ r: ComparisonReport) -> [String: [EvidenceView.Model]]? {
        guard r.evidence != nil else { return nil }
        let entries = r.round.solutions.map { ($0, EvidenceView.models(for: $0, project: r.project, source: r.evidence, .en)) }
            .filter { !$0.1.isEmpty }
        return entries.isEmpty ? nil : Dictionary(uniqueKeysWithValues: entries)
    }

    /// `ranking.csv`: the methods side by side, and `scores.csv`: every aggregated item with its spread.
    package static func rankingCSV(_ r: ComparisonReport) -> String { RankingView.comparisonCSV(r.rankings).csv() }

    package static func scoresCSV(_ r: ComparisonReport) -> String {
        var table = Table(
            columns: [
                "solution", "criterion", "median", "minimum", "maximum", "scored", "unknown", "not_applicable", "agreed", "illustrative",
            ].map {
                .init($0)
            })
        for item in r.evaluation.items {
            table.rows.append([
                item.solution, item.criterion, item.value.map(Formatting.decimal) ?? "", item.minimum.map(Formatting.decimal) ?? "",
                item.maximum.map(Formatting.decimal) ?? "", "\(item.scored)", "\(item.unknown)", "\(item.notApplicable)",
                item.agreed?.code ?? "", r.round.illustrative ? "true" : "false",
            ])
        }
        return table.csv()
    }
}

extension ReportDocuments {
    /// `report.xmcda.xml`: the matrix the methods ranked (solutions that passed the gate × the model's criteria) with
    /// the rankings, in XMCDA 3.1.1; nil when no solution passed. The illustrative warning and the round's hash are
    /// comments at the top and in the performance table's description.
    /// - Parameter l: the language of the comments and the criteria's names (the ids are the same in both).
    package static func xmcda(_ r: ComparisonReport, _ l: Language) -> String? {
        guard let matrix = r.evaluation.matrix else { return nil }
        var comments: [String] = []
        if r.isIllustrative { comments.append(HTMLReport.banner(r, l)) }
        let (version, generated, round) = (r.metadata.version, r.metadata.generated, r.round)
        comments.append(
            Formatting.pick(
                l,
                "Arvio \(version), \(generated): kierros \(round.id) (SHA-256 \(round.contentHash)), painotusmalli \(round.model); "
                    + "arvot ovat arvioijien mediaaneja asteikolla 0–5, ei sovellu -arvot korvattu alueen painotetulla keskiarvolla.",
                "Arvio \(version), \(generated): round \(round.id) (SHA-256 \(round.contentHash)), weight model \(round.model); "
                    + "values are the assessors' medians on the 0–5 scale, N/A imputed within its area."))
        if let head = r.metadata.auditHead { comments.append(HTMLReport.auditHeadLine(head, l)) }
        let excluded = r.evaluation.gate.excluded
        if !excluded.isEmpty {
            comments.append(
                Formatting.pick(l, "Pakollisten vaatimusten perusteella pois suljetut: ", "Excluded by the must-have gate: ")
                    + excluded.map { "\($0.solution) (\($0.failures.map(\.rule).joined(separator: ", ")))" }.joined(separator: "; "))
        }
        var names = Dictionary(uniqueKeysWithValues: matrix.alternatives.map { ($0, r.name($0)) })
        for criterion in r.project.criteria.criteria where matrix.criteria.contains(where: { $0.id == criterion.id }) {
            names[criterion.id] = criterion.name[l]
        }
        return XMCDAWriter.document(.init(matrix: matrix, rankings: r.rankings, names: names, scale: 0...5, comments: comments))
    }
}
