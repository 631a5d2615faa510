import ArvioCore
import ArvioIO
import ArvioServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import Yams

/// The JSON API along its user's path: sign in with the page, take the CSRF token from `/api/v1/me`, declare, score;
/// and what each person may see — an assessor never another's scores while the round is open, by any route or id,
/// the coordinator and procurement none until it is revealed. The OpenAPI document describes exactly these routes.
struct APIRouteTests {
    typealias A = AccountRouteTests

    static let json: HTTPFields = [.contentType: "application/json"]

    /// The scoring fixture (round `r` of two solutions, Anna in area T) with Bea, a second assessor in the same area.
    static func fixture() throws -> (A.Fixture, bea: String) {
        let (fixture, _) = try ScoringRouteTests.fixture()
        try fixture.store.addAssessor(
            Assessor(id: "bea", name: "Bea", role: "security", areas: ["T"]), actor: "c", at: "2027-01-01T00:00:00Z")
        let token = Token.new()
        try fixture.store.invite(
            tokenHash: Token.hash(token), role: .assessor, assessor: "bea", createdBy: "kaisa", at: "2027-01-01T00:00:00Z",
            expiresAt: "2030-01-01T00:00:00Z")
        return (fixture, token)
    }

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])
    }

    static func array(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]])
    }

    static func me(_ client: some TestClientProtocol, _ cookie: String) async throws -> String {
        try await client.execute(uri: "/api/v1/me", method: .get, headers: [.cookie: cookie]) { response in
            #expect(response.status == .ok)
            return try #require(try object(response)["csrfToken"] as? String)
        }
    }

    static func body(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }

    @Test func anAssessorDeclaresAndScoresThroughTheAPIAndNobodyElseSeesItWhileOpen() async throws {
        let (fixture, beaToken) = try Self.fixture()

        try await fixture.app.test(.router) { client in
            let anna = try await A.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            let bea = try await A.accept(client, token: beaToken, id: "bea", name: "Bea")
            let coordinator = try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")
            let procurement = try await A.accept(client, token: fixture.invitations[.procurement] ?? "", id: "paula")
            let csrf = try await Self.me(client, anna)
            let annaWrites: HTTPFields = Self.json.merging([.cookie: anna, .csrfToken: csrf])
            let item = "/api/v1/rounds/r/scores/anna/virtu/T1"

            try await client.execute(uri: "/api/v1/me", method: .get) { response in
                #expect(response.status == .unauthorized && response.headers[.contentType]?.hasPrefix("application/json") == true)
            }
            // A known address asked with a method it does not take; a language the API does not speak.
            try await client.execute(uri: "/api/v1/rounds/r/declaration", method: .delete, headers: [.cookie: anna]) { response in
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "PUT")
            }
            try await client.execute(uri: "/api/v1/me?lang=sv", method: .get, headers: [.cookie: anna]) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/api/v1/rounds", method: .get, headers: [.cookie: anna]) { response in
                let rounds = try Self.array(response)
                #expect(rounds.map { $0["id"] as? String } == ["r"])
                #expect((rounds.first?["progress"] as? [String: Any])?["total"] as? Int == 22)
                #expect((rounds.first?["progress"] as? [String: Any])?["declared"] as? Bool == false)
            }
            // The declaration comes first; a write needs the CSRF header and a JSON body.
            try await client.execute(uri: item, method: .put, headers: annaWrites, body: Self.body(#"{"score": "4"}"#)) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/declaration", method: .put, headers: Self.json.merging([.cookie: anna]),
                body: Self.body(#"{"noConflictOfInterest": true}"#)
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/declaration", method: .put, headers: A.form.merging([.cookie: anna, .csrfToken: csrf]),
                body: Self.body("noConflictOfInterest=true")
            ) { response in
                #expect(response.status == .unsupportedMediaType)
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/declaration", method: .put, headers: annaWrites, body: Self.body(#"{"noConflictOfInterest": false}"#)
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/declaration", method: .put, headers: annaWrites, body: Self.body(#"{"noConflictOfInterest": true}"#)
            ) { response in
                #expect(response.status == .ok)
                let round = try Self.object(response)
                #expect((round["progress"] as? [String: Any])?["declared"] as? Bool == true)
            }
            // Checked as `arvio score` checks a score; saved with the signed-in person as the audit actor.
            try await client.execute(uri: item, method: .put, headers: annaWrites, body: Self.body(#"{"score": "9"}"#)) { response in
                let refusal = try Self.object(response)
                #expect(response.status == .unprocessableContent && refusal["fields"] as? [String] == ["score"])
            }
            try await client.execute(uri: item, method: .put, headers: annaWrites, body: Self.body("not json")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(
                uri: item, method: .put, headers: annaWrites,
                body: Self.body(#"{"score": "4", "rationale": "Suomi.fi", "evidence": ["https://example.org/a"]}"#)
            ) { response in
                let score = try Self.object(response)
                #expect(
                    response.status == .ok && score["score"] as? String == "4"
                        && score["evidence"] as? [String] == ["https://example.org/a"])
            }
            #expect(try fixture.store.auditEntries().last?.actor == "anna")
            try await client.execute(uri: item, method: .get, headers: [.cookie: anna]) { response in
                let score = try Self.object(response)
                #expect(response.status == .ok && score["rationale"] as? String == "Suomi.fi")
            }

            // Bea, in the same area: not Anna's score by its id, not in her list, and no writing it.
            let beaCSRF = try await Self.me(client, bea)
            try await client.execute(uri: item, method: .get, headers: [.cookie: bea]) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/rounds/r/scores", method: .get, headers: [.cookie: bea]) { response in
                let scores = try Self.array(response)
                #expect(scores.isEmpty)
            }
            try await client.execute(
                uri: item, method: .put, headers: Self.json.merging([.cookie: bea, .csrfToken: beaCSRF]),
                body: Self.body(#"{"score": "0"}"#)
            ) { response in
                #expect(response.status == .forbidden)
            }
            // The coordinator and procurement: no scores while the round is open; procurement not even the round.
            for cookie in [coordinator, procurement] {
                try await client.execute(uri: item, method: .get, headers: [.cookie: cookie]) { response in
                    #expect(response.status == .notFound)
                }
            }
            try await client.execute(uri: "/api/v1/rounds/r/scores", method: .get, headers: [.cookie: coordinator]) { response in
                let scores = try Self.array(response)
                #expect(response.status == .ok && scores.isEmpty)
            }
            try await client.execute(uri: "/api/v1/rounds/r", method: .get, headers: [.cookie: procurement]) { response in
                #expect(response.status == .notFound)
            }

            // Revealed: everyone who may see the round sees every score; nobody can score any more.
            try fixture.store.advance("r", to: .revealed, actor: "kaisa", at: "2027-01-02T00:00:00Z")
            for cookie in [procurement, coordinator, bea] {
                try await client.execute(uri: "/api/v1/rounds/r/scores", method: .get, headers: [.cookie: cookie]) { response in
                    let scores = try Self.array(response)
                    #expect(scores.map { $0["assessor"] as? String } == ["anna"])
                }
            }
            try await client.execute(uri: item, method: .put, headers: annaWrites, body: Self.body(#"{"score": "5"}"#)) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    /// The OpenAPI document in the repository names exactly the API's routes, with their access: public, signed in,
    /// or signed in with the CSRF token; and the server serves that same file.
    /// The coordinator's decisions through the API: an exclusion while the round is open, then — once it is revealed —
    /// a verdict and an agreed value, each audited under the coordinator; procurement reads verdicts and agreed values
    /// only once the round is revealed, never writes them; refusals say which field and why.
    @Test func theCoordinatorRecordsVerdictsAgreedValuesAndExclusionsThroughTheAPI() async throws {
        let (fixture, _) = try Self.fixture()

        try await fixture.app.test(.router) { client in
            let kaisa = try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")
            let paula = try await A.accept(client, token: fixture.invitations[.procurement] ?? "", id: "paula")
            let writes = Self.json.merging([.cookie: kaisa, .csrfToken: try await Self.me(client, kaisa)])
            let paulaWrites = Self.json.merging([.cookie: paula, .csrfToken: try await Self.me(client, paula)])

            try await client.execute(
                uri: "/api/v1/rounds/r/exclusions/bea/virtu", method: .put, headers: writes,
                body: Self.body(#"{"reason": "  "}"#)
            ) { response in
                let fields = try Self.object(response)["fields"] as? [String]
                #expect(response.status == .unprocessableContent && fields == ["reason"])
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/exclusions/bea/virtu", method: .put, headers: writes,
                body: Self.body(#"{"reason": "worked for the vendor in 2025"}"#)
            ) { response in
                let exclusion = try Self.object(response)
                #expect(response.status == .ok && exclusion["excludedBy"] as? String == "kaisa")
            }
            try await client.execute(uri: "/api/v1/rounds/r/exclusions", method: .get, headers: [.cookie: kaisa]) { response in
                let rows = try Self.array(response)
                #expect(rows.map { $0["assessor"] as? String } == ["bea"])
            }
            try await client.execute(uri: "/api/v1/rounds/r/verdicts", method: .get, headers: [.cookie: paula]) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/agreed/virtu/T1", method: .put, headers: writes,
                body: Self.body(#"{"value": "4", "rationale": "too early"}"#)
            ) { response in
                #expect(response.status == .conflict)
            }
            try fixture.store.advance("r", to: .revealed, actor: "kaisa", at: "2027-01-03T00:00:00Z")

            try await client.execute(
                uri: "/api/v1/rounds/r/verdicts/virtu/KO-T1", method: .put, headers: writes,
                body: Self.body(#"{"met": true, "rationale": "Suomi.fi-tunnistus todettu"}"#)
            ) { response in
                let verdict = try Self.object(response)
                #expect(response.status == .ok && verdict["met"] as? Bool == true && verdict["recordedBy"] as? String == "kaisa")
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/verdicts/virtu/KO-T99", method: .put, headers: writes,
                body: Self.body(#"{"met": true, "rationale": "x"}"#)
            ) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/agreed/virtu/T1", method: .put, headers: writes,
                body: Self.body(#"{"value": "7", "rationale": "x"}"#)
            ) { response in
                let fields = try Self.object(response)["fields"] as? [String]
                #expect(response.status == .unprocessableContent && fields == ["value"])
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/agreed/virtu/T1", method: .put, headers: writes,
                body: Self.body(#"{"value": "na", "rationale": "the meeting: not applicable to this app"}"#)
            ) { response in
                let agreed = try Self.object(response)
                #expect(response.status == .ok && agreed["value"] as? String == "na" && agreed["recordedBy"] as? String == "kaisa")
            }
            try await client.execute(
                uri: "/api/v1/rounds/r/agreed/virtu/T1", method: .put, headers: paulaWrites,
                body: Self.body(#"{"value": "5", "rationale": "procurement may not"}"#)
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/rounds/r/agreed", method: .get, headers: [.cookie: paula]) { response in
                let rows = try Self.array(response)
                #expect(rows.map { [$0["criterion"] as? String, $0["value"] as? String] } == [["T1", "na"]])
            }
            try await client.execute(uri: "/api/v1/rounds/r/verdicts", method: .get, headers: [.cookie: paula]) { response in
                let rows = try Self.array(response)
                #expect(rows.map { $0["rule"] as? String } == ["KO-T1"])
            }
            try await client.execute(uri: "/api/v1/rounds/r/exclusions", method: .get, headers: [.cookie: paula]) { response in
                #expect(response.status == .forbidden)
            }
            let actions = try fixture.store.auditEntries().filter { $0.actor == "kaisa" }.map(\.action)
            #expect(actions.suffix(4) == ["exclusion.set", "round.reveal", "verdict.set", "agreed.set"])
            #expect(try fixture.store.verifyAudit().isEmpty)
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheRoutes() async throws {
        let fixture = try A.Fixture()
        let routes = ArvioServer.buildRouter(fixture.services, configuration: .init()).routes.filter { $0.path.hasPrefix("/api/") }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ArvioServer/API/openapi.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])

        var described: [String: String] = [:]
        for (path, item) in paths {
            for (method, operation) in item where method != "parameters" {
                let security = (operation as? [String: Any])?["security"] as? [[String: Any]]
                let access =
                    security == nil
                    ? "session" : security?.isEmpty == true ? "public" : security?.first?["csrf"] != nil ? "session+csrf" : "session"
                described["\(method.uppercased()) \(path)"] = access
            }
        }
        var registered: [String: String] = [:]
        for route in routes {
            let path = route.path.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }.joined(
                separator: "/")
            let access: String
            switch route.access {
            case .everyone: access = "public"
            case .signedIn: access = route.method == .get ? "session" : "session+csrf"
            }
            registered["\(route.method) /\(path)"] = access
        }
        #expect(described == registered)

        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/api/v1/openapi.yaml", method: .get) { response in
                #expect(response.status == .ok && String(buffer: response.body) == text)
            }
        }
    }
}
