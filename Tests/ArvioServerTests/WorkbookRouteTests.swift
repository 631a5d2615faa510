import ArvioCore
import ArvioIO
import ArvioReports
import ArvioServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The workbook from the browser: downloaded with the assessor's own scores, uploaded through the import's checks
/// (all or nothing), audited with the file's hash and the signed-in person; nobody else's workbook is taken.
struct WorkbookRouteTests {
    typealias A = AccountRouteTests

    static func multipart(csrf: String, file: [UInt8], name: String = "r-anna.xlsx") -> (HTTPFields, ByteBuffer) {
        var body = ByteBuffer()
        body.writeString("--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n")
        body.writeString(
            "--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        body.writeBytes(file)
        body.writeString("\r\n--XYZ--\r\n")
        return ([.contentType: "multipart/form-data; boundary=XYZ"], body)
    }

    /// A workbook as a spreadsheet leaves it after filling: the download with these scores in it.
    static func filled(_ round: Round, _ assessor: Assessor, _ scores: [ExpertScore]) throws -> [UInt8] {
        Array(
            try XLSXPackage.data(
                parts: ScoringWorkbook.parts(round: round, assessor: assessor, project: try A.project(), ownScores: scores, language: .fi)))
    }

    static func score(_ assessor: String, _ value: Double) -> ExpertScore {
        ExpertScore(
            round: "r", solution: "omaolo", criterion: "T2", assessor: assessor, value: .points(value), rationale: "taulukosta",
            evidence: [])
    }

    @Test func anAssessorDownloadsFillsAndUploadsTheirWorkbook() async throws {
        let (fixture, _) = try ScoringRouteTests.fixture()
        let round = try fixture.store.round("r")
        let anna = Assessor(id: "anna", name: "Anna", role: "security", areas: ["T"])

        try await fixture.app.test(.router) { client in
            let cookie: HTTPFields = [.cookie: try await A.accept(client, token: fixture.invitations[.assessor] ?? "", id: "anna")]
            let csrf = try await client.execute(uri: "/arvioi/r/T1", method: .get, headers: cookie) {
                try ScoringRouteTests.csrf(A.text($0))
            }
            try await client.execute(
                uri: "/arvioi/r/esteellisyys", method: .post, headers: A.form.merging(cookie),
                body: A.body(["csrf": csrf, "noties": "yes"])
            ) { _ in }
            try await client.execute(uri: "/tyokirja/r/xlsx", method: .get, headers: cookie) { response in
                #expect(response.status == .ok && response.headers[.contentDisposition] == "attachment; filename=\"r-anna.xlsx\"")
                let read = try WorkbookReader.scores(
                    Data(response.body.readableBytesView), file: "r-anna.xlsx",
                    context: ScoreCSV.Context(rounds: [round], assessors: [anna], criteria: try A.project().criteria.criteria),
                    recordedAt: "t")
                #expect(read.isEmpty)
            }

            // Another assessor's workbook is refused and nothing is saved; without the CSRF token, nothing is read.
            let ville = Assessor(id: "ville", name: "Ville", role: "architect", areas: ["T"])
            let (headers, other) = Self.multipart(csrf: csrf, file: try Self.filled(round, ville, [Self.score("ville", 1)]))
            try await client.execute(uri: "/tyokirja/r", method: .post, headers: headers.merging(cookie), body: other) { response in
                #expect(response.status == .unprocessableContent && A.text(response).contains("ville"))
            }
            let (_, noToken) = Self.multipart(csrf: "", file: try Self.filled(round, anna, [Self.score("anna", 3)]))
            try await client.execute(uri: "/tyokirja/r", method: .post, headers: headers.merging(cookie), body: noToken) { response in
                #expect(response.status == .forbidden)
            }
            #expect(try fixture.store.scores(round: "r", visibleTo: .assessor("anna")).isEmpty)

            let bytes = try Self.filled(round, anna, [Self.score("anna", 3)])
            // The name the browser sends is reduced to its last part in safe letters before it reaches the audit log.
            let (_, own) = Self.multipart(csrf: csrf, file: bytes, name: "C:\\Users\\anna\\r anna;<1>.xlsx")
            try await client.execute(uri: "/tyokirja/r", method: .post, headers: headers.merging(cookie), body: own) { response in
                #expect(response.status == .ok && A.text(response).contains("1 piste tuotu."))
            }
            let saved = try fixture.store.scores(round: "r", visibleTo: .assessor("anna"))
            #expect(saved.map { "\($0.solution) \($0.criterion) \($0.value.code) \($0.rationale)" } == ["omaolo T2 3 taulukosta"])
            let logged = try fixture.store.auditEntries().suffix(2).map { [$0.action, $0.actor, $0.entity] }
            #expect(logged == [["import.file", "anna", "file/r_anna__1_.xlsx"], ["score.set", "anna", "score/r/omaolo/T2/anna"]])
            #expect(
                try fixture.store.auditEntries().last { $0.action == "import.file" }?.new.contains(ScoreStore.sha256(Data(bytes))) == true)
        }
    }
}
