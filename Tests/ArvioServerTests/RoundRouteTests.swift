import ArvioCore
import ArvioIO
import ArvioServer
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The coordinator runs a round's life in the browser: opens it, follows its progress as counts (never a score
/// value, rationale or link while it is open), copies the reminders, reveals and closes it — each change audited under
/// the signed-in coordinator.
struct RoundRouteTests {
    typealias A = AccountRouteTests

    @Test func theCoordinatorOpensFollowsAndRevealsARound() async throws {
        let fixture = try A.Fixture()

        try await fixture.app.test(.router) { client in
            let kaisa: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")]
            let csrf = try await client.execute(uri: "/kierrokset", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(response.status == .ok && html.contains("name=\"solution\" value=\"virtu\""))
                return try ScoringRouteTests.csrf(html)
            }
            let form = A.form.merging(kaisa)
            try await client.execute(
                uri: "/kierrokset", method: .post, headers: form, body: A.body(["csrf": csrf, "id": "uusi", "model": "asiantuntija-arvio"])
            ) { response in
                #expect(response.status == .unprocessableContent && A.text(response).contains("Valitse vähintään yksi ratkaisu."))
            }
            try await client.execute(
                uri: "/kierrokset", method: .post, headers: form,
                body: ByteBuffer(string: "csrf=\(csrf)&id=..%2Fx&model=asiantuntija-arvio&solution=virtu")
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/kierrokset", method: .post, headers: form,
                body: ByteBuffer(string: "csrf=\(csrf)&id=uusi&name=Uusi+kierros&model=asiantuntija-arvio&solution=virtu&solution=omaolo")
            ) { response in
                #expect(response.status == .seeOther && response.headers[.location] == "/kierrokset/uusi")
            }
            let round = try fixture.store.round("uusi")
            #expect(round.solutions == ["virtu", "omaolo"] && round.name == "Uusi kierros" && round.state == .open)
            #expect(try fixture.store.auditEntries().last.map { [$0.action, $0.actor] } == ["round.create", "kaisa"])

            // Anna declares and scores one item: the coordinator sees the count and when, not the score.
            try fixture.store.declare(round: "uusi", assessor: "anna", statement: "ok", actor: "anna", at: "2027-01-02T09:00:00Z")
            try fixture.store.save(
                [
                    ExpertScore(
                        round: "uusi", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4),
                        rationale: "SALAINEN perustelu",
                        evidence: ["https://salainen.example"], recordedAt: "2027-01-02T10:00:00Z")
                ], actor: "anna", at: "2027-01-02T10:00:00Z")
            try await client.execute(uri: "/kierrokset/uusi", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("<th scope=\"row\">Anna (anna)</th><td>kyllä</td><td>1 / 22 (4,5\u{00A0}%)</td><td>T 1 / 22</td>"))
                #expect(html.contains("Anna (anna): 21 kohtaa pisteyttämättä"))
                #expect(!html.contains("SALAINEN") && !html.contains("salainen.example"))
                // Nothing to say renders nothing: no empty alert, no link to a consensus meeting that cannot be held yet.
                #expect(!html.contains("role=\"alert\"></p>") && !html.contains("/konsensus"))
            }

            // Closing an open round skips a step: refused. Revealing it is the coordinator's act in the log.
            try await client.execute(
                uri: "/kierrokset/uusi/tila", method: .post, headers: form, body: A.body(["csrf": csrf, "to": "closed"])
            ) {
                response in
                #expect(response.status == .conflict)
            }
            try await client.execute(
                uri: "/kierrokset/uusi/tila", method: .post, headers: form, body: A.body(["csrf": csrf, "to": "revealed"])
            ) { response in
                #expect(response.status == .seeOther)
            }
            #expect(try fixture.store.round("uusi").state == .revealed)
            #expect(try fixture.store.auditEntries().last.map { [$0.action, $0.actor] } == ["round.reveal", "kaisa"])
            try await client.execute(uri: "/kierrokset/uusi?lang=en", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("<button type=\"submit\">Close the round</button>") && html.contains("revealed"))
            }
        }
    }

    /// The same round life through the JSON API, for another system: open, progress as counts, reveal.
    @Test func theCoordinatorRunsARoundThroughTheAPI() async throws {
        let fixture = try A.Fixture()

        try await fixture.app.test(.router) { client in
            let kaisa = try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")
            let anna = try await A.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")
            let writes = APIRouteTests.json.merging([.cookie: kaisa, .csrfToken: try await APIRouteTests.me(client, kaisa)])
            let open = APIRouteTests.body(#"{"id": "api", "solutions": ["virtu", "omaolo"]}"#)
            try await client.execute(
                uri: "/api/v1/rounds", method: .post,
                headers: APIRouteTests.json.merging([.cookie: anna, .csrfToken: try await APIRouteTests.me(client, anna)]), body: open
            ) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/rounds", method: .post, headers: writes, body: open) { response in
                let round = try APIRouteTests.object(response)
                #expect(
                    response.status == .created && round["state"] as? String == "open" && round["model"] as? String == "asiantuntija-arvio")
            }
            try await client.execute(uri: "/api/v1/rounds", method: .post, headers: writes, body: open) { response in
                #expect(response.status == .unprocessableContent)
            }
            try fixture.store.save(
                [
                    ExpertScore(
                        round: "api", solution: "omaolo", criterion: "T3", assessor: "anna", value: .points(2), rationale: "x", evidence: []
                    )
                ],
                actor: "anna", at: "2027-01-03T10:00:00Z")
            try await client.execute(uri: "/api/v1/rounds/api/progress", method: .get, headers: [.cookie: kaisa]) { response in
                let progress = try APIRouteTests.array(response)
                #expect(progress.count == 1 && progress.first?["assessor"] as? String == "anna")
                #expect(progress.first?["scored"] as? Int == 1 && progress.first?["total"] as? Int == 22)
                #expect(progress.first?["lastActivity"] as? String == "2027-01-03T10:00:00Z" && progress.first?["score"] == nil)
            }
            try await client.execute(
                uri: "/api/v1/rounds/api/state", method: .put, headers: writes, body: APIRouteTests.body(#"{"state": "closed"}"#)
            ) { response in
                #expect(response.status == .conflict)
            }
            try await client.execute(
                uri: "/api/v1/rounds/api/state", method: .put, headers: writes, body: APIRouteTests.body(#"{"state": "revealed"}"#)
            ) { response in
                let round = try APIRouteTests.object(response)
                #expect(response.status == .ok && round["state"] as? String == "revealed")
            }
            #expect(try fixture.store.auditEntries().last.map { [$0.action, $0.actor] } == ["round.reveal", "kaisa"])
        }
    }

    /// The consensus meeting: nothing while the round is open; once revealed, the items the assessors differ on with
    /// each score and rationale, without names unless asked, and a verdict recorded with its rationale.
    @Test func theConsensusMeetingShowsTheDisagreementsAndRecordsAVerdict() async throws {
        let (fixture, _) = try ScoringRouteTests.fixture()
        try fixture.store.addAssessor(
            Assessor(id: "bea", name: "Bea", role: "security", areas: ["T"]), actor: "c", at: "2027-01-01T00:00:00Z")
        let score = { (assessor: String, points: Double, why: String) in
            ExpertScore(
                round: "r", solution: "virtu", criterion: "T1", assessor: assessor, value: .points(points), rationale: why, evidence: [])
        }
        try fixture.store.save(
            [score("anna", 5, "vahva tunnistus"), score("bea", 1, "vain salasana")], actor: "c", at: "2027-01-02T00:00:00Z")

        try await fixture.app.test(.router) { client in
            let kaisa: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")]
            try await client.execute(uri: "/kierrokset/r/konsensus", method: .get, headers: kaisa) { response in
                #expect(response.status == .notFound)
            }
            try fixture.store.advance("r", to: .revealed, actor: "kaisa", at: "2027-01-03T00:00:00Z")
            let csrf = try await client.execute(uri: "/kierrokset/r/konsensus", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("<h3>Virtu.fi ja OmaVirtu: T1 Asiakkaan vahva sähköinen tunnistaminen (1–5)</h3>"))
                #expect(html.contains("<li>Arvioija 1: <strong>5</strong> – vahva tunnistus</li>"))
                #expect(html.contains("<li>Arvioija 2: <strong>1</strong> – vain salasana</li>") && !html.contains("Bea"))
                return try ScoringRouteTests.csrf(html)
            }
            try await client.execute(uri: "/kierrokset/r/konsensus?nimet=1", method: .get, headers: kaisa) { response in
                #expect(A.text(response).contains("<li>Bea: <strong>1</strong> – vain salasana</li>"))
            }
            let form = A.form.merging(kaisa)
            try await client.execute(
                uri: "/kierrokset/r/konsensus", method: .post, headers: form,
                body: A.body(["csrf": csrf, "item": "virtu/KO-T1", "met": "no"])
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            // A rule that does not cover the solution is not among the choices; asked for anyway, it is refused.
            let project = fixture.services.project
            let virtu = try #require(project.solution("virtu"))
            let other = try #require(
                project.criteria.knockOutRules.first { !$0.covers(virtu, applicability: project.criteria.applicability) })
            try await client.execute(
                uri: "/kierrokset/r/konsensus", method: .post, headers: form,
                body: A.body(["csrf": csrf, "item": "virtu/\(other.id)", "met": "yes", "rationale": "väärä sääntö"])
            ) { response in
                #expect(response.status == .unprocessableContent)
            }
            try await client.execute(
                uri: "/kierrokset/r/konsensus", method: .post, headers: form,
                body: A.body(["csrf": csrf, "item": "virtu/KO-T1", "met": "yes", "rationale": "Kokous 3.1.: Suomi.fi-tunnistus todettu"])
            ) { response in
                #expect(response.status == .seeOther)
            }
            let verdicts = try fixture.store.verdicts(round: "r")
            #expect(
                verdicts.map { [$0.solution, $0.rule, $0.met ? "met" : "not", $0.recordedBy] } == [["virtu", "KO-T1", "met", "kaisa"]])
            try await client.execute(uri: "/kierrokset/r/konsensus", method: .get, headers: kaisa) { response in
                #expect(A.text(response).contains("<td>Kokous 3.1.: Suomi.fi-tunnistus todettu</td>"))
            }
        }
    }

    /// The agreed value of a disputed item: its form starts from the assessors' median, an empty rationale or a value
    /// off the scale is refused with the reason, and the recorded value is shown, audited under the coordinator and
    /// used by procurement's ranking at once.
    @Test func theConsensusMeetingRecordsAnAgreedValueThatTheResultsUse() async throws {
        let (fixture, _) = try ScoringRouteTests.fixture()
        try fixture.store.addAssessor(
            Assessor(id: "bea", name: "Bea", role: "security", areas: ["T"]), actor: "c", at: "2027-01-01T00:00:00Z")
        let score = { (assessor: String, points: Double) in
            ExpertScore(
                round: "r", solution: "virtu", criterion: "T1", assessor: assessor, value: .points(points), rationale: "", evidence: [])
        }
        try fixture.store.save([score("anna", 4), score("bea", 1)], actor: "c", at: "2027-01-02T00:00:00Z")
        try fixture.store.advance("r", to: .revealed, actor: "kaisa", at: "2027-01-03T00:00:00Z")

        try await fixture.app.test(.router) { client in
            let kaisa: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")]
            let csrf = try await client.execute(uri: "/kierrokset/r/konsensus", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("<p>Arvioijien mediaani: 2,5.</p>"))
                #expect(html.contains(#"<option value="3" selected>3</option>"#))
                #expect(html.contains(#"<input type="hidden" name="item" value="virtu/T1">"#))
                return try ScoringRouteTests.csrf(html)
            }
            let form = A.form.merging(kaisa)
            for bad in [
                ["value": "4", "rationale": " "], ["value": "7", "rationale": "x"], ["value": "4", "rationale": "x", "item": "virtu/Q9"],
            ] {
                try await client.execute(
                    uri: "/kierrokset/r/konsensus/sovittu", method: .post, headers: form,
                    body: A.body(["csrf": csrf, "item": "virtu/T1"].merging(bad) { $1 })
                ) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(A.text(response).contains("Valitse sovittu arvo asteikolta ja kirjoita perustelu."))
                }
            }
            #expect(try fixture.store.agreedScores(round: "r").isEmpty)
            try await client.execute(
                uri: "/kierrokset/r/konsensus/sovittu", method: .post, headers: form,
                body: A.body(["csrf": csrf, "item": "virtu/T1", "value": "4", "rationale": "Demo 3.1.: vahva tunnistus näytettiin"])
            ) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/kierrokset/r/konsensus#k-virtu-T1")
            }
            #expect(try fixture.store.agreedScores(round: "r").map { [$0.value.code, $0.recordedBy] } == [["4", "kaisa"]])
            #expect(
                try fixture.store.auditEntries().last.map { [$0.action, $0.actor, $0.entity] } == [
                    "agreed.set", "kaisa", "agreed/r/virtu/T1",
                ])
            try await client.execute(uri: "/kierrokset/r/konsensus", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("Sovittu arvo: <strong>4</strong> – Demo 3.1.: vahva tunnistus näytettiin (kaisa, "))
                #expect(html.contains(#"<option value="4" selected>4</option>"#))
                #expect(html.contains("<td>Demo 3.1.: vahva tunnistus näytettiin</td>"))
            }
            #expect(
                try RoundEvaluation(fixture.store.record(of: "r"), project: fixture.services.project).items.first {
                    $0.solution == "virtu" && $0.criterion == "T1"
                }?.value == 4)
            try fixture.store.advance("r", to: .closed, actor: "kaisa", at: "2027-01-04T00:00:00Z")
            try await client.execute(uri: "/kierrokset/r/konsensus", method: .get, headers: kaisa) { response in
                #expect(!A.text(response).contains("/konsensus/sovittu"))
            }
            try await client.execute(
                uri: "/kierrokset/r/konsensus/sovittu", method: .post, headers: form,
                body: A.body(["csrf": csrf, "item": "virtu/T1", "value": "5", "rationale": "late"])
            ) { response in
                #expect(response.status == .conflict)
                #expect(A.text(response).contains("sovitun arvon voi kirjata vain paljastetulle kierrokselle"))
            }
        }
    }

    /// The audit log page verifies the chain on every visit (an edit made behind Arvio's back is named), shows the head
    /// and checks a published one, lists who did what by name a page at a time, and shows no row's content.
    @Test func theAuditLogPageVerifiesShowsTheHeadAndPagesTheEntries() async throws {
        let (fixture, _) = try ScoringRouteTests.fixture()
        let scores = (1...60).map { index in
            ExpertScore(
                round: "r", solution: index.isMultiple(of: 2) ? "virtu" : "omaolo", criterion: "T\(index % 10 + 1)", assessor: "anna",
                value: .points(Double(index % 6)), rationale: "salainen perustelu \(index)", evidence: [])
        }
        try fixture.store.save(scores, actor: "anna", at: "2027-01-02T00:00:00Z")

        try await fixture.app.test(.router) { client in
            let kaisa: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.coordinator] ?? "", id: "kaisa")]
            let head = try fixture.store.auditHead()
            try await client.execute(uri: "/loki", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(response.status == .ok)
                #expect(html.contains("Ketju on ehjä") && html.contains("<code>\(head)</code>"))
                #expect(html.contains("<td>kierros avattu</td>") == false)  // the newest page holds the last 50 entries only
                #expect(html.contains("<th scope=\"row\">\(head.sequence)</th>") && html.contains("<td>piste annettu</td>"))
                #expect(!html.contains("salainen perustelu"))
                #expect(html.contains("href=\"/loki?ennen=\(head.sequence - 49)\""))
            }
            try await client.execute(uri: "/loki?ennen=\(head.sequence - 49)&lang=en", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("<td>round opened</td>") && html.contains("<a href=\"/loki?lang=en\">Newest entries</a>"))
                #expect(!html.contains("Older entries"))
            }
            try await client.execute(uri: "/loki?paa=\(head)", method: .get, headers: kaisa) { response in
                #expect(A.text(response).contains("Loki jatkaa tätä päätä"))
            }
            try await client.execute(uri: "/loki?paa=12:" + String(repeating: "a", count: 64), method: .get, headers: kaisa) { response in
                #expect(A.text(response).contains("Loki ei jatka tätä päätä"))
            }
            try await client.execute(uri: "/loki?paa=%3Cb%3E", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("&#39;&lt;b&gt;&#39; ei ole lokin pää") || html.contains("'&lt;b&gt;' ei ole lokin pää"))
            }
            try await fixture.queue.write { db in try db.execute(sql: "UPDATE expertScore SET points = 5 WHERE criterionID = 'T1'") }
            try await client.execute(uri: "/loki", method: .get, headers: kaisa) { response in
                let html = A.text(response)
                #expect(html.contains("Tarkastusloki ei ole eheä:"))
                #expect(html.contains("score/r/virtu/T1/anna poikkeaa siitä, mitä tarkastusloki viimeksi kirjasi"))
            }
        }
    }
}
