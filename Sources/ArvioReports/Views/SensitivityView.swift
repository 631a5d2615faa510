import ArvioCore

/// Weight stability and SMAA-2 acceptabilities for people (tables and one plain-language sentence) and machines.
package enum SensitivityView {
    /// What a sensitivity run analysed, for the heading and the reproducibility line.
    package struct Context: Hashable, Sendable {
        package var subject: String
        /// Display names of weights (areas and criteria) by id; ids without a name show as themselves.
        package var names: [String: String]
        /// Display names of alternatives by id, for sentences; ids without a name show as themselves.
        package var alternatives: [String: String]

        package init(subject: String, names: [String: String] = [:], alternatives: [String: String] = [:]) {
            self.subject = subject
            self.names = names
            self.alternatives = alternatives
        }

        /// A round under its weight model, its areas and criteria named in the language, its solutions by name.
        package init(round: Round, project: Project, _ language: Language) {
            let areas = project.criteria.areas.map { ($0.id, $0.name[language]) }
            let criteria = project.criteria.criteria.map { ($0.id, $0.name[language]) }
            self.init(
                subject: "\(round.id), \(round.model)",
                names: Dictionary(areas + criteria, uniquingKeysWith: { first, _ in first }),
                alternatives: Dictionary(project.solutions.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }))
        }

        func name(_ alternative: String) -> String { alternatives[alternative] ?? alternative }
    }

    static func label(_ parameter: WeightParameter, _ context: Context, _ l: Language) -> String {
        let name = context.names[parameter.id].map { "\(parameter.id) \($0)" } ?? parameter.id
        guard let within = parameter.within else { return name }
        return name + Formatting.pick(l, " (alueessa \(within))", " (within \(within))")
    }

    static func range(_ range: ClosedRange<Double>, _ l: Language) -> String {
        Formatting.percentRange(range, l)
    }

    /// "X leads in 87 % of weight draws; its lead survives until T's weight falls below 22 %."
    /// - Parameter smaa: uniform draws, or draws from the stakeholders' hull (then the sentence says so).
    package static func sentence(_ stability: WeightStability, _ smaa: SMAA.Result, _ context: Context, _ l: Language) -> String {
        let leader = context.name(stability.leader)
        let index = smaa.alternatives.firstIndex(of: stability.leader) ?? 0
        let share = Formatting.percent(smaa.rankAcceptability[index][0], l)
        let stakeholders = smaa.constraints.hull.count
        var text =
            stakeholders > 0
            ? Formatting.pick(
                l,
                "Nykyisillä painoilla johtaa \(leader); se on ensimmäinen \(share):ssa painonäytteistä, jotka on arvottu \(stakeholders) sidosryhmän omien painojen väliltä",
                "With the current weights \(leader) leads; it ranks first in \(share) of weight draws taken between the \(stakeholders) stakeholders' own weights"
            )
            : Formatting.pick(
                l, "Nykyisillä painoilla johtaa \(leader); se on ensimmäinen \(share):ssa painonäytteistä",
                "With the current weights \(leader) leads; it ranks first in \(share) of weight draws")
        let most = smaa.alternatives.indices.max { (smaa.rankAcceptability[$0][0], $1) < (smaa.rankAcceptability[$1][0], $0) } ?? index
        if most != index {
            let other = Formatting.percent(smaa.rankAcceptability[most][0], l)
            text += Formatting.pick(
                l, ", mutta useimmin ensimmäinen on \(context.name(smaa.alternatives[most])) (\(other))",
                ", but \(context.name(smaa.alternatives[most])) ranks first more often (\(other))")
        }
        guard let change = stability.smallestChange else {
            return text
                + Formatting.pick(
                    l, "; minkään yksittäisen painon muutos ei vaihda johtajaa.", "; no change of a single weight changes the leader.")
        }
        let weight = label(change.parameter, context, l)
        let boundary = Formatting.percent(change.boundary, l)
        let falls = change.boundary < change.parameter.current
        text += Formatting.pick(
            l,
            "; \(leader) säilyttää johdon, kunnes painon \(weight) osuus \(falls ? "laskee alle" : "nousee yli") \(boundary) (nyt \(Formatting.percent(change.parameter.current, l))), jolloin johtoon nousee \(context.name(change.newLeader)).",
            "; \(leader)'s lead survives until the weight of \(weight) \(falls ? "falls below" : "rises above") \(boundary) (now \(Formatting.percent(change.parameter.current, l))), when \(context.name(change.newLeader)) takes the lead."
        )
        return text
    }

    package static func stabilityTable(_ stability: WeightStability, _ context: Context, _ l: Language) -> Table {
        var table = Table(columns: [
            .init(Formatting.pick(l, "paino", "weight"), .left, .wrap), .init(Formatting.pick(l, "nyt", "now"), .right),
            .init(Formatting.pick(l, "johtaja pysyy", "leader stays"), .right),
            .init(Formatting.pick(l, "järjestys pysyy", "ranking stays"), .right),
            .init(Formatting.pick(l, "johtoon nousee", "new leader"), .left, .wrap),
        ])
        for interval in stability.intervals {
            var changes: [String] = []
            if let below = interval.winnerBelow {
                changes.append(
                    Formatting.pick(l, "alle", "below") + " \(Formatting.percent(interval.winner.lowerBound, l)): \(context.name(below))")
            }
            if let above = interval.winnerAbove {
                changes.append(
                    Formatting.pick(l, "yli", "above") + " \(Formatting.percent(interval.winner.upperBound, l)): \(context.name(above))")
            }
            table.rows.append([
                label(interval.parameter, context, l), Formatting.percent(interval.parameter.current, l), range(interval.winner, l),
                range(interval.ranking, l), changes.isEmpty ? "–" : changes.joined(separator: "; "),
            ])
        }
        return table
    }

    /// Rank acceptabilities best-first by holistic acceptability; `ranks` limits the rank columns shown.
    package static func acceptabilityTable(_ smaa: SMAA.Result, ranks: Int? = nil, _ context: Context, _ l: Language) -> Table {
        let m = smaa.alternatives.count
        let shown = min(m, ranks ?? m)
        var table = Table(
            columns: [.init(Formatting.pick(l, "vaihtoehto", "alternative"))]
                + (0..<shown).map { .init(Formatting.pick(l, "sija \($0 + 1)", "rank \($0 + 1)"), .right) } + [
                    .init(Formatting.pick(l, "kokonaishyväksyttävyys", "holistic"), .right),
                    .init(Formatting.pick(l, "luottamus", "confidence"), .right),
                ])
        for i in order(smaa) {
            table.rows.append(
                [context.name(smaa.alternatives[i])] + (0..<shown).map { Formatting.percent(smaa.rankAcceptability[i][$0], l) } + [
                    Formatting.percent(smaa.holisticAcceptability[i], l), smaa.confidence[i].map { Formatting.percent($0, l) } ?? "–",
                ])
        }
        return table
    }

    /// Alternatives by holistic acceptability, best first (ties in input order).
    package static func order(_ smaa: SMAA.Result) -> [Int] {
        smaa.alternatives.indices.sorted { (smaa.holisticAcceptability[$0], $1) > (smaa.holisticAcceptability[$1], $0) }
    }

    package static func settings(_ smaa: SMAA.Result, _ l: Language) -> String {
        var weights =
            smaa.constraints.hull.isEmpty
            ? Formatting.pick(l, "painot tasajakaumasta simpleksillä", "weights uniform on the simplex")
            : Formatting.pick(
                l, "painot \(smaa.constraints.hull.count) sidosryhmän painojen satunnaisina sekoituksina (kertoimet Dirichlet(1))",
                "weights as random mixtures of \(smaa.constraints.hull.count) stakeholders' weights (coefficients Dirichlet(1))")
        if !smaa.constraints.order.isEmpty {
            weights += Formatting.pick(l, ", järjestys ", ", order ") + smaa.constraints.order.joined(separator: " ≥ ")
        }
        for (id, range) in smaa.constraints.bounds.sorted(by: { $0.key < $1.key }) {
            weights += ", \(id) ∈ [\(Formatting.percent(range.lowerBound, l)), \(Formatting.percent(range.upperBound, l))]"
        }
        if smaa.acceptanceRate < 1 {
            weights +=
                Formatting.pick(l, " (hyväksytty ", " (accepted ") + Formatting.percent(smaa.acceptanceRate, l)
                + Formatting.pick(l, " näytteistä)", " of draws)")
        }
        let values =
            smaa.uncertainCells > 0
            ? Formatting.pick(
                l, "\(smaa.uncertainCells) solun arvo arvotaan arvioijien antamista arvoista",
                "\(smaa.uncertainCells) cells drawn from the values the assessors gave")
            : Formatting.pick(l, "arvot kiinteät", "values fixed")
        return Formatting.pick(
            l,
            "SMAA-2: \(smaa.samples) painonäytettä, siemen \(smaa.seed); \(weights); \(values); \(Formatting.normalization(smaa.normalization, l)); kokonaishyväksyttävyyden metapainot lineaariset (m − r)/(m − 1)",
            "SMAA-2: \(smaa.samples) weight draws, seed \(smaa.seed); \(weights); \(values); \(Formatting.normalization(smaa.normalization, l)); holistic meta-weights linear (m − r)/(m − 1)"
        )
    }

    package static func text(
        _ stability: WeightStability, _ smaa: SMAA.Result, _ context: Context, _ l: Language, width: Int = .max
    ) -> String {
        var out = Formatting.pick(l, "Herkkyysanalyysi: \(context.subject)", "Sensitivity analysis: \(context.subject)") + "\n\n"
        out += sentence(stability, smaa, context, l) + "\n\n"
        out +=
            Formatting.pick(
                l, "Painojen vakaus: yksi paino kerrallaan, saman tason muut painot skaalataan suhteessa (tarkat välit)",
                "Weight stability: one weight at a time, the others of its level rescaled proportionally (exact intervals)")
            + "\n"
        out += stabilityTable(stability, context, l).text(width: width) + "\n"
        out += settings(smaa, l) + "\n"
        out += acceptabilityTable(smaa, ranks: 5, context, l).text(width: width) + "\n"
        return out
    }

    /// For `--format json`: both analyses, every number unrounded.
    package struct Document: Hashable, Sendable, Codable {
        package struct Interval: Hashable, Sendable, Codable {
            package var weight: String
            package var within: String?
            package var current: Double
            package var leaderStays: [Double]
            package var rankingStays: [Double]
            package var leaderBelow: String?
            package var leaderAbove: String?
        }
        package var subject: String
        package var method: String
        package var leader: String
        package var intervals: [Interval]
        package var smallestChange: WeightStability.Change?
        package var smaa: SMAA.Result
        package var metaWeights: String
    }

    package static func document(_ stability: WeightStability, _ smaa: SMAA.Result, _ context: Context) -> Document {
        Document(
            subject: context.subject, method: "weighted-sum", leader: stability.leader,
            intervals: stability.intervals.map {
                .init(
                    weight: $0.parameter.id, within: $0.parameter.within, current: $0.parameter.current,
                    leaderStays: [$0.winner.lowerBound, $0.winner.upperBound],
                    rankingStays: [$0.ranking.lowerBound, $0.ranking.upperBound],
                    leaderBelow: $0.winnerBelow, leaderAbove: $0.winnerAbove)
            }, smallestChange: stability.smallestChange, smaa: smaa, metaWeights: SMAA.Result.metaWeights)
    }

    /// `weight,within,current,leader_low,leader_high,ranking_low,ranking_high,leader_below,leader_above`.
    package static func stabilityCSV(_ stability: WeightStability) -> Table {
        var table = Table(
            columns: [
                "weight", "within", "current", "leader_low", "leader_high", "ranking_low", "ranking_high", "leader_below", "leader_above",
            ]
            .map { .init($0) })
        for i in stability.intervals {
            table.rows.append([
                i.parameter.id, i.parameter.within ?? "", Formatting.decimal(i.parameter.current), Formatting.decimal(i.winner.lowerBound),
                Formatting.decimal(i.winner.upperBound), Formatting.decimal(i.ranking.lowerBound), Formatting.decimal(i.ranking.upperBound),
                i.winnerBelow ?? "", i.winnerAbove ?? "",
            ])
        }
        return table
    }

    /// `alternative,rank_1,…,rank_m,holistic,confidence,seed,samples` in the input order.
    package static func acceptabilityCSV(_ smaa: SMAA.Result) -> Table {
        let m = smaa.alternatives.count
        var table = Table(
            columns: ([.init("alternative")] + (1...m).map { .init("rank_\($0)") })
                + [.init("holistic"), .init("confidence"), .init("seed"), .init("samples")])
        for i in 0..<m {
            table.rows.append(
                [smaa.alternatives[i]] + smaa.rankAcceptability[i].map(Formatting.decimal) + [
                    Formatting.decimal(smaa.holisticAcceptability[i]), smaa.confidence[i].map(Formatting.decimal) ?? "",
                    "\(smaa.seed)", "\(smaa.samples)",
                ])
        }
        return table
    }
}
