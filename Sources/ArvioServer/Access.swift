import ArvioIO
import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Who may use a route. Routes are registered only through ``RouteTable``, which takes the rule, so no route can exist
/// without one; the authorization tests walk ``RouteTable/routes``.
package enum Access: Hashable, Sendable {
    /// Anyone, signed in or not: the toolkit, the health check, signing in, an invitation (its link is the secret).
    case everyone
    /// A signed-in person in one of these roles; a form they post must carry their session's CSRF token.
    case signedIn(Set<AccountRole>)

    package static let anyRole = signedIn(Set(AccountRole.allCases))
}

/// One registered route: what it answers, who may use it, and what it is for.
package struct AppRoute: Hashable, Sendable {
    package var method: HTTPRequest.Method
    package var path: String
    package var access: Access
    package var summary: String
}

/// The router with every route's access rule beside it; the rule is enforced here, before the handler runs.
package struct RouteTable {
    package let router: Router<AppContext>
    package private(set) var routes: [AppRoute] = []

    package init(_ router: Router<AppContext>) { self.router = router }

    /// A page or file: GET.
    package mutating func add(
        _ method: HTTPRequest.Method, _ path: String, access: Access, summary: String,
        handler: @escaping @Sendable (Request, AppContext) async throws -> Response
    ) {
        routes.append(AppRoute(method: method, path: path, access: access, summary: summary))
        router.on(RouterPath(path), method: method) { request, context in
            try Self.enforce(access, request, context)
            return try await handler(request, context)
        }
    }

    /// A form: POST, its fields read (at most 64 KB) and, for a signed-in route, its CSRF token checked against the
    /// session's before the handler sees it.
    package mutating func addForm(
        _ path: String, access: Access, summary: String,
        handler: @escaping @Sendable (Request, AppContext, Form) async throws -> Response
    ) {
        routes.append(AppRoute(method: .post, path: path, access: access, summary: summary))
        router.on(RouterPath(path), method: .post) { request, context in
            try Self.enforce(access, request, context)
            let form = try await Form.read(request)
            if case .signedIn = access, !Self.same(form["csrf"], context.signedIn?.csrfToken ?? "") {
                throw HTTPError(.forbidden)
            }
            return try await handler(request, context, form)
        }
    }

    /// A file upload (a `multipart/form-data` form, at most ``Upload/limit`` bytes), its CSRF token checked like a
    /// form's; a body that is not such a form is a bad request.
    package mutating func addUpload(
        _ path: String, access: Access, summary: String, handler: @escaping @Sendable (Request, AppContext, Upload) async throws -> Response
    ) {
        routes.append(AppRoute(method: .post, path: path, access: access, summary: summary))
        router.on(RouterPath(path), method: .post) { request, context in
            try Self.enforce(access, request, context)
            guard let upload = try await Upload.read(request) else { throw HTTPError(.badRequest) }
            if case .signedIn = access, !Self.same(upload.csrf, context.signedIn?.csrfToken ?? "") { throw HTTPError(.forbidden) }
            return try await handler(request, context, upload)
        }
    }

    /// A JSON route of the API: its body (at most 64 KB) read for the handler, a write's `X-CSRF-Token` header checked
    /// against the session's and its `Content-Type` required to be JSON (which a cross-site form cannot send); every
    /// refusal is answered in JSON.
    package mutating func addAPI(
        _ method: HTTPRequest.Method, _ path: String, access: Access, summary: String,
        handler: @escaping @Sendable (Request, AppContext, ByteBuffer) async throws -> Response
    ) {
        routes.append(AppRoute(method: method, path: path, access: access, summary: summary))
        router.on(RouterPath(path), method: method) { request, context in
            do {
                try Self.enforce(access, request, context)
                if method != .get, case .signedIn = access {
                    guard Self.same(request.headers[.csrfToken] ?? "", context.signedIn?.csrfToken ?? "") else {
                        throw APIError(.forbidden, "the X-CSRF-Token header is missing or wrong: take csrfToken from GET /api/v1/me")
                    }
                    guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
                        throw APIError(.unsupportedMediaType, "send the body as application/json")
                    }
                }
                if let lang = request.uri.queryParameters["lang"], lang != "fi", lang != "en" {
                    throw APIError(.badRequest, "lang is fi or en")
                }
                let body = method == .get ? ByteBuffer() : try await request.body.collect(upTo: 64 * 1024)
                return try await handler(request, context, body)
            } catch let error as APIError {
                return error.response
            } catch let error as HTTPError {
                return APIError(error.status, error.status.reasonPhrase.lowercased()).response
            } catch let error as StoreError {
                // The store refused a write the checks let through (a state that changed meanwhile): a conflict.
                return APIError(.conflict, error.reason.message(in: AppPages.language(request)).0).response
            }
        }
    }

    static func enforce(_ access: Access, _ request: Request, _ context: AppContext) throws {
        switch access {
        case .everyone: return
        case .signedIn(let roles):
            guard let signedIn = context.signedIn else {
                // A page asks the person to sign in; anything else (the API included) is simply unauthorised.
                if request.method == .get, !request.uri.path.hasPrefix(APIRoutes.prefix) {
                    throw HTTPError(.seeOther, headers: [.location: "/kirjautuminen"])
                }
                throw HTTPError(.unauthorized)
            }
            guard roles.contains(signedIn.account.role) else { throw HTTPError(.forbidden) }
        }
    }

    /// Compares two tokens in time that does not depend on where they differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.utf8), Array(b.utf8))
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// Tokens for the forms posted before there is a session (signing in): an HMAC of when the form was issued, under a
/// key made at start, valid for two hours.
package struct FormTokens: Sendable {
    let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }

    package init() {}

    package func issue(at date: Date = Date()) -> String {
        let stamp = String(Int(date.timeIntervalSince1970))
        return stamp + "." + mac(stamp)
    }

    package func isValid(_ token: String, at date: Date = Date()) -> Bool {
        let parts = token.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let issued = TimeInterval(parts[0]), RouteTable.same(parts[1], mac(parts[0])) else { return false }
        let age = date.timeIntervalSince1970 - issued
        return age >= 0 && age < 2 * 60 * 60
    }

    func mac(_ text: String) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: SymmetricKey(data: key))).base64EncodedString()
    }
}

/// Answers a known path asked with a method it does not take — `TRACE /api/v1/me` — with 405 and the methods it does
/// take, rather than 404. Added after every route: Hummingbird wraps a route in the middlewares added before it, so this
/// one sees only the requests that no route took.
package struct MethodNotAllowed: RouterMiddleware {
    package typealias Context = AppContext
    let routes: [AppRoute]

    package init(_ routes: [AppRoute]) { self.routes = routes }

    package func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws
        -> Response
    {
        let segments = request.uri.path.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = routes.filter { route in
            let pattern = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return !route.path.contains("*") && pattern.count == segments.count
                && zip(pattern, segments).allSatisfy { $0.hasPrefix(":") ? !$1.isEmpty : $0 == $1 }
        }.map(\.method)
        guard !allowed.isEmpty, !allowed.contains(request.method) else { return try await next(request, context) }
        var response = APIError(.methodNotAllowed, "this address takes \(allowed.map(\.rawValue).joined(separator: ", "))").response
        response.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
        return response
    }
}
