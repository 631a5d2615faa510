import ArvioCore

/// Customer feedback as published (``PublishedFeedback``: small groups suppressed, open answers never) for people
/// (tables), machines (JSON, CSV) and the site's pages; one place for its words.
package enum FeedbackView {
    /// A group in machine form; a suppressed one carries its label and `suppressed: true` only.
    package struct Group: Hashable, Sendable, Codable {
        package var group: String
        package var suppressed: Bool
        package var responses: Int?
        package var nps: Score?
        package var statements: [Statement]
    }

    package struct Score: Hashable, Sendable, Codable {
        package var score: Double
        package var low: Double
        package var high: Double
        package var promoters: Int
        package var passives: Int
        package var detractors: Int
    }

    /// One statement's answers: by option value ("1"…"5") and "0" for don't know; nil when suppressed.
    package struct Statement: Hashable, Sendable, Codable {
        package var id: String
        package var suppressed: Bool
        package var counts: [String: Int]?
    }

    package struct Document: Hashable, Sendable, Codable {
        /// The responses are invented to show the tool.
        package var illustrative: Bool
        package var survey: String
        /// What the groups are: "model", or a model's "month", "unit" or "channel".
        package var scope: String
        package var model: String?
        package var suppression: String
        package var interval: String
        package var total: Group
        package var groups: [Group]
    }

    static func score(_ nps: NPS?) -> Score? {
        guard let nps, let score = nps.score, let interval = nps.interval else { return nil }
        return Score(
            score: score, low: interval.lowerBound, high: interval.upperBound, promoters: nps.promoters, passives: nps.passives,
            detractors: nps.detractors)
    }

    static func group(_ g: PublishedFeedback.Group, _ survey: Survey) -> Group {
        Group(
            group: g.label, suppressed: g.isSuppressed, responses: g.responses, nps: score(g.nps),
            statements: survey.statements.enumerated().map { s, statement in
                let counts = g.statements[s].map { counts in
                    Dictionary(uniqueKeysWithValues: counts.enumerated().map { (String($0.offset), $0.element) })
                }
                return Statement(id: statement.id, suppressed: counts == nil, counts: counts)
            })
    }

    package static func document(
        _ breakdown: PublishedFeedback.Breakdown, survey: Survey, scope: String, model: String?, _ l: Language
    ) -> Document {
        Document(
            illustrative: breakdown.illustrative, survey: survey.id, scope: scope, model: model, suppression: suppressionRule(l),
            interval: NPS.intervalMethod(l), total: group(breakdown.total, survey), groups: breakdown.parts.map { group($0, survey) })
    }

    /// `group,suppressed,responses,nps,nps_low,nps_high,promoters,passives,detractors,<statement>_<option>…`: the total
    /// first (group `all`), a suppressed group's counts empty.
    package static func csv(_ breakdown: PublishedFeedback.Breakdown, survey: Survey) -> String {
        let options = Array(0...survey.scale.count)
        var columns = ["group", "suppressed", "responses", "nps", "nps_low", "nps_high", "promoters", "passives", "detractors"]
        for statement in survey.statements { columns += options.map { "\(statement.id)_\($0)" } }
        var table = Table(columns: columns.map { .init($0) })
        for g in [breakdown.total] + breakdown.parts {
            let score = score(g.nps)
            let numbers: [String] =
                score.map { [Formatting.decimal($0.score), Formatting.decimal($0.low), Formatting.decimal($0.high)] } ?? ["", "", ""]
            let counts: [String] = score.map { [String($0.promoters), String($0.passives), String($0.detractors)] } ?? ["", "", ""]
            let name = g.label.isEmpty ? "all" : g.label
            var row: [String] = [name, g.isSuppressed ? "true" : "false", g.responses.map(String.init) ?? ""]
            row += numbers
            row += counts
            for s in survey.statements.indices { row += options.map { o in g.statements[s].map { String($0[o]) } ?? "" } }
            table.rows.append(row)
        }
        return table.csv()
    }

    /// The groups with their responses and recommendation index, then the total's statements, and the rules.
    package static func text(
        _ breakdown: PublishedFeedback.Breakdown, survey: Survey, heading: String, label: (String) -> String, _ l: Language,
        width: Int = .max
    ) -> String {
        var text = heading + "\n\n"
        var groups = Table(columns: [
            .init(Formatting.pick(l, "Ryhmä", "Group")), .init(Formatting.pick(l, "Vastauksia", "Responses"), .right),
            .init("NPS", .right), .init(Formatting.pick(l, "95 %:n väli", "95 % interval"), .right),
            .init(Formatting.pick(l, "Suosittelijat / passiiviset / arvostelijat", "Promoters / passives / detractors"), .right),
        ])
        for g in [breakdown.total] + breakdown.parts {
            let isTotal = g == breakdown.total
            let name = isTotal ? Formatting.pick(l, "Kaikki", "All") : label(g.label)
            guard let responses = g.responses else {
                groups.rows.append([name, suppressedMark(l), "", "", ""])
                continue
            }
            groups.rows.append([
                name, "\(responses)", npsText(g.nps, l), intervalText(g.nps, l),
                g.nps.map { "\($0.promoters) / \($0.passives) / \($0.detractors)" } ?? suppressedMark(l),
            ])
        }
        text += groups.text(width: width) + "\n\n"
        text += statementTable(breakdown.total, survey: survey, l).text(width: width) + "\n\n"
        text += suppressionRule(l) + "\n" + NPS.intervalMethod(l) + "\n" + openAnswersNote(l) + "\n"
        return text
    }

    /// Each statement's answers in a group, as shares of those who took a side (don't know apart).
    package static func statementTable(_ g: PublishedFeedback.Group, survey: Survey, _ l: Language) -> Table {
        var table = Table(
            columns: [.init(Formatting.pick(l, "Väittämä", "Statement"), .left, .wrap)]
                + survey.scale.map { .init($0.label[l], .right) }
                + [.init(survey.notApplicable[l], .right), .init(Formatting.pick(l, "Vastanneita", "Answered"), .right)])
        for (s, statement) in survey.statements.enumerated() {
            guard let counts = g.statements[s] else {
                table.rows.append([statement.text.text[l], suppressedMark(l)] + Array(repeating: "", count: survey.scale.count + 1))
                continue
            }
            let sided = counts.dropFirst().reduce(0, +)
            table.rows.append(
                [statement.text.text[l]]
                    + counts.dropFirst().map { sided > 0 ? Formatting.percent(Double($0) / Double(sided), l) : "–" }
                    + ["\(counts[0])", "\(counts.reduce(0, +))"])
        }
        return table
    }

    package static func npsText(_ nps: NPS?, _ l: Language) -> String {
        guard let score = nps?.score else { return suppressedMark(l) }
        return signed(score, l)
    }

    package static func intervalText(_ nps: NPS?, _ l: Language) -> String {
        guard let interval = nps?.interval else { return "" }
        return signed(interval.lowerBound, l) + " … " + signed(interval.upperBound, l)
    }

    /// A whole-number score with its sign: "+10", "−4" (a minus sign, not a hyphen), "0".
    package static func signed(_ value: Double, _ l: Language) -> String {
        let rounded = Int(value.rounded())
        return rounded > 0 ? "+\(rounded)" : rounded < 0 ? "\u{2212}\(-rounded)" : "0"
    }

    package static func suppressedMark(_ l: Language) -> String {
        Formatting.pick(l, "alle 5 vastausta, ei näytetä", "under 5 responses, not shown")
    }

    package static func suppressionRule(_ l: Language) -> String {
        Formatting.pick(
            l,
            "Vastaajien suojaksi ryhmää, jossa on alle \(FeedbackSuppression.minimum) vastausta, ei näytetä, eikä myöskään ryhmää, josta sen luvut voisi laskea muiden avulla.",
            "To protect respondents, a group of fewer than \(FeedbackSuppression.minimum) responses is not shown, nor any group from which its figures could be worked out."
        )
    }

    package static func openAnswersNote(_ l: Language) -> String {
        Formatting.pick(l, "Avoimia vastauksia ei julkaista.", "Open answers are never published.")
    }

    package static func illustrativeNotice(_ l: Language) -> String {
        Formatting.pick(
            l,
            "HAVAINNOLLINEN PALAUTE: vastaukset on keksitty työkalun esittelyä varten; ne eivät ole todellisten asiakkaiden palautetta.",
            "ILLUSTRATIVE FEEDBACK: the responses are invented to show the tool; they are not real clients' feedback.")
    }

    /// The survey's wording is a placeholder in this language until checked against THL's material.
    package static func unverifiedWordingNote(_ survey: Survey, _ l: Language) -> String? {
        survey.isVerified(l)
            ? nil
            : Formatting.pick(
                l, "Kyselyn sanamuotoja ei ole vielä tarkistettu THL:n aineistosta (vahvistamaton).",
                "The survey's wording has not yet been checked against THL's material (unverified).")
    }

    package static func channelName(_ raw: String, _ l: Language) -> String {
        switch FeedbackResponse.Channel(rawValue: raw) {
        case .remote: Formatting.pick(l, "etäpalvelu", "remote")
        case .inPerson: Formatting.pick(l, "lähipalvelu", "in person")
        case nil: raw
        }
    }
}
