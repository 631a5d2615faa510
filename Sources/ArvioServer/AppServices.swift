import ArvioCore
import ArvioIO
import ArvioReports
import Foundation
import Hummingbird
import HummingbirdBcrypt
import Synchronization

/// What the routes work with: the store, the site, passwords, sessions, form tokens and the clock.
package struct AppServices: Sendable {
    package let site: SiteCache
    package let store: any WebStore
    /// The project's files as loaded at start: criteria, scale, catalog.
    package let project: Project
    package let passwords: Passwords
    package let sessions: Sessions
    package let forms = FormTokens()
    /// Feedback responses per client address, in memory only.
    package let feedbackLimiter = FeedbackLimiter()
    package let now: @Sendable () -> Date
    /// The address people reach the app at, for the links it makes; else the request's own host.
    package let publicURL: String?
    /// Rounds by id (nil for none), kept while the audit head stays: creating or moving a round moves it.
    let rounds = HeadCache<Round?>(limit: 512)
    /// Each revealed round's evaluation, kept while the audit log's head stays where it was (no write can have changed
    /// it): the what-if recomputes only what the weights change.
    let evaluations = HeadCache<RoundEvaluation>()
    /// Each revealed round's comparison report, kept the same way: built as `arvio report` builds it.
    let reports = HeadCache<ComparisonReport>()
    /// What-if pages already computed, by round, language and weights, while the audit head stays: a what-if is a
    /// link people send each other, and everyone who opens it reads the same ranking.
    let whatIfs = HeadCache<String>(limit: 512)
    /// Arvio's version and the SMAA draws of the reports, as the command line's `report` prints them.
    package let version: String
    package let samples: Int
    /// A hash checked when the user name is unknown, so that an unknown name costs the same work as a wrong password.
    let dummyHash: String

    /// How long an invitation link works: experts score over two weeks, and the first of them sign up in the first.
    package static let invitationLifetime: TimeInterval = 7 * 24 * 60 * 60

    func address(for request: Request) -> String {
        publicURL ?? "http://" + (request.head.authority ?? "127.0.0.1")
    }

    /// Failed sign-ins after which an account waits, and how long.
    package static let failuresBeforeWait = 5
    package static let wait: TimeInterval = 15 * 60

    package init(
        site: SiteCache, store: any WebStore, project: Project, passwords: Passwords = Passwords(), secure: Bool, publicURL: String? = nil,
        version: String = "dev", samples: Int = 10_000, now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.publicURL = publicURL
        self.version = version
        self.samples = samples
        self.project = project
        self.site = site
        self.store = store
        self.passwords = passwords
        self.now = now
        sessions = Sessions(store: store, secure: secure, now: now)
        dummyHash = Bcrypt.hash("arvio dummy password", cost: passwords.cost)
    }

    func nowText() -> String { Sessions.text(now()) }

    /// The round evaluated under its model — every score aggregated, every verdict applied — from the cache when the
    /// audit head has not moved since it was computed (`head`, when the caller has just read it).
    func evaluation(of round: String, head: String? = nil) throws -> RoundEvaluation {
        try evaluations.value(round, head: try head ?? store.auditHead().description) {
            try RoundEvaluation(try store.record(of: round), project: project)
        }
    }

    /// The round's comparison report — every method, the gate, sensitivity with SMAA-2 (seed 1), the audit head —
    /// exactly as `arvio report --round` writes it, from the cache while the audit head has not moved.
    func report(of round: String) throws -> ComparisonReport {
        // Feedback from the form moves no audit head: its version keys the report too (the profiles' evidence).
        try reports.value(round, head: try store.auditHead().description + "/" + store.feedbackVersion()) {
            let record = try store.record(of: round)
            var report = try ComparisonReport(
                project: project, record: record,
                metadata: .init(
                    version: version, generated: String(nowText().prefix(10)), samples: samples, seed: 1,
                    auditHead: record.auditHead?.description),
                threads: ProcessInfo.processInfo.activeProcessorCount)
            report.evidence = .init(project: project, feedback: try project.survey.map { try store.feedbackTally(survey: $0) })
            return report
        }
    }

    /// The account of a correct user name and password; nil for every failure alike — unknown name, wrong password,
    /// disabled account, or too many recent failures — after the same bcrypt work. Failures are counted per name.
    func signIn(_ id: String, password: String) async throws -> Account? {
        let found = try store.credentials(id)
        let matches = try await passwords.verify(password, hash: found?.passwordHash ?? dummyHash)
        var waiting = false
        if let failures = try store.signInFailures(id), failures.count >= Self.failuresBeforeWait,
            let last = Sessions.date(failures.lastAt), now().timeIntervalSince(last) < Self.wait
        {
            waiting = true
        }
        guard let account = found?.account, matches, !account.disabled, !waiting else {
            try store.recordSignInFailure(id, at: nowText(), forgetBefore: Sessions.text(now().addingTimeInterval(-Self.wait)))
            return nil
        }
        try store.clearSignInFailures(id)
        return account
    }
}

/// Values by key, each with the audit head it was made at: a value is reused only while the head has not moved, so no
/// write can be missed (every write that can change a result moves the head). With a `limit`, past that many entries it
/// starts again (for what is cheap to remake and has many keys, like a what-if per link).
final class HeadCache<Value: Sendable>: Sendable {
    let entries = Mutex<[String: (head: String, value: Value)]>([:])
    let limit: Int?

    init(limit: Int? = nil) { self.limit = limit }

    func value(_ key: String, head: String, make: () throws -> Value) rethrows -> Value {
        if let cached = entries.withLock({ $0[key] }), cached.head == head { return cached.value }
        let value = try make()
        entries.withLock { entries in
            if let limit, entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = (head, value)
        }
        return value
    }
}
