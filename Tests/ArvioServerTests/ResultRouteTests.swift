import ArvioCore
import ArvioIO
import ArvioServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Procurement reads a revealed round: the ranking under the weight model, and a what-if whose weights are in the
/// address; moving a weight past the stability bound the page states changes the leader.
struct ResultRouteTests {
    typealias A = AccountRouteTests

    /// Two criteria do not decide the must-have rules: every rule covering round `r`'s solutions recorded as met, so
    /// that the ranking is of the scores.
    static func everyRuleMet(_ store: ScoreStore, _ project: Project) throws {
        for solution in ["virtu", "omaolo"].compactMap(project.solution) {
            for rule in project.criteria.knockOutRules where rule.covers(solution, applicability: project.criteria.applicability) {
                try store.recordVerdict(
                    round: "r", solution: solution.id, rule: rule.id, met: true, rationale: "test", actor: "c", at: "2027-01-03T00:00:00Z")
            }
        }
    }

    @Test func procurementMovesAnAreaWeightPastItsBoundAndTheLeaderChanges() async throws {
        let (fixture, _) = try ScoringRouteTests.fixture()
        let project = try A.project()
        let score = { (assessor: String, solution: String, criterion: String, points: Double) in
            ExpertScore(
                round: "r", solution: solution, criterion: criterion, assessor: assessor, value: .points(points), rationale: "",
                evidence: [])
        }
        // Anna (area T) prefers virtu, Ville (area I) omaolo: who leads depends on how T weighs against I.
        try fixture.store.save(
            [
                score("anna", "virtu", "T1", 5), score("anna", "omaolo", "T1", 1), score("ville", "virtu", "I1", 1),
                score("ville", "omaolo", "I1", 5),
            ],
            actor: "c", at: "2027-01-02T00:00:00Z")
        try fixture.store.advance("r", to: .revealed, actor: "c", at: "2027-01-03T00:00:00Z")
        try Self.everyRuleMet(fixture.store, project)

        try await fixture.app.test(.router) { client in
            let paula: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.procurement] ?? "", id: "paula")]
            try await client.execute(uri: "/tulokset", method: .get, headers: paula) { response in
                #expect(A.text(response).contains("<a href=\"/tulokset/r\">Kierros R</a>"))
            }
            // The page: the ranking, each area's weight as a number, and under T the range within which the leader stays
            // and who leads beyond it.
            let (leader, weights, lower, other) = try await client.execute(uri: "/tulokset/r", method: .get, headers: paula) { response in
                let html = A.text(response)
                #expect(response.status == .ok && !html.contains("name=\"lang\""))
                let leader = String(try #require(html.firstMatch(of: /<tr><td>1<\/td><th scope="row">([^<]+)<\/th>/)).output.1)
                var weights: [String: Double] = [:]
                for match in html.matches(of: /name="w\.(\w+)" type="number" min="0" max="100" step="0.1" value="([0-9.]+)"/) {
                    weights[String(match.output.1)] = Double(match.output.2)
                }
                let hint = try #require(html.firstMatch(of: /<small id="h-T">([^<]+)<\/small>/)).output.1
                let range = try #require(hint.firstMatch(of: /johtaa, kun paino on ([0-9]+),([0-9])–([0-9]+),([0-9])/))
                let beyond = try #require(hint.firstMatch(of: /(Alempana|Ylempänä) johtaa (.+?)(?:; |\.$)/))
                // Half a point beyond whichever end has another leader.
                let t =
                    beyond.output.1 == "Alempana"
                    ? (Double("\(range.output.1).\(range.output.2)") ?? 0) - 0.5
                    : (Double("\(range.output.3).\(range.output.4)") ?? 0) + 0.5
                return (leader, weights, t, String(beyond.output.2))
            }
            #expect(weights.keys.contains("T") && weights.keys.contains("I") && other != leader)
            // T just beyond the stated bound, the other areas rescaled in proportion, as the stated range assumes.
            let t = min(100, max(0, lower))
            let rest = weights.filter { $0.key != "T" }
            let scale = (100 - t) / rest.values.reduce(0, +)
            let query = (["w.T=\(t)"] + rest.map { "w.\($0.key)=\($0.value * scale)" }).joined(separator: "&")
            try await client.execute(uri: "/tulokset/r?" + query, method: .get, headers: paula) { response in
                let html = A.text(response)
                #expect(html.contains("<tr><td>1</td><th scope=\"row\">\(other)</th>"))
                #expect(html.contains("Järjestys alla olevilla painoilla"))
            }
            // The quality points under the what-if's weights: the best gets the maximum, the other its share of it.
            try await client.execute(uri: "/tulokset/r/laatupisteet.csv?max=40&" + query, method: .get, headers: paula) { response in
                // RFC 4180: the lines end with CR LF (one Character in Swift).
                let rows = A.text(response).split(separator: "\r\n").map {
                    $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                }
                #expect(rows.first == ["solution", "name", "status", "quality_score", "ratio_to_best", "points"])
                let best = try #require(rows.dropFirst().first), second = try #require(rows.dropFirst(2).first)
                #expect(best[2] == "passed" && best[4] == "1" && best[5] == "40")
                let (bestScore, secondScore) = (try #require(Double(best[3])), try #require(Double(second[3])))
                #expect(abs((Double(second[5]) ?? 0) - (40 * secondScore / bestScore * 100).rounded() / 100) < 1e-9)
            }
            try await client.execute(uri: "/tulokset/r/laatupisteet.csv?max=0", method: .get, headers: paula) { response in
                #expect(response.status == .badRequest)
            }
            // Within an area too: T1's weight within T has its own range; beyond it the leader changes.
            let (within, criteria, withinOther) = try await client.execute(uri: "/tulokset/r", method: .get, headers: paula) { response in
                let html = A.text(response)
                var criteria: [String: Double] = [:]
                for match in html.matches(of: /name="c\.(T\d+)" type="number" min="0" max="100" step="0.1" value="([0-9.]+)"/) {
                    criteria[String(match.output.1)] = Double(match.output.2)
                }
                let hint = try #require(html.firstMatch(of: /<small id="ch-T1">([^<]+)<\/small>/)).output.1
                let range = try #require(hint.firstMatch(of: /johtaa, kun paino on ([0-9]+),([0-9])–([0-9]+),([0-9])/))
                let beyond = try #require(hint.firstMatch(of: /(Alempana|Ylempänä) johtaa (.+?)(?:; |\.$)/))
                #expect(html.contains(#"<svg class="band""#) && html.contains(#"aria-hidden="true""#))
                let t =
                    beyond.output.1 == "Alempana"
                    ? (Double("\(range.output.1).\(range.output.2)") ?? 0) - 0.5
                    : (Double("\(range.output.3).\(range.output.4)") ?? 0) + 0.5
                return (min(100, max(0, t)), criteria, String(beyond.output.2))
            }
            #expect(criteria.count > 1 && criteria["T1"] != nil && withinOther != leader, "\(criteria)")
            let others = criteria.filter { $0.key != "T1" }
            let share = (100 - within) / others.values.reduce(0, +)
            let inner = (["c.T1=\(within)"] + others.map { "c.\($0.key)=\($0.value * share)" }).joined(separator: "&")
            try await client.execute(uri: "/tulokset/r?" + inner, method: .get, headers: paula) { response in
                let html = A.text(response)
                #expect(html.contains("<tr><td>1</td><th scope=\"row\">\(withinOther)</th>"))
                #expect(html.contains("<details open><summary>Kriteerien painot alueen sisällä</summary>"))
                #expect(html.contains(#"<input type="hidden" name="c.T1" value=""#))
            }
            // The evaluation is kept between requests only while nothing is written: a verdict shows at once.
            try fixture.store.recordVerdict(
                round: "r", solution: "omaolo", rule: "KO-T1", met: false, rationale: "kokous", actor: "c", at: "2027-01-04T00:00:00Z")
            try await client.execute(uri: "/tulokset/r", method: .get, headers: paula) { response in
                #expect(A.text(response).contains("<li>Omaolo: KO-T1</li>"))
            }
            let zero = weights.keys.map { "w.\($0)=0" }.joined(separator: "&")
            try await client.execute(uri: "/tulokset/r?" + zero, method: .get, headers: paula) { response in
                #expect(A.text(response).contains("Painojen summan on oltava suurempi kuin nolla"))
            }
        }
    }

    /// The round's comparison report, live, and every document `arvio report` writes, as downloads named by the round;
    /// the report's own style blocks are admitted by hash, nothing else inline.
    @Test func procurementReadsTheLiveReportAndDownloadsEveryDocument() async throws {
        let (fixture, _) = try ScoringRouteTests.fixture()
        try fixture.store.save(
            [
                ExpertScore(
                    round: "r", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4), rationale: "", evidence: [])
            ], actor: "anna", at: "2027-01-02T00:00:00Z")
        try fixture.store.advance("r", to: .revealed, actor: "c", at: "2027-01-03T00:00:00Z")
        try Self.everyRuleMet(fixture.store, try A.project())

        try await fixture.app.test(.router) { client in
            let paula: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.procurement] ?? "", id: "paula")]
            try await client.execute(uri: "/tulokset/r", method: .get, headers: paula) { response in
                let html = A.text(response)
                #expect(html.contains(#"<a href="/tulokset/r/raportti">Avaa vertailuraportti</a>"#))
                #expect(html.contains(#"<a href="/tulokset/r/lataa/report.xmcda.xml" download>report.xmcda.xml</a>"#))
            }
            try await client.execute(uri: "/tulokset/r/raportti?lang=en", method: .get, headers: paula) { response in
                let html = A.text(response)
                #expect(response.status == .ok && html.hasPrefix("<!DOCTYPE html>") && html.contains("<html lang=\"en\""))
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(
                    policy.contains("script-src 'self'") && policy.contains("'sha256-")
                        && !policy.contains("style-src 'self' 'unsafe-inline'"))
            }
            let expected: [(String, String, String)] = [
                ("report.html", "r-report.html", "<!DOCTYPE html>"), ("report.md", "r-report.md", "# "),
                ("report.json", "r-report.json", "{"), ("ranking.csv", "r-ranking.csv", "alternative,"),
                ("scores.csv", "r-scores.csv", "solution,criterion,median"), ("report.xmcda.xml", "r-report.xmcda.xml", "<?xml"),
            ]
            for (file, name, start) in expected {
                try await client.execute(uri: "/tulokset/r/lataa/\(file)", method: .get, headers: paula) { response in
                    #expect(response.status == .ok, "\(file)")
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(name)\"")
                    #expect(A.text(response).hasPrefix(start), "\(file)")
                }
            }
            try await client.execute(uri: "/tulokset/r/lataa/report.md?lang=en", method: .get, headers: paula) { response in
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"r-report-en.md\"")
            }
            try await client.execute(uri: "/tulokset/r/lataa/passwd", method: .get, headers: paula) { response in
                #expect(response.status == .notFound)
            }
            let json = try await client.execute(uri: "/tulokset/r/lataa/report.json", method: .get, headers: paula) { A.text($0) }
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(document["auditHead"] as? String == (try fixture.store.auditHead().description))
        }
    }
}
