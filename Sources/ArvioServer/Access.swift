import Hummingbird

/// Who may use a route. Routes are registered only through ``RouteTable/add(_:_:access:summary:handler:)``, which
/// takes the rule, so no route can exist without one; the authorization tests walk ``RouteTable/routes``.
package enum Access: Hashable, Sendable {
    /// Anyone, signed in or not: the toolkit, the health check.
    case everyone
}

/// One registered route: what it answers, who may use it, and what it is for.
package struct AppRoute: Hashable, Sendable {
    package var method: HTTPRequest.Method
    package var path: String
    package var access: Access
    package var summary: String
}

/// The router with every route's access rule beside it.
package struct RouteTable {
    package let router: Router<BasicRequestContext>
    package private(set) var routes: [AppRoute] = []

    package init(_ router: Router<BasicRequestContext>) { self.router = router }

    package mutating func add(
        _ method: HTTPRequest.Method, _ path: String, access: Access, summary: String,
        handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response
    ) {
        routes.append(AppRoute(method: method, path: path, access: access, summary: summary))
        router.on(RouterPath(path), method: method) { request, context in
            switch access {
            case .everyone: try await handler(request, context)
            }
        }
    }
}
