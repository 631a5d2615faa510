import ArvioCore

/// What the web app asks of a store, and all it asks: rounds and their blind scores, the scoring state of one
/// assessor, declarations and exclusions, accounts, invitations, sessions and failed sign-ins. ``ScoreStore`` (SQLite
/// through GRDB) is the one implementation; a PostgreSQL adapter is a second conformance, and the server does not
/// change. Every write takes its audit actor and time; every read of scores says who is looking (``Viewer``), so
/// blindness is the store's to keep, not each caller's.
package protocol WebStore: Sendable {
    // Rounds and assessors
    func rounds() throws -> [Round]
    /// The round of this id; nil when there is none.
    func findRound(_ id: String) throws -> Round?
    func createRound(
        id: String, name: String, solutions: [String], model: String, snapshot: String, illustrative: Bool, actor: String, at: String
    ) throws -> Round
    func advance(_ id: String, to state: RoundState, actor: String, at: String) throws
    func activity(round: String) throws -> RoundActivity
    /// A round with every score and verdict, for results: callers show it only once the round is revealed.
    func record(of round: String) throws -> RoundRecord
    /// The audit log's last entry: it moves with every write that can change a result.
    func auditHead() throws -> AuditHead
    /// Every break in the chain and every row that differs from what the log last recorded; with `published`, also
    /// whether the log still extends that head.
    func verifyAudit(published: AuditHead?) throws -> [AuditChain.Problem]
    /// One page of the log, newest first.
    func auditEntries(before sequence: Int?, limit: Int) throws -> [AuditEntry]
    func assessors() throws -> [Assessor]
    func scoringState(round: String, assessor: String) throws -> ScoringState?

    // Customer feedback (anonymous; not audited one by one)
    func addFeedback(_ response: FeedbackResponse) throws
    func feedbackVersion() throws -> String
    func feedbackTally(survey: Survey) throws -> FeedbackTally

    // Scores: read only through the viewer's eyes
    func scores(round: String, visibleTo viewer: Viewer) throws -> [ExpertScore]
    func save(_ scores: [ExpertScore], actor: String, at: String, sources: [ImportSource]) throws

    // Must-have verdicts (the consensus meeting's)
    func verdicts(round: String) throws -> [Verdict]
    func recordVerdict(round: String, solution: String, rule: String, met: Bool, rationale: String, actor: String, at: String) throws

    // The consensus meeting's agreed values
    func agreedScores(round: String) throws -> [AgreedScore]
    func recordAgreed(round: String, _ agreed: AgreedScore, actor: String, at: String) throws

    // Stakeholders' own weights: blind like scores
    func stakeholderWeights(round: String, visibleTo stakeholder: String) throws -> [StakeholderWeights]
    func recordStakeholderWeights(round: String, _ weights: [StakeholderWeights], actor: String, at: String, sources: [ImportSource]) throws

    // Declarations and exclusions
    func declare(round: String, assessor: String, statement: String, actor: String, at: String) throws
    func exclude(round: String, assessor: String, solution: String, reason: String, actor: String, at: String) throws
    func exclusions(round: String) throws -> [Exclusion]

    // Accounts and invitations
    func invite(tokenHash: String, role: AccountRole, assessor: String?, createdBy: String?, at: String, expiresAt: String) throws
    func invitation(tokenHash: String, at: String) throws -> (role: AccountRole, assessor: String?)?
    func accept(tokenHash: String, id: String, name: String, passwordHash: String, at: String) throws -> Account?
    func credentials(_ id: String) throws -> (account: Account, passwordHash: String)?
    func accounts() throws -> [Account]

    // Sessions and failed sign-ins
    func createSession(idHash: String, account: String, csrfToken: String, at: String) throws
    func session(idHash: String) throws -> StoredSession?
    func touchSession(idHash: String, at: String) throws
    func deleteSession(idHash: String) throws
    func recordSignInFailure(_ id: String, at: String, forgetBefore: String?) throws
    func signInFailures(_ id: String) throws -> (count: Int, lastAt: String)?
    func clearSignInFailures(_ id: String) throws
}

extension WebStore {
    package func save(_ scores: [ExpertScore], actor: String, at: String) throws {
        try save(scores, actor: actor, at: at, sources: [])
    }
}

extension ScoreStore: WebStore {}
