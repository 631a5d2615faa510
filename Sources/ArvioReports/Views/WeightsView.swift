import ArvioCore

/// AHP weights with their consistency, for people and machines.
package enum WeightsView {
    /// The techniques `arvio weights` offers, by the names users type (the raw values, kept in JSON).
    package enum Technique: String, Hashable, Sendable, CaseIterable {
        case ahp, entropy, critic, roc
        case rankSum = "rank-sum"
        case rankReciprocal = "rank-reciprocal"
        case swing
    }

    package static func output(_ result: AHP.Result, format: String, _ language: Language, width: Int = .max) -> String {
        switch format {
        case "json": return JSONDocument.text(of: result)
        case "csv":
            var table = Table(columns: [.init("criterion"), .init("weight")])
            for (id, weight) in zip(result.ids, result.weights) { table.rows.append([id, Formatting.decimal(weight)]) }
            return table.csv()
        default: return text(result, language, width: width)
        }
    }

    /// Weights from any other technique, named in every format.
    package struct Document: Hashable, Sendable, Codable {
        package struct Row: Hashable, Sendable, Codable {
            package var criterion: String
            package var weight: Double
        }
        package var technique: String
        package var weights: [Row]
    }

    package static func output(
        _ technique: Technique, ids: [String], weights: [Double], format: String, _ language: Language, width: Int = .max
    ) -> String {
        switch format {
        case "json":
            return JSONDocument.text(
                of: Document(technique: technique.rawValue, weights: zip(ids, weights).map { Document.Row(criterion: $0, weight: $1) }))
        case "csv":
            var table = Table(columns: [.init("criterion"), .init("weight")])
            for (id, weight) in zip(ids, weights) { table.rows.append([id, Formatting.decimal(weight)]) }
            return table.csv()
        default:
            let l = language
            var table = Table(columns: [
                .init(Formatting.pick(l, "kriteeri", "criterion")), .init(Formatting.pick(l, "paino", "weight"), .right),
            ])
            for (id, weight) in zip(ids, weights) { table.rows.append([id, Formatting.percent(weight, l)]) }
            return "\(Formatting.pick(l, "Painotustekniikka", "Weighting technique")): \(technique.name(in: l))\n\n"
                + table.text(width: width) + "\n"
        }
    }

    package static func text(_ result: AHP.Result, _ language: Language, width: Int = .max) -> String {
        let l = language
        var table = Table(columns: [
            .init(Formatting.pick(l, "kriteeri", "criterion")), .init(Formatting.pick(l, "paino", "weight"), .right),
        ])
        for (id, weight) in zip(result.ids, result.weights) { table.rows.append([id, Formatting.percent(weight, l)]) }
        var lines = [
            "\(Formatting.pick(l, "Painotustekniikka", "Weighting technique")): \(Technique.ahp.name(in: l)), \(result.prioritization.name(in: l))",
            "", table.text(width: width),
            "",
            "λmax = \(RankingView.fixed(result.lambdaMax, l))",
            "CI = \(RankingView.fixed(result.consistencyIndex, l))",
            "RI = \(result.randomIndex.map { RankingView.fixed($0, l) } ?? "–") (\(result.randomIndexSource), n = \(result.ids.count); "
                + Formatting.pick(l, "taulukot päättyvät n = 15", "the tables end at n = 15") + ")",
            "CR = \(RankingView.fixed(result.consistencyRatio, l)) "
                + (result.isAcceptable
                    ? Formatting.pick(l, "(≤ 0,10: hyväksyttävä)", "(≤ 0.10: acceptable)")
                    : Formatting.pick(l, "(> 0,10: ristiriitainen)", "(> 0.10: inconsistent)")),
        ]
        if !result.isAcceptable, let judgement = result.mostInconsistent {
            lines.append(
                Formatting.pick(
                    l,
                    "Ristiriitaisin vertailu: \(judgement.row) : \(judgement.column) = \(RankingView.fixed(judgement.given, l)); painoihin sopisi \(RankingView.fixed(judgement.consistentValue, l)).",
                    "Most inconsistent judgement: \(judgement.row) : \(judgement.column) = \(RankingView.fixed(judgement.given, l)); the weights imply \(RankingView.fixed(judgement.consistentValue, l))."
                ))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
