import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The JSON API under `/api/v1`, described in `openapi.yaml` beside this file: what the scoring pages do, for other
/// systems and for test tools. It reads and writes through the same store calls as the pages — scores only through
/// the store's blind ``WebStore/scores(round:visibleTo:)`` — so no parameter can show what the pages would not.
///
/// Signing in is the page's (`/kirjautuminen`); the session cookie then works here, and a write also carries the
/// session's CSRF token (from `GET /api/v1/me`) in `X-CSRF-Token`.
enum APIRoutes {
    static let prefix = "/api/v1"

    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.addAPI(.get, prefix + "/openapi.yaml", access: .everyone, summary: "this API's OpenAPI 3 description") { _, _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.text)))
        }
        table.addAPI(.get, prefix + "/me", access: .anyRole, summary: "who is signed in, and the CSRF token for writes") {
            _, context, _ in
            let signedIn = try signedIn(context)
            let account = signedIn.account
            return try json(
                Me(
                    account: account.id, name: account.name, role: account.role.rawValue, assessor: account.assessor,
                    csrfToken: signedIn.csrfToken))
        }
        table.addAPI(.get, prefix + "/rounds", access: .anyRole, summary: "the rounds the signed-in person may see") { _, context, _ in
            let signedIn = try signedIn(context)
            return try json(try services.store.rounds().compactMap { try visible($0, to: signedIn, services) })
        }
        table.addAPI(.get, prefix + "/rounds/:round", access: .anyRole, summary: "one round, if the signed-in person may see it") {
            _, context, _ in
            try json(try round(context, services).summary)
        }
        table.addAPI(
            .put, prefix + "/rounds/:round/declaration", access: ScoringRoutes.assessorOnly,
            summary: "the assessor declares no conflict of interest in an open round"
        ) { request, context, body in
            let (signedIn, state) = try scoring(context, services)
            let input: DeclarationInput = try decode(body)
            guard input.noConflictOfInterest else {
                throw APIError(.unprocessableContent, "noConflictOfInterest must be true: with a conflict, tell the coordinator instead")
            }
            try services.store.declare(
                round: state.round.id, assessor: state.assessor.id, statement: AppText(AppPages.language(request)).declarationStatement,
                actor: signedIn.account.id, at: services.nowText())
            return try json(try round(context, services).summary)
        }
        table.addAPI(.get, prefix + "/rounds/:round/scores", access: .anyRole, summary: "the round's scores the signed-in person may see") {
            _, context, _ in
            let (signedIn, round) = try (signedIn(context), round(context, services))
            return try json(try services.store.scores(round: round.summary.id, visibleTo: viewer(signedIn)).map(ScoreOutput.init))
        }
        table.addAPI(.post, prefix + "/rounds", access: RoundRoutes.coordinatorOnly, summary: "the coordinator opens a round") {
            request, context, body in
            let input: RoundInput = try decode(body)
            let asked = RoundRoutes.NewRound(
                id: input.id, name: input.name ?? "", solutions: input.solutions, model: input.model ?? RoundRoutes.defaultModel)
            switch try RoundRoutes.open(asked, actor: try signedIn(context).account.id, services, AppPages.language(request)) {
            case .success(let round): return try json(RoundSummary(round, services.project), status: .created)
            case .failure(let refusal):
                throw APIError(
                    .unprocessableContent, refusal.problems.map(\.message).joined(separator: " "),
                    fields: refusal.problems.compactMap(\.field))
            }
        }
        table.addAPI(
            .put, prefix + "/rounds/:round/state", access: RoundRoutes.coordinatorOnly,
            summary: "the coordinator reveals or closes a round"
        ) { request, context, body in
            let input: StateInput = try decode(body)
            let (round, _) = try round(context, services)
            guard let state = RoundState(rawValue: input.state), state != .open else {
                throw APIError(.unprocessableContent, "state is revealed or closed", fields: ["state"])
            }
            do {
                try services.store.advance(round.id, to: state, actor: try signedIn(context).account.id, at: services.nowText())
            } catch let error as StoreError {
                throw APIError(.conflict, error.reason.message(in: AppPages.language(request)).0)
            }
            var advanced = round
            advanced.state = state
            return try json(RoundSummary(advanced, services.project))
        }
        table.addAPI(
            .get, prefix + "/rounds/:round/progress", access: RoundRoutes.coordinatorOnly,
            summary: "a round's progress per assessor: counts, never scores"
        ) { _, context, _ in
            let (round, _) = try round(context, services)
            return try json(try RoundRoutes.progress(round, services))
        }
        let item = prefix + "/rounds/:round/scores/:assessor/:solution/:criterion"
        table.addAPI(.get, item, access: .anyRole, summary: "one score, if the signed-in person may see it") { _, context, _ in
            let (signedIn, round) = try (signedIn(context), round(context, services))
            let key = itemKey(context)
            guard
                let score = try services.store.scores(round: round.summary.id, visibleTo: viewer(signedIn)).first(where: {
                    $0.assessor == key.assessor && $0.solution == key.solution && $0.criterion == key.criterion
                })
            else { throw APIError(.notFound, "no such score that you may see") }
            return try json(ScoreOutput(score))
        }
        table.addAPI(.put, item, access: ScoringRoutes.assessorOnly, summary: "the assessor saves their own score") {
            request, context, body in
            let (signedIn, state) = try scoring(context, services)
            let key = itemKey(context)
            // Only one's own scores: another assessor's item is refused whether or not it exists.
            guard key.assessor == state.assessor.id else { throw APIError(.forbidden, "you may save only your own scores") }
            guard state.declared else {
                throw APIError(
                    .conflict, "declare first that you have no conflict of interest: PUT \(prefix)/rounds/\(state.round.id)/declaration")
            }
            let plan = state.plan(services.project)
            guard plan.items.contains(.init(solution: key.solution, criterion: key.criterion)) else {
                throw APIError(.notFound, "this solution and criterion are not among the items you score in this round")
            }
            let input: ScoreInput = try decode(body)
            let answer = ScoringAnswer(
                solution: key.solution, criterion: key.criterion, score: input.score, rationale: input.rationale ?? "",
                evidence: (input.evidence ?? []).joined(separator: " "))
            let l = AppPages.language(request)
            if let link = input.evidence?.first(where: { $0.isEmpty || $0.contains(where: \.isWhitespace) }) {
                throw APIError(.unprocessableContent, "an evidence link is empty or contains a space: \(link.debugDescription)")
            }
            let problems = try ScoringRoutes.save(answer, state, actor: signedIn.account.id, services, l)
            guard problems.isEmpty else {
                throw APIError(.unprocessableContent, problems.map(\.message).joined(separator: "; "), fields: problems.compactMap(\.field))
            }
            guard
                let saved = try services.store.scores(round: state.round.id, visibleTo: .assessor(state.assessor.id)).first(where: {
                    $0.solution == key.solution && $0.criterion == key.criterion
                })
            else { throw APIError(.internalServerError, "the score was saved but could not be read back") }
            return try json(ScoreOutput(saved))
        }
    }

    // MARK: - Who may see what

    static func signedIn(_ context: AppContext) throws -> SignedIn {
        guard let signedIn = context.signedIn else { throw APIError(.unauthorized, "sign in first") }
        return signedIn
    }

    static func viewer(_ signedIn: SignedIn) -> Viewer {
        signedIn.account.role == .assessor ? .assessor(signedIn.account.assessor ?? "") : .other
    }

    /// A round as the signed-in person may see it, or nil: the coordinator sees every round, procurement the revealed
    /// and closed ones, an assessor the rounds they score (with their progress).
    static func visible(_ round: Round, to signedIn: SignedIn, _ services: AppServices) throws -> RoundSummary? {
        var summary = RoundSummary(round, services.project)
        switch signedIn.account.role {
        case .coordinator: return summary
        case .procurement: return round.state == .open ? nil : summary
        case .assessor:
            guard let id = signedIn.account.assessor, let state = try services.store.scoringState(round: round.id, assessor: id) else {
                return nil
            }
            let plan = state.plan(services.project)
            guard !plan.items.isEmpty else { return nil }
            let left = plan.unscored(try services.store.scores(round: round.id, visibleTo: .assessor(id)), by: id)
            summary.progress = .init(scored: plan.items.count - left.count, total: plan.items.count, declared: state.declared)
            return summary
        }
    }

    /// The path's round, if the signed-in person may see it; else not found (whether or not it exists).
    static func round(_ context: AppContext, _ services: AppServices) throws -> (round: Round, summary: RoundSummary) {
        let signedIn = try signedIn(context)
        guard let id = context.parameters.get("round"), let round = try services.store.findRound(id),
            let summary = try visible(round, to: signedIn, services)
        else { throw APIError(.notFound, "no such round that you may see") }
        return (round, summary)
    }

    /// The path's open round with the signed-in assessor, for a write.
    static func scoring(_ context: AppContext, _ services: AppServices) throws -> (SignedIn, ScoringState) {
        let signedIn = try signedIn(context)
        guard let id = context.parameters.get("round"), let assessor = signedIn.account.assessor,
            let state = try services.store.scoringState(round: id, assessor: assessor), state.round.state == .open,
            !state.plan(services.project).items.isEmpty
        else { throw APIError(.notFound, "no such open round that you score") }
        return (signedIn, state)
    }

    static func itemKey(_ context: AppContext) -> (assessor: String, solution: String, criterion: String) {
        (context.parameters.get("assessor") ?? "", context.parameters.get("solution") ?? "", context.parameters.get("criterion") ?? "")
    }

    // MARK: - JSON

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    static func decode<T: Decodable>(_ body: ByteBuffer) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
        } catch {
            throw APIError(.badRequest, "the body is not the JSON this operation takes (see /api/v1/openapi.yaml): \(error)")
        }
    }
}

/// A refusal of the API, answered as `{"error": "…", "fields": […]}` with its status.
struct APIError: Error {
    var status: HTTPResponse.Status
    var message: String
    var fields: [String] = []

    init(_ status: HTTPResponse.Status, _ message: String, fields: [String] = []) {
        self.status = status
        self.message = message
        self.fields = fields
    }

    var response: Response {
        struct Body: Encodable {
            var error: String
            var fields: [String]?
        }
        return (try? APIRoutes.json(Body(error: message, fields: fields.isEmpty ? nil : fields), status: status))
            ?? Response(status: status)
    }
}

// MARK: - What the API reads and writes (the schemas of openapi.yaml)

struct Me: Encodable {
    var account: String
    var name: String
    var role: String
    var assessor: String?
    var csrfToken: String
}

struct RoundSummary: Encodable {
    struct Solution: Encodable {
        var id: String
        var name: String
    }

    struct Progress: Encodable {
        var scored: Int
        var total: Int
        var declared: Bool
    }

    var id: String
    var name: String
    var state: String
    var model: String
    var illustrative: Bool
    var solutions: [Solution]
    /// An assessor's own progress in the round; absent for other roles.
    var progress: Progress?

    init(_ round: Round, _ project: Project) {
        id = round.id
        name = round.name
        state = round.state.rawValue
        model = round.model
        illustrative = round.illustrative || project.hasIllustrativeSolutions(in: round)
        solutions = round.solutions.map { Solution(id: $0, name: project.solution($0)?.name ?? $0) }
    }
}

struct ScoreOutput: Encodable {
    var round: String
    var assessor: String
    var solution: String
    var criterion: String
    var score: String
    var rationale: String
    var evidence: [String]
    var recordedAt: String

    init(_ score: ExpertScore) {
        round = score.round
        assessor = score.assessor
        solution = score.solution
        criterion = score.criterion
        self.score = score.value.code
        rationale = score.rationale
        evidence = score.evidence
        recordedAt = score.recordedAt
    }
}

struct RoundInput: Decodable {
    var id: String
    var name: String?
    var model: String?
    var solutions: [String]
}

struct StateInput: Decodable {
    var state: String
}

/// One assessor's progress in a round: how many of their items are scored, per area, and when they last scored.
struct AssessorProgress: Encodable {
    struct Area: Encodable {
        var area: String
        var scored: Int
        var total: Int
    }

    var assessor: String
    var declared: Bool
    var scored: Int
    var total: Int
    var areas: [Area]
    var lastActivity: String?
}

struct ScoreInput: Decodable {
    var score: String
    var rationale: String?
    var evidence: [String]?
}

struct DeclarationInput: Decodable {
    var noConflictOfInterest: Bool
}
