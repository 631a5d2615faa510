import ArvioCore
import ArvioIO
import Foundation
import HTTPTypes
import Hummingbird

/// One answer as a form or the API gives it: the score's code (`0`–`5`, `na`, `unknown`), why, and evidence links
/// separated by spaces.
struct ScoringAnswer {
    var solution: String
    var criterion: String
    var score: String
    var rationale: String
    var evidence: String
}

/// An assessor scores in the browser: their open rounds with progress, the declaration of no conflict of interest
/// before a round opens to them, then one criterion at a time across all the round's solutions, each answer saved
/// when given, with "n of m" and the next unscored item. Scores come from and go to the store's blind API only.
enum ScoringRoutes {
    static let assessorOnly = Access.signedIn([.assessor])

    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/arvioi", access: assessorOnly, summary: "the assessor's open rounds with their progress") { request, context in
            let (id, text, l) = try who(request, context)
            let rounds = try services.store.rounds().filter { $0.state == .open }.compactMap { round -> [String: String]? in
                guard let plan = try services.store.scoringState(round: round.id, assessor: id)?.plan(services.project),
                    !plan.items.isEmpty
                else { return nil }
                let left = plan.unscored(try services.store.scores(round: round.id, visibleTo: .assessor(id)), by: id)
                return [
                    "name": round.name, "href": "/arvioi/\(round.id)" + AppPages.query(l),
                    "progress": "\(text.scored) \(plan.items.count - left.count) / \(plan.items.count)",
                ]
            }
            return AppPages.render(
                "rounds", ["rounds": rounds, "hasRounds": !rounds.isEmpty], title: text.myRounds, request: request, context: context)
        }
        table.add(.get, "/arvioi/:round", access: assessorOnly, summary: "the declaration, or the first unscored criterion") {
            request, context in
            let (id, _, l) = try who(request, context)
            let (state, plan) = try openRound(context, services, id)
            let (round, assessor) = (state.round, state.assessor)
            guard state.declared else { return declarationPage(request, context, services, round) }
            let left = plan.unscored(try services.store.scores(round: round.id, visibleTo: .assessor(assessor.id)), by: assessor.id)
            let criterion = left.first?.criterion ?? plan.criteria.first?.id ?? ""
            return AppPages.redirect("/arvioi/\(round.id)/\(criterion)" + AppPages.query(l))
        }
        table.addForm("/arvioi/:round/esteellisyys", access: assessorOnly, summary: "records the declaration of no conflict") {
            request, context, form in
            let (id, text, l) = try who(request, context)
            let (state, _) = try openRound(context, services, id)
            let (round, assessor) = (state.round, state.assessor)
            guard form["noties"] == "yes" else { return declarationPage(request, context, services, round, status: .unprocessableContent) }
            try services.store.declare(
                round: round.id, assessor: assessor.id, statement: text.declarationStatement, actor: context.signedIn?.account.id ?? "",
                at: services.nowText())
            return AppPages.redirect("/arvioi/\(round.id)" + AppPages.query(l))
        }
        table.add(.get, "/arvioi/:round/:criterion", access: assessorOnly, summary: "one criterion across the round's solutions") {
            request, context in
            let (id, _, _) = try who(request, context)
            let (state, plan) = try openRound(context, services, id)
            let (round, assessor) = (state.round, state.assessor)
            guard state.declared else { return declarationPage(request, context, services, round) }
            return try criterionPage(
                request, context, services, round, plan, assessor, criterion: context.parameters.get("criterion") ?? "")
        }
        addGrid(to: &table, services)
        table.addForm("/arvioi/:round/:criterion/:solution", access: assessorOnly, summary: "saves one score") {
            request, context, form in
            let (id, _, l) = try who(request, context)
            let (state, plan) = try openRound(context, services, id)
            let (round, assessor) = (state.round, state.assessor)
            let criterion = context.parameters.get("criterion") ?? "", solution = context.parameters.get("solution") ?? ""
            guard state.declared,
                plan.items.contains(.init(solution: solution, criterion: criterion))
            else { throw HTTPError(.forbidden) }
            let problems = try save(
                ScoringAnswer(
                    solution: solution, criterion: criterion, score: form["score"], rationale: form["rationale"], evidence: form["evidence"]
                ),
                state, actor: context.signedIn?.account.id ?? assessor.id, services, l)
            guard problems.isEmpty else {
                return try criterionPage(
                    request, context, services, round, plan, assessor, criterion: criterion,
                    problem: (solution, problems.map(\.message).joined(separator: "; ")),
                    status: .unprocessableContent)
            }
            return AppPages.redirect("/arvioi/\(round.id)/\(criterion)" + AppPages.query(l) + "#s-\(solution)")
        }
    }

    /// The area grid: the GET shows it, the POST saves every changed cell at once (all or nothing).
    static func addGrid(to table: inout RouteTable, _ services: AppServices) {
        table.add(
            .get, "/taulukko/:round/:area", access: assessorOnly, summary: "an area as a grid: solutions × criteria, like the workbook"
        ) {
            request, context in
            let (id, _, _) = try who(request, context)
            let (state, plan) = try openRound(context, services, id)
            guard state.declared else { return declarationPage(request, context, services, state.round) }
            return try gridPage(request, context, services, state, plan, area: context.parameters.get("area") ?? "")
        }
        table.addForm("/taulukko/:round/:area", access: assessorOnly, summary: "saves the changed cells of an area grid") {
            request, context, form in
            let (id, _, l) = try who(request, context)
            let (state, plan) = try openRound(context, services, id)
            guard state.declared else { throw HTTPError(.forbidden) }
            let area = context.parameters.get("area") ?? ""
            let items = try gridItems(plan, area: area, services)
            let own = try services.store.scores(round: state.round.id, visibleTo: .assessor(id))
            // Only the cells that were chosen and differ from what is stored; rationale and evidence stay as they are.
            let answers = items.compactMap { item -> ScoringAnswer? in
                let code = form[Self.cellName(item)]
                let given = own.first { $0.solution == item.solution && $0.criterion == item.criterion }
                guard !code.isEmpty, given?.value.code != code else { return nil }
                return ScoringAnswer(
                    solution: item.solution, criterion: item.criterion, score: code, rationale: given?.rationale ?? "",
                    evidence: given?.evidence.joined(separator: " ") ?? "")
            }
            let problems = try save(answers, state, actor: context.signedIn?.account.id ?? id, services, l)
            guard problems.isEmpty else {
                let shown = problems.map { ($0.field.map { "\($0): " } ?? "") + $0.message }
                return try gridPage(request, context, services, state, plan, area: area, problems: shown, status: .unprocessableContent)
            }
            return AppPages.redirect("/taulukko/\(state.round.id)/\(area)" + AppPages.query(l))
        }
    }

    static func cellName(_ item: ScoringPlan.Item) -> String { "s.\(item.criterion).\(item.solution)" }

    /// The plan's items in one area, or not found when the assessor scores nothing there.
    static func gridItems(_ plan: ScoringPlan, area id: String, _ services: AppServices) throws -> [ScoringPlan.Item] {
        guard let area = services.project.criteria.areas.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let criteria = Set(area.criteria.map(\.id))
        let items = plan.items.filter { criteria.contains($0.criterion) }
        guard !items.isEmpty else { throw HTTPError(.notFound) }
        return items
    }

    static func gridPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, _ state: ScoringState, _ plan: ScoringPlan, area id: String,
        problems: [String] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let query = AppPages.query(l)
        let items = try gridItems(plan, area: id, services)
        let area = services.project.criteria.areas.first { $0.id == id }
        let own = try services.store.scores(round: state.round.id, visibleTo: .assessor(state.assessor.id))
        let left = plan.unscored(own, by: state.assessor.id)
        let solutions = state.round.solutions.filter { solution in items.contains { $0.solution == solution } }
        let scale = services.project.criteria.scale.values
        let rows = plan.criteria.filter { criterion in items.contains { $0.criterion == criterion.id } }.map { criterion -> [String: Any] in
            let cells = solutions.map { solution -> [String: Any] in
                let item = ScoringPlan.Item(solution: solution, criterion: criterion.id)
                guard items.contains(item) else { return ["scored": false] }
                let given = own.first { $0.solution == solution && $0.criterion == criterion.id }?.value.code
                let choices =
                    [["code": "", "label": text.notGiven, "selected": given == nil]]
                    + scale.map { value -> [String: Any] in
                        ["code": value.code, "label": value.kind == .score ? value.code : value.label[l], "selected": given == value.code]
                    }
                return ["scored": true, "name": Self.cellName(item), "criterion": criterion.id, "solution": solution, "choices": choices]
            }
            return [
                "id": criterion.id, "label": "\(criterion.id) \(criterion.name[l])",
                "href": "/arvioi/\(state.round.id)/\(criterion.id)" + query, "cells": cells,
            ]
        }
        let areaLabel = "\(id) \(area?.name[l] ?? "")"
        return AppPages.render(
            "grid",
            [
                "areaLabel": areaLabel, "roundName": state.round.name, "done": plan.items.count - left.count, "total": plan.items.count,
                "criterionView": "/arvioi/\(state.round.id)" + query, "hasProblems": !problems.isEmpty, "problems": problems,
                "action": "/taulukko/\(state.round.id)/\(id)" + query, "csrf": context.signedIn?.csrfToken ?? "",
                "solutions": solutions.map { ["id": $0, "name": services.project.solution($0)?.name ?? $0] }, "rows": rows,
            ], title: "\(state.round.name): \(areaLabel)", request: request, context: context, status: status)
    }

    /// What was wrong with an answer, in the reader's language; `field` names the field, or the cell (`T1/virtu`) of a
    /// grid.
    struct Problem {
        var field: String?
        var message: String
    }

    /// Checks one answer as `arvio score` checks a score — against this round and assessor, read once for the request —
    /// and saves it with `actor` as the audit actor: the problems, none when it was saved. The page and the API both
    /// save through here.
    static func save(_ answer: ScoringAnswer, _ state: ScoringState, actor: String, _ services: AppServices, _ l: Language) throws
        -> [Problem]
    {
        try save([answer], state, actor: actor, services, l)
    }

    /// Several answers in one transaction, all or nothing (the area grid). What the store refuses after the checks
    /// (the round closed, or the assessor excluded, since the request began) is a problem too, not a failure.
    static func save(_ answers: [ScoringAnswer], _ state: ScoringState, actor: String, _ services: AppServices, _ l: Language) throws
        -> [Problem]
    {
        let rows = answers.map { answer in
            let fields = [
                "round": state.round.id, "solution": answer.solution, "criterion": answer.criterion, "assessor": state.assessor.id,
                "score": answer.score, "rationale": answer.rationale, "evidence": answer.evidence,
            ]
            let cell = answers.count > 1 ? "\(answer.criterion)/\(answer.solution)" : nil
            return ScoreRow(
                fields: fields,
                locations: Dictionary(uniqueKeysWithValues: fields.keys.map { ($0, SourceLocation(file: "web", field: cell ?? $0)) }),
                row: SourceLocation(file: "web"))
        }
        let (scores, problems) = ScoreCSV.check(rows, context: state.checks(services.project), recordedAt: services.nowText())
        guard problems.isEmpty else { return problems.map { Problem(field: $0.location.field, message: $0.reason.message(in: l).problem) } }
        do {
            if !scores.isEmpty { try services.store.save(scores, actor: actor, at: services.nowText()) }
        } catch let error as StoreError {
            return [Problem(field: nil, message: error.reason.message(in: l).0)]
        }
        return []
    }

    /// The signed-in assessor's Arvio assessor id, the wording and the language.
    static func who(_ request: Request, _ context: AppContext) throws -> (String, AppText, Language) {
        guard let id = context.signedIn?.account.assessor else { throw HTTPError(.forbidden) }
        let l = AppPages.language(request)
        return (id, AppText(l), l)
    }

    /// The round of the path with the assessor (one read), and what they score in it, if it is open and that is
    /// something; else not found.
    static func openRound(_ context: AppContext, _ services: AppServices, _ assessor: String) throws -> (ScoringState, ScoringPlan) {
        guard let id = context.parameters.get("round"), let state = try services.store.scoringState(round: id, assessor: assessor),
            state.round.state == .open
        else { throw HTTPError(.notFound) }
        let plan = state.plan(services.project)
        guard !plan.items.isEmpty else { throw HTTPError(.notFound) }
        return (state, plan)
    }

    static func declarationPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, _ round: Round, status: HTTPResponse.Status = .ok
    ) -> Response {
        let l = AppPages.language(request)
        let solutions = round.solutions.compactMap(services.project.solution).map {
            ["name": $0.name, "vendor": $0.vendor.value]
        }
        return AppPages.render(
            "declare",
            [
                "roundName": round.name, "solutions": solutions, "csrf": context.signedIn?.csrfToken ?? "",
                "action": "/arvioi/\(round.id)/esteellisyys" + AppPages.query(l),
            ], title: "\(round.name): \(AppText(l).declarationTitle)", request: request, context: context, status: status)
    }

    static func criterionPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, _ round: Round, _ plan: ScoringPlan, _ assessor: Assessor,
        criterion id: String,
        problem: (solution: String, text: String)? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        guard let criterion = plan.criteria.first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let own = try services.store.scores(round: round.id, visibleTo: .assessor(assessor.id))
        let left = plan.unscored(own, by: assessor.id)
        let query = AppPages.query(l)
        let next = left.first { $0.criterion != id } ?? left.first
        let scale = services.project.criteria.scale.values
        let solutions = plan.items.filter { $0.criterion == id }.compactMap { item -> [String: Any]? in
            guard let solution = services.project.solution(item.solution) else { return nil }
            let given = own.first { $0.solution == item.solution && $0.criterion == id }
            let choices = scale.map { value -> [String: Any] in
                [
                    "code": value.code, "checked": given?.value.code == value.code,
                    "label": value.kind == .score ? "\(value.code): \(value.label[l])" : value.label[l],
                ]
            }
            let saved = problem?.solution == item.solution ? problem?.text : given.map { _ in text.savedLabel }
            return [
                "id": solution.id, "name": solution.name, "choices": choices, "rationale": given?.rationale ?? "",
                "evidenceLinks": given?.evidence.joined(separator: " ") ?? "", "saved": saved ?? "",
                "csrf": context.signedIn?.csrfToken ?? "", "action": "/arvioi/\(round.id)/\(id)/\(solution.id)" + query,
            ]
        }
        let criteria = plan.criteria.map { c -> [String: Any] in
            let items = plan.items.filter { $0.criterion == c.id }
            return [
                "href": "/arvioi/\(round.id)/\(c.id)" + query, "label": "\(c.id) \(c.name[l])", "current": c.id == id,
                "count": items.count, "done": items.count - left.filter { $0.criterion == c.id }.count,
            ]
        }
        let label = "\(criterion.id) \(criterion.name[l])"
        let planned = Set(plan.criteria.map(\.id))
        let areas = services.project.criteria.areas.filter { $0.criteria.contains { planned.contains($0.id) } }.map {
            ["href": "/taulukko/\(round.id)/\($0.id)" + query, "label": "\($0.id) \($0.name[l])"]
        }
        return AppPages.render(
            "criterion",
            [
                "criterionLabel": label, "roundName": round.name, "done": plan.items.count - left.count, "total": plan.items.count,
                "next": next.map { "/arvioi/\(round.id)/\($0.criterion)" + query + "#s-\($0.solution)" } ?? "",
                "criteria": criteria, "evidence": criterion.evidence[l], "zero": criterion.guide.zero[l],
                "three": criterion.guide.three[l], "five": criterion.guide.five[l], "solutions": solutions, "areas": areas,
                "workbook": "/tyokirja/\(round.id)" + query,
            ], title: label, request: request, context: context, status: status)
    }
}
