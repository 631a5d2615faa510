import ArvioCore
import ArvioIO
import ArvioReports
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// The public feedback form a client gets after a remote contact: `/palaute/<model>` (`?yksikko=` names the unit the
/// link was made for). Anonymous by construction: no session is read or made, no cookie set, and nothing of the
/// request (address, time finer than the month, browser) is stored. Bounded without third-party services: a signed
/// form token from the page, a honeypot field people never see, and at most ``FeedbackLimiter/perAddress``
/// responses from one address in ``FeedbackLimiter/window`` (counted in memory by a salted hash, forgotten after).
enum FeedbackRoutes {
    static let openLimit = 2_000

    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/palaute/:model", access: .everyone, summary: "the public, anonymous feedback form of an operating model") {
            request, context in
            guard let (model, survey) = try target(request, context, services) else { return unknown(request, context) }
            return page(request, context, services, model, survey, answers: [:], errors: [])
        }
        table.add(.get, "/palaute/:model/kiitos", access: .everyone, summary: "thanks after feedback") { request, context in
            let text = AppText(AppPages.language(request))
            return AppPages.render(
                "message", ["title": text.feedbackThanksTitle, "message": text.feedbackThanks], title: text.feedbackThanksTitle,
                request: request, context: context)
        }
        table.addForm("/palaute/:model", access: .everyone, summary: "stores one anonymous feedback response") {
            request, context, form in
            guard let (model, survey) = try target(request, context, services) else { return unknown(request, context) }
            let l = AppPages.language(request)
            let text = AppText(l)
            let thanks = AppPages.redirect("/palaute/\(model.id)/kiitos" + AppPages.query(l))
            // A filled honeypot is a robot: thanked, and nothing stored.
            guard form["sivusto"].isEmpty else { return thanks }
            var errors: [String] = []
            guard services.forms.isValid(form["form"], at: services.now()) else {
                return page(
                    request, context, services, model, survey, answers: form.fields, errors: [text.feedbackExpired], status: .forbidden)
            }
            let recommendation = Int(form["suositus"]).flatMap { (0...10).contains($0) ? $0 : nil }
            let answers = survey.statements.map { statement -> Int8 in
                guard let code = Int(form["v-\(statement.id)"]), (0...survey.scale.count).contains(code) else {
                    return FeedbackResponse.Answer.unanswered
                }
                return Int8(code)
            }
            let open = form["avoin"].replacing("\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            if recommendation == nil, answers.allSatisfy({ $0 == FeedbackResponse.Answer.unanswered }), open.isEmpty {
                errors.append(text.feedbackEmpty)
            }
            if open.count > openLimit || ControlCharacter.first(inText: open) != nil { errors.append(text.feedbackOpenLimit) }
            guard errors.isEmpty else {
                return page(request, context, services, model, survey, answers: form.fields, errors: errors, status: .unprocessableContent)
            }
            guard services.feedbackLimiter.admit(address(of: request, context), now: services.now()) else {
                return page(
                    request, context, services, model, survey, answers: form.fields, errors: [text.feedbackTooMany],
                    status: .tooManyRequests,
                    headers: [.retryAfter: "\(Int(FeedbackLimiter.window))"])
            }
            let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Helsinki")!, from: services.now())
            guard let month = YearMonth(year: now.year ?? 0, month: now.month ?? 0) else { throw HTTPError(.internalServerError) }
            try services.store.addFeedback(
                FeedbackResponse(
                    id: "form-" + UUID().uuidString.lowercased(), survey: survey.id, model: model.id, unit: unit(request), channel: .remote,
                    month: month, recommendation: recommendation, answers: answers, freeText: open.isEmpty ? nil : open))
            return thanks
        }
    }

    /// The model of the path and the project's survey, when the model collects feedback with it.
    static func target(_ request: Request, _ context: AppContext, _ services: AppServices) throws -> (OperatingModel, Survey)? {
        guard let id = context.parameters.get("model"), let survey = services.project.survey,
            let model = services.project.toolkit.first(where: { $0.id == id }), model.feedbackSurvey == survey.id
        else { return nil }
        return (model, survey)
    }

    /// The unit the link names (`?yksikko=`), else "unknown": a name, at most 100 characters, no control characters.
    static func unit(_ request: Request) -> String {
        let given = (request.uri.queryParameters["yksikko"].map(String.init) ?? "").trimmingCharacters(in: .whitespaces)
        return given.isEmpty || given.count > 100 || ControlCharacter.first(inName: given) != nil ? "tuntematon" : given
    }

    /// The client's address, only to count responses in memory: the connection's peer, or, when that is a proxy on
    /// this machine, the first address of its `X-Forwarded-For`.
    static func address(of request: Request, _ context: AppContext) -> String {
        let peer = context.peer ?? "unknown"
        guard peer == "127.0.0.1" || peer == "::1", let forwarded = request.headers[.init("X-Forwarded-For")!] else { return peer }
        return String(forwarded.split(separator: ",")[0]).trimmingCharacters(in: .whitespaces)
    }

    static func unknown(_ request: Request, _ context: AppContext) -> Response {
        let text = AppText(AppPages.language(request))
        return AppPages.render(
            "message", ["title": text.feedbackUnknownModel, "message": text.feedbackUnknownModelText], title: text.feedbackUnknownModel,
            request: request, context: context, status: .notFound)
    }

    static func page(
        _ request: Request, _ context: AppContext, _ services: AppServices, _ model: OperatingModel, _ survey: Survey,
        answers: [String: String], errors: [String], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let unitQuery = request.uri.queryParameters["yksikko"].map {
            "yksikko=" + (String($0).addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }
        let query = [l == .en ? "lang=en" : nil, unitQuery].compactMap { $0 }.joined(separator: "&")
        let scale = (0...10).map { value -> [String: Any] in
            ["value": "\(value)", "id": "s\(value)", "checked": answers["suositus"] == "\(value)"]
        }
        let statements = survey.statements.map { statement -> [String: Any] in
            let options =
                survey.scale.map { ($0.value, $0.label[l]) } + [(0, survey.notApplicable[l])]
            return [
                "id": statement.id, "text": statement.text.text[l],
                "options": options.map { value, label -> [String: Any] in
                    [
                        "name": "v-\(statement.id)", "id": "v-\(statement.id)-\(value)", "value": "\(value)", "label": label,
                        "checked": answers["v-\(statement.id)"] == "\(value)",
                    ]
                },
            ]
        }
        return AppPages.render(
            "feedback",
            [
                "heading": "\(text.feedbackTitle): \(model.title[l])", "intro": text.feedbackIntro,
                "action": "/palaute/\(model.id)" + (query.isEmpty ? "" : "?" + query),
                "formToken": services.forms.issue(at: services.now()),
                "errors": errors, "hasErrors": !errors.isEmpty, "recommendation": survey.recommendation.text[l], "scale": scale,
                "low": text.feedbackScaleLow, "high": text.feedbackScaleHigh, "statementsLegend": text.feedbackStatementsLegend,
                "statements": statements, "openQuestion": survey.openQuestion.text[l], "open": answers["avoin"] ?? "",
                "openLimit": text.feedbackOpenLimit, "send": text.feedbackSend, "honeypot": text.feedbackHoneypot,
                "unverified": FeedbackView.unverifiedWordingNote(survey, l) ?? "",
            ],
            title: "\(text.feedbackTitle): \(model.title[l])", request: request, context: context, status: status, headers: headers)
    }
}

/// Responses counted per client address in memory, by a salted HMAC-SHA-256 (the key made at start and never stored)
/// that no one can reverse to the address, and forgotten when their window passes: never written anywhere.
package final class FeedbackLimiter: Sendable {
    package static let perAddress = 5
    package static let window: TimeInterval = 10 * 60
    /// From everyone together in a window: far above a county's volume (hundreds of remote appointments a month), and
    /// a bound on the memory here and on the database's growth when many addresses flood the form at once.
    package static let inAll = 5_000
    let salt = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    /// The times of the responses admitted per address key, their number, and when expired ones were last dropped.
    let state = Mutex((seen: [String: [Date]](), total: 0, pruned: Date.distantPast))

    package init() {}

    /// Whether one more response from `address` is admitted now (and counts it if so). Expired times are dropped every
    /// minute, and whenever the total would refuse a response.
    package func admit(_ address: String, now: Date) -> Bool {
        let key = Data(HMAC<SHA256>.authenticationCode(for: Data(address.utf8), using: SymmetricKey(data: salt))).base64EncodedString()
        return state.withLock { state in
            if now.timeIntervalSince(state.pruned) >= 60 || state.total >= Self.inAll {
                state.seen = state.seen.compactMapValues { times in
                    let recent = times.filter { now.timeIntervalSince($0) < Self.window }
                    return recent.isEmpty ? nil : recent
                }
                state.total = state.seen.values.reduce(0) { $0 + $1.count }
                state.pruned = now
            }
            let recent = state.seen[key, default: []].filter { now.timeIntervalSince($0) < Self.window }
            guard recent.count < Self.perAddress, state.total < Self.inAll else { return false }
            state.total += 1 - (state.seen[key]?.count ?? 0) + recent.count
            state.seen[key] = recent + [now]
            return true
        }
    }
}
