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
        addConsensus(to: &table, services)
        table.add(.get, "/kierrokset", access: coordinatorOnly, summary: "the coordinator's rounds and the form for a new one") {
            request, context in
            try listPage(request, context, services, values: [:])
        }
        table.addForm("/kierrokset", access: coordinatorOnly, summary: "the coordinator opens a new round") { request, context, form in
            let l = AppPages.language(request)
            let asked = NewRound(id: form["id"], name: form["name"], solutions: form.values("solution"), model: form["model"])
            switch try open(asked, actor: context.signedIn?.account.id ?? "", services, l) {
            case .success(let round): return AppPages.redirect("/kierrokset/\(round.id)" + AppPages.query(l))
            case .failure(let refusal):
                return try listPage(
                    request, context, services,
                    values: [
                        "problems": refusal.problems.map(\.message), "hasProblems": true,
                        "id": asked.id.trimmingCharacters(in: .whitespaces),
                        "name": asked.name,
                    ],
                    chosen: Set(asked.solutions), status: .unprocessableContent)
            }
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

    /// The consensus meeting (a revealed round): Kendall's W per area, the items whose assessors differ by at least
    /// `ero` points (2 by default) with each one's score and rationale — without names unless `nimet=1` — each with
    /// a form for the agreed value (starting from the assessors' median) and its rationale, and the must-have verdicts,
    /// with the form that records one with its rationale.
    static func addConsensus(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/kierrokset/:round/konsensus", access: coordinatorOnly, summary: "the consensus meeting's agenda and verdicts") {
            request, context in
            try consensusPage(request, context, services)
        }
        table.addForm("/kierrokset/:round/konsensus", access: coordinatorOnly, summary: "records a must-have verdict with its rationale") {
            request, context, form in
            let l = AppPages.language(request)
            let text = AppText(l)
            guard let id = context.parameters.get("round") else { throw HTTPError(.notFound) }
            let parts = form["item"].split(separator: "/", maxSplits: 1).map(String.init)
            let rationale = form["rationale"].trimmingCharacters(in: .whitespacesAndNewlines)
            // The choices offer only rules that cover their solution; a request made otherwise is refused the same way.
            guard parts.count == 2, ["yes", "no"].contains(form["met"]), !rationale.isEmpty,
                case .rule = services.project.verdictTarget(rule: parts[1], solution: parts[0])
            else {
                return try consensusPage(request, context, services, problem: text.verdictIncomplete, status: .unprocessableContent)
            }
            do {
                try services.store.recordVerdict(
                    round: id, solution: parts[0], rule: parts[1], met: form["met"] == "yes", rationale: rationale,
                    actor: context.signedIn?.account.id ?? "", at: services.nowText())
            } catch let error as StoreError {
                return try consensusPage(request, context, services, problem: error.reason.message(in: l).0, status: .conflict)
            }
            return AppPages.redirect("/kierrokset/\(id)/konsensus" + AppPages.query(l) + "#tuomiot")
        }
        table.addForm(
            "/kierrokset/:round/konsensus/sovittu", access: coordinatorOnly,
            summary: "records the agreed value of an item with its rationale"
        ) { request, context, form in
            let l = AppPages.language(request)
            guard let id = context.parameters.get("round") else { throw HTTPError(.notFound) }
            let parts = form["item"].split(separator: "/", maxSplits: 1).map(String.init)
            let value = ScoreValue(code: form["value"])
            let rationale = form["rationale"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard parts.count == 2, let value, !rationale.isEmpty, services.project.criteria.criterion(parts[1]) != nil else {
                return try consensusPage(request, context, services, problem: AppText(l).agreedIncomplete, status: .unprocessableContent)
            }
            do {
                try services.store.recordAgreed(
                    round: id, AgreedScore(solution: parts[0], criterion: parts[1], value: value, rationale: rationale),
                    actor: context.signedIn?.account.id ?? "", at: services.nowText())
            } catch let error as StoreError {
                return try consensusPage(request, context, services, problem: error.reason.message(in: l).0, status: .conflict)
            }
            return AppPages.redirect("/kierrokset/\(id)/konsensus" + AppPages.query(l) + "#k-\(parts[0])-\(parts[1])")
        }
    }

    static func consensusPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, problem: String? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let project = services.project
        let round = try revealedRound(context, services)
        let id = round.id
        let threshold = max(0, Double(request.uri.queryParameters["ero"].map(String.init) ?? "") ?? 2)
        let named = request.uri.queryParameters["nimet"] == "1"
        let scores = try services.store.scores(round: id, visibleTo: .other)
        let names = Dictionary(try services.store.assessors().map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let concordance = Agreement.concordance(scores, areas: project.criteria.areas).filter { !$0.assessors.isEmpty }.map {
            area -> [String: String] in
            [
                "area": project.criteria.areas.first { $0.id == area.area }.map { "\(area.area) \($0.name[l])" } ?? area.area,
                "assessors": "\(area.assessors.count)", "items": "\(area.items)",
                "w": area.w.map { Formatting.number($0, l) } ?? "–",
            ]
        }
        let groups = Dictionary(grouping: scores) { "\($0.solution)/\($0.criterion)" }
        let aggregated = groups.values.compactMap { group -> AggregatedScore? in
            guard let first = group.first else { return nil }
            return Aggregation.aggregate(group.map(\.value), solution: first.solution, criterion: first.criterion)
        }
        let agreed = Dictionary(
            try services.store.agreedScores(round: id).map { ("\($0.solution)/\($0.criterion)", $0) }, uniquingKeysWith: { a, _ in a })
        let canAgree = round.state == .revealed
        let csrf = context.signedIn?.csrfToken ?? ""
        let agenda = Agreement.disagreements(aggregated, threshold: threshold).map { item -> [String: Any] in
            let key = "\(item.solution)/\(item.criterion)"
            let given = (groups[key] ?? []).sorted { $0.assessor < $1.assessor }
            let median = aggregated.first { $0.solution == item.solution && $0.criterion == item.criterion }?.value
            let decided = agreed[key]
            // The choice starts from what was agreed, else from the assessors' median (VendorPanel starts from the mean).
            let start = decided?.value.code ?? median.map { "\(Int($0.rounded()))" } ?? ""
            var entry: [String: Any] = [
                "key": "\(item.solution)-\(item.criterion)", "item": key,
                "solution": project.solution(item.solution)?.name ?? item.solution,
                "criterion": project.criteria.criterion(item.criterion).map { "\(item.criterion) \($0.name[l])" } ?? item.criterion,
                "range": "\(Formatting.number(item.minimum, l))–\(Formatting.number(item.maximum, l))",
                "aggregate": median.map { Formatting.number($0, l) } ?? "–",
                "scores": given.enumerated().map { index, score in
                    [
                        "who": named ? names[score.assessor] ?? score.assessor : text.assessorNumber(index + 1),
                        "score": score.value.name(in: l), "rationale": score.rationale.isEmpty ? "–" : score.rationale,
                    ]
                },
                "canAgree": canAgree, "csrf": csrf, "agreeAction": "/kierrokset/\(id)/konsensus/sovittu" + AppPages.query(l),
                "options": (["0", "1", "2", "3", "4", "5", "na", "unknown"] as [String]).compactMap { code -> [String: Any]? in
                    ScoreValue(code: code).map { ["code": code, "label": $0.name(in: l), "selected": code == start] }
                },
            ]
            if let decided {
                entry["agreed"] = decided.value.name(in: l)
                entry["agreedRationale"] = decided.rationale
                entry["agreedBy"] = "\(decided.recordedBy), \(decided.recordedAt)"
            }
            return entry
        }
        let agreedList = agreed.values.sorted { ($0.solution, $0.criterion) < ($1.solution, $1.criterion) }.map {
            [
                "solution": project.solution($0.solution)?.name ?? $0.solution, "criterion": $0.criterion,
                "value": $0.value.name(in: l), "rationale": $0.rationale, "by": "\($0.recordedBy), \($0.recordedAt)",
            ]
        }
        let verdicts = try services.store.verdicts(round: id).map { verdict -> [String: String] in
            [
                "solution": project.solution(verdict.solution)?.name ?? verdict.solution, "rule": verdict.rule,
                "met": verdict.met ? text.ruleMet : text.ruleNotMet, "rationale": verdict.rationale,
                "by": "\(verdict.recordedBy), \(verdict.recordedAt)",
            ]
        }
        // Every rule that covers a solution of the round, as one choice "solution/rule".
        let choices = round.solutions.compactMap(project.solution).flatMap { solution in
            project.criteria.knockOutRules.filter { $0.covers(solution, applicability: project.criteria.applicability) }.map {
                ["value": "\(solution.id)/\($0.id)", "label": "\(solution.name): \($0.id)"]
            }
        }
        let query = AppPages.query(l)
        var values: [String: Any] = [
            "roundName": round.name, "threshold": Formatting.number(threshold, l), "concordance": concordance,
            "agenda": agenda, "hasAgenda": !agenda.isEmpty, "agreedList": agreedList, "hasAgreed": !agreedList.isEmpty,
            "verdicts": verdicts, "hasVerdicts": !verdicts.isEmpty,
            "choices": choices, "csrf": context.signedIn?.csrfToken ?? "", "closed": round.state == .closed,
            "action": "/kierrokset/\(id)/konsensus" + query, "back": "/kierrokset/\(id)" + query,
            "namesLink": "/kierrokset/\(id)/konsensus" + (named ? query : (query.isEmpty ? "?nimet=1" : query + "&nimet=1")),
            "namesLabel": named ? text.hideNames : text.showNames, "problem": problem ?? "",
        ]
        values["illustrative"] = round.illustrative ? Formatting.illustrativeRoundNotice(l) : ""
        return AppPages.render(
            "consensus", values, title: "\(round.name): \(text.consensus)", request: request, context: context, status: status)
    }

    /// The weight model a round is opened under when none is named (as `arvio round new`).
    static let defaultModel = "asiantuntija-arvio"

    /// A round to open, as the coordinator's form or the API gives it.
    struct NewRound {
        var id: String
        var name: String
        var solutions: [String]
        var model: String
    }

    /// Why a round was not opened: every problem at once, each with the field it is about.
    struct Refusal: Error {
        var problems: [ScoringRoutes.Problem]
    }

    /// Opens a round after the checks the form and the API share — an id, at least one known solution, a known
    /// weight model — with the criteria snapshot `arvio round new` takes; the store refuses a taken or malformed id.
    static func open(_ asked: NewRound, actor: String, _ services: AppServices, _ l: Language) throws -> Result<Round, Refusal> {
        let text = AppText(l)
        let id = asked.id.trimmingCharacters(in: .whitespaces)
        var problems: [ScoringRoutes.Problem] = []
        if id.isEmpty { problems.append(.init(field: "id", message: text.roundIDNeeded)) }
        if asked.solutions.isEmpty { problems.append(.init(field: "solutions", message: text.solutionsNeeded)) }
        let unknown = asked.solutions.filter { services.project.solution($0) == nil }
        if !unknown.isEmpty { problems.append(.init(field: "solutions", message: text.unknownSolutions(unknown))) }
        if services.project.criteria.model(asked.model) == nil { problems.append(.init(field: "model", message: text.modelNeeded)) }
        guard problems.isEmpty else { return .failure(Refusal(problems: problems)) }
        let name = asked.name.trimmingCharacters(in: .whitespaces)
        do {
            return .success(
                try services.store.createRound(
                    id: id, name: name.isEmpty ? id : name, solutions: asked.solutions, model: asked.model,
                    snapshot: JSONDocument.text(of: services.project.criteria), illustrative: false, actor: actor, at: services.nowText()))
        } catch let error as StoreError {
            return .failure(Refusal(problems: [.init(field: "id", message: error.reason.message(in: l).0)]))
        }
    }

    /// The path's round once it is revealed or closed; else not found. While a round is open the store gives nobody
    /// else's scores, and no results page shows any.
    /// With the audit `head` just read, the round comes from the cache kept at that head.
    static func revealedRound(_ context: AppContext, _ services: AppServices, head: String? = nil) throws -> Round {
        guard let id = context.parameters.get("round"),
            let round = try head.map({ head in try services.rounds.value(id, head: head) { try services.store.findRound(id) } })
                ?? services.store.findRound(id),
            round.state != .open
        else { throw HTTPError(.notFound) }
        return round
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
        guard let id = context.parameters.get("round"), let round = try services.store.findRound(id) else {
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
            "consensus": round.state == .open ? "" : "/kierrokset/\(round.id)/konsensus" + query,
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
