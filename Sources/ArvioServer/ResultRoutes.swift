import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import HTTPTypes
import Hummingbird

/// Procurement's view of a revealed or closed round (issue 19, first part): the gate and the ranking under the round's
/// weight model, and a what-if — each area's weight as a number in a GET form, so that a what-if is a link one can
/// send — with the ranking recomputed and, for each area, the exact range of its weight within which the leader stays
/// (the others rescaled in proportion: ``WeightStability``). Works without JavaScript.
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
        table.add(.get, "/tulokset/:round", access: readers, summary: "a round's ranking, with the area weights as a what-if") {
            request, context in
            try whatIfPage(request, context, services)
        }
    }

    /// The area weights a request asks for (`w.<area>`, percentages scaled to sum to 100; the model's where a value
    /// is missing, all of the model's when they sum to nothing), and the ranking and its stability under them.
    struct WhatIf {
        var current: [Double]
        var shares: [Double]
        var invalid = false
        var stability: WeightStability

        init(_ matrix: DecisionMatrix, evaluation: RoundEvaluation, request: Request) throws {
            let model = try AdditiveModel(matrix, normalization: ComparisonReport.normalization, groups: evaluation.areas)
            let current = model.groupWeights
            self.current = current
            var asked = evaluation.areas.enumerated().map { index, area in
                ResultRoutes.number(request, "w.\(area.id)").map { max(0, $0) / 100 } ?? current[index]
            }
            if asked.reduce(0, +) <= 0 || asked.contains(where: { !$0.isFinite }) {
                invalid = true
                asked = current
            }
            let total = asked.reduce(0, +)
            let shares = asked.map { $0 / total }
            self.shares = shares
            var weights = matrix.criteria.map(\.weight)
            for (index, area) in evaluation.areas.enumerated() where current[index] > 0 {
                for column in area.columns { weights[column] = matrix.criteria[column].weight / current[index] * shares[index] }
            }
            let criteria = zip(matrix.criteria, weights).map { criterion, weight in
                var moved = criterion
                moved.weight = weight
                return moved
            }
            stability = WeightStability(
                try AdditiveModel(
                    try DecisionMatrix(alternatives: matrix.alternatives, criteria: criteria, flatValues: matrix.values),
                    normalization: ComparisonReport.normalization, groups: evaluation.areas))
        }
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
        let text = AppText(l)
        let project = services.project
        let round = try RoundRoutes.revealedRound(context, services)
        let id = round.id
        let evaluation = try services.evaluation(of: id)
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
            return AppPages.render("whatIf", values, title: "\(round.name): \(text.results)", request: request, context: context)
        }
        let whatIf = try WhatIf(matrix, evaluation: evaluation, request: request)
        let (current, shares, stability) = (whatIf.current, whatIf.shares, whatIf.stability)
        let problem = whatIf.invalid ? text.weightsNeeded : nil
        let name = { (solution: String) in project.solution(solution)?.name ?? solution }
        let ranks = Ranking.competitionRanks(stability.scores, higherIsBetter: true)
        values["ranking"] = stability.order.map { index -> [String: String] in
            [
                "rank": "\(ranks.ranks[index])", "name": name(stability.alternatives[index]),
                "score": Formatting.number(stability.scores[index], l),
            ]
        }
        values["leader"] = name(stability.leader)
        values["areas"] = evaluation.areas.enumerated().map { index, area -> [String: String] in
            let interval = stability.intervals.first { $0.parameter.id == area.id && $0.parameter.within == nil }
            let range = interval.map { text.leaderRange(name(stability.leader), Formatting.percentRange($0.winner, l)) } ?? ""
            var beyond: [String] = []
            if let below = interval?.winnerBelow { beyond.append(text.leadsBelow(name(below))) }
            if let above = interval?.winnerAbove { beyond.append(text.leadsAbove(name(above))) }
            let hint = "\(text.inModel) \(Formatting.percent(current[index], l)). " + range
            return [
                "id": area.id, "label": areaName(area.id), "value": Formatting.number((shares[index] * 1000).rounded() / 10, .en),
                "hint": hint + (beyond.isEmpty ? "" : " " + beyond.joined(separator: "; ") + "."),
            ]
        }
        values["weights"] = evaluation.areas.enumerated().map { index, area in
            ["name": "w.\(area.id)", "value": Formatting.number((shares[index] * 1000).rounded() / 10, .en)]
        }
        values["pointsAction"] = "/tulokset/\(id)/laatupisteet.csv"
        values["formula"] = QualityPoints.formula[l]
        values["changed"] = zip(shares, current).contains { abs($0 - $1) > 1e-9 }
        values["reset"] = "/tulokset/\(id)" + AppPages.query(l)
        if let problem { values["problem"] = problem }
        return AppPages.render("whatIf", values, title: "\(round.name): \(text.results)", request: request, context: context)
    }
}
