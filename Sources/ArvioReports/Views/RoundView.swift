import ArvioCore

/// A round's gate and notes, printed before its rankings.
package enum RoundView {
    package static func gateText(_ evaluation: RoundEvaluation, project: Project, _ language: Language) -> String {
        let l = language
        let round = evaluation.round
        var lines =
            round.illustrative
            ? [
                Formatting.illustrativeRoundNotice(l), "",
            ]
            : []
        lines += [
            "\(round.name) (\(round.id)), \(Formatting.pick(l, "painotusmalli", "weight model")) \(round.model), \(Formatting.pick(l, "sisältötiiviste", "content hash")) \(round.contentHash.prefix(12))…",
            "",
            Formatting.pick(l, "Pakolliset vaatimukset", "Must-have gate"),
        ]
        let name = { (id: String) in project.solution(id)?.name ?? id }
        lines += GateView.lines(evaluation.gate, name: name, l)
        if let warning = GateView.unscoredWarning(evaluation, l) { lines += ["", warning] }
        lines.append("")
        lines += evaluation.notes.map { Formatting.pick(l, "Huom: ", "Note: ") + $0.text(in: l) }
        if !round.illustrative, project.hasIllustrativeSolutions(in: round) {
            lines.append(Formatting.illustrativeNotice(l))
        }
        if evaluation.matrix == nil {
            lines.append(
                Formatting.pick(
                    l, "Yksikään ratkaisu ei läpäissyt pakollisia vaatimuksia; järjestystä ei muodostettu.",
                    "No solution passed the must-have gate; there is no ranking."))
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// Kendall's W per area and the consensus meeting's agenda.
    ///
    /// - Parameter assessors: the assessors' names by id (ids show as themselves).
    package static func agreementText(
        _ scores: [ExpertScore], round: Round, project: Project, assessors: [String: String] = [:], threshold: Double,
        _ language: Language, width: Int = .max
    ) -> String {
        let l = language
        var concordance = Table(columns: [
            .init(Formatting.pick(l, "alue", "area")), .init(Formatting.pick(l, "arvioijat", "assessors"), .left, .wrap),
            .init(Formatting.pick(l, "kohteita", "items"), .right), .init("Kendall W", .right),
        ])
        for area in Agreement.concordance(scores, areas: project.criteria.areas) where !area.assessors.isEmpty {
            concordance.rows.append([
                project.criteria.areas.first { $0.id == area.area }.map { "\(area.area) \($0.name[l])" } ?? area.area,
                area.assessors.map { assessors[$0] ?? $0 }.joined(separator: ", "), "\(area.items)",
                area.w.map { RankingView.fixed($0, l) } ?? "–",
            ])
        }
        let items = Dictionary(grouping: scores) { "\($0.solution)/\($0.criterion)" }.values.compactMap { group -> AggregatedScore? in
            guard let first = group.first else { return nil }
            return Aggregation.aggregate(group.map(\.value), solution: first.solution, criterion: first.criterion)
        }
        var agenda = Table(columns: [
            .init(Formatting.pick(l, "ratkaisu", "solution")), .init(Formatting.pick(l, "kriteeri", "criterion")),
            .init(Formatting.pick(l, "pienin", "lowest"), .right), .init(Formatting.pick(l, "suurin", "highest"), .right),
        ])
        for item in Agreement.disagreements(items, threshold: threshold) {
            agenda.rows.append([
                project.solution(item.solution)?.name ?? item.solution,
                project.criteria.criterion(item.criterion).map { "\(item.criterion) \($0.name[l])" } ?? item.criterion,
                Formatting.number(item.minimum, l), Formatting.number(item.maximum, l),
            ])
        }
        var lines: [String] =
            round.illustrative
            ? [
                Formatting.illustrativeRoundNotice(l), "",
            ]
            : []
        lines += [
            Formatting.pick(
                l, "Arvioijien yhtäpitävyys alueittain (Kendallin W, 0 = ei yhtäpitävyyttä, 1 = täysi)",
                "Agreement of assessors per area (Kendall's W, 0 = none beyond chance, 1 = complete)"),
            concordance.text(width: width), "",
            Formatting.pick(
                l, "Konsensuskokouksen asialista: arvioijat eroavat vähintään \(Formatting.number(threshold, l)) pistettä",
                "Consensus meeting agenda: assessors differ by \(Formatting.number(threshold, l)) points or more"),
            agenda.rows.isEmpty ? Formatting.pick(l, "ei eroja", "none") : agenda.text(width: width),
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension RoundView {
    /// `arvio round list`: one row per round, its state in the reader's words.
    package static func listTable(_ rounds: [Round], _ l: Language) -> Table {
        var table = Table(columns: [
            .id, .init(Formatting.pick(l, "nimi", "name")), .init(Formatting.pick(l, "tila", "state")),
            .init(Formatting.pick(l, "ratkaisuja", "solutions"), .right), .init(Formatting.pick(l, "malli", "model")),
        ])
        for round in rounds {
            let name = round.illustrative ? round.name + Formatting.pick(l, " (havainnollinen)", " (illustrative)") : round.name
            table.rows.append([round.id, name, round.state.name(in: l), "\(round.solutions.count)", round.model])
        }
        return table
    }

    /// `arvio round show`: the scores a reader may see, solutions by name; criteria and assessors by the ids that
    /// `arvio score` takes.
    package static func scoresTable(_ scores: [ExpertScore], project: Project, _ l: Language) -> Table {
        var table = Table(columns: [
            .init(Formatting.pick(l, "ratkaisu", "solution")), .init(Formatting.pick(l, "kriteeri", "criterion"), .left, .keep),
            .init(Formatting.pick(l, "arvioija", "assessor"), .left, .keep), .init(Formatting.pick(l, "pisteet", "score"), .left, .keep),
            .init(Formatting.pick(l, "perustelu", "rationale")),
        ])
        for score in scores {
            table.rows.append([
                project.solution(score.solution)?.name ?? score.solution, score.criterion, score.assessor,
                score.value.name(in: l), score.rationale,
            ])
        }
        return table
    }

    /// `arvio rank --round --format json`: the round, its gate (with recorded decisions) and every ranking, so that a
    /// machine reads the gate from the document rather than from text printed before it.
    package struct RankDocument: Hashable, Sendable, Codable {
        package var round: Round
        package var illustrative: Bool
        package var gate: GateView.Document
        package var unscoredCriteria: [String]
        package var unscoredWeightShare: Double
        package var rankings: [RankingView.Document]
        /// Methods that could not rank the round, with the reason (method → reason).
        package var methodsLeftOut: [String: String]
        package var consensus: RankingView.Document?
    }

    package static func rankDocument(
        _ evaluation: RoundEvaluation, project: Project, rankings: [Ranking], leftOut: [MethodLeftOut]
    ) -> RankDocument {
        let round = evaluation.round
        return RankDocument(
            round: round,
            illustrative: round.illustrative
                || project.hasIllustrativeSolutions(in: round),
            gate: GateView.document(evaluation.gate), unscoredCriteria: evaluation.unscoredCriteria.map(\.criterion),
            unscoredWeightShare: evaluation.unscoredShare, rankings: rankings.map(RankingView.document),
            methodsLeftOut: Dictionary(
                leftOut.map { ($0.method.rawValue, $0.error.reason.message(in: .en).0) }, uniquingKeysWith: { a, _ in a }),
            consensus: rankings.count > 1 ? RankAgreement.consensus(rankings).map(RankingView.document) : nil)
    }

    /// `arvio rank --round --format csv`: the ranking's rows with a `status` (`passed` or `excluded`) and the
    /// `failed_rules` (separated by `;`) after the solution id; excluded solutions follow with empty score cells.
    package static func rankCSV(_ evaluation: RoundEvaluation, rankings: [Ranking]) -> Table {
        let base: Table =
            rankings.count == 1
            ? RankingView.csvTable(rankings[0])
            : rankings.isEmpty ? Table(columns: [.init("alternative")]) : RankingView.comparisonCSV(rankings)
        var table = Table(columns: [base.columns[0], .init("status"), .init("failed_rules")] + base.columns.dropFirst())
        for row in base.rows { table.rows.append([row[0], "passed", ""] + row.dropFirst()) }
        for exclusion in evaluation.gate.excluded {
            table.rows.append(
                [exclusion.solution, "excluded", exclusion.failures.map(\.rule).joined(separator: ";")]
                    + Array(repeating: "", count: base.columns.count - 1))
        }
        return table
    }
}
