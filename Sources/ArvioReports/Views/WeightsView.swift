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

    /// A group's AHP in machine form: the rule, everyone's weights and consistency, and the group's.
    package struct GroupDocument: Hashable, Sendable, Codable {
        package struct Person: Hashable, Sendable, Codable {
            package var file: String
            package var importance: Double
            package var weights: [String: Double]
            package var consistencyRatio: Double
        }
        package var aggregation: String
        package var rule: String
        package var people: [Person]
        package var weights: [String: Double]
        /// The group matrix's CR (AIJ only).
        package var consistencyRatio: Double?
    }

    /// The rule in words, named in every output.
    static func rule(_ aggregation: AHPGroup.Aggregation, _ l: Language) -> String {
        switch aggregation {
        case .judgements:
            Formatting.pick(
                l, "AIJ: ryhmän vertailut ovat henkilöiden vertailujen painotettuja geometrisia keskiarvoja (Aczél & Saaty 1983)",
                "AIJ: each group judgement is the weighted geometric mean of everyone's (Aczél & Saaty 1983)")
        case .priorities:
            Formatting.pick(
                l,
                "AIP: ryhmän painot ovat henkilöiden painojen painotettuja geometrisia keskiarvoja skaalattuina summaan 1 (Forman & Peniwati 1998)",
                "AIP: the group's weights are the weighted geometric means of everyone's, scaled to sum to 1 (Forman & Peniwati 1998)")
        }
    }

    /// Each person's weights and CR beside the group's: a column per person (their file) and one for the group.
    package static func groupOutput(_ result: AHPGroup.Result, people: [String], format: String, _ l: Language, width: Int = .max) -> String
    {
        switch format {
        case "json":
            return JSONDocument.text(
                of: GroupDocument(
                    aggregation: result.aggregation.rawValue, rule: rule(result.aggregation, .en),
                    people: zip(people, zip(result.importance, result.individuals)).map { file, person in
                        GroupDocument.Person(
                            file: file, importance: person.0, weights: Dictionary(uniqueKeysWithValues: zip(result.ids, person.1.weights)),
                            consistencyRatio: person.1.consistencyRatio)
                    },
                    weights: Dictionary(uniqueKeysWithValues: zip(result.ids, result.weights)),
                    consistencyRatio: result.group?.consistencyRatio))
        case "csv":
            var table = Table(columns: ([.init("criterion")] + people.map { .init($0) } + [.init("group")]))
            for (k, id) in result.ids.enumerated() {
                table.rows.append(
                    [id] + result.individuals.map { Formatting.decimal($0.weights[k]) } + [Formatting.decimal(result.weights[k])])
            }
            return table.csv()
        default:
            let group = Formatting.pick(l, "ryhmä", "group")
            var table = Table(
                columns: [.init(Formatting.pick(l, "kriteeri", "criterion"))] + people.map { .init($0, .right) } + [.init(group, .right)])
            for (k, id) in result.ids.enumerated() {
                table.rows.append(
                    [id] + result.individuals.map { Formatting.percent($0.weights[k], l) } + [Formatting.percent(result.weights[k], l)])
            }
            let consistency = { (cr: Double) in
                RankingView.fixed(cr, l)
                    + (cr <= 0.10 + 1e-12 ? "" : Formatting.pick(l, " (> 0,10: ristiriitainen)", " (> 0.10: inconsistent)"))
            }
            let rows =
                ["CR"] + result.individuals.map { consistency($0.consistencyRatio) } + [
                    result.group.map { consistency($0.consistencyRatio) } ?? "–"
                ]
            table.rows.append(rows)
            table.rows.append(
                [Formatting.pick(l, "painoarvo", "importance")] + result.importance.map { Formatting.percent($0, l) } + [""])
            var lines = [
                "\(Formatting.pick(l, "Painotustekniikka", "Weighting technique")): AHP, \(result.individuals.first?.prioritization.name(in: l) ?? "")",
                Formatting.pick(l, "Ryhmän painot", "Group weights") + ": " + rule(result.aggregation, l) + ".", "",
                table.text(width: width),
            ]
            for (file, person) in zip(people, result.individuals) where !person.isAcceptable {
                if let judgement = person.mostInconsistent {
                    lines.append(
                        Formatting.pick(
                            l,
                            "\(file): ristiriitaisin vertailu \(judgement.row) : \(judgement.column) = \(RankingView.fixed(judgement.given, l)); painoihin sopisi \(RankingView.fixed(judgement.consistentValue, l)).",
                            "\(file): most inconsistent judgement \(judgement.row) : \(judgement.column) = \(RankingView.fixed(judgement.given, l)); the weights imply \(RankingView.fixed(judgement.consistentValue, l))."
                        ))
                }
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
