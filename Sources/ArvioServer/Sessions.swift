import ArvioIO
import Foundation
import HTTPTypes
import Hummingbird

/// Server-side sessions (ASVS 3): a random cookie whose SHA-256 the store keeps, a new one at every sign-in, deleted at
/// sign-out and when the account is disabled; an idle timeout of 30 minutes and an absolute one of 12 hours. The cookie
/// is `HttpOnly` and `SameSite=Lax`, and `__Host-` with `Secure` when the app is reached over https.
package struct Sessions: Sendable {
    package let store: any WebStore
    package let secure: Bool
    package let now: @Sendable () -> Date

    package static let idle: TimeInterval = 30 * 60
    package static let absolute: TimeInterval = 12 * 60 * 60

    package init(store: any WebStore, secure: Bool, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.secure = secure
        self.now = now
    }

    package var cookieName: String { secure ? "__Host-arvio" : "arvio" }

    /// A moment as the store keeps it (`2026-12-02T07:10:28Z`); the format style is a value, so no formatter is built
    /// per request (ICU's formatters cost more than the rest of a request).
    static func text(_ date: Date) -> String { date.formatted(Date.ISO8601FormatStyle()) }

    static func date(_ text: String) -> Date? { try? Date.ISO8601FormatStyle().parse(text) }

    /// Begins a session for `account`, ending the one the request came with: the `Set-Cookie` value to send.
    package func begin(_ account: Account, replacing request: Request) throws -> String {
        if let old = request.cookies[cookieName]?.value { try store.deleteSession(idHash: Token.hash(old)) }
        let token = Token.new()
        try store.createSession(idHash: Token.hash(token), account: account.id, csrfToken: Token.new(), at: Self.text(now()))
        return "\(cookieName)=\(token); Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }

    /// Ends the request's session: the `Set-Cookie` value that removes the cookie.
    package func end(_ request: Request) throws -> String {
        if let token = request.cookies[cookieName]?.value { try store.deleteSession(idHash: Token.hash(token)) }
        return "\(cookieName)=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "")
    }

    /// Who the request's cookie signs in, if its session is known, its account enabled and neither timeout passed (an
    /// expired session is deleted). The last activity is written at most once a minute.
    package func current(_ request: Request) throws -> SignedIn? {
        guard let token = request.cookies[cookieName]?.value, !token.isEmpty else { return nil }
        let idHash = Token.hash(token)
        guard let session = try store.session(idHash: idHash) else { return nil }
        let now = now()
        guard let began = Self.date(session.createdAt), let seen = Self.date(session.lastSeenAt),
            now.timeIntervalSince(began) < Self.absolute, now.timeIntervalSince(seen) < Self.idle
        else {
            try store.deleteSession(idHash: idHash)
            return nil
        }
        if now.timeIntervalSince(seen) > 60 { try store.touchSession(idHash: idHash, at: Self.text(now)) }
        return SignedIn(account: session.account, csrfToken: session.csrfToken, idHash: idHash)
    }
}

/// Sets ``AppContext/signedIn`` from the session cookie, for every route.
package struct SessionMiddleware: RouterMiddleware {
    package typealias Context = AppContext
    let sessions: Sessions

    package func handle(_ request: Request, context: AppContext, next: (Request, AppContext) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.signedIn = try sessions.current(request)
        var response = try await next(request, context)
        // Pages for a signed-in person are theirs alone: never kept by a cache.
        if context.signedIn != nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
