import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import Hummingbird
import Logging
import NIOCore

/// How `arvio serve` runs: where it listens and the address people reach it at.
package struct ServerConfiguration: Sendable {
    package var host: String
    package var port: Int
    /// The address in links the server prints and sends (e.g. `https://arvio.lapha.fi`); `http://host:port` by default.
    package var publicURL: String?

    package init(host: String = "127.0.0.1", port: Int = 8080, publicURL: String? = nil) {
        self.host = host
        self.port = port
        self.publicURL = publicURL
    }

    package var address: String { publicURL ?? "http://\(host):\(port)" }
    package var https: Bool { address.lowercased().hasPrefix("https://") }
}

/// The web app: every route with its access rule, the security middleware around them all.
package enum ArvioServer {
    package static var quietLogger: Logger {
        var logger = Logger(label: "arvio")
        logger.logLevel = .warning
        return logger
    }

    /// The router and the table of its routes (each with its access rule), apart from any network, for tests.
    package static func buildRouter(_ services: AppServices, configuration: ServerConfiguration) -> RouteTable {
        let router = Router(context: AppContext.self)
        let site = services.site
        router.middlewares.add(SecurityHeaders(policy: { await site.policy() }, https: configuration.https))
        router.middlewares.add(SameOriginWrites())
        router.middlewares.add(SessionMiddleware(sessions: services.sessions))
        var table = RouteTable(router)
        table.add(.get, "/health", access: .everyone, summary: "liveness: 200 and 'ok'") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        table.add(.get, "/favicon.ico", access: .everyone, summary: "no icon: 204, so browsers stop asking") { _, _ in
            Response(status: .noContent)
        }
        table.add(.get, "/app.css", access: .everyone, summary: "the app pages' style sheet (the toolkit site's)") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: ToolkitSite.style + Templates.style)))
        }
        table.add(.get, "/app.js", access: .everyone, summary: "the app pages' one script (an enhancement: saving as answers are given)") {
            _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Templates.script)))
        }
        AccountRoutes.add(to: &table, services)
        ScoringRoutes.add(to: &table, services)
        WorkbookRoutes.add(to: &table, services)
        RoundRoutes.add(to: &table, services)
        WeightRoutes.add(to: &table, services)
        FeedbackRoutes.add(to: &table, services)
        AuditRoutes.add(to: &table, services)
        ResultRoutes.add(to: &table, services)
        APIRoutes.add(to: &table, services)
        APIRoutes.addDecisions(to: &table, services)
        table.add(.get, "/", access: .everyone, summary: "the toolkit's front page (Finnish)") { request, _ in
            try await SitePages.response(for: "index.html", from: site, request: request)
        }
        table.add(.get, "/**", access: .everyone, summary: "the toolkit site's pages, scripts, BPMN files and the report") {
            request, _ in
            // The path as asked, its trailing slash kept (a folder's index); files are looked up in memory, never on disk.
            let path = String(request.uri.path.dropFirst())
            return try await SitePages.response(for: path.removingPercentEncoding ?? path, from: site, request: request)
        }
        // Last, so that it sees only what no route took: the API's paths asked with a method they do not take.
        router.middlewares.add(MethodNotAllowed(table.routes.filter { $0.path.hasPrefix(APIRoutes.prefix) }))
        return table
    }

    /// Serves until the process is asked to stop (SIGINT or SIGTERM: a graceful shutdown).
    ///
    /// - Parameter listening: told the port once the server accepts connections (the one the system chose for port 0).
    package static func run(
        _ services: AppServices, configuration: ServerConfiguration, listening: @escaping @Sendable (Int) async -> Void
    ) async throws {
        try await buildApplication(services, configuration: configuration, listening: listening).runService()
    }

    /// - Parameter logger: the server's own log (warnings and errors only by default: the command prints what people
    ///   need, in their language).
    package static func buildApplication(
        _ services: AppServices, configuration: ServerConfiguration, logger: Logger = quietLogger,
        listening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(
            router: buildRouter(services, configuration: configuration).router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await listening(channel.localAddress?.port ?? configuration.port) },
            logger: logger)
    }
}
