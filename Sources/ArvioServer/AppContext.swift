import ArvioIO
import Hummingbird

/// The request's context: Hummingbird's own, and who is signed in (set by ``SessionMiddleware``).
package struct AppContext: RequestContext {
    package var coreContext: CoreRequestContextStorage
    package var signedIn: SignedIn?
    /// The connection's peer address, only to count feedback responses in memory; never stored or logged.
    package var peer: String?

    package init(source: Source) {
        coreContext = .init(source: source)
        peer = source.channel.remoteAddress?.ipAddress
    }
}

/// A signed-in person: their account, the session's CSRF token (every form they post carries it), and the hash the
/// store keeps of their session cookie.
package struct SignedIn: Sendable {
    package var account: Account
    package var csrfToken: String
    package var idHash: String
}
