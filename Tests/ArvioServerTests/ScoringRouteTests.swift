import ArvioCore
import ArvioIO
import ArvioServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// An assessor scores in the browser: the declaration first, one criterion across the round's solutions, each answer
/// saved through the import's checks with the signed-in person as the audit actor; nobody reaches another's items.
struct ScoringRouteTests {
    typealias A = AccountRouteTests

    /// The fixture with a round of two solutions, Anna (security, T) invited as an assessor and Ville (I) as another.
    static func fixture() throws -> (A.Fixture, ville: String) {
        let fixture = try A.Fixture()
        try fixture.store.addAssessor(
            Assessor(id: "ville", name: "Ville", role: "architect", areas: ["I"]), actor: "c", at: "2027-01-01T00:00:00Z")
        _ = try fixture.store.createRound(
            id: "r", name: "Kierros R", solutions: ["virtu", "omaolo"], model: "asiantuntija-arvio", snapshot: "{}", actor: "c",
            at: "2027-01-01T00:00:00Z")
        let token = Token.new()
        try fixture.store.invite(
            tokenHash: Token.hash(token), role: .assessor, assessor: "ville", createdBy: "kaisa", at: "2027-01-01T00:00:00Z",
            expiresAt: "2030-01-01T00:00:00Z")
        return (fixture, token)
    }

    static func csrf(_ html: String) throws -> String {
        String(try #require(html.firstMatch(of: /name="csrf" value="([^"]+)"/)).output.1)
    }

    @Test func anAssessorDeclaresThenScoresOneCriterionAcrossTheSolutions() async throws {
        let (fixture, _) = try Self.fixture()

        try await fixture.app.test(.router) { client in
            let anna = try await A.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            let cookie: HTTPFields = [.cookie: anna]
            try await client.execute(uri: "/arvioi", method: .get, headers: cookie) { response in
                #expect(Self.text(response).contains("<a href=\"/arvioi/r\">Kierros R</a> – pisteytetty 0 / 22"))
            }
            let csrf = try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) { response in
                let html = Self.text(response)
                #expect(response.status == .ok && html.contains("hallintolaki 434/2003") && html.contains("Virtu.fi ja OmaVirtu"))
                return try Self.csrf(html)
            }
            try await client.execute(
                uri: "/arvioi/r/esteellisyys", method: .post, headers: A.form.merging(cookie), body: A.body(["csrf": csrf])
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/arvioi/r/esteellisyys", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "noties": "yes"])
            ) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/arvioi/r", method: .get, headers: cookie) { response in
                #expect(response.headers[.location] == "/arvioi/r/T1")
            }
            try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) { response in
                let html = Self.text(response)
                #expect(html.contains("<h1>T1 Asiakkaan vahva sähköinen tunnistaminen</h1>") && html.contains("pisteytetty 0 / 22"))
                #expect(html.contains("action=\"/arvioi/r/T1/virtu\"") && html.contains("action=\"/arvioi/r/T1/omaolo\""))
                #expect(html.contains("<legend>Omaolo</legend>"))
            }
            try await client.execute(
                uri: "/arvioi/r/T1/virtu", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "score": "9", "rationale": "", "evidence": ""])
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/arvioi/r/T1/virtu", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "score": "4", "rationale": "Suomi.fi <tunnistus>", "evidence": "https://example.org/a"])
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/arvioi/r/T1#s-virtu")
            }
            try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) { response in
                let html = Self.text(response)
                #expect(html.contains("pisteytetty 1 / 22") && html.contains("Suomi.fi &lt;tunnistus&gt;"))
                #expect(html.contains("value=\"4\" checked"))
            }
        }
        let score = try #require(try fixture.store.scores(round: "r", visibleTo: .assessor("anna")).first)
        #expect(score.value == .points(4) && score.evidence == ["https://example.org/a"])
        #expect(try fixture.store.scores(round: "r", visibleTo: .assessor("ville")).isEmpty)
        #expect(try fixture.store.scores(round: "r", visibleTo: .other).isEmpty)
        let actors = try fixture.store.auditEntries().filter { $0.entity.hasPrefix("score/") || $0.entity.hasPrefix("declaration/") }
            .map(\.actor)
        #expect(actors == ["anna", "anna"])
        #expect(try fixture.store.verifyAudit().isEmpty)
    }

    /// Another assessor cannot reach Anna's criterion, item or declaration, whatever the path says.
    @Test func anotherAssessorReachesNoneOfIt() async throws {
        let (fixture, villeToken) = try Self.fixture()

        try await fixture.app.test(.router) { client in
            let ville = try await A.accept(client, token: villeToken, id: "ville")
            let cookie: HTTPFields = [.cookie: ville]
            let csrf = try await client.execute(uri: "/arvioi/r", method: .get, headers: cookie) { try Self.csrf(Self.text($0)) }
            try await client.execute(
                uri: "/arvioi/r/esteellisyys", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "noties": "yes"])
            ) { _ in }
            try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(
                uri: "/arvioi/r/T1/virtu", method: .post, headers: A.form.merging(cookie), body: A.body(["csrf": csrf, "score": "0"])
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/arvioi/nope/I1", method: .get, headers: cookie) { response in
                #expect(response.status == .notFound)
            }
        }
        #expect(try fixture.store.scores(round: "r", visibleTo: .assessor("anna")).isEmpty)
    }

    static func text(_ response: TestResponse) -> String { String(buffer: response.body) }

    /// The coordinator excludes Anna from virtu with the form: her pages drop it, a post to it is refused, the page
    /// lists the exclusion, and the audit log has the coordinator as its actor.
    @Test func theCoordinatorExcludesAnAssessorFromASolution() async throws {
        let (fixture, _) = try Self.fixture()

        try await fixture.app.test(.router) { client in
            let anna = try await A.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            let kaisa = try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")
            let csrf = try await client.execute(uri: "/jaavaykset", method: .get, headers: [.cookie: kaisa]) { response in
                let html = Self.text(response)
                #expect(html.contains("<option value=\"r/virtu\">Virtu.fi ja OmaVirtu</option>") && html.contains("Ei jääväyksiä."))
                return try Self.csrf(html)
            }
            try await client.execute(
                uri: "/jaavaykset", method: .post, headers: A.form.merging([.cookie: kaisa]),
                body: A.body(["csrf": csrf, "item": "r/virtu", "assessor": "anna", "reason": " "])
            ) { response in
                #expect(response.status == .unprocessableContent && Self.text(response).contains("kerro syy"))
            }
            try await client.execute(
                uri: "/jaavaykset", method: .post, headers: A.form.merging([.cookie: kaisa]),
                body: A.body(["csrf": csrf, "item": "r/virtu", "assessor": "anna", "reason": "Työskennellyt <toimittajalla>"])
            ) { response in
                let html = Self.text(response)
                #expect(response.status == .ok && html.contains("Jääväys kirjattu."))
                #expect(html.contains("<td>Työskennellyt &lt;toimittajalla&gt;</td>") && html.contains("Anna (anna)"))
            }
            #expect(try fixture.store.auditEntries().last.map { [$0.action, $0.actor] } == ["exclusion.set", "kaisa"])

            let annaCSRF = try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: [.cookie: anna]) { response in
                try Self.csrf(Self.text(response))
            }
            try await client.execute(
                uri: "/arvioi/r/esteellisyys", method: .post, headers: A.form.merging([.cookie: anna]),
                body: A.body(["csrf": annaCSRF, "noties": "yes"])
            ) { _ in }
            try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: [.cookie: anna]) { response in
                let html = Self.text(response)
                #expect(html.contains("pisteytetty 0 / 11") && !html.contains("action=\"/arvioi/r/T1/virtu\""))
            }
            try await client.execute(
                uri: "/arvioi/r/T1/virtu", method: .post, headers: A.form.merging([.cookie: anna]),
                body: A.body(["csrf": annaCSRF, "score": "4", "rationale": "", "evidence": ""])
            ) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    /// The area grid scores many items in one form, all or nothing, keeping each item's rationale.
    @Test func theAreaGridSavesTheChangedCellsAllOrNothing() async throws {
        let (fixture, _) = try Self.fixture()

        try await fixture.app.test(.router) { client in
            let anna = try await A.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            let cookie: HTTPFields = [.cookie: anna]
            let csrf = try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) { try Self.csrf(Self.text($0)) }
            try await client.execute(
                uri: "/arvioi/r/esteellisyys", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "noties": "yes"])
            ) { _ in }
            try await client.execute(
                uri: "/arvioi/r/T1/virtu", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "score": "2", "rationale": "kept", "evidence": ""])
            ) { _ in }
            try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) { response in
                #expect(Self.text(response).contains("<a href=\"/taulukko/r/T\">T "))
            }
            try await client.execute(uri: "/taulukko/r/T", method: .get, headers: cookie) { response in
                let html = Self.text(response)
                #expect(html.contains("<select name=\"s.T1.virtu\" aria-labelledby=\"r-T1 h-virtu\">"))
                #expect(html.contains("<option value=\"2\" selected>2</option>") && html.contains("pisteytetty 1 / 22"))
            }
            try await client.execute(uri: "/taulukko/r/I", method: .get, headers: cookie) { response in
                #expect(response.status == .notFound)
            }
            let before = try fixture.store.auditEntries().count
            try await client.execute(
                uri: "/taulukko/r/T", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "s.T1.virtu": "4", "s.T2.omaolo": "9"])
            ) { response in
                #expect(response.status == .unprocessableContent && Self.text(response).contains("T2/omaolo"))
            }
            #expect(try fixture.store.auditEntries().count == before)
            try await client.execute(
                uri: "/taulukko/r/T", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "s.T1.virtu": "4", "s.T2.omaolo": "na", "s.T3.virtu": ""])
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/taulukko/r/T")
            }
            let scores = try fixture.store.scores(round: "r", visibleTo: .assessor("anna"))
            #expect(
                scores.map { "\($0.criterion)/\($0.solution)=\($0.value.code):\($0.rationale)" } == ["T2/omaolo=na:", "T1/virtu=4:kept"])
            #expect(try fixture.store.auditEntries().count == before + 2)
        }
    }
}
