import ArvioCore
import ArvioIO
import Foundation
import HTTPTypes
import Hummingbird

/// Accounts in the browser: taking an invitation (the first-run setup link is one), signing in and out, one's own page.
enum AccountRoutes {
    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/kutsu/:token", access: .everyone, summary: "an invitation's form: name, user name, password") {
            request, context in
            let token = context.parameters.get("token") ?? ""
            guard let invitation = try services.store.invitation(tokenHash: Token.hash(token), at: services.nowText()) else {
                return gone(request, context)
            }
            return acceptPage(request, context, role: invitation.role, token: token, values: [:])
        }
        table.addForm("/kutsu/:token", access: .everyone, summary: "takes an invitation: creates the account and signs in") {
            request, context, form in
            let token = context.parameters.get("token") ?? ""
            let text = AppText(AppPages.language(request))
            guard let invitation = try services.store.invitation(tokenHash: Token.hash(token), at: services.nowText()) else {
                return gone(request, context)
            }
            let (name, id) = (form["name"].trimmingCharacters(in: .whitespaces), form["id"].trimmingCharacters(in: .whitespaces))
            var errors: [String] = []
            if name.isEmpty || ControlCharacter.first(inName: name) != nil { errors.append(text.nameNeeded) }
            if !Identifier.isValid(id) { errors.append(text.invalidUserName) }
            if let problem = Passwords.problem(form["password"], repeated: form["repeat"]) { errors.append(text.passwordProblem(problem)) }
            if errors.isEmpty {
                let hash = try await services.passwords.hash(form["password"])
                do {
                    guard
                        let account = try services.store.accept(
                            tokenHash: Token.hash(token), id: id, name: name, passwordHash: hash, at: services.nowText())
                    else { return gone(request, context) }
                    let cookie = try services.sessions.begin(account, replacing: request)
                    return AppPages.redirect("/oma" + AppPages.query(AppPages.language(request)), cookie: cookie)
                } catch let error as StoreError where error.reason == .accountExists(id.lowercased()) {
                    errors.append(text.userNameTaken(id.lowercased()))
                }
            }
            return acceptPage(
                request, context, role: invitation.role, token: token,
                values: ["errors": errors, "hasErrors": !errors.isEmpty, "name": name, "id": id],
                status: .unprocessableContent)
        }
        table.add(.get, "/kirjautuminen", access: .everyone, summary: "the sign-in form") { request, context in
            signInPage(request, context, services, values: [:])
        }
        table.addForm("/kirjautuminen", access: .everyone, summary: "signs in: a new session, or one answer for every failure") {
            request, context, form in
            let text = AppText(AppPages.language(request))
            guard services.forms.isValid(form["form"], at: services.now()) else {
                return signInPage(request, context, services, values: ["error": text.formExpired], status: .forbidden)
            }
            let id = form["id"].trimmingCharacters(in: .whitespaces).lowercased()
            if let account = try await services.signIn(id, password: form["password"]) {
                let cookie = try services.sessions.begin(account, replacing: request)
                return AppPages.redirect("/oma" + AppPages.query(AppPages.language(request)), cookie: cookie)
            }
            return signInPage(request, context, services, values: ["error": text.signInFailed, "id": id], status: .unauthorized)
        }
        table.addForm("/uloskirjautuminen", access: .anyRole, summary: "signs out: the session is deleted") { request, _, _ in
            AppPages.redirect(AppPages.language(request) == .en ? "/en/" : "/", cookie: try services.sessions.end(request))
        }
        table.add(.get, "/kutsut", access: .signedIn([.coordinator]), summary: "the coordinator's invitations and accounts") {
            request, context in
            try invitationsPage(request, context, services, values: [:])
        }
        table.addForm("/kutsut", access: .signedIn([.coordinator]), summary: "the coordinator makes a one-time invitation link") {
            request, context, form in
            let text = AppText(AppPages.language(request))
            let role = AccountRole(rawValue: form["role"])
            let assessor = form["assessor"].isEmpty ? nil : form["assessor"]
            guard let role else { throw HTTPError(.badRequest) }
            if role == .assessor, assessor == nil {
                return try invitationsPage(
                    request, context, services, values: ["error": text.assessorNeeded], status: .unprocessableContent)
            }
            if role != .assessor, assessor != nil {
                return try invitationsPage(
                    request, context, services, values: ["error": text.assessorNotForRole], status: .unprocessableContent)
            }
            let token = Token.new()
            let now = services.now()
            try services.store.invite(
                tokenHash: Token.hash(token), role: role, assessor: assessor, createdBy: context.signedIn?.account.id,
                at: Sessions.text(now), expiresAt: Sessions.text(now.addingTimeInterval(AppServices.invitationLifetime)))
            let link = services.address(for: request) + "/kutsu/" + token
            return try invitationsPage(request, context, services, values: ["link": link])
        }
        table.add(.get, "/jaavaykset", access: .signedIn([.coordinator]), summary: "the coordinator's exclusions of assessors") {
            request, context in
            try exclusionsPage(request, context, services, values: [:])
        }
        table.addForm("/jaavaykset", access: .signedIn([.coordinator]), summary: "the coordinator excludes an assessor from a solution") {
            request, context, form in
            let l = AppPages.language(request)
            let parts = form["item"].split(separator: "/", maxSplits: 1).map(String.init)
            let reason = form["reason"].trimmingCharacters(in: .whitespacesAndNewlines)
            guard parts.count == 2, !form["assessor"].isEmpty, !reason.isEmpty else {
                return try exclusionsPage(
                    request, context, services, values: ["error": AppText(l).exclusionIncomplete, "reason": form["reason"]],
                    status: .unprocessableContent)
            }
            do {
                try services.store.exclude(
                    round: parts[0], assessor: form["assessor"], solution: parts[1], reason: reason,
                    actor: context.signedIn?.account.id ?? "", at: services.nowText())
            } catch let error as StoreError {
                return try exclusionsPage(
                    request, context, services, values: ["error": error.reason.message(in: l).0, "reason": form["reason"]],
                    status: .unprocessableContent)
            }
            return try exclusionsPage(request, context, services, values: ["recorded": true])
        }
        table.add(.get, "/oma", access: .anyRole, summary: "one's own page: name and role") { request, context in
            let l = AppPages.language(request)
            let account = context.signedIn?.account
            return AppPages.render(
                "home", ["name": account?.name ?? "", "roleText": account.map { AppText(l).role($0.role) } ?? ""],
                title: account?.name ?? "", request: request, context: context)
        }
    }

    static func acceptPage(
        _ request: Request, _ context: AppContext, role: AccountRole, token: String, values: [String: Any],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let l = AppPages.language(request)
        var values = values
        values["heading"] = AppText(l).invitationHeading(role)
        values["intro"] = AppText(l).invitationIntro(role)
        values["action"] = "/kutsu/\(token)" + AppPages.query(l)
        return AppPages.render(
            "accept", values, title: AppText(l).invitationHeading(role), request: request, context: context, status: status)
    }

    static func invitationsPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, values: [String: Any], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let text = AppText(AppPages.language(request))
        var values = values
        values["csrf"] = context.signedIn?.csrfToken ?? ""
        values["roles"] = [AccountRole.assessor, .procurement, .coordinator].map { ["value": $0.rawValue, "label": text.roleName($0)] }
        values["assessors"] = try services.store.assessors().map {
            ["id": $0.id, "name": $0.name, "areas": $0.areas.joined(separator: ", ")]
        }
        values["accounts"] = try services.store.accounts().map {
            [
                "id": $0.id, "name": $0.name, "role": text.roleName($0.role), "assessor": $0.assessor ?? "–",
                "state": $0.disabled ? text.disabledText : text.active,
            ]
        }
        return AppPages.render("invitations", values, title: text.invitations, request: request, context: context, status: status)
    }

    /// The rounds still open or revealed, each with its exclusions, and the form that adds one.
    static func exclusionsPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, values: [String: Any], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let text = AppText(AppPages.language(request))
        let assessors = try services.store.assessors()
        let name = { (id: String) in assessors.first { $0.id == id }.map { "\($0.name) (\(id))" } ?? id }
        var values = values
        values["csrf"] = context.signedIn?.csrfToken ?? ""
        values["assessors"] = assessors.map { ["id": $0.id, "name": $0.name] }
        values["rounds"] = try services.store.rounds().filter { $0.state != .closed }.map { round -> [String: Any] in
            let solution = { (id: String) in services.project.solution(id)?.name ?? id }
            let exclusions = try services.store.exclusions(round: round.id)
            return [
                "name": round.name,
                "solutions": round.solutions.map { ["value": "\(round.id)/\($0)", "label": solution($0)] },
                "hasExclusions": !exclusions.isEmpty,
                "exclusions": exclusions.map {
                    [
                        "assessor": name($0.assessor), "solution": solution($0.solution), "reason": $0.reason, "by": $0.excludedBy,
                        "at": $0.excludedAt,
                    ]
                },
            ]
        }
        return AppPages.render("exclusions", values, title: text.exclusions, request: request, context: context, status: status)
    }

    static func signInPage(
        _ request: Request, _ context: AppContext, _ services: AppServices, values: [String: Any], status: HTTPResponse.Status = .ok
    ) -> Response {
        var values = values
        values["formToken"] = services.forms.issue(at: services.now())
        return AppPages.render(
            "signIn", values, title: AppText(AppPages.language(request)).signIn, request: request, context: context, status: status)
    }

    static func gone(_ request: Request, _ context: AppContext) -> Response {
        let text = AppText(AppPages.language(request))
        return AppPages.render(
            "message", ["title": text.invitationGone, "message": text.invitationGoneText], title: text.invitationGone, request: request,
            context: context, status: .notFound)
    }
}
