import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import HTTPTypes
import Hummingbird

/// The scoring workbook from the browser, the alternative to scoring page by page: the assessor downloads their
/// workbook for a round (their own scores prefilled, the solutions they are excluded from left out), fills it in a
/// spreadsheet, and uploads it; the upload goes through the same checks as `arvio import`, all or nothing, and enters
/// the audit log with the file's SHA-256 and the signed-in person as its actor.
enum WorkbookRoutes {
    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(
            .get, "/tyokirja/:round", access: ScoringRoutes.assessorOnly, summary: "the assessor's workbook page: download and upload"
        ) {
            request, context in
            let (id, _, _) = try ScoringRoutes.who(request, context)
            let (state, _) = try ScoringRoutes.openRound(context, services, id)
            guard state.declared else { return ScoringRoutes.declarationPage(request, context, services, state.round) }
            return page(request, context, state)
        }
        table.add(.get, "/tyokirja/:round/xlsx", access: ScoringRoutes.assessorOnly, summary: "the assessor's scoring workbook (.xlsx)") {
            request, context in
            let (id, _, l) = try ScoringRoutes.who(request, context)
            let (state, _) = try ScoringRoutes.openRound(context, services, id)
            guard state.declared else { throw HTTPError(.forbidden) }
            let own = try services.store.scores(round: state.round.id, visibleTo: .assessor(id))
            let parts = ScoringWorkbook.parts(
                round: state.round, assessor: state.assessor, project: services.project, ownScores: own, excluding: state.excluded,
                language: l)
            let data = try XLSXPackage.data(parts: parts)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    .contentDisposition: "attachment; filename=\"\(state.round.id)-\(id).xlsx\"",
                ], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        table.addUpload("/tyokirja/:round", access: ScoringRoutes.assessorOnly, summary: "imports the assessor's filled workbook") {
            request, context, upload in
            let (id, text, l) = try ScoringRoutes.who(request, context)
            let (state, _) = try ScoringRoutes.openRound(context, services, id)
            guard state.declared else { throw HTTPError(.forbidden) }
            // Checked against this round and this assessor only: a workbook of another round or person is refused.
            let checks = state.checks(services.project)
            // The name as the browser sent it goes into messages and the audit log: its last path part, in safe letters.
            let base = upload.fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            let safe = String(base.unicodeScalars.map { Identifier.isValid(String($0)) || $0 == "." ? Character($0) : "_" }.prefix(100))
            let name = safe.isEmpty ? "workbook.xlsx" : safe
            let scores: [ExpertScore]
            do {
                scores = try WorkbookReader.scores(Data(upload.bytes), file: name, context: checks, recordedAt: services.nowText())
            } catch let error as Diagnostics {
                let problems = error.items.map { "\($0.location): \($0.reason.message(in: l).problem)" }
                return page(request, context, state, problems: problems, status: .unprocessableContent)
            }
            do {
                try services.store.save(
                    scores, actor: context.signedIn?.account.id ?? id, at: services.nowText(),
                    sources: [ImportSource(name: name, bytes: Data(upload.bytes))])
            } catch let error as StoreError {
                return page(request, context, state, problems: [error.reason.message(in: l).0], status: .unprocessableContent)
            }
            return page(request, context, state, imported: text.imported(scores.count))
        }
    }

    static func page(
        _ request: Request, _ context: AppContext, _ state: ScoringState, imported: String? = nil, problems: [String] = [],
        status: HTTPResponse.Status = .ok
    ) -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let query = AppPages.query(l)
        return AppPages.render(
            "workbook",
            [
                "roundName": state.round.name, "download": "/tyokirja/\(state.round.id)/xlsx" + query,
                "action": "/tyokirja/\(state.round.id)" + query, "csrf": context.signedIn?.csrfToken ?? "",
                "criterionView": "/arvioi/\(state.round.id)" + query, "imported": imported ?? "", "hasProblems": !problems.isEmpty,
                "problems": problems,
            ], title: "\(state.round.name): \(text.workbook)", request: request, context: context, status: status)
    }
}
