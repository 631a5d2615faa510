import ArvioCore
import Foundation

/// Rankings for people (tables with every choice stated) and machines (CSV, JSON).
package enum RankingView {
    /// The extra per-alternative columns each method shows, in order: (detail key, CSV column).
    static func extraColumns(_ ranking: Ranking) -> [(key: String, column: String)] {
        switch ranking.method {
        case .vikor: [("S", "S"), ("R", "R"), ("Q", "Q")]
        case .prometheeII: [("phiPlus", "phi_plus"), ("phiMinus", "phi_minus")]
        case .topsis: [("idealDistance", "ideal_distance"), ("antiIdealDistance", "anti_ideal_distance")]
        case .weightedProduct: [("logScore", "log_score")]
        case .weightedSum, .ahpRatings: []
        }
    }

    /// One JSON object per ranking: every alternative with score, rank and the method's intermediate values.
    package struct Document: Hashable, Sendable, Codable {
        package struct Row: Hashable, Sendable, Codable {
            package var alternative: String
            package var score: Double
            package var rank: Int
            package var details: [String: Double]
        }
        package struct Compromise: Hashable, Sendable, Codable {
            package var acceptableAdvantage: Bool
            package var acceptableStability: Bool
            package var set: [String]
        }
        package var method: String
        package var parameters: [String: String]
        package var higherIsBetter: Bool
        package var rows: [Row]
        package var notes: [String]
        /// The tie rule: 0 ties exactly equal scores only; otherwise the relative tolerance (`--tie-tolerance`).
        package var tieTolerance: Double
        package var compromise: Compromise?
    }

    package static func document(_ ranking: Ranking) -> Document {
        let rows = ranking.order.map { i in
            Document.Row(
                alternative: ranking.alternatives[i], score: ranking.scores[i], rank: ranking.ranks[i],
                details: ranking.details.mapValues { $0[i] })
        }
        var compromise: Document.Compromise?
        if ranking.method == .vikor {
            let c = VIKOR.compromise(of: ranking)
            compromise = .init(
                acceptableAdvantage: c.acceptableAdvantage, acceptableStability: c.acceptableStability,
                set: c.set.map { ranking.alternatives[$0] })
        }
        return Document(
            method: ranking.method.rawValue, parameters: machineParameters(ranking), higherIsBetter: ranking.higherIsBetter,
            rows: rows, notes: ranking.notes.map(\.value), tieTolerance: ranking.tieTolerance, compromise: compromise)
    }

    /// A ranking's parameters for machine formats: `key: value`, as JSON and XMCDA write them.
    static func machineParameters(_ ranking: Ranking) -> [String: String] {
        Dictionary(ranking.parameters.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every method compared (`arvio rank --method all --format json`): the rankings, the methods left out with
    /// their reason, and the consensus by mean rank.
    package struct ComparisonDocument: Hashable, Sendable, Codable {
        package var rankings: [Document]
        package var methodsLeftOut: [String: String]
        package var consensus: Document?
    }

    package static func comparisonDocument(_ rankings: [Ranking], leftOut: [MethodLeftOut]) -> ComparisonDocument {
        ComparisonDocument(
            rankings: rankings.map(document),
            methodsLeftOut: Dictionary(
                leftOut.map { ($0.method.rawValue, $0.error.reason.message(in: .en).0) }, uniquingKeysWith: { a, _ in a }),
            consensus: rankings.count > 1 ? RankAgreement.consensus(rankings).map(document) : nil)
    }

    /// `alternative,score,rank` plus the method's own columns, best first.
    package static func csvTable(_ ranking: Ranking) -> Table {
        let extras = extraColumns(ranking)
        var table = Table(columns: ([.init("alternative"), .init("score"), .init("rank")] + extras.map { .init($0.column) }))
        for i in ranking.order {
            table.rows.append(
                [ranking.alternatives[i], Formatting.decimal(ranking.scores[i]), "\(ranking.ranks[i])"]
                    + extras.map { Formatting.decimal(ranking.details[$0.key]?[i] ?? .nan) })
        }
        return table
    }

    /// - Parameter name: what a reader calls an alternative (a solution's name in a round); its id by default.
    package static func text(
        _ ranking: Ranking, _ language: Language, width: Int = .max, name: (String) -> String = { $0 }
    ) -> String {
        let l = language
        let extras = extraColumns(ranking)
        var table = Table(
            columns: [
                .init(Formatting.pick(l, "sija", "rank"), .right), .init(Formatting.pick(l, "vaihtoehto", "alternative")),
                .init(Formatting.pick(l, "pisteet", "score"), .right),
            ] + extras.map { .init(detailName($0.key, l), .right) })
        for i in ranking.order {
            table.rows.append(
                ["\(ranking.ranks[i])", name(ranking.alternatives[i]), fixed(ranking.scores[i], l)]
                    + extras.map { fixed(ranking.details[$0.key]?[i] ?? .nan, l) })
        }
        let better =
            ranking.higherIsBetter
            ? Formatting.pick(l, "suurempi on parempi", "higher is better")
            : Formatting.pick(l, "pienempi on parempi", "lower is better")
        var lines = ["\(Formatting.pick(l, "Menetelmä", "Method")): \(ranking.method.name(in: l)) (\(better))"]
        lines += ranking.parameters.map { "  " + $0.text(in: l) }
        lines.append("  " + tieRule(ranking.tieTolerance, l))
        lines += ["", table.text(width: width)]
        if ranking.method == .vikor {
            let c = VIKOR.compromise(of: ranking)
            lines.append("")
            lines.append(Formatting.pick(l, "Hyväksyttävä etu (C1): ", "Acceptable advantage (C1): ") + yesNo(c.acceptableAdvantage, l))
            lines.append(Formatting.pick(l, "Hyväksyttävä vakaus (C2): ", "Acceptable stability (C2): ") + yesNo(c.acceptableStability, l))
            lines.append(
                Formatting.pick(l, "Kompromissiratkaisut: ", "Compromise solutions: ")
                    + c.set.map { name(ranking.alternatives[$0]) }.joined(separator: ", "))
        }
        if !ranking.notes.isEmpty {
            lines.append("")
            lines += ranking.notes.map { Formatting.pick(l, "Huom: ", "Note: ") + $0.text(in: l) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Pairwise agreement between methods (Spearman's ρ and Kendall's τ-b) and the consensus by mean rank.
    package static func comparisonText(
        _ rankings: [Ranking], _ language: Language, width: Int = .max, name: (String) -> String = { $0 }
    ) -> String {
        let l = language
        var table = Table(columns: [
            .init(Formatting.pick(l, "menetelmät", "methods")), .init("Spearman ρ", .right), .init("Kendall τ-b", .right),
        ])
        for a in rankings.indices {
            for b in rankings.indices where b > a {
                table.rows.append([
                    "\(rankings[a].method.name(in: l)) – \(rankings[b].method.name(in: l))",
                    RankAgreement.spearman(rankings[a], rankings[b]).map { fixed($0, l) } ?? "–",
                    RankAgreement.kendall(rankings[a], rankings[b]).map { fixed($0, l) } ?? "–",
                ])
            }
        }
        var lines = [Formatting.pick(l, "Menetelmien yhtäpitävyys", "Agreement between methods"), table.text(width: width)]
        if let consensus = RankAgreement.consensus(rankings) {
            var ranks = Table(columns: [
                .init(Formatting.pick(l, "sija", "rank"), .right), .init(Formatting.pick(l, "vaihtoehto", "alternative")),
                .init(Formatting.pick(l, "keskim. sija", "mean rank"), .right),
            ])
            for i in consensus.order {
                ranks.rows.append(["\(consensus.ranks[i])", name(consensus.alternatives[i]), fixed(consensus.scores[i], l)])
            }
            lines += [
                "", Formatting.pick(l, "Konsensus (menetelmien keskimääräinen sija)", "Consensus (mean rank over the methods)"),
                ranks.text(width: width),
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every method side by side, with the consensus, one row per alternative in input order.
    package static func comparisonCSV(_ rankings: [Ranking]) -> Table {
        guard let first = rankings.first else { return Table(columns: []) }
        let consensus = RankAgreement.consensus(rankings)
        var columns: [Table.Column] = [.init("alternative")]
        for ranking in rankings { columns += [.init("\(ranking.method.rawValue)_score"), .init("\(ranking.method.rawValue)_rank")] }
        columns += [.init("consensus_mean_rank"), .init("consensus_rank")]
        var table = Table(columns: columns)
        for i in first.alternatives.indices {
            var row = [first.alternatives[i]]
            for ranking in rankings { row += [Formatting.decimal(ranking.scores[i]), "\(ranking.ranks[i])"] }
            row += [consensus.map { Formatting.decimal($0.scores[i]) } ?? "", consensus.map { "\($0.ranks[i])" } ?? ""]
            table.rows.append(row)
        }
        return table
    }

    /// Why a method is not shown, worded for the reader. In a round a 0 comes from a score of 0 or from 'unknown'.
    package static func leftOutText(_ left: MethodLeftOut, inRound: Bool, _ l: Language) -> String {
        if inRound, case let .notPositive(alternative, criterion, value) = left.error.reason, value == 0 {
            return Formatting.pick(
                l,
                "\(left.method.name(in: l).capitalizedFirst) ei ole mukana: se vaatii positiiviset arvot, ja '\(alternative)' sai kriteerillä '\(criterion)' arvon 0 (pisteet 0 tai 'ei tiedossa', joka lasketaan nollaksi).",
                "\(left.method.name(in: l).capitalizedFirst) is not shown: it needs positive values, and '\(alternative)' has 0 on '\(criterion)' (a score of 0, or 'unknown', which counts as 0)."
            )
        }
        let (problem, help) = left.error.reason.message(in: l)
        return Formatting.pick(
            l, "\(left.method.name(in: l).capitalizedFirst) ei ole mukana: \(problem) (\(help)).",
            "\(left.method.name(in: l).capitalizedFirst) is not shown: \(problem) (\(help))."
        )
    }

    /// The tie rule of a ranking, as every output states it.
    package static func tieRule(_ tolerance: Double, _ l: Language) -> String {
        tolerance == 0
            ? Formatting.pick(l, "tasapelit: vain täsmälleen yhtä suuret pisteet", "ties: exactly equal scores only")
            : Formatting.pick(
                l, "tasapelit: pisteet, joiden ero on enintään \(formattedTolerance(tolerance)) × suurempi itseisarvo (vähintään 1)",
                "ties: scores within \(formattedTolerance(tolerance)) × the larger magnitude (at least 1)")
    }

    static func formattedTolerance(_ tolerance: Double) -> String { "\(tolerance)" }

    /// ``fixed(_:)`` as the language writes it: a decimal comma in Finnish.
    static func fixed(_ value: Double, _ l: Language) -> String {
        Formatting.decimalMark(fixed(value), l)
    }

    /// Four decimals; a value that is not zero but would round to zero (a weighted product of values near 1e-200) is
    /// written in scientific notation instead, so the table never claims a score of 0 that is not.
    static func fixed(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        if value != 0, abs(value) < 0.000_05 {
            var text = String(format: "%.3e", value)
            if let e = text.firstIndex(of: "e") {
                let exponent = text[text.index(after: e)...]
                let sign = exponent.hasPrefix("-") ? "-" : ""
                text = String(text[..<e]) + "e" + sign + String(exponent.drop { $0 == "-" || $0 == "+" || $0 == "0" })
            }
            return text
        }
        let scaled = (value * 10_000).rounded() / 10_000
        var text = String(scaled)
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 4 { text += String(repeating: "0", count: 4 - decimals) }
        } else if !text.contains("e") {
            text += ".0000"
        }
        return text == "-0.0000" ? "0.0000" : text
    }

    static func yesNo(_ value: Bool, _ language: Language) -> String {
        value ? Formatting.pick(language, "täyttyy", "met") : Formatting.pick(language, "ei täyty", "not met")
    }
}
