import ArvioCore
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

/// Accounts in the browser, through the routes: an invitation makes an account and signs in; signing in answers every
/// failure alike and waits after five; sessions rotate, end at sign-out and with their account, and time out; every
/// form of a signed-in person needs their CSRF token; what a person typed is escaped on the page.
struct AccountRouteTests {
    /// An app on an in-memory store with one invitation of each role, and a clock the test moves.
    /// Unchecked: the router is built once in `init` and only read after (Hummingbird's router type is not Sendable).
    final class Fixture: @unchecked Sendable {
        let store: ScoreStore
        /// The store's database, for tests that edit it behind Arvio's back.
        let queue = try! DatabaseQueue()
        let clock = Clock()
        let services: AppServices
        let router: Router<AppContext>
        let invitations: [AccountRole: String]

        init() throws {
            store = try ScoreStore(queue)
            try store.addAssessor(
                Assessor(id: "anna", name: "Anna", role: "security", areas: ["T"]), actor: "c", at: "2027-01-01T00:00:00Z")
            let clock = clock
            let site = SiteCache(.init(version: { "1" }, files: { ServerRouteTests.files }))
            services = AppServices(
                site: site, store: store, project: try AccountRouteTests.project(), passwords: Passwords(cost: 4), secure: false,
                now: { clock.date.withLock { $0 } })
            router = ArvioServer.buildRouter(services, configuration: .init()).router
            var invitations: [AccountRole: String] = [:]
            for role in AccountRole.allCases {
                let token = Token.new()
                try store.invite(
                    tokenHash: Token.hash(token), role: role, assessor: role == .assessor ? "anna" : nil, createdBy: nil,
                    at: "2027-01-01T00:00:00Z", expiresAt: "2030-01-01T00:00:00Z")
                invitations[role] = token
            }
            self.invitations = invitations
        }

        var app: some ApplicationProtocol { Application(router: router) }
        func advance(_ seconds: TimeInterval) { clock.date.withLock { $0 = $0.addingTimeInterval(seconds) } }
    }

    final class Clock: Sendable {
        let date = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    }

    /// The shipped project, loaded once.
    static func project() throws -> Project { try shipped.get() }
    static let shipped = Result {
        try ProjectLoader(
            root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        )
        .load()
    }

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func body(_ fields: [String: String]) -> ByteBuffer {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.~"))
        return ByteBuffer(
            string: fields.sorted { $0.key < $1.key }.map {
                "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
            }.joined(separator: "&"))
    }

    static func cookie(_ response: TestResponse) -> String? {
        response.headers[.setCookie]?.split(separator: ";").first.map(String.init)
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// Takes an invitation through its form and returns the session cookie it set.
    static func accept(_ client: some TestClientProtocol, token: String, id: String, name: String = "Kaisa") async throws -> String {
        let password = "correct horse battery"
        return try await client.execute(
            uri: "/kutsu/\(token)", method: .post, headers: form,
            body: body(["name": name, "id": id, "password": password, "repeat": password])
        ) { response in
            #expect(response.status == .seeOther && response.headers[.location] == "/oma")
            return try #require(cookie(response))
        }
    }

    static func formToken(_ client: some TestClientProtocol) async throws -> String {
        try await client.execute(uri: "/kirjautuminen", method: .get) { response in
            let html = text(response)
            let match = try #require(html.firstMatch(of: /name="form" value="([^"]+)"/))
            return String(match.output.1)
        }
    }

    @Test func anInvitationCreatesTheAccountSignsInAndIsThenUsedUp() async throws {
        let fixture = try Fixture()
        let token = try #require(fixture.invitations[.coordinator])

        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/kutsu/\(token)", method: .get) { response in
                #expect(response.status == .ok && Self.text(response).contains("Arvion käyttöönotto: koordinaattorin tunnus"))
            }
            try await client.execute(
                uri: "/kutsu/\(token)", method: .post, headers: Self.form,
                body: Self.body(["name": "", "id": "kaisa k", "password": "salasana", "repeat": "salasana"])
            ) { response in
                let html = Self.text(response)
                #expect(response.status == .unprocessableContent)
                #expect(html.contains("Kirjoita nimesi.") && html.contains("Käyttäjätunnuksessa saa olla vain"))
                #expect(html.contains("Salasana on liian yleinen; valitse toinen."))
            }
            try await client.execute(
                uri: "/kutsu/\(token)?lang=en", method: .post, headers: Self.form,
                body: Self.body(["name": "K", "id": "kaisa", "password": String(repeating: "ä", count: 40), "repeat": "x"])
            ) { response in
                #expect(Self.text(response).contains("The password is over 72 bytes and cannot be kept whole"))
            }
            try await client.execute(uri: "/kutsu/\(token)", method: .post, headers: [.setCookie: ""], body: ByteBuffer()) { _ in }
            let cookie = try await Self.accept(client, token: token, id: "Kaisa")
            #expect(cookie.hasPrefix("arvio="))
            try await client.execute(uri: "/oma", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok && Self.text(response).contains("Koordinaattori: johtaa arviointikierroksia."))
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(uri: "/kutsu/\(token)", method: .get) { response in
                #expect(response.status == .notFound && Self.text(response).contains("Kutsu ei ole voimassa"))
            }
        }
        #expect(try fixture.store.hasCoordinator())
        #expect(try fixture.store.auditEntries().last?.actor == "setup")
        #expect(try fixture.store.verifyAudit().isEmpty)
    }

    @Test func theSessionCookieHasItsFlags() async throws {
        let fixture = try Fixture()

        try await fixture.app.test(.router) { client in
            try await client.execute(
                uri: "/kutsu/\(fixture.invitations[.procurement] ?? "")", method: .post, headers: Self.form,
                body: Self.body(["name": "Pia", "id": "pia", "password": "a long pass phrase", "repeat": "a long pass phrase"])
            ) { response in
                let header = try #require(response.headers[.setCookie])
                #expect(header.contains("; Path=/") && header.contains("; HttpOnly") && header.contains("; SameSite=Lax"))
                #expect(!header.contains("Secure") && !header.contains("Expires") && !header.contains("Max-Age"))
            }
        }
    }

    /// An unknown name, a wrong password and a locked account get one answer; a correct sign-in rotates the session.
    @Test func signingInAnswersEveryFailureAlikeAndWaitsAfterFive() async throws {
        let fixture = try Fixture()

        try await fixture.app.test(.router) { client in
            let first = try await Self.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            var answers: Set<String> = []
            for (id, password) in [("nobody", "correct horse battery"), ("anna", "wrong horse battery")] {
                try await client.execute(
                    uri: "/kirjautuminen", method: .post, headers: Self.form,
                    body: Self.body(["form": try await Self.formToken(client), "id": id, "password": password])
                ) { response in
                    #expect(response.status == .unauthorized && response.headers[.setCookie] == nil)
                    answers.insert(Self.text(response).replacing(/value="[^"]*"/, with: ""))
                }
            }
            #expect(answers.count == 1)
            try await client.execute(
                uri: "/kirjautuminen", method: .post, headers: Self.form.merging([.cookie: first]),
                body: Self.body(["form": try await Self.formToken(client), "id": "ANNA", "password": "correct horse battery"])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(Self.cookie(response) != first)
            }
            // The session the sign-in came with is gone.
            try await client.execute(uri: "/oma", method: .get, headers: [.cookie: first]) { response in
                #expect(response.status == .seeOther)
            }
            for _ in 0..<5 {
                try await client.execute(
                    uri: "/kirjautuminen", method: .post, headers: Self.form,
                    body: Self.body(["form": try await Self.formToken(client), "id": "anna", "password": "nope nope nope"])
                ) { _ in }
            }
            try await client.execute(
                uri: "/kirjautuminen", method: .post, headers: Self.form,
                body: Self.body(["form": try await Self.formToken(client), "id": "anna", "password": "correct horse battery"])
            ) { response in
                #expect(response.status == .unauthorized)
            }
            fixture.advance(16 * 60)
            try await client.execute(
                uri: "/kirjautuminen", method: .post, headers: Self.form,
                body: Self.body(["form": try await Self.formToken(client), "id": "anna", "password": "correct horse battery"])
            ) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(
                uri: "/kirjautuminen", method: .post, headers: Self.form,
                body: Self.body(["form": "1.forged", "id": "anna", "password": "correct horse battery"])
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    /// Signing out needs the session's CSRF token and ends the session; a disabled account and an idle one are out.
    @Test func sessionsEndAtSignOutWithTheirAccountAndWhenIdle() async throws {
        let fixture = try Fixture()

        try await fixture.app.test(.router) { client in
            let cookie = try await Self.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")
            let csrf = try await client.execute(uri: "/oma", method: .get, headers: [.cookie: cookie]) { response in
                String(try #require(Self.text(response).firstMatch(of: /name="csrf" value="([^"]+)"/)).output.1)
            }
            try await client.execute(
                uri: "/uloskirjautuminen", method: .post, headers: Self.form.merging([.cookie: cookie]), body: Self.body(["csrf": "x"])
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/uloskirjautuminen", method: .post, headers: Self.form.merging([.cookie: cookie]), body: Self.body(["csrf": csrf])
            ) { response in
                #expect(response.status == .seeOther && response.headers[.setCookie]?.contains("Max-Age=0") == true)
            }
            try await client.execute(uri: "/oma", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .seeOther)
            }

            let second = try await Self.accept(client, token: fixture.invitations[.procurement] ?? "", id: "pia")
            fixture.advance(Sessions.idle + 1)
            try await client.execute(uri: "/oma", method: .get, headers: [.cookie: second]) { response in
                #expect(response.status == .seeOther)
            }
            let third = try await Self.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            try fixture.store.setDisabled("anna", true, actor: "kaisa", at: "2027-01-02T00:00:00Z")
            try await client.execute(uri: "/oma", method: .get, headers: [.cookie: third]) { response in
                #expect(response.status == .seeOther)
            }
        }
    }

    /// The coordinator makes invitation links; nobody else may see or post the form.
    @Test func onlyTheCoordinatorInvitesAndTheLinkWorksOnce() async throws {
        let fixture = try Fixture()

        try await fixture.app.test(.router) { client in
            let coordinator = try await Self.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")
            let assessor = try await Self.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            try await client.execute(uri: "/kutsut", method: .get, headers: [.cookie: assessor]) { response in
                #expect(response.status == .forbidden)
            }
            let csrf = try await client.execute(uri: "/kutsut", method: .get, headers: [.cookie: coordinator]) { response in
                let html = Self.text(response)
                #expect(response.status == .ok && html.contains("<th scope=\"row\">anna</th>"))
                return String(try #require(html.firstMatch(of: /name="csrf" value="([^"]+)"/)).output.1)
            }
            try await client.execute(
                uri: "/kutsut", method: .post, headers: Self.form.merging([.cookie: coordinator]),
                body: Self.body(["csrf": csrf, "role": "assessor", "assessor": ""])
            ) { response in
                #expect(response.status == .unprocessableContent && Self.text(response).contains("Valitse arvioija"))
            }
            let link = try await client.execute(
                uri: "/kutsut", method: .post, headers: Self.form.merging([.cookie: coordinator]),
                body: Self.body(["csrf": csrf, "role": "procurement", "assessor": ""])
            ) { response in
                String(try #require(Self.text(response).firstMatch(of: /value="http:\/\/[^"\/]*(\/kutsu\/[^"]+)"/)).output.1)
            }
            try await client.execute(uri: link, method: .get) { response in
                #expect(response.status == .ok && Self.text(response).contains("Hankinta: lukee paljastetut kierrokset."))
            }
            _ = try await Self.accept(client, token: String(link.dropFirst("/kutsu/".count)), id: "pia")
            try await client.execute(uri: link, method: .get) { response in #expect(response.status == .notFound) }
        }
        #expect(try fixture.store.auditEntries().last.map { [$0.entity, $0.actor] } == ["account/pia", "kaisa"])
    }

    /// A name typed into the invitation form is text on every page, in text and in attributes alike.
    @Test func whatAPersonTypedIsEscaped() async throws {
        let fixture = try Fixture()
        let name = "Eve \"><script>alert(1)</script>&'"

        try await fixture.app.test(.router) { client in
            let cookie = try await Self.accept(client, token: fixture.invitations[.assessor] ?? "", id: "eve", name: name)
            try await client.execute(uri: "/oma", method: .get, headers: [.cookie: cookie]) { response in
                let html = Self.text(response)
                #expect(!html.contains("<script>") && !html.contains(name))
                #expect(html.contains("Eve &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;"))
            }
        }
    }

    /// Every template inserts with escaping; only the page layout's body (another template's output) and its inline
    /// style sheet (a constant) go in raw.
    @Test func onlyTheLayoutsBodyIsInsertedRaw() {
        let raw = { (source: String) in source.matches(of: /\{\{\{[^}]*\}\}\}|\{\{&[^}]*\}\}/).map { String($0.output) } }
        for (name, source) in Templates.sources {
            #expect(raw(source).isEmpty, "\(name)")
        }
        #expect(raw(PageLayout.template) == ["{{{inlineStyle}}}", "{{{body}}}"])
    }

    /// The labels the templates read (`{{text.x}}`) are the ones AppText lists, no more and no fewer, in both
    /// languages: Mustache renders a missing one as nothing, so a typo would otherwise leave a silent gap on a page.
    @Test func theTemplatesReadExactlyTheLabelsAppTextLists() {
        let used = Set(Templates.sources.values.flatMap { $0.matches(of: /\{\{[#^\/]?text\.(\w+)\}\}/).map { String($0.output.1) } })
        for language in [Language.fi, .en] {
            let labels = AppText(language).labels
            #expect(Set(labels.keys) == used, "\(language)")
            #expect(labels.values.allSatisfy { !$0.isEmpty })
        }
        #expect(AppText(.fi).labels.filter { AppText(.en).labels[$0.key] == $0.value }.isEmpty)
    }
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var fields = self
        for field in other { fields.append(field) }
        return fields
    }
}
