import ArvioIO
import ArvioServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route × every kind of visitor: the rule each route is registered with is written out here, so that adding a
/// route or loosening a rule fails this test until the table says so; then each route is asked by an anonymous
/// visitor and by a signed-in person of each role, and must answer as its rule says.
struct AuthorizationTests {
    static let coordinatorOnly = Access.signedIn([.coordinator])
    static let assessorOnly = Access.signedIn([.assessor])

    static let expected: [String: Access] = [
        "GET /health": .everyone, "GET /favicon.ico": .everyone, "GET /app.css": .everyone, "GET /app.js": .everyone,
        "GET /kutsu/:token": .everyone, "POST /kutsu/:token": .everyone,
        "GET /kirjautuminen": .everyone, "POST /kirjautuminen": .everyone,
        "POST /uloskirjautuminen": .anyRole, "GET /oma": .anyRole,
        "GET /palaute/:model": .everyone, "GET /palaute/:model/kiitos": .everyone, "POST /palaute/:model": .everyone,
        "GET /painot": .anyRole, "GET /painot/:round": .anyRole, "POST /painot/:round": .anyRole,
        "GET /kutsut": coordinatorOnly, "POST /kutsut": coordinatorOnly,
        "GET /jaavaykset": coordinatorOnly, "POST /jaavaykset": coordinatorOnly,
        "GET /kierrokset": coordinatorOnly, "POST /kierrokset": coordinatorOnly, "GET /kierrokset/:round": coordinatorOnly,
        "POST /kierrokset/:round/tila": coordinatorOnly, "GET /kierrokset/:round/konsensus": coordinatorOnly,
        "POST /kierrokset/:round/konsensus": coordinatorOnly, "POST /kierrokset/:round/konsensus/sovittu": coordinatorOnly,
        "GET /loki": coordinatorOnly,
        "GET /tulokset": .signedIn([.procurement, .coordinator]), "GET /tulokset/:round": .signedIn([.procurement, .coordinator]),
        "GET /tulokset/:round/laatupisteet.csv": .signedIn([.procurement, .coordinator]),
        "GET /tulokset/:round/raportti": .signedIn([.procurement, .coordinator]),
        "GET /tulokset/:round/lataa/:file": .signedIn([.procurement, .coordinator]),
        "GET /arvioi": assessorOnly, "GET /arvioi/:round": assessorOnly, "POST /arvioi/:round/esteellisyys": assessorOnly,
        "GET /tyokirja/:round": assessorOnly, "GET /tyokirja/:round/xlsx": assessorOnly, "POST /tyokirja/:round": assessorOnly,
        "GET /taulukko/:round/:area": assessorOnly, "POST /taulukko/:round/:area": assessorOnly,
        "GET /arvioi/:round/:criterion": assessorOnly, "POST /arvioi/:round/:criterion/:solution": assessorOnly,
        "GET /": .everyone, "GET /**": .everyone,
        "GET /api/v1/openapi.yaml": .everyone, "GET /api/v1/me": .anyRole, "GET /api/v1/rounds": .anyRole,
        "GET /api/v1/rounds/:round": .anyRole, "PUT /api/v1/rounds/:round/declaration": assessorOnly,
        "GET /api/v1/rounds/:round/scores": .anyRole, "GET /api/v1/rounds/:round/scores/:assessor/:solution/:criterion": .anyRole,
        "PUT /api/v1/rounds/:round/scores/:assessor/:solution/:criterion": assessorOnly,
        "POST /api/v1/rounds": coordinatorOnly, "PUT /api/v1/rounds/:round/state": coordinatorOnly,
        "GET /api/v1/rounds/:round/progress": coordinatorOnly,
        "GET /api/v1/rounds/:round/verdicts": .signedIn([.coordinator, .procurement]),
        "PUT /api/v1/rounds/:round/verdicts/:solution/:rule": coordinatorOnly,
        "GET /api/v1/rounds/:round/agreed": .signedIn([.coordinator, .procurement]),
        "PUT /api/v1/rounds/:round/agreed/:solution/:criterion": coordinatorOnly,
        "GET /api/v1/rounds/:round/exclusions": coordinatorOnly,
        "PUT /api/v1/rounds/:round/exclusions/:assessor/:solution": coordinatorOnly,
    ]

    @Test func everyRouteHasTheRuleTheTableGivesIt() throws {
        let fixture = try AccountRouteTests.Fixture()
        let table = ArvioServer.buildRouter(fixture.services, configuration: .init())
        let registered = Dictionary(uniqueKeysWithValues: table.routes.map { ("\($0.method) \($0.path)", $0.access) })

        #expect(registered == Self.expected)
    }

    @Test func everyRouteAnswersEveryVisitorByItsRule() async throws {
        let fixture = try AccountRouteTests.Fixture()
        let routes = ArvioServer.buildRouter(fixture.services, configuration: .init()).routes

        try await fixture.app.test(.router) { client in
            var cookies: [AccountRole: String] = [:]
            for role in AccountRole.allCases {
                cookies[role] = try await AccountRouteTests.accept(client, token: fixture.invitations[role] ?? "", id: role.rawValue)
            }
            let visitors: [(String, AccountRole?)] = [("anonymous", nil)] + AccountRole.allCases.map { ($0.rawValue, $0) }
            for route in routes {
                let uri = route.path.replacingOccurrences(of: "**", with: "models/video.html").replacingOccurrences(
                    of: ":token", with: "used-or-unknown")
                for (visitor, role) in visitors {
                    let headers: HTTPFields = role.flatMap { cookies[$0] }.map { [.cookie: $0] } ?? [:]
                    try await client.execute(uri: uri, method: route.method, headers: headers) { response in
                        let status = response.status
                        switch (route.access, role) {
                        case (.everyone, _) where route.method == .get:
                            #expect(![.unauthorized, .forbidden, .internalServerError].contains(status), "\(route.path) \(visitor)")
                        case (.everyone, _):
                            // Open to all; the sign-in form's own token may still refuse an empty post (403).
                            #expect(![.unauthorized, .internalServerError].contains(status), "\(route.path) \(visitor)")
                        case (.signedIn, nil):
                            // A page asks the person to sign in; a form and the API are simply unauthorised.
                            let page = route.method == .get && !route.path.hasPrefix("/api/")
                            #expect(status == (page ? .seeOther : .unauthorized), "\(route.path) \(visitor)")
                        case (.signedIn(let roles), let role?) where !roles.contains(role):
                            #expect(status == .forbidden, "\(route.path) \(visitor)")
                        case (.signedIn, _?) where route.method == .get:
                            // Allowed; an object the path names that does not exist is not found.
                            let expected: [HTTPResponse.Status] = route.path.contains(":") ? [.ok, .notFound] : [.ok]
                            #expect(expected.contains(status), "\(route.path) \(visitor)")
                        case (.signedIn, _?):
                            // Allowed; a form or an API write without its CSRF token is still refused (an upload's token
                            // is inside its multipart body, so an empty body is not an upload at all: 400).
                            let refused: [HTTPResponse.Status] =
                                route.path.hasPrefix("/tyokirja/") ? [.forbidden, .badRequest] : [.forbidden]
                            #expect(refused.contains(status), "\(route.path) \(visitor)")
                        }
                    }
                }
            }
        }
    }
}
