import ArvioCore
import Foundation
import GRDB

extension ScoreStore {
    // MARK: - Rounds

    /// Starts a round with a snapshot of the criteria (JSON) whose SHA-256 becomes the round's content hash.
    package func createRound(
        id: String, name: String, solutions: [String], model: String, snapshot: String, illustrative: Bool = false, actor: String,
        at: String
    ) throws -> Round {
        let round = Round(
            id: id, name: name, solutions: solutions, model: model, contentHash: Self.sha256(snapshot), createdAt: at,
            illustrative: illustrative)
        try Self.requireValid(id: id, name: name)
        try write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM round WHERE id = ?"), arguments: [id]) == true {
                throw StoreError(.roundExists(id))
            }
            try Self.audited(db, entity: "round/\(id)", action: "round.create", actor: actor, at: at) {
                try db.cachedStatement(
                    sql:
                        "INSERT INTO round (id, name, state, model, contentHash, snapshot, createdAt, illustrative) VALUES (?, ?, 'open', ?, ?, ?, ?, ?)"
                ).execute(arguments: [id, name, model, round.contentHash, snapshot, at, illustrative])
                for (position, solution) in solutions.enumerated() {
                    try db.cachedStatement(sql: "INSERT INTO roundSolution (roundID, solutionID, position) VALUES (?, ?, ?)").execute(
                        arguments: [id, solution, position])
                }
            }
        }
        return round
    }

    package func rounds() throws -> [Round] {
        try writer.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT \(Self.roundColumns) FROM round ORDER BY createdAt, id")).map {
                try Self.round($0, db)
            }
        }
    }

    /// The round of this id, or nil when there is none (for a web address, where an unknown id is a 404).
    package func findRound(_ id: String) throws -> Round? {
        try writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT \(Self.roundColumns) FROM round WHERE id = ?"), arguments: [id]).map {
                try Self.round($0, db)
            }
        }
    }

    package func round(_ id: String) throws -> Round {
        if let round = try findRound(id) { return round }
        let known = try writer.read { db in try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM round")) }
        throw StoreError(.unknownRound(id, suggestion: nearest(to: id, in: known)))
    }

    /// The round that results are shown for when none is named: the most recently revealed one (by the audit log's
    /// order of reveals), whether or not it has been closed since; nil when no round has been revealed.
    package func latestRevealedRound() throws -> Round? {
        try writer.read { db in
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT \(Self.roundColumns) FROM round
                        LEFT JOIN (SELECT entity, MAX(sequence) AS revealed FROM auditLog WHERE action = 'round.reveal' GROUP BY entity) AS log
                            ON log.entity = 'round/' || round.id
                        WHERE round.state != 'open'
                        ORDER BY COALESCE(log.revealed, -1) DESC, round.createdAt DESC, round.id DESC LIMIT 1
                        """))
            return try row.map { try Self.round($0, db) }
        }
    }

    /// The criteria snapshot the round was started with.
    package func snapshot(of round: String) throws -> String {
        try writer.read { db in
            try String.fetchOne(db.cachedStatement(sql: "SELECT snapshot FROM round WHERE id = ?"), arguments: [round]) ?? ""
        }
    }

    /// The columns a ``Round`` is made of: every reader but the audit's leaves out the round's criteria snapshot, which
    /// is tens of kilobytes and read only by ``snapshot(of:)``.
    static let roundColumns = "round.id, round.name, round.state, round.model, round.contentHash, round.createdAt, round.illustrative"

    static func round(_ row: Row, _ db: Database) throws -> Round {
        let id: String = row["id"]
        let solutions = try String.fetchAll(
            db.cachedStatement(sql: "SELECT solutionID FROM roundSolution WHERE roundID = ? ORDER BY position"), arguments: [id])
        return Round(
            id: id, name: row["name"], state: RoundState(rawValue: row["state"]) ?? .open, solutions: solutions, model: row["model"],
            contentHash: row["contentHash"], createdAt: row["createdAt"], illustrative: row["illustrative"])
    }

    /// Moves a round forward: open → revealed → closed.
    package func advance(_ id: String, to state: RoundState, actor: String, at: String) throws {
        let current = try round(id)
        let allowed: [RoundState: RoundState] = [.open: .revealed, .revealed: .closed]
        guard allowed[current.state] == state else { throw StoreError(.transition(round: id, from: current.state, to: state)) }
        try write { db in
            try Self.audited(db, entity: "round/\(id)", action: "round.\(state == .revealed ? "reveal" : "close")", actor: actor, at: at) {
                try db.cachedStatement(sql: "UPDATE round SET state = ? WHERE id = ?").execute(arguments: [state.rawValue, id])
            }
        }
    }

    // MARK: - Assessors

    package func addAssessor(_ assessor: Assessor, actor: String, at: String) throws {
        try Self.requireValid(id: assessor.id, name: assessor.name)
        try Self.requireValid(text: assessor.role, field: "role")
        try write { db in
            if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM assessor WHERE id = ?"), arguments: [assessor.id]) == true {
                throw StoreError(.assessorExists(assessor.id))
            }
            try Self.audited(db, entity: "assessor/\(assessor.id)", action: "assessor.add", actor: actor, at: at) {
                try db.cachedStatement(sql: "INSERT INTO assessor (id, name, role, areas) VALUES (?, ?, ?, ?)").execute(arguments: [
                    assessor.id, assessor.name, assessor.role, assessor.areas.joined(separator: ","),
                ])
            }
        }
    }

    /// One assessor, or a ``StoreError`` that suggests the nearest id.
    package func assessor(_ id: String) throws -> Assessor {
        let all = try assessors()
        guard let found = all.first(where: { $0.id == id }) else {
            throw StoreError(.unknownAssessor(id, suggestion: nearest(to: id, in: all.map(\.id))))
        }
        return found
    }

    package func assessors() throws -> [Assessor] {
        try writer.read { db in
            try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM assessor ORDER BY id")).map(Self.assessor)
        }
    }

    static func assessor(_ row: Row) -> Assessor {
        Assessor(
            id: row["id"], name: row["name"], role: row["role"], areas: (row["areas"] as String).split(separator: ",").map(String.init))
    }

    // MARK: - Knock-out verdicts

    /// Records the decision on one must-have rule for one solution (e.g. after the consensus meeting); it overrides what
    /// the scores imply for that rule. Allowed while the round is open or revealed, not once it is closed.
    package func recordVerdict(round id: String, solution: String, rule: String, met: Bool, rationale: String, actor: String, at: String)
        throws
    {
        let round = try round(id)
        guard round.state != .closed else { throw StoreError(.roundNotOpen(id, state: round.state)) }
        guard round.solutions.contains(solution) else { throw StoreError(.solutionNotInRound(solution: solution, round: id)) }
        try Self.requireValid(text: rationale, field: "rationale", long: true)
        try write { db in
            try Self.audited(db, entity: "verdict/\(id)/\(solution)/\(rule)", action: "verdict.set", actor: actor, at: at) {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO knockOutVerdict (roundID, solutionID, ruleID, met, rationale, recordedBy, recordedAt) VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(roundID, solutionID, ruleID) DO UPDATE SET met = excluded.met, rationale = excluded.rationale,
                            recordedBy = excluded.recordedBy, recordedAt = excluded.recordedAt
                        """
                ).execute(arguments: [id, solution, rule, met, rationale, actor, at])
            }
        }
    }

    /// The recorded verdicts of a round, each with who recorded it and when as the audit log has them (the latest
    /// `verdict.set` entry for it), in solution and rule order.
    package func verdicts(round id: String) throws -> [Verdict] {
        try writer.read { db in try Self.verdicts(round: id, db) }
    }

    static func verdicts(round id: String, _ db: Database) throws -> [Verdict] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM knockOutVerdict WHERE roundID = ? ORDER BY solutionID, ruleID"), arguments: [id])
        return try rows.map { row in
            let (solution, rule): (String, String) = (row["solutionID"], row["ruleID"])
            let logged = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT actor, at FROM auditLog WHERE action = 'verdict.set' AND entity = ? ORDER BY sequence DESC LIMIT 1"),
                arguments: ["verdict/\(id)/\(solution)/\(rule)"])
            return Verdict(
                solution: solution, rule: rule, met: row["met"], rationale: row["rationale"],
                recordedBy: logged?["actor"] ?? row["recordedBy"], recordedAt: logged?["at"] ?? row["recordedAt"])
        }
    }

    /// A round with every score, verdict and agreed value, read in one transaction so that they belong together.
    package func record(of id: String) throws -> RoundRecord {
        let round = try round(id)
        return try writer.read { db in
            let scores = try Self.scores(round: id, db)
            return RoundRecord(
                round: round, scores: scores, verdicts: try Self.verdicts(round: id, db), agreed: try Self.agreedScores(round: id, db),
                stakeholders: try Self.stakeholderWeights(round: id, db), auditHead: try Self.head(db))
        }
    }

    // MARK: - Scores

    /// Saves scores in one transaction, each change audited (old → new); nothing is written if any score is refused.
    /// - Throws: ``StoreError`` for an unknown round or assessor, a round that is not open, or a solution outside it.
    /// - Parameter sources: the files the scores were imported from, entered in the log with their SHA-256.
    package func save(_ scores: [ExpertScore], actor: String, at: String, sources: [ImportSource] = []) throws {
        for score in scores {
            try Self.requireValid(text: score.rationale, field: "rationale", long: true)
            for link in score.evidence { try Self.requireValid(text: link, field: "evidence") }
        }
        try write { db in
            for source in sources {
                try Self.audit(
                    db, at: at, actor: actor, action: "import.file", entity: "file/\(source.name)", old: "",
                    new: AuditState.text(["sha256": source.sha256, "scoresInImport": "\(scores.count)"]))
            }
            var rounds: [String: Round] = [:]
            let assessors = Set(try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM assessor")))
            for score in scores {
                if rounds[score.round] == nil {
                    guard
                        let row = try Row.fetchOne(
                            db.cachedStatement(sql: "SELECT \(Self.roundColumns) FROM round WHERE id = ?"), arguments: [score.round])
                    else {
                        let known = try String.fetchAll(db.cachedStatement(sql: "SELECT id FROM round"))
                        throw StoreError(.unknownRound(score.round, suggestion: nearest(to: score.round, in: known)))
                    }
                    rounds[score.round] = try Self.round(row, db)
                }
                guard let round = rounds[score.round] else { continue }
                guard round.state == .open else { throw StoreError(.roundNotOpen(round.id, state: round.state)) }
                guard round.solutions.contains(score.solution) else {
                    throw StoreError(.solutionNotInRound(solution: score.solution, round: round.id))
                }
                guard assessors.contains(score.assessor) else {
                    throw StoreError(.unknownAssessor(score.assessor, suggestion: nearest(to: score.assessor, in: assessors)))
                }
                let excluded = try Bool.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT EXISTS (SELECT 1 FROM exclusion WHERE roundID = ? AND assessorID = ? AND solutionID = ?)"),
                    arguments: [score.round, score.assessor, score.solution])
                guard excluded != true else {
                    throw StoreError(.excluded(assessor: score.assessor, solution: score.solution, round: score.round))
                }
                let old = try Row.fetchOne(
                    db.cachedStatement(
                        sql: "SELECT * FROM expertScore WHERE roundID = ? AND solutionID = ? AND criterionID = ? AND assessorID = ?"),
                    arguments: [score.round, score.solution, score.criterion, score.assessor]
                ).map(Self.score)
                if let old, old.value == score.value, old.rationale == score.rationale, old.evidence == score.evidence { continue }
                let (kind, points) = Self.columns(of: score.value)
                try Self.audited(db, entity: "score/\(score.key)", action: "score.set", actor: actor, at: at) {
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO expertScore (roundID, solutionID, criterionID, assessorID, kind, points, rationale, evidence, recordedAt)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT(roundID, solutionID, criterionID, assessorID) DO UPDATE SET
                                kind = excluded.kind, points = excluded.points, rationale = excluded.rationale,
                                evidence = excluded.evidence, recordedAt = excluded.recordedAt
                            """
                    ).execute(arguments: [
                        score.round, score.solution, score.criterion, score.assessor, kind, points, score.rationale,
                        score.evidence.joined(separator: "\n"), at,
                    ])
                }
            }
        }
    }

    /// Every counted score of a round (apply ``Visibility`` before showing them to an assessor).
    package func scores(round: String) throws -> [ExpertScore] {
        try writer.read { db in try Self.scores(round: round, db) }
    }

    /// The round's scores less those of an assessor excluded from the solution (given before the exclusion): every
    /// result, export and view reads scores through here.
    static func scores(round: String, _ db: Database) throws -> [ExpertScore] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT * FROM expertScore WHERE roundID = ? AND NOT EXISTS (
                        SELECT 1 FROM exclusion WHERE exclusion.roundID = expertScore.roundID
                            AND exclusion.assessorID = expertScore.assessorID AND exclusion.solutionID = expertScore.solutionID)
                    ORDER BY solutionID, criterionID, assessorID
                    """),
            arguments: [round]
        )
        .map(Self.score)
    }

    static func score(_ row: Row) -> ExpertScore {
        let value = Self.value(kind: row["kind"], points: row["points"])
        let evidence: String = row["evidence"]
        return ExpertScore(
            round: row["roundID"], solution: row["solutionID"], criterion: row["criterionID"], assessor: row["assessorID"], value: value,
            rationale: row["rationale"], evidence: evidence.isEmpty ? [] : evidence.components(separatedBy: "\n"),
            recordedAt: row["recordedAt"])
    }

    /// Refuses an id outside ``Identifier``'s pattern and control characters in a name or text before anything is
    /// written: ids become file names and URL segments, names reach terminals and spreadsheets.
    static func requireValid(id: String, name: String) throws {
        guard Identifier.isValid(id) else { throw StoreError(.invalid(.invalidID(id))) }
        try requireValid(text: name, field: "name")
    }

    static func requireValid(text: String, field: String, long: Bool = false) throws {
        let control = long ? ControlCharacter.first(inText: text) : ControlCharacter.first(inName: text)
        if let control { throw StoreError(.invalid(.controlCharacter(field: field, code: ControlCharacter.code(control)))) }
    }

    /// A write transaction whose errors reach the caller as ``StoreError``.
    func write(_ body: @escaping @Sendable (Database) throws -> Void) throws {
        do {
            try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
    }
}
