import ArvioCore
import ArvioIO
import ArvioServer
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The public feedback form: anonymous (no cookie, nothing of the request stored), a response in the aggregates, the
/// honeypot and the form token refusing robots, and at most five responses from one address in ten minutes.
struct FeedbackRouteTests {
    typealias A = AccountRouteTests
    static let path = "/palaute/etavastaanotto-vahva-tunnistus"

    static func token(_ html: String) throws -> String {
        let match = try #require(html.firstMatch(of: /name="form" value="([^"]+)"/))
        return String(match.output.1)
    }

    @Test func aClientsAnswerIsStoredAnonymouslyAndAbuseIsBounded() async throws {
        let fixture = try A.Fixture()
        try await fixture.app.test(.router) { client in
            let token = try await client.execute(uri: Self.path + "?yksikko=Rovaniemi&lang=en", method: .get) { response in
                let html = A.text(response)
                #expect(response.status == .ok)
                #expect(response.headers[.setCookie] == nil)
                #expect(html.contains("How likely would you be to recommend the service you received"))
                #expect(html.contains("<legend>I received the service when I needed it.</legend>"))
                #expect(html.contains("class=\"hp\"") && html.contains("tabindex=\"-1\""))
                return try Self.token(html)
            }
            // Nothing answered: said, nothing stored.
            try await client.execute(
                uri: Self.path + "?yksikko=Rovaniemi", method: .post, headers: A.form, body: A.body(["form": token])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(A.text(response).contains("Vastaa ainakin yhteen kysymykseen"))
            }
            // A filled honeypot is thanked and dropped; a missing token is refused.
            try await client.execute(
                uri: Self.path, method: .post, headers: A.form, body: A.body(["form": token, "suositus": "10", "sivusto": "http://spam"])
            ) { response in #expect(response.status == .seeOther) }
            try await client.execute(uri: Self.path, method: .post, headers: A.form, body: A.body(["suositus": "10"])) { response in
                #expect(response.status == .forbidden)
            }
            let stored = try await fixture.queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM feedbackResponse") }
            #expect(stored == 0)

            // Five answers are taken, the sixth from the same address waits.
            for i in 0..<5 {
                try await client.execute(
                    uri: Self.path + "?yksikko=Rovaniemi", method: .post, headers: A.form,
                    body: A.body(["form": token, "suositus": "\(6 + i)", "v-saatavuus": "5", "avoin": "Nimeni on Matti"])
                ) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == Self.path + "/kiitos")
                    #expect(response.headers[.setCookie] == nil)
                }
            }
            try await client.execute(
                uri: Self.path, method: .post, headers: A.form, body: A.body(["form": token, "suositus": "10"])
            ) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "600")
            }
        }
        // Stored: the model, the unit of the link, the month, the answers; no address, no time, no browser.
        let rows = try fixture.queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM feedbackResponse") }
        #expect(rows.count == 5)
        #expect(
            Set(rows.first!.columnNames) == [
                "id", "survey", "model", "unit", "channel", "month", "recommendation", "answers", "freeText", "illustrative", "origin",
            ])
        #expect(rows.allSatisfy { $0["unit"] == "Rovaniemi" && $0["month"] == "2027-01" && $0["channel"] == "eta" })
        // In the aggregates: 6, 7, 8, 9, 10 → 2 promoters, 2 passives, 1 detractor.
        let tally = try fixture.store.feedbackTally(survey: try A.project().survey!)
        #expect(tally.total().nps == NPS(promoters: 2, passives: 2, detractors: 1))
    }

    @Test func aModelWithoutTheSurveyOrUnknownHasNoForm() async throws {
        let fixture = try A.Fixture()
        try await fixture.app.test(.router) { client in
            for uri in ["/palaute/ei-ole", "/palaute/etakonsultaatio"] {
                try await client.execute(uri: uri, method: .get) { response in #expect(response.status == .notFound, "\(uri)") }
            }
        }
    }
}

extension FeedbackRouteTests {
    /// The limiter alone: five from one address, then a wait of the window; other addresses meanwhile; everyone
    /// together bounded.
    @Test func theLimiterCountsPerAddressAndInAllAndForgets() {
        let limiter = FeedbackLimiter()
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        #expect((0..<5).allSatisfy { _ in limiter.admit("10.0.0.1", now: start) })
        #expect(!limiter.admit("10.0.0.1", now: start))
        #expect(limiter.admit("10.0.0.2", now: start))
        #expect(limiter.admit("10.0.0.1", now: start.addingTimeInterval(FeedbackLimiter.window)))
        let flood = FeedbackLimiter()
        var admitted = 0
        for i in 0..<(FeedbackLimiter.inAll + 10) where flood.admit("10.1.\(i / 250).\(i % 250)", now: start) { admitted += 1 }
        #expect(admitted == FeedbackLimiter.inAll)
    }
}
