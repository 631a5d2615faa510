import ArvioCore
import ArvioIO
import Foundation
import Hummingbird

/// The coordinator's view of the audit log (issue 19): the chain verified on every visit, as `arvio audit verify`
/// does, the head to record in the procurement decision, a published head checked against the log, and the entries
/// newest first, a page at a time — who did what to which row and when, never a row's content, so a round that is
/// still open stays blind here too.
enum AuditRoutes {
    static let pageSize = 50

    static func add(to table: inout RouteTable, _ services: AppServices) {
        table.add(.get, "/loki", access: RoundRoutes.coordinatorOnly, summary: "the audit log: verification, head and entries") {
            request, context in
            try page(request, context, services)
        }
    }

    static func page(_ request: Request, _ context: AppContext, _ services: AppServices) throws -> Response {
        let l = AppPages.language(request)
        let text = AppText(l)
        let query = AppPages.query(l)
        let asked = request.uri.queryParameters["paa"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let published = asked.isEmpty ? nil : AuditHead(asked)
        let problems = try services.store.verifyAudit(published: published)
        let head = try services.store.auditHead()
        let before = request.uri.queryParameters["ennen"].flatMap { Int(String($0)) }
        let entries = try services.store.auditEntries(before: before, limit: pageSize)
        let names = Dictionary(try services.store.accounts().map { ($0.id.lowercased(), $0.name) }, uniquingKeysWith: { a, _ in a })
        var values: [String: Any] = [
            "intact": problems.isEmpty, "problems": problems.map { $0.text(in: l) }, "head": head.description,
            "summary": text.auditSummary(entries: head.sequence),
            "entries": entries.map { entry -> [String: String] in
                [
                    "sequence": "\(entry.sequence)", "at": entry.at, "action": text.auditAction(entry.action), "entity": entry.entity,
                    "actor": names[entry.actor.lowercased()].map { "\($0) (\(entry.actor))" } ?? entry.actor,
                ]
            },
            "hasEntries": !entries.isEmpty, "action": "/loki", "asked": asked,
        ]
        if l == .en { values["lang"] = "en" }
        if !asked.isEmpty {
            values["publishedResult"] =
                published == nil
                ? text.notAHead(asked) : problems.contains(.doesNotExtend(published ?? head)) ? text.headNotExtended : text.headExtended
        }
        if let last = entries.last, last.sequence > 1 {
            values["older"] = "/loki?ennen=\(last.sequence)" + (query.isEmpty ? "" : "&lang=en")
        }
        if before != nil { values["newest"] = "/loki" + query }
        return AppPages.render("auditLog", values, title: text.auditLog, request: request, context: context)
    }
}
