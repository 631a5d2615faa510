import ArvioCore

/// Two solutions head to head (`arvio compare`): which areas and criteria make the difference between their weighted
/// sums, largest first, with the share each explains; for people (tables and one sentence) and machines.
package enum HeadToHeadView {
    /// Names of the solutions, areas and criteria, by id (``SensitivityView/Context`` of the round).
    package typealias Context = SensitivityView.Context

    /// One part in machine form: a criterion's or area's contribution, share and the two values.
    package struct Row: Hashable, Sendable, Codable {
        package var level: String
        package var id: String
        package var area: String?
        package var weight: Double
        package var firstValue: Double
        package var secondValue: Double
        package var contribution: Double
        package var share: Double?
    }

    package struct Document: Hashable, Sendable, Codable {
        /// The round's scores are invented to show the tool (the sample round).
        package var illustrative: Bool
        package var subject: String
        package var method: String
        package var first: String
        package var second: String
        package var firstScore: Double
        package var secondScore: Double
        package var difference: Double
        package var parts: [Row]
    }

    static func rows(_ result: HeadToHead) -> [Row] {
        let row = { (level: String, part: HeadToHead.Part) in
            Row(
                level: level, id: part.id, area: part.area, weight: part.weight, firstValue: part.firstValue,
                secondValue: part.secondValue, contribution: part.contribution, share: part.share)
        }
        return result.areas.map { row("area", $0) } + result.criteria.map { row("criterion", $0) }
    }

    package static func document(_ result: HeadToHead, _ context: Context, illustrative: Bool) -> Document {
        Document(
            illustrative: illustrative, subject: context.subject, method: "weighted-sum", first: result.first, second: result.second,
            firstScore: result.scores[0],
            secondScore: result.scores[1], difference: result.difference, parts: rows(result))
    }

    /// `level,id,area,weight,first_value,second_value,contribution,share`: areas first, then criteria, each largest first.
    package static func csv(_ result: HeadToHead) -> String {
        var table = Table(
            columns: ["level", "id", "area", "weight", "first_value", "second_value", "contribution", "share"].map { .init($0) })
        for row in rows(result) {
            table.rows.append([
                row.level, row.id, row.area ?? "", Formatting.decimal(row.weight), Formatting.decimal(row.firstValue),
                Formatting.decimal(row.secondValue), Formatting.decimal(row.contribution), row.share.map(Formatting.decimal) ?? "",
            ])
        }
        return table.csv()
    }

    /// The difference in one sentence, then the areas and the criteria that make it, largest first.
    package static func text(_ result: HeadToHead, _ context: Context, _ l: Language, width: Int = .max) -> String {
        var text = "\(context.name(result.first)) – \(context.name(result.second)) (\(context.subject))\n"
        text += sentence(result, context, l) + "\n\n"
        text += areaTable(result, context, l).text(width: width) + "\n\n" + criteriaTable(result, context, l).text(width: width) + "\n"
        let same = result.criteria.count { $0.contribution == 0 }
        if same > 0 { text += leftOut(same, l) + "\n" }
        return text + formula(l) + "\n"
    }

    /// The two scores, their difference and the area that makes most of it.
    package static func sentence(_ result: HeadToHead, _ context: Context, _ l: Language) -> String {
        let (first, second) = (context.name(result.first), context.name(result.second))
        let score = { (value: Double) in RankingView.fixed(value, l) }
        var text = Formatting.pick(
            l,
            "Painotettu summa: \(first) \(score(result.scores[0])), \(second) \(score(result.scores[1])); ero \(signed(result.difference, l)).",
            "Weighted sum: \(first) \(score(result.scores[0])), \(second) \(score(result.scores[1])); difference \(signed(result.difference, l))."
        )
        guard let lead = result.areas.first, result.difference != 0 else {
            return text
                + Formatting.pick(
                    l, " Pisteet ovat samat: eroa ei ole selitettävänä.", " The scores are equal: there is no difference to explain.")
        }
        text += Formatting.pick(
            l,
            " Eniten eroa tekee \(label(lead.id, context)): \(share(lead.share, l)) erosta. Positiivinen osuus puoltaa ratkaisua \(first), negatiivinen ratkaisua \(second).",
            " \(label(lead.id, context)) makes most of the difference: \(share(lead.share, l)) of it. A positive share favours \(first), a negative one \(second)."
        )
        return text
    }

    /// Every area, largest contribution first.
    package static func areaTable(_ result: HeadToHead, _ context: Context, _ l: Language) -> Table {
        table(result.areas, heading: Formatting.pick(l, "osa-alue", "area"), result, context, l)
    }

    /// The criteria on which the two differ, largest contribution first; at most `limit`.
    package static func criteriaTable(_ result: HeadToHead, _ context: Context, _ l: Language, limit: Int = .max) -> Table {
        table(
            Array(result.criteria.filter { $0.contribution != 0 }.prefix(limit)), heading: Formatting.pick(l, "kriteeri", "criterion"),
            result,
            context, l)
    }

    static func table(_ parts: [HeadToHead.Part], heading: String, _ result: HeadToHead, _ context: Context, _ l: Language) -> Table {
        var table = Table(columns: [
            .init(heading), .init(Formatting.pick(l, "paino", "weight"), .right), .init(context.name(result.first), .right),
            .init(context.name(result.second), .right), .init(Formatting.pick(l, "vaikutus", "contribution"), .right),
            .init(Formatting.pick(l, "osuus erosta", "share of difference"), .right),
        ])
        for part in parts {
            table.rows.append([
                label(part.id, context), Formatting.percent(part.weight, l), RankingView.fixed(part.firstValue, l),
                RankingView.fixed(part.secondValue, l), signed(part.contribution, l), share(part.share, l),
            ])
        }
        return table
    }

    /// A table's headings for a document, capitalised but for the two columns named after the solutions.
    package static func headings(_ table: Table) -> [String] {
        table.columns.enumerated().map { $0 == 2 || $0 == 3 ? $1.title : $1.title.capitalizedFirst }
    }

    static func leftOut(_ count: Int, _ l: Language) -> String {
        Formatting.pick(
            l, "\(count) kriteeriä, joissa arvot ovat samat, on jätetty pois.", "\(count) criteria on which the two are equal are left out."
        )
    }

    /// The report's heading for its leader and runner-up head to head.
    package static func topTwoHeading(_ l: Language) -> String {
        Formatting.pick(l, "Kaksi kärjessä: mistä ero syntyy", "The top two: where the difference comes from")
    }

    /// How a contribution is computed.
    package static func formula(_ l: Language) -> String {
        Formatting.pick(
            l,
            "Vaikutus = paino × (arvo₁ − arvo₂) arvoilla, jotka painotettu summa lukee (asteikon 0–5 pisteet välillä 0–1); vaikutukset summautuvat pisteiden eroksi.",
            "Contribution = weight × (value₁ − value₂) on the values the weighted sum reads (scores on the 0–5 scale as 0–1); the contributions add up to the difference of the scores."
        )
    }

    static func label(_ id: String, _ context: Context) -> String { context.names[id].map { "\(id) \($0)" } ?? id }

    static func signed(_ value: Double, _ l: Language) -> String {
        (value > 0 ? "+" : "") + RankingView.fixed(value, l)
    }

    static func share(_ share: Double?, _ l: Language) -> String { share.map { Formatting.percent($0, l) } ?? "–" }
}
