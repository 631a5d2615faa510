import ArvioCore

/// AHP's relative measurement (`arvio rank --method ahp`) for people and machines: the global priorities ranked, the
/// synthesis named, and every comparison matrix's consistency.
package enum AHPRelativeView {
    package struct Document: Hashable, Sendable, Codable {
        package struct Row: Hashable, Sendable, Codable {
            package var alternative: String
            package var score: Double
            package var rank: Int
        }
        package struct Matrix: Hashable, Sendable, Codable {
            /// "criteria", or the criterion the alternatives were compared under.
            package var under: String
            package var weights: [String: Double]
            package var consistencyRatio: Double
        }
        package var method: String
        package var synthesis: String
        package var prioritization: String
        /// A group's judgements combined by AIJ before the synthesis.
        package var groupAggregation: String?
        package var ranking: [Row]
        package var matrices: [Matrix]
    }

    static func ranks(_ result: AHPRelative.Result) -> (order: [Int], ranks: [Int]) {
        let ranks = Ranking.competitionRanks(result.scores, higherIsBetter: true)
        return (ranks.order, ranks.ranks)
    }

    package static func document(_ result: AHPRelative.Result, group: Bool) -> Document {
        let (order, ranks) = ranks(result)
        let matrix = { (under: String, r: AHP.Result) in
            Document.Matrix(
                under: under, weights: Dictionary(uniqueKeysWithValues: zip(r.ids, r.weights)), consistencyRatio: r.consistencyRatio)
        }
        return Document(
            method: "ahp", synthesis: result.synthesis.rawValue, prioritization: result.criteria.prioritization.rawValue,
            groupAggregation: group ? AHPGroup.Aggregation.judgements.abbreviation : nil,
            ranking: order.map { Document.Row(alternative: result.alternatives[$0], score: result.scores[$0], rank: ranks[$0]) },
            matrices: [matrix("criteria", result.criteria)] + zip(result.criteria.ids, result.local).map(matrix))
    }

    /// `alternative,score,rank`, best first, as every method's CSV.
    package static func csv(_ result: AHPRelative.Result) -> String {
        let (order, ranks) = ranks(result)
        var table = Table(columns: [.init("alternative"), .init("score"), .init("rank")])
        for i in order { table.rows.append([result.alternatives[i], Formatting.decimal(result.scores[i]), "\(ranks[i])"]) }
        return table.csv()
    }

    package static func text(_ result: AHPRelative.Result, group: Bool, _ l: Language, width: Int = .max) -> String {
        let (order, ranks) = ranks(result)
        let synthesis =
            result.synthesis == .ideal
            ? Formatting.pick(
                l, "ideaalinen synteesi: paikalliset prioriteetit jaettu kunkin kriteerin parhaalla, tulos skaalattu summaan 1",
                "ideal synthesis: local priorities divided by each criterion's best, the result scaled to sum to 1")
            : Formatting.pick(
                l, "distributiivinen synteesi: paikalliset prioriteetit sellaisinaan (summa 1 kunkin kriteerin suhteen)",
                "distributive synthesis: local priorities as they are (summing to 1 under each criterion)")
        var lines = [
            Formatting.pick(l, "AHP, suhteellinen mittaus", "AHP, relative measurement")
                + " (\(result.criteria.prioritization.name(in: l))); "
                + synthesis + "."
        ]
        if group {
            lines.append(
                Formatting.pick(
                    l, "Ryhmän vertailut yhdistetty AIJ:llä (vertailujen geometrinen keskiarvo).",
                    "The group's judgements combined by AIJ (the geometric mean of the judgements)."))
        }
        var ranking = Table(columns: [
            .init(Formatting.pick(l, "sija", "rank"), .right), .init(Formatting.pick(l, "vaihtoehto", "alternative")),
            .init(Formatting.pick(l, "prioriteetti", "priority"), .right),
        ])
        for i in order { ranking.rows.append(["\(ranks[i])", result.alternatives[i], Formatting.percent(result.scores[i], l)]) }
        var matrices = Table(columns: [
            .init(Formatting.pick(l, "vertailu", "comparison")), .init("CR", .right),
            .init(Formatting.pick(l, "ristiriitaisin vertailu", "most inconsistent judgement")),
        ])
        let rows =
            [(Formatting.pick(l, "kriteerit", "criteria"), result.criteria)]
            + zip(result.criteria.ids, result.local).map { (Formatting.pick(l, "kriteerin \($0) suhteen", "under \($0)"), $1) }
        for (name, matrix) in rows {
            let worst = matrix.isAcceptable ? "" : matrix.mostInconsistent.map { "\($0.row) : \($0.column)" } ?? ""
            matrices.rows.append([name, RankingView.fixed(matrix.consistencyRatio, l), worst])
        }
        lines += ["", ranking.text(width: width), "", matrices.text(width: width)]
        return lines.joined(separator: "\n") + "\n"
    }
}
