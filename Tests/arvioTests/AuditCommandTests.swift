import Foundation
import GRDB
import Testing

/// The audit log along the user's path: the head the report publishes is the one `audit head` prints and that
/// `audit verify --head` proves later; an edit made with SQL to a round's state is named.
struct AuditCommandTests {
    @Test func theReportPublishesTheHeadThatVerifyProvesLater() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--lang", "en"], in: folder.path)
        }

        #expect(try arvio(["report", "--format", "md"]).status == 0)
        let head = try arvio(["audit", "head"]).output.trimmingCharacters(in: .newlines)
        let markdown = try String(contentsOf: folder.appendingPathComponent("report/report-en.md"), encoding: .utf8)

        #expect(head.wholeMatch(of: /\d+:[0-9a-f]{64}/) != nil, "\(head)")
        #expect(markdown.contains("Audit log head \(head) (check: arvio audit verify --head \(head))"))
        let verified = try arvio(["audit", "verify", "--head", head])
        #expect(verified.status == 0)
        #expect(verified.output.hasSuffix("The log extends the published head \(head).\n"))

        let bad = try arvio(["audit", "verify", "--head", "7:abc"])
        #expect(bad.status == 1)
        #expect(
            bad.errors
                == "error: '7:abc' is not an audit log head\n  help: give it as sequence:64 hex digits, as 'arvio audit head' prints it\n")
    }

    @Test func aRoundRevealedWithSQLIsNamedAndTheHeadOfAnotherLogIsRefused() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        func arvio(_ arguments: [String]) throws -> EndToEndTests.Run {
            try EndToEndTests.run(arguments + ["--lang", "en", "--database", "db.sqlite"], in: folder.path)
        }
        _ = try arvio(["round", "new", "r", "--solutions", "virtu,omaolo"])
        let head = try arvio(["audit", "head"]).output.trimmingCharacters(in: .newlines)

        let queue = try DatabaseQueue(path: folder.appendingPathComponent("db.sqlite").path)
        try queue.write { try $0.execute(sql: "UPDATE round SET state = 'revealed'") }
        let tampered = try arvio(["audit", "verify", "--head", head])

        #expect(tampered.status == 1)
        #expect(
            tampered.errors == """
                error: round/r differs from what the audit log last recorded for it: it was changed outside Arvio
                  help: restore the database from a backup; the rows named above no longer prove who scored what

                """)
        try queue.write { try $0.execute(sql: "UPDATE round SET state = 'open'") }
        let other = "1:" + String(repeating: "a", count: 64)
        #expect(try arvio(["audit", "verify", "--head", head]).status == 0)
        #expect(
            try arvio(["audit", "verify", "--head", other]).errors.hasPrefix(
                "error: the audit log does not extend the published head \(other): it was rewritten or replaced"))
    }
}
