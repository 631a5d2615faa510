import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import HTTPTypes
import Hummingbird

/// The coordinator runs a round's life in the browser (issue 19, first part): creates a round, follows its progress —
/// counts only while it is open, never a score — with a list of reminders to copy, and reveals and closes it. Every
/// change goes through the same store operations as `arvio round` and enters the audit log under the signed-in person.
enum RoundRoutes {
    static let coordinatorOnly = Access.signedIn([.coordinator])

    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/kierrokset", access: coordinatorOnly, summary: "the coordinator's rounds and the form for a new one") {
            request, context in
            try listPage(request, context, services, values: [:])
        }
        table.addForm("/kierrokset", access: coordinatorOnly, summary: "the coordinator opens a new round") { request, context, form in
            let l = AppPages.language(request)
            let text = AppText(l)
            let id = form["id"].trimmingCharacters(in: .whitespaces)
            let solutions = form.values("solution")
            let model = form["model"]
            var problems: [String] = []
            if id.isEmpty { problems.append(text.roundIDNeeded) }
            if solutions.isEmpty { problems.append(text.solutionsNeeded) }
            if services.project.criteria.model(model) == nil { problems.append(text.modelNeeded) }
            let unknown = solutions.filter { services.project.solution($0) == nil }
            if !unknown.isEmpty { problems.append(text.unknownSolutions(unknown)) }
            if problems.isEmpty {
                do {
                    let name = form["name"].trimmingCharacters(in: .whitespaces)
                    _ = try services.store.createRound(
                        id: id, name: name.isEmpty ? id : name, solutions: solutions, model: model,
                        snapshot: JSONDocument.text(of: services.project.criteria), illustrative: false,
                        actor: context.signedIn?.account.id ?? "", at: services.nowText())
                    return AppPages.redirect("/kierrokset/\(id)" + AppPages.query(l))
                } catch let error as StoreError {
                    problems.append(error.reason.message(in: l).0)
                }
            }
            return try listPage(
                request, context, services, values: ["problems": problems, "hasProblems": true, "id": id, "name": form["name"]],
                chosen: Set(solutions), status: .unprocessableContent)
        }
        table.add(.get, "/kierrokset/:round", access: coordinatorOnly, summary: "a round's progress: counts, never scores") {
            request, context in
            try progressPage(request, context, services)
        }
        table.addForm("/kierrokset/:round/tila", access: coordinatorOnly, summary: "reveals or closes a round") { request, context, form in
            let l = AppPages.language(request)
            guard let id = context.parameters.get("round"), let state = RoundState(rawValue: form["to"]) else {
                throw HTTPError(.badRequest)
            }
            do {
                try services.store.advance(id, to: state, actor: context.signedIn?.account.id ?? "", at: services.nowText())
            } catch let error as StoreError {
                return try progressPage(request, context, services, problem: error.reason.message(in: l).0, status: .conflict)
            }
            return AppPages.redirect("/kierrokset/\(id)" + AppPages.query(l))
        }
    }

    static func listPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, values: [String: Any], chosen: Set<String>? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let query = AppPages.query(l)
        let shortlist = Set(Landscape(of: services.project).shortlist.map(\.solution))
        var values = values
        values["csrf"] = context.signedIn?.csrfToken ?? ""
        values["rounds"] = try services.store.rounds().reversed().map { round -> [String: Any] in
            [
                "href": "/kierrokset/\(round.id)" + query, "name": round.name, "id": round.id, "state": round.state.name(in: l),
                "solutions": round.solutions.count, "created": round.createdAt,
                "illustrative": round.illustrative ? text.illustrativeRound : "",
            ]
        }
        values["models"] = services.project.criteria.models.map { ["id": $0.id, "name": $0.name[l]] }
        values["solutions"] = services.project.solutions.map { solution -> [String: Any] in
            ["id": solution.id, "name": solution.name, "checked": (chosen ?? shortlist).contains(solution.id)]
        }
        return AppPages.render("roundList", values, title: text.rounds, request: request, context: context, status: status)
    }

    static func progressPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, problem: String? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        guard let id = context.parameters.get("round"), let round = try services.store.rounds().first(where: { $0.id == id }) else {
            throw HTTPError(.notFound)
        }
        let progress = try Self.progress(round, services)
        let names = Dictionary(try services.store.assessors().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var reminders: [String] = []
        let rows = progress.map { entry -> [String: Any] in
            let name = names[entry.assessor] ?? entry.assessor
            if entry.scored < entry.total {
                reminders.append(text.reminder(name: name, id: entry.assessor, left: entry.total - entry.scored, declared: entry.declared))
            }
            return [
                "name": "\(name) (\(entry.assessor))", "declared": entry.declared ? text.yes : text.no,
                "areas": entry.areas.map { "\($0.area) \($0.scored) / \($0.total)" }.joined(separator: ", "),
                "done": "\(entry.scored) / \(entry.total) (\(percent(entry.scored, of: entry.total, l)))",
                "last": entry.lastActivity ?? "–",
            ]
        }
        let query = AppPages.query(l)
        let next: [String: String]? =
            switch round.state {
            case .open: ["to": RoundState.revealed.rawValue, "label": text.revealRound, "hint": text.revealHint]
            case .revealed: ["to": RoundState.closed.rawValue, "label": text.closeRound, "hint": text.closeHint]
            case .closed: nil
            }
        var values: [String: Any] = [
            "roundName": round.name, "id": round.id, "state": round.state.name(in: l), "model": round.model,
            "solutions": round.solutions.map { services.project.solution($0)?.name ?? $0 }.joined(separator: ", "),
            "rows": rows, "hasRows": !rows.isEmpty, "reminders": reminders.joined(separator: "\n"), "hasReminders": !reminders.isEmpty,
            "open": round.state == .open, "csrf": context.signedIn?.csrfToken ?? "",
            "action": "/kierrokset/\(round.id)/tila" + query, "back": "/kierrokset" + query, "problem": problem ?? "",
        ]
        if let next { values["next"] = next }
        return AppPages.render(
            "roundProgress", values, title: "\(round.name): \(text.progress)", request: request, context: context, status: status)
    }

    /// Each assessor with something to score in the round: their items scored, per area, and their last activity —
    /// from the store's counts, never a score. The page and the API both read it.
    static func progress(_ round: Round, _ services: AppServices) throws -> [AssessorProgress] {
        let activity = try services.store.activity(round: round.id)
        return try services.store.assessors().compactMap { assessor in
            let excluded = Set(activity.exclusions.filter { $0.assessor == assessor.id }.map(\.solution))
            let plan = ScoringPlan(round: round, project: services.project, assessor: assessor, excluding: excluded)
            guard !plan.items.isEmpty else { return nil }
            let mine = activity.items.filter { $0.assessor == assessor.id }
            let done = Set(mine.map { ScoringPlan.Item(solution: $0.solution, criterion: $0.criterion) }).intersection(plan.items)
            let areas = services.project.criteria.areas.compactMap { area -> AssessorProgress.Area? in
                let criteria = Set(area.criteria.map(\.id))
                let total = plan.items.filter { criteria.contains($0.criterion) }.count
                guard total > 0 else { return nil }
                return AssessorProgress.Area(area: area.id, scored: done.filter { criteria.contains($0.criterion) }.count, total: total)
            }
            return AssessorProgress(
                assessor: assessor.id, declared: activity.declared.contains(assessor.id), scored: done.count, total: plan.items.count,
                areas: areas, lastActivity: mine.map(\.recordedAt).max())
        }
    }

    static func percent(_ part: Int, of whole: Int, _ l: Language) -> String {
        whole == 0 ? "–" : Formatting.percent(Double(part) / Double(whole), l)
    }
}
