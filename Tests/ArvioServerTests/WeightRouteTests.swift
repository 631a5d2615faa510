import ArvioCore
import ArvioIO
import ArvioServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Stakeholders give their own weights in the browser: points for the areas of an open round's model (and optionally
/// an area's criteria), checked with every problem named, saved under their account in the audit log, blind to each
/// other until the reveal, and refused after it.
struct WeightRouteTests {
    typealias A = AccountRouteTests

    @Test func aStakeholderGivesPointsSeesOnlyTheirOwnAndCannotChangeThemAfterTheReveal() async throws {
        let fixture = try A.Fixture()
        _ = try fixture.store.createRound(
            id: "r1", name: "Kierros <1>", solutions: ["virtu", "omaolo"], model: "asiantuntija-arvio", snapshot: "{}", illustrative: false,
            actor: "c", at: "2027-01-01T00:00:00Z")
        // Someone else's weights, given before: never on this person's page while the round is open.
        try fixture.store.recordStakeholderWeights(
            round: "r1",
            [
                StakeholderWeights(
                    stakeholder: "toinen", name: "Toinen", technique: .points,
                    areas: .init(weights: [Weight(id: "U", value: 77), Weight(id: "T", value: 11), Weight(id: "I", value: 12)]))
            ], actor: "toinen", at: "2027-01-01T00:00:00Z", sources: [])

        try await fixture.app.test(.router) { client in
            let pia: HTTPFields = [
                .cookie: try await A.accept(client, token: fixture.invitations[.procurement] ?? "", id: "pia", name: "Pia")
            ]
            let csrf = try await client.execute(uri: "/painot/r1", method: .get, headers: pia) { response in
                let html = A.text(response)
                #expect(response.status == .ok)
                #expect(html.contains("<h1>Kierros &lt;1&gt;: Omat painosi</h1>"))
                #expect(html.contains("<label for=\"a-U\">U Käytettävyys ja saavutettavuus</label>"))
                #expect(!html.contains("value=\"77") && !html.contains("Toinen"))
                return try ScoringRouteTests.csrf(html)
            }
            try await client.execute(uri: "/painot", method: .get, headers: pia) { response in
                #expect(A.text(response).contains("<a href=\"/painot/r1\">Kierros &lt;1&gt;</a> – ei vielä annettu"))
            }
            let form = A.form.merging(pia)

            // Every problem at once, nothing stored: a word for a number, a missing area, part of an area's criteria.
            try await client.execute(
                uri: "/painot/r1", method: .post, headers: form,
                body: A.body(["csrf": csrf, "a-U": "neljä", "a-T": "40", "c-T1": "3"])
            ) { response in
                let html = A.text(response)
                #expect(response.status == .unprocessableContent)
                #expect(html.contains("<li>&#39;U&#39;: &#39;neljä&#39; ei ole luku</li>"))
                #expect(html.contains("alueelle &#39;I&#39; ei ole annettu painoa"))
                #expect(html.contains("alueen &#39;T&#39; kriteerille &#39;T2&#39; ei ole annettu painoa"))
                #expect(html.contains("value=\"40\"") && html.contains("value=\"3\""))
            }
            #expect(try fixture.store.stakeholderWeights(round: "r1", visibleTo: "pia").isEmpty)

            try await client.execute(
                uri: "/painot/r1", method: .post, headers: form, body: A.body(["csrf": csrf, "a-U": "40", "a-T": "40,5", "a-I": "19.5"])
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/painot/r1?saved=1")
            }
            try await client.execute(uri: "/painot/r1?saved=1", method: .get, headers: pia) { response in
                let html = A.text(response)
                #expect(html.contains("<p class=\"notice\" role=\"status\">Painosi on tallennettu.</p>"))
                #expect(html.contains("<li>T Tietoturva ja tietosuoja: 40,5\u{00A0}%</li>"))
                #expect(html.contains("id=\"a-T\" name=\"a-T\" inputmode=\"decimal\" required value=\"40,5\""))
            }
            let stored = try #require(try fixture.store.stakeholderWeights(round: "r1", visibleTo: "pia").first)
            #expect(stored.stakeholder == "pia" && stored.name == "Pia" && stored.areas.weights.map(\.value) == [40, 40.5, 19.5])
            #expect(
                try fixture.store.auditEntries().last.map { [$0.action, $0.entity, $0.actor] } == ["weights.set", "weights/r1/pia", "pia"])

            // Revealed: both are in the record; the page and the form refuse.
            try fixture.store.advance("r1", to: .revealed, actor: "c", at: "2027-01-02T00:00:00Z")
            #expect(try fixture.store.record(of: "r1").stakeholders.map(\.stakeholder) == ["pia", "toinen"])
            try await client.execute(uri: "/painot/r1", method: .get, headers: pia) { response in
                #expect(A.text(response).contains("Kierros on paljastettu: painoja ei voi enää antaa"))
            }
            try await client.execute(
                uri: "/painot/r1", method: .post, headers: form, body: A.body(["csrf": csrf, "a-U": "1", "a-T": "1", "a-I": "1"])
            ) { response in
                #expect(response.status == .conflict)
            }
            #expect(try fixture.store.stakeholderWeights(round: "r1", visibleTo: "pia").first { $0.stakeholder == "pia" } == stored)
            try await client.execute(uri: "/painot/nope", method: .get, headers: pia) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
