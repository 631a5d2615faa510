import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import HTTPTypes
import Hummingbird

/// Procurement's view of a revealed or closed round (issue 19): the gate and the ranking under the round's weight
/// model, and a what-if — each area's weight and each criterion's weight within its area as numbers in a GET form, so
/// that a what-if is a link one can send — with the ranking recomputed and, under each weight, the exact range within
/// which the leader stays (the others of its level rescaled in proportion: ``WeightStability``), drawn and in words.
/// The round's comparison report live and every document of it, and quality points for the tendering system. Works
/// without JavaScript.
enum ResultRoutes {
    static let readers = Access.signedIn([.procurement, .coordinator])

    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/tulokset", access: readers, summary: "the revealed and closed rounds, for procurement") { request, context in
            let l = AppPages.language(request)
            let text = AppText(l)
            let rounds = try services.store.rounds().filter { $0.state != .open }.reversed().map { round -> [String: String] in
                ["name": round.name, "href": "/tulokset/\(round.id)" + AppPages.query(l), "state": round.state.name(in: l)]
            }
            return AppPages.render(
                "results", ["rounds": rounds, "hasRounds": !rounds.isEmpty], title: text.results, request: request, context: context)
        }
        table.add(.get, "/tulokset/:round/laatupisteet.csv", access: readers, summary: "quality points for the tendering system (CSV)") {
            request, context in
            try qualityPoints(request, context, services)
        }
        table.add(.get, "/tulokset/:round/raportti", access: readers, summary: "the round's comparison report, built live (HTML)") {
            request, context in
            let round = try RoundRoutes.revealedRound(context, services)
            let html = HTMLReport.document(try services.report(of: round.id), AppPages.language(request))
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/html; charset=utf-8",
                    .contentSecurityPolicy: SiteCache.policy(styles: SiteCache.styleBlocks(in: html)),
                ], body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        table.add(
            .get, "/tulokset/:round/lataa/:file", access: readers, summary: "one document of the round's report, as arvio report writes it"
        ) {
            request, context in
            try download(request, context, services)
        }
        table.add(.get, "/tulokset/:round", access: readers, summary: "a round's ranking, with the area weights as a what-if") {
            request, context in
            try whatIfPage(request, context, services)
        }
    }

    /// The documents of `arvio report`, by the names it writes them under, with their media types.
    static let documents: [(file: String, type: String)] = [
        ("report.html", "text/html; charset=utf-8"), ("report.md", "text/markdown; charset=utf-8"), ("report.json", "application/json"),
        ("ranking.csv", "text/csv; charset=utf-8"), ("scores.csv", "text/csv; charset=utf-8"),
        ("report.xmcda.xml", "application/xml; charset=utf-8"),
    ]

    /// One document of the round's report as an attachment named `<round>-<file>`, in the request's language; the same
    /// bytes `arvio report --round` writes on the same day.
    static func download(_ request: Request, _ context: AppContext, _ services: AppServices) throws -> Response {
        let l = AppPages.language(request)
        let round = try RoundRoutes.revealedRound(context, services)
        guard let file = context.parameters.get("file"), let type = documents.first(where: { $0.file == file })?.type else {
            throw HTTPError(.notFound)
        }
        let report = try services.report(of: round.id)
        let text: String? =
            switch file {
            case "report.html": HTMLReport.document(report, l)
            case "report.md": ReportDocuments.markdown(report, l)
            case "report.json": JSONDocument.text(of: ReportDocuments.document(report))
            case "ranking.csv": ReportDocuments.rankingCSV(report)
            case "scores.csv": ReportDocuments.scoresCSV(report)
            default: ReportDocuments.xmcda(report, l)
            }
        // No XMCDA when no solution passed the gate: there is no matrix to describe.
        guard let text else { throw HTTPError(.notFound) }
        let suffix = l == .fi || !["report.html", "report.md"].contains(file) ? "" : "-en"
        let name = round.id + "-" + file.replacingOccurrences(of: ".", with: suffix + ".", options: [], range: file.range(of: "."))
        return Response(
            status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The weights a request asks for — each area's share (`w.<area>`) and each criterion's share within its area
    /// (`c.<criterion>`), percentages scaled to sum to 100 at their level; the model's where a value is missing, all
    /// of a level's when they sum to nothing — and the ranking and its stability under them.
    struct WhatIf {
        /// The model's area weights and criterion weights within their area (by column).
        var current: [Double]
        var currentLocal: [Double]
        /// The asked ones, scaled.
        var shares: [Double]
        var localShares: [Double]
        var invalid = false
        var stability: WeightStability

        init(_ matrix: DecisionMatrix, evaluation: RoundEvaluation, request: Request) throws {
            let model = try AdditiveModel(matrix, normalization: ComparisonReport.normalization, groups: evaluation.areas)
            (current, currentLocal) = (model.groupWeights, model.localWeights)
            let (current, currentLocal) = (current, currentLocal)
            var invalid = false
            let areaShares = Self.scaled(
                evaluation.areas.enumerated().map { index, area in
                    ResultRoutes.number(request, "w.\(area.id)").map { max(0, $0) / 100 } ?? current[index]
                })
            if areaShares == nil { invalid = true }
            let shares = areaShares ?? current
            var localShares = currentLocal
            for area in evaluation.areas {
                let asked = area.columns.map { column in
                    ResultRoutes.number(request, "c.\(matrix.criteria[column].id)").map { max(0, $0) / 100 } ?? currentLocal[column]
                }
                guard let scaled = Self.scaled(asked) else {
                    invalid = true
                    continue
                }
                for (column, share) in zip(area.columns, scaled) { localShares[column] = share }
            }
            self.shares = shares
            self.localShares = localShares
            self.invalid = invalid
            var weights = matrix.criteria.map(\.weight)
            for (index, area) in evaluation.areas.enumerated() {
                for column in area.columns { weights[column] = shares[index] * localShares[column] }
            }
            stability = WeightStability(model.reweighted(weights))
        }

        /// The values of one level scaled to sum to 1; nil when they cannot be (nothing, or not a finite number).
        static func scaled(_ asked: [Double]) -> [Double]? {
            let total = asked.reduce(0, +)
            guard total > 0, total.isFinite else { return nil }
            return asked.map { $0 / total }
        }

        /// The asked weights as the address's parameters, one decimal of a percent, for links and hidden fields.
        func parameters(_ matrix: DecisionMatrix, _ areas: [WeightGroup]) -> [(name: String, value: String)] {
            areas.enumerated().flatMap { index, area in
                [("w.\(area.id)", percent(shares[index]))]
                    + area.columns.map { ("c.\(matrix.criteria[$0].id)", percent(localShares[$0])) }
            }
        }

        func percent(_ share: Double) -> String { Formatting.number((share * 1000).rounded() / 10, .en) }
    }

    /// The numbers of the stability interval drawn under a weight's input (``Templates/band``), in percent: where the
    /// range within which the leader stays begins, its width, and the weight now; nil when there is no interval.
    static func band(_ interval: StabilityInterval?, now: Double) -> [String: String]? {
        guard let interval else { return nil }
        let f = { (x: Double) in Formatting.number((min(1, max(0, x)) * 1000).rounded() / 10, .en) }
        let (low, high) = (max(0, interval.winner.lowerBound), min(1, interval.winner.upperBound))
        return ["low": f(low), "width": f(max(0, high - low)), "now": f(max(0, now - 0.004))]
    }

    /// A number from the address, with a decimal point or a Finnish decimal comma.
    static func number(_ request: Request, _ name: String) -> Double? {
        request.uri.queryParameters[name[...]].flatMap { Double(String($0).replacingOccurrences(of: ",", with: ".")) }
    }

    /// The quality points as CSV for the tendering system, under the weights the page showed: every solution of the
    /// round, the ones excluded at the gate with none.
    static func qualityPoints(_ request: Request, _ context: AppContext, _ services: AppServices) throws -> Response {
        let round = try RoundRoutes.revealedRound(context, services)
        let evaluation = try services.evaluation(of: round.id)
        let maximum = number(request, "max") ?? 0
        guard let matrix = evaluation.matrix else { throw HTTPError(.notFound) }
        let stability = try WhatIf(matrix, evaluation: evaluation, request: request).stability
        guard let points = QualityPoints.scaled(Array(zip(stability.alternatives, stability.scores)), maximum: maximum) else {
            throw HTTPError(.badRequest)
        }
        let name = { (solution: String) in services.project.solution(solution)?.name ?? solution }
        var table = Table(columns: ["solution", "name", "status", "quality_score", "ratio_to_best", "points"].map { .init($0) })
        for entry in points.sorted(by: { $0.points > $1.points }) {
            table.rows.append([
                entry.solution, name(entry.solution), "passed", Formatting.decimal(entry.score), Formatting.decimal(entry.ratio),
                Formatting.decimal((entry.points * 100).rounded() / 100),
            ])
        }
        for exclusion in evaluation.gate.excluded {
            table.rows.append([exclusion.solution, name(exclusion.solution), "excluded", "", "", "0"])
        }
        return Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(round.id)-laatupisteet.csv\"",
            ], body: .init(byteBuffer: ByteBuffer(string: table.csv())))
    }

    static func whatIfPage(_ request: Request, _ context: AppContext, _ services: AppServices) throws -> Response {
        let l = AppPages.language(request)
        // The same link reads the same page while nothing is written: computed once, then kept (``HeadCache``).
        let head = try services.store.auditHead().description
        let round = try RoundRoutes.revealedRound(context, services, head: head)
        let body = try services.whatIfs.value("\(round.id)|\(l.rawValue)|\(request.uri.query ?? "")", head: head) {
            try whatIfBody(request, round, services, head: head)
        }
        return AppPages.page(body, title: "\(round.name): \(AppText(l).results)", request: request, context: context)
    }

    /// The what-if page's body for the weights the request asks for: nothing in it depends on who is reading.
    static func whatIfBody(_ request: Request, _ round: Round, _ services: AppServices, head: String) throws -> String {
        let l = AppPages.language(request)
        let text = AppText(l)
        let project = services.project
        let id = round.id
        let evaluation = try services.evaluation(of: id, head: head)
        let areaName = { (area: String) in project.criteria.areas.first { $0.id == area }.map { "\(area) \($0.name[l])" } ?? area }
        var values: [String: Any] = [
            "roundName": round.name, "action": "/tulokset/\(id)",
            "excluded": evaluation.gate.excluded.map {
                ["name": project.solution($0.solution)?.name ?? $0.solution, "rules": $0.failures.map(\.rule).joined(separator: ", ")]
            },
            "hasExcluded": !evaluation.gate.excluded.isEmpty,
            "illustrative": round.illustrative || project.hasIllustrativeSolutions(in: round) ? Formatting.illustrativeRoundNotice(l) : "",
        ]
        if l == .en { values["lang"] = "en" }
        guard let matrix = evaluation.matrix else {
            values["nothing"] = true
            return AppPages.body("whatIf", values, l)
        }
        let whatIf = try WhatIf(matrix, evaluation: evaluation, request: request)
        let (current, shares, stability) = (whatIf.current, whatIf.shares, whatIf.stability)
        let problem = whatIf.invalid ? text.weightsNeeded : nil
        let name = { (solution: String) in project.solution(solution)?.name ?? solution }
        let ranks = Ranking.competitionRanks(stability.scores, higherIsBetter: true)
        // The rows that grow with the round are built as template values at once (not through `[String: Any]`).
        values["ranking"] = TemplateValue.list(
            stability.order.map { index in
                .object([
                    "rank": .text("\(ranks.ranks[index])"), "name": .text(name(stability.alternatives[index])),
                    "score": .text(Formatting.number(stability.scores[index], l)),
                ])
            })
        values["leader"] = name(stability.leader)
        let criterionByID = Dictionary(project.criteria.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let criterionName = { (id: String) in criterionByID[id].map { "\(id) \($0.name[l])" } ?? id }
        /// The hint under one weight: the model's value, the exact range within which the leader stays, who leads beyond.
        func hint(_ interval: StabilityInterval?, model: Double) -> String {
            var parts = ["\(text.inModel) \(Formatting.percent(model, l))."]
            if let interval { parts.append(text.leaderRange(name(stability.leader), Formatting.percentRange(interval.winner, l))) }
            var beyond: [String] = []
            if let below = interval?.winnerBelow { beyond.append(text.leadsBelow(name(below))) }
            if let above = interval?.winnerAbove { beyond.append(text.leadsAbove(name(above))) }
            if !beyond.isEmpty { parts.append(beyond.joined(separator: "; ") + ".") }
            return parts.joined(separator: " ")
        }
        func band(_ interval: StabilityInterval?, now: Double) -> TemplateValue? {
            Self.band(interval, now: now).map { .object($0.mapValues(TemplateValue.text)) }
        }
        values["areas"] = TemplateValue.list(
            evaluation.areas.enumerated().map { index, area in
                let interval = stability.intervals.first { $0.parameter.id == area.id && $0.parameter.within == nil }
                let criteria = area.columns.map { column -> TemplateValue in
                    let id = matrix.criteria[column].id
                    let inner = stability.intervals.first { $0.parameter.id == id && $0.parameter.within == area.id }
                    var entry: [String: TemplateValue] = [
                        "id": .text(id), "label": .text(criterionName(id)), "value": .text(whatIf.percent(whatIf.localShares[column])),
                        "hint": .text(hint(inner, model: whatIf.currentLocal[column])),
                    ]
                    entry["band"] = band(inner, now: whatIf.localShares[column])
                    return .object(entry)
                }
                var entry: [String: TemplateValue] = [
                    "id": .text(area.id), "label": .text(areaName(area.id)), "value": .text(whatIf.percent(shares[index])),
                    "hint": .text(hint(interval, model: current[index])), "criteria": .list(criteria),
                    "open": .flag(area.columns.contains { abs(whatIf.localShares[$0] - whatIf.currentLocal[$0]) > 1e-9 }),
                ]
                entry["band"] = band(interval, now: shares[index])
                return .object(entry)
            })
        let parameters = whatIf.parameters(matrix, evaluation.areas)
        values["weights"] = TemplateValue.list(parameters.map { .object(["name": .text($0.name), "value": .text($0.value)]) })
        let reportQuery = l == .en ? "?lang=en" : ""
        values["reportLink"] = "/tulokset/\(id)/raportti" + reportQuery
        values["downloads"] = documents.map { ["href": "/tulokset/\(id)/lataa/\($0.file)" + reportQuery, "file": $0.file] }
        values["pointsAction"] = "/tulokset/\(id)/laatupisteet.csv"
        values["formula"] = QualityPoints.formula[l]
        values["changed"] =
            zip(shares, current).contains { abs($0 - $1) > 1e-9 }
            || zip(whatIf.localShares, whatIf.currentLocal).contains { abs($0 - $1) > 1e-9 }
        values["reset"] = "/tulokset/\(id)" + AppPages.query(l)
        if let problem { values["problem"] = problem }
        return AppPages.body("whatIf", values, l)
    }
}
