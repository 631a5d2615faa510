import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import HTTPTypes
import Hummingbird

/// Every signed-in person is a stakeholder of the rounds: while a round is open they give their own weights for its
/// weight model as points (areas, and optionally an area's criteria), checked as `arvio weights set` checks them and
/// saved under their account, audited. They see only their own until the round is revealed (the store keeps that).
enum WeightRoutes {
    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/painot", access: .anyRole, summary: "the open rounds one can give one's own weights for") { request, context in
            let l = AppPages.language(request)
            let text = AppText(l)
            let id = context.signedIn?.account.id ?? ""
            let rounds = try services.store.rounds().filter { $0.state == .open }.map { round -> [String: String] in
                let given = try !services.store.stakeholderWeights(round: round.id, visibleTo: id).isEmpty
                return [
                    "name": round.name, "href": "/painot/\(round.id)" + AppPages.query(l),
                    "state": given
                        ? text.pick("painosi on annettu", "your weights are given") : text.pick("ei vielä annettu", "not given yet"),
                ]
            }
            return AppPages.render(
                "weightRounds", ["rounds": rounds, "hasRounds": !rounds.isEmpty], title: text.myWeights, request: request, context: context)
        }
        table.add(.get, "/painot/:round", access: .anyRole, summary: "one's own weights for an open round (points)") { request, context in
            let (round, model) = try openRound(context, services)
            guard let round else { return revealed(request, context) }
            let own = try services.store.stakeholderWeights(round: round.id, visibleTo: context.signedIn?.account.id ?? "").first
            return page(request, context, services, round, model, given: own, saved: request.uri.queryParameters["saved"] != nil)
        }
        table.addForm("/painot/:round", access: .anyRole, summary: "saves one's own weights for an open round") { request, context, form in
            let (round, model) = try openRound(context, services)
            guard let round, let account = context.signedIn?.account else { return revealed(request, context, status: .conflict) }
            let l = AppPages.language(request)
            let library = services.project.criteria
            var problems: [String] = []
            func points(_ name: String, _ id: String) -> Weight? {
                let typed = form[name].trimmingCharacters(in: .whitespaces)
                guard !typed.isEmpty else { return nil }
                guard let value = Double(typed.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
                    problems.append(AppText(l).pick("'\(id)': '\(typed)' ei ole luku", "'\(id)': '\(typed)' is not a number"))
                    return nil
                }
                return Weight(id: id, value: value)
            }
            var member = StakeholderWeights(
                stakeholder: account.id, name: account.name, technique: .points,
                areas: .init(weights: model.areaIDs.compactMap { points("a-\($0)", $0) }))
            for area in model.areaIDs {
                let criteria = library.areas.first { $0.id == area }?.criteria.map(\.id) ?? []
                let given = criteria.compactMap { points("c-\($0)", $0) }
                if !given.isEmpty { member.criteria[area] = .init(weights: given) }
            }
            problems += member.problems(base: model, areas: library.areas).map { error in
                let (problem, help) = error.reason.message(in: l)
                return "\(problem); \(help)"
            }
            guard problems.isEmpty else {
                return page(request, context, services, round, model, given: member, problems: problems, status: .unprocessableContent)
            }
            try services.store.recordStakeholderWeights(round: round.id, [member], actor: account.id, at: services.nowText(), sources: [])
            return AppPages.redirect("/painot/\(round.id)?saved=1" + (l == .en ? "&lang=en" : ""))
        }
    }

    /// The round of the path and its weight model when it is open; nil round when it is revealed or closed; not found
    /// when there is no such round.
    static func openRound(_ context: AppContext, _ services: AppServices) throws -> (Round?, WeightModel) {
        guard let id = context.parameters.get("round"), let round = try services.store.findRound(id),
            let model = services.project.criteria.model(round.model)
        else { throw HTTPError(.notFound) }
        return (round.state == .open ? round : nil, model)
    }

    static func revealed(_ request: Request, _ context: AppContext, status: HTTPResponse.Status = .ok) -> Response {
        let text = AppText(AppPages.language(request))
        return AppPages.render(
            "message", ["title": text.myWeights, "message": text.weightsRevealed], title: text.myWeights, request: request,
            context: context, status: status)
    }

    /// The form, filled with what was given (stored, or just refused), and the shares of the stored weights.
    static func page(
        _ request: Request, _ context: AppContext, _ services: AppServices, _ round: Round, _ model: WeightModel,
        given: StakeholderWeights?, saved: Bool = false, problems: [String] = [], status: HTTPResponse.Status = .ok
    ) -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let library = services.project.criteria
        let number = { (value: Double?) in value.map { Formatting.decimalMark(Formatting.decimal($0), l) } ?? "" }
        let areas: [[String: Any]] = model.areaIDs.map { area in
            let name = library.areas.first { $0.id == area }
            let within = given?.criteria[area]?.weights ?? []
            return [
                "id": area, "label": "\(area) \(name?.name[l] ?? "")",
                "points": number(given?.areas.weights.first { $0.id == area }?.value), "open": !within.isEmpty,
                "criteria": (name?.criteria ?? []).map { criterion -> [String: String] in
                    [
                        "id": criterion.id, "label": "\(criterion.id) \(criterion.name[l])",
                        "points": number(within.first { $0.id == criterion.id }?.value),
                    ]
                },
            ]
        }
        var shares: [[String: String]] = []
        if problems.isEmpty, let given, let levels = try? given.levels(base: model, areas: library.areas) {
            for area in model.areaIDs {
                shares.append([
                    "label": "\(area) \(library.areas.first { $0.id == area }?.name[l] ?? "")",
                    "share": Formatting.percent(levels.areas[area] ?? 0, l),
                ])
            }
        }
        return AppPages.render(
            "weights",
            [
                "roundName": round.name, "action": "/painot/\(round.id)" + AppPages.query(l), "csrf": context.signedIn?.csrfToken ?? "",
                "areas": areas, "saved": saved, "problems": problems, "hasProblems": !problems.isEmpty, "shares": shares,
                "hasShares": !shares.isEmpty,
            ], title: "\(round.name): \(text.myWeights)", request: request, context: context, status: status)
    }
}
