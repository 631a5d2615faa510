import ArvioIO
import ArvioReports
import ArvioServer
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The web app's routes in process (HummingbirdTesting, no network): every route carries an access rule and answers
/// by it, every response carries the security headers, the toolkit is served current with the database.
struct ServerRouteTests {
    static let style = "body{color:#123}"
    static let files = [
        ToolkitSite.File(
            path: "index.html", text: "<!DOCTYPE html><html lang=\"fi\"><head><style>\(style)</style></head><body>etusivu</body></html>"),
        ToolkitSite.File(path: "en/index.html", text: "<!DOCTYPE html><html lang=\"en\"><body>front page</body></html>"),
        ToolkitSite.File(path: "models/video.html", text: "<p>malli</p>"),
        ToolkitSite.File(path: "models/video.bpmn", text: "<definitions/>"),
        ToolkitSite.File(path: "filter.js", text: "'use strict';"),
    ]

    static func services(_ site: SiteCache, secure: Bool = false) throws -> AppServices {
        AppServices(
            site: site, store: try ScoreStore(DatabaseQueue()), project: try AccountRouteTests.project(), passwords: Passwords(cost: 4),
            secure: secure)
    }

    static func app(version: @escaping @Sendable () -> String = { "1" }, files: [ToolkitSite.File] = files) throws -> (
        some ApplicationProtocol, RouteTable
    ) {
        let site = SiteCache(.init(version: version, files: { files }))
        let table = ArvioServer.buildRouter(try services(site), configuration: ServerConfiguration())
        return (Application(router: table.router), table)
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    @Test func pagesAreServedWithTheirTypesAndTheSecurityHeaders() async throws {
        let (app, _) = try Self.app()
        let hash = Data(Self.sha256(Self.style)).base64EncodedString()

        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok && Self.text(response).contains("etusivu"))
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                let policy = try #require(response.headers[.contentSecurityPolicy])
                #expect(policy.contains("script-src 'self';") && policy.contains("style-src 'self' 'sha256-\(hash)';"))
                #expect(
                    policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'") && !policy.contains("unsafe-eval"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff" && response.headers[.referrerPolicy] == "same-origin")
                #expect(response.headers[.xFrameOptions] == "DENY" && response.headers[.strictTransportSecurity] == nil)
            }
            try await client.execute(uri: "/filter.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
            }
            try await client.execute(uri: "/models/video.bpmn", method: .get) { response in
                #expect(response.headers[.contentType] == "application/xml; charset=utf-8")
            }
            try await client.execute(uri: "/en", method: .get) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/en/")
            }
            try await client.execute(uri: "/en/", method: .get) { response in
                #expect(Self.text(response).contains("front page"))
            }
        }
    }

    /// An unknown page is a plain 404 in the language of the part of the site asked for, with the same headers.
    @Test func anUnknownPageIsAPlainNotFoundWithTheHeaders() async throws {
        let (app, _) = try Self.app()

        try await app.test(.router) { client in
            try await client.execute(uri: "/models/nope.html", method: .get) { response in
                #expect(response.status == .notFound && Self.text(response).contains("<h1>Sivua ei löydy</h1>"))
                #expect(response.headers[.contentSecurityPolicy] != nil && response.headers[.xContentTypeOptions] == "nosniff")
            }
            try await client.execute(uri: "/en/nope.html", method: .get) { response in
                #expect(response.status == .notFound && Self.text(response).contains("<h1>Page not found</h1>"))
            }
        }
    }

    /// A request from another site that would change state is refused before any route sees it, with the headers.
    @Test func aCrossSiteWriteIsRefused() async throws {
        let (app, _) = try Self.app()

        try await app.test(.router) { client in
            for site in ["cross-site", "same-site"] {
                try await client.execute(uri: "/", method: .post, headers: [.secFetchSite: site]) { response in
                    #expect(response.status == .forbidden, "\(site)")
                    #expect(response.headers[.xFrameOptions] == "DENY")
                }
            }
            try await client.execute(uri: "/", method: .get, headers: [.secFetchSite: "cross-site"]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    /// The site is built again when the database has changed (its audit head moved), and only then.
    @Test func theSiteFollowsTheDatabase() async throws {
        let version = Mutex(1)
        let builds = Mutex(0)
        let site = SiteCache(
            .init(
                version: { "\(version.withLock { $0 })" },
                files: {
                    let n = builds.withLock {
                        $0 += 1; return $0
                    }
                    return [ToolkitSite.File(path: "index.html", text: "build \(n)")]
                }))
        let app = Application(router: ArvioServer.buildRouter(try Self.services(site), configuration: .init()).router)

        try await app.test(.router) { client in
            try await client.execute(uri: "/", method: .get) { #expect(Self.text($0) == "build 1") }
            try await client.execute(uri: "/", method: .get) { #expect(Self.text($0) == "build 1") }
            version.withLock { $0 = 2 }
            try await client.execute(uri: "/", method: .get) { #expect(Self.text($0) == "build 2") }
        }
        #expect(builds.withLock { $0 } == 2)
    }

    /// A failure inside (here the site cannot be built) is a plain 500 with the headers, and nothing of the error.
    @Test func aFailureInsideIsAPlainErrorWithTheHeaders() async throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "secret detail /etc/arvio" } }
        let site = SiteCache(.init(version: { "1" }, files: { throw Broken() }))
        let table = ArvioServer.buildRouter(try Self.services(site), configuration: .init())

        try await Application(router: table.router).test(.router) { client in
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .internalServerError && response.headers[.xContentTypeOptions] == "nosniff")
                #expect(Self.text(response) == "Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen.\n")
            }
        }
    }

    @Test func httpsAddsStrictTransportSecurity() async throws {
        let site = SiteCache(.init(version: { "1" }, files: { Self.files }))
        let table = ArvioServer.buildRouter(
            try Self.services(site, secure: true), configuration: .init(publicURL: "https://arvio.example.fi"))

        try await Application(router: table.router).test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.headers[.strictTransportSecurity] == "max-age=31536000")
            }
        }
    }

    static func sha256(_ text: String) -> [UInt8] {
        Array(SiteCache.digest(text))
    }
}
