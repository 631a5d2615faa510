import ArvioCore
import Foundation
import GRDB
import Synchronization

/// Customer feedback: responses imported from a survey tool or given through the public form. A response is stored
/// once by its id (an import repeated adds nothing); its open answer is kept for the unit and never read back by any
/// output of Arvio.
extension ScoreStore {
    /// How an import went: responses added, and responses already stored with the same answers (left as they were).
    package struct FeedbackImport: Hashable, Sendable {
        package var added: Int
        package var already: Int

        package init(added: Int, already: Int) {
            self.added = added
            self.already = already
        }
    }

    /// Stores the responses read from a file in one transaction, or none: a response id already stored with other
    /// answers is refused with the file's line, every one at once.
    /// - Parameter source: the file, entered in the audit log with its SHA-256 and the count added.
    package func importFeedback(_ rows: [FeedbackCSV.Row], file: String, source: ImportSource?, actor: String, at: String) throws
        -> FeedbackImport
    {
        let result = Mutex(FeedbackImport(added: 0, already: 0))
        let conflicts = Mutex<[Diagnostic]>([])
        do {
            try write { db in
                let find = try db.makeStatement(sql: "SELECT * FROM feedbackResponse WHERE id = ?")
                let insert = try db.makeStatement(sql: Self.insertFeedback + " ON CONFLICT(id) DO NOTHING")
                var counts = FeedbackImport(added: 0, already: 0)
                var found: [Diagnostic] = []
                for row in rows {
                    let r = row.response
                    try insert.execute(arguments: Self.arguments(r, origin: "import"))
                    if db.changesCount == 1 {
                        counts.added += 1
                        continue
                    }
                    // Stored before: the same answers are the same response; other answers under its id are refused.
                    if let old = try Row.fetchOne(find, arguments: [r.id]), Self.same(old, r) {
                        counts.already += 1
                    } else if found.count < FeedbackCSV.problemLimit {
                        found.append(
                            Diagnostic(
                                at: SourceLocation(file: file, line: row.line, field: "response_id"),
                                .scoring(
                                    LocalizedText(
                                        fi: "vastaus \(r.id) on tuotu jo aiemmin toisin vastauksin",
                                        en: "response \(r.id) was imported before with other answers"),
                                    help: LocalizedText(
                                        fi:
                                            "Vastauksen tunnus yksilöi vastauksen: tarkista, onko tiedosto oikea, tai anna uudelle vastaukselle oma tunnus.",
                                        en:
                                            "A response id names one response: check that this is the right file, or give the new response an id of its own."
                                    ))))
                    }
                }
                guard found.isEmpty else {
                    conflicts.withLock { $0 = found }
                    throw Rollback()
                }
                if let source {
                    try Self.audit(
                        db, at: at, actor: actor, action: "import.file", entity: "file/\(source.name)", old: "",
                        new: AuditState.text(["sha256": source.sha256, "feedbackResponsesAdded": "\(counts.added)"]))
                }
                result.withLock { $0 = counts }
            }
        } catch is Rollback {}
        let found = conflicts.withLock { $0 }
        guard found.isEmpty else { throw Diagnostics(found) }
        return result.withLock { $0 }
    }

    /// Stores one response given through the form (its id random, made by the caller).
    package func addFeedback(_ response: FeedbackResponse) throws {
        try write { db in try db.makeStatement(sql: Self.insertFeedback).execute(arguments: Self.arguments(response, origin: "form")) }
    }

    /// Every stored response of `survey`, counted by model × unit × channel × month, read one row at a time (memory
    /// for the groups, not the responses). Letting SQLite group identical answers first was slower on 10⁶ varied
    /// responses (BENCHMARKS.md).
    package func feedbackTally(survey: Survey) throws -> FeedbackTally {
        var tally = FeedbackTally(survey: survey)
        try writer.read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT model, unit, channel, month, recommendation, answers, illustrative FROM feedbackResponse WHERE survey = ?
                    """,
                arguments: [survey.id])
            while let row = try rows.next() {
                guard let channel = FeedbackResponse.Channel(rawValue: row["channel"]), let month = YearMonth(row["month"] as String)
                else { continue }
                tally.add(
                    FeedbackResponse(
                        id: "", survey: survey.id, model: row["model"], unit: row["unit"], channel: channel, month: month,
                        recommendation: row["recommendation"], answers: Self.answers(row["answers"]), illustrative: row["illustrative"]))
            }
        }
        return tally
    }

    /// The feedback of the project's survey, counted; nil when the project has no survey.
    package func feedbackTally(of project: Project) throws -> FeedbackTally? {
        try project.survey.map { try feedbackTally(survey: $0) }
    }

    /// The last response's row number: responses are never deleted, so it moves with every one added, and reading it
    /// is one step down the table's b-tree (a count would read every row on every page served).
    package func feedbackVersion() throws -> String {
        try writer.read { db in "\(try Int.fetchOne(db, sql: "SELECT MAX(rowid) FROM feedbackResponse") ?? 0)" }
    }

    static let insertFeedback = """
        INSERT INTO feedbackResponse (id, survey, model, unit, channel, month, recommendation, answers, freeText, illustrative, origin)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    static func arguments(_ r: FeedbackResponse, origin: String) -> StatementArguments {
        [
            r.id, r.survey, r.model, r.unit, r.channel.rawValue, r.month.description, r.recommendation, text(of: r.answers), r.freeText,
            r.illustrative, origin,
        ]
    }

    /// Statement answers as stored: codes separated by commas, an unanswered one empty (`5,4,,0,3`).
    static func text(of answers: [Int8]) -> String {
        answers.map { $0 < 0 ? "" : String($0) }.joined(separator: ",")
    }

    static func answers(_ text: String) -> [Int8] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { Int8($0) ?? FeedbackResponse.Answer.unanswered }
    }

    static func same(_ row: Row, _ r: FeedbackResponse) -> Bool {
        row["survey"] == r.survey && row["model"] == r.model && row["unit"] == r.unit && row["channel"] == r.channel.rawValue
            && row["month"] == r.month.description && row["recommendation"] == r.recommendation && row["answers"] == text(of: r.answers)
            && row["freeText"] == r.freeText
    }
}

/// Thrown inside a write to undo it, and caught at once by its caller.
struct Rollback: Error {}
