import ArvioCore
import ArvioIO
import Foundation
import Hummingbird

/// The coordinator's decisions through the API (issue 19): must-have verdicts, the consensus meeting's agreed values
/// and exclusions of assessors — the same store operations and checks as the pages and `arvio`, audited under the
/// signed-in person. Verdicts and agreed values are results: procurement reads them once a round is revealed.
extension APIRoutes {
    static let decisionReaders = Access.signedIn([.coordinator, .procurement])

    static func addDecisions(to table: inout RouteTable, _ services: AppServices) {
        table.addAPI(.get, prefix + "/rounds/:round/verdicts", access: decisionReaders, summary: "the round's must-have verdicts") {
            _, context, _ in
            let (round, _) = try round(context, services)
            return try json(try services.store.verdicts(round: round.id))
        }
        table.addAPI(
            .put, prefix + "/rounds/:round/verdicts/:solution/:rule", access: RoundRoutes.coordinatorOnly,
            summary: "the coordinator records a must-have verdict with its rationale"
        ) { request, context, body in
            let (round, _) = try round(context, services)
            let (solution, rule) = (context.parameters.get("solution") ?? "", context.parameters.get("rule") ?? "")
            let input: VerdictInput = try decode(body)
            let project = services.project
            let target = project.verdictTarget(rule: rule, solution: solution)
            guard target != .unknownRule, project.solution(solution) != nil, round.solutions.contains(solution) else {
                throw APIError(.notFound, "no such solution in this round, or no such must-have rule")
            }
            guard case .rule = target else {
                throw APIError(.unprocessableContent, "the rule \(rule) does not cover \(solution)", fields: ["rule"])
            }
            let rationale = try required(input.rationale)
            try decided(request) {
                try services.store.recordVerdict(
                    round: round.id, solution: solution, rule: rule, met: input.met, rationale: rationale,
                    actor: try signedIn(context).account.id, at: services.nowText())
            }
            guard let saved = try services.store.verdicts(round: round.id).first(where: { $0.solution == solution && $0.rule == rule })
            else { throw APIError(.internalServerError, "the verdict was recorded but could not be read back") }
            return try json(saved)
        }
        table.addAPI(
            .get, prefix + "/rounds/:round/agreed", access: decisionReaders, summary: "the consensus meeting's agreed values of the round"
        ) { _, context, _ in
            let (round, _) = try round(context, services)
            return try json(try services.store.agreedScores(round: round.id).map(AgreedOutput.init))
        }
        table.addAPI(
            .put, prefix + "/rounds/:round/agreed/:solution/:criterion", access: RoundRoutes.coordinatorOnly,
            summary: "the coordinator records the agreed value of an item with its rationale"
        ) { request, context, body in
            let (round, _) = try round(context, services)
            let (solution, criterion) = (context.parameters.get("solution") ?? "", context.parameters.get("criterion") ?? "")
            guard round.solutions.contains(solution), services.project.criteria.criterion(criterion) != nil else {
                throw APIError(.notFound, "no such solution in this round, or no such criterion")
            }
            let input: AgreedInput = try decode(body)
            guard let value = ScoreValue(code: input.value) else {
                throw APIError(.unprocessableContent, "value is 0–5, na or unknown", fields: ["value"])
            }
            let rationale = try required(input.rationale)
            try decided(request) {
                try services.store.recordAgreed(
                    round: round.id, AgreedScore(solution: solution, criterion: criterion, value: value, rationale: rationale),
                    actor: try signedIn(context).account.id, at: services.nowText())
            }
            guard
                let saved = try services.store.agreedScores(round: round.id).first(where: {
                    $0.solution == solution && $0.criterion == criterion
                })
            else { throw APIError(.internalServerError, "the agreed value was recorded but could not be read back") }
            return try json(AgreedOutput(saved))
        }
        table.addAPI(
            .get, prefix + "/rounds/:round/exclusions", access: RoundRoutes.coordinatorOnly, summary: "the round's exclusions of assessors"
        ) { _, context, _ in
            let (round, _) = try round(context, services)
            return try json(try services.store.exclusions(round: round.id))
        }
        table.addAPI(
            .put, prefix + "/rounds/:round/exclusions/:assessor/:solution", access: RoundRoutes.coordinatorOnly,
            summary: "the coordinator excludes an assessor from a solution of the round, with the reason"
        ) { request, context, body in
            let (round, _) = try round(context, services)
            let (assessor, solution) = (context.parameters.get("assessor") ?? "", context.parameters.get("solution") ?? "")
            guard round.solutions.contains(solution), try services.store.assessors().contains(where: { $0.id == assessor }) else {
                throw APIError(.notFound, "no such solution in this round, or no such assessor")
            }
            let input: ExclusionInput = try decode(body)
            let reason = try required(input.reason, field: "reason")
            try decided(request) {
                try services.store.exclude(
                    round: round.id, assessor: assessor, solution: solution, reason: reason, actor: try signedIn(context).account.id,
                    at: services.nowText())
            }
            guard
                let saved = try services.store.exclusions(round: round.id).first(where: {
                    $0.assessor == assessor && $0.solution == solution
                })
            else { throw APIError(.internalServerError, "the exclusion was recorded but could not be read back") }
            return try json(saved)
        }
    }

    /// A text that must say something: trimmed, or a refusal naming the field.
    static func required(_ text: String, field: String = "rationale") throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw APIError(.unprocessableContent, "\(field) is empty: say why", fields: [field]) }
        return trimmed
    }

    /// Runs a store write; a state that forbids it is a conflict, invalid text unprocessable, each with the store's words.
    static func decided(_ request: Request, _ write: () throws -> Void) throws {
        do {
            try write()
        } catch let error as StoreError {
            let message = error.reason.message(in: AppPages.language(request)).0
            if case .invalid = error.reason { throw APIError(.unprocessableContent, message) }
            throw APIError(.conflict, message)
        }
    }
}

struct VerdictInput: Decodable {
    var met: Bool
    var rationale: String
}

struct AgreedInput: Decodable {
    var value: String
    var rationale: String
}

struct ExclusionInput: Decodable {
    var reason: String
}

/// An agreed value as the API writes it: the value as its code (`4`, `na`), not ``ScoreValue``'s own coding. Verdicts
/// and exclusions are written as they are (their fields are the schema's).
struct AgreedOutput: Encodable {
    var solution: String
    var criterion: String
    var value: String
    var rationale: String
    var recordedBy: String
    var recordedAt: String

    init(_ agreed: AgreedScore) {
        (solution, criterion, value, rationale) = (agreed.solution, agreed.criterion, agreed.value.code, agreed.rationale)
        (recordedBy, recordedAt) = (agreed.recordedBy, agreed.recordedAt)
    }
}
