import ArvioCore
import Foundation
import GRDB

/// The roles of the web app's people (issue 16). The public reads the toolkit without an account.
package enum AccountRole: String, Hashable, Sendable, CaseIterable, Codable {
    /// Runs rounds: invites people, reveals and closes, records verdicts.
    case coordinator
    /// Scores the areas they are competent in, linked to an Arvio assessor.
    case assessor
    /// Reads revealed and closed rounds and moves the weights.
    case procurement
}

/// A person who signs in to the web app.
package struct Account: Hashable, Sendable {
    /// The sign-in name, compared without regard to case.
    package var id: String
    package var name: String
    package var role: AccountRole
    /// For an assessor: the Arvio assessor whose scores they give.
    package var assessor: String?
    package var disabled: Bool

    init(_ row: Row) {
        id = row["id"]
        name = row["name"]
        role = AccountRole(rawValue: row["role"]) ?? .assessor
        assessor = row["assessorID"]
        disabled = row["disabled"]
    }
}

/// A signed-in session as the store keeps it: its account, its CSRF token, when it began and was last used.
package struct StoredSession: Hashable, Sendable {
    package var account: Account
    package var csrfToken: String
    package var createdAt: String
    package var lastSeenAt: String
}

/// Random tokens for links and sessions, and the hashes the store keeps instead of them: a copy of the database gives
/// nobody a working invitation or session.
package enum Token {
    /// 32 random bytes from the system's generator, as URL-safe base64 without padding.
    package static func new() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    package static func hash(_ token: String) -> String { ScoreStore.sha256(token) }
}

/// Accounts, invitations, sessions and failed sign-ins. Who holds which role is in the audit log (`account/<id>`);
/// invitations and sessions are kept only as hashes of their tokens.
extension ScoreStore {
    /// Whether anyone can run rounds yet; without a coordinator the server offers a one-time setup link.
    package func hasCoordinator() throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM account WHERE role = 'coordinator' AND NOT disabled)"))
                ?? false
        }
    }

    /// A single-use invitation to an account with `role`, valid until `expiresAt` (ISO 8601 UTC).
    ///
    /// - Parameter createdBy: the coordinator who invites; nil for the first-run setup link.
    package func invite(
        tokenHash: String, role: AccountRole, assessor: String? = nil, createdBy: String?, at: String, expiresAt: String
    ) throws {
        try write { db in
            if let assessor, try !Self.exists(db, table: "assessor", id: assessor) {
                throw StoreError(.unknownAssessor(assessor, suggestion: nil))
            }
            try db.cachedStatement(
                sql: "INSERT INTO invitation (tokenHash, role, assessorID, createdBy, createdAt, expiresAt) VALUES (?, ?, ?, ?, ?, ?)"
            ).execute(arguments: [tokenHash, role.rawValue, assessor, createdBy, at, expiresAt])
        }
    }

    /// Whether an invitation can still be taken: known, unused and not expired at `at`.
    package func invitation(tokenHash: String, at: String) throws -> (role: AccountRole, assessor: String?)? {
        try writer.read { db in
            try Row.fetchOne(
                db.cachedStatement(sql: "SELECT role, assessorID FROM invitation WHERE tokenHash = ? AND usedAt IS NULL AND expiresAt > ?"),
                arguments: [tokenHash, at]
            ).map { (AccountRole(rawValue: $0["role"]) ?? .assessor, $0["assessorID"]) }
        }
    }

    /// Takes an invitation and creates its account, in one transaction: the invitation is used up, the account is
    /// entered in the audit log (actor: who invited, or `setup`). Nil when the invitation is unknown, used or expired.
    package func accept(tokenHash: String, id: String, name: String, passwordHash: String, at: String) throws -> Account? {
        try Self.requireValid(text: name, field: "name")
        guard Identifier.isValid(id) else { throw StoreError(.invalid(.invalidID(id))) }
        let id = id.lowercased()
        return try writer.write { db -> Account? in
            guard
                let invitation = try Row.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM invitation WHERE tokenHash = ? AND usedAt IS NULL AND expiresAt > ?"),
                    arguments: [tokenHash, at])
            else { return nil }
            if try Self.exists(db, table: "account", id: id) { throw StoreError(.accountExists(id)) }
            try db.cachedStatement(sql: "UPDATE invitation SET usedAt = ? WHERE tokenHash = ?").execute(arguments: [at, tokenHash])
            let actor: String = invitation["createdBy"] ?? "setup"
            try Self.audited(db, entity: "account/\(id)", action: "account.create", actor: actor, at: at) {
                try db.cachedStatement(
                    sql: "INSERT INTO account (id, name, role, assessorID, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?, ?)"
                ).execute(arguments: [id, name, invitation["role"] as String, invitation["assessorID"] as String?, passwordHash, at])
            }
            return try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"), arguments: [id]).map(Account.init)
        }
    }

    /// The account and its password hash, for signing in; nil for an unknown id.
    package func credentials(_ id: String) throws -> (account: Account, passwordHash: String)? {
        try writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM account WHERE id = ?"), arguments: [id]).map {
                (Account($0), $0["passwordHash"])
            }
        }
    }

    package func accounts() throws -> [Account] {
        try writer.read { db in try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM account ORDER BY id")).map(Account.init) }
    }

    /// Disables or enables an account (audited); disabling ends every session of it at once.
    package func setDisabled(_ id: String, _ disabled: Bool, actor: String, at: String) throws {
        try write { db in
            guard try Self.exists(db, table: "account", id: id) else { throw StoreError(.unknownAccount(id)) }
            try Self.audited(
                db, entity: "account/\(id.lowercased())", action: disabled ? "account.disable" : "account.enable", actor: actor, at: at
            ) {
                try db.cachedStatement(sql: "UPDATE account SET disabled = ? WHERE id = ?").execute(arguments: [disabled, id])
                if disabled { try db.cachedStatement(sql: "DELETE FROM session WHERE accountID = ?").execute(arguments: [id]) }
            }
        }
    }

    // MARK: - Sessions

    package func createSession(idHash: String, account: String, csrfToken: String, at: String) throws {
        try write { db in
            try db.cachedStatement(sql: "INSERT INTO session (idHash, accountID, csrfToken, createdAt, lastSeenAt) VALUES (?, ?, ?, ?, ?)")
                .execute(arguments: [idHash, account, csrfToken, at, at])
        }
    }

    /// The session of a cookie's hash with its account; nil when unknown or its account is disabled.
    package func session(idHash: String) throws -> StoredSession? {
        try writer.read { db in
            try Row.fetchOne(
                db.cachedStatement(
                    sql:
                        "SELECT account.*, session.csrfToken, session.createdAt AS began, session.lastSeenAt FROM session JOIN account ON account.id = session.accountID WHERE session.idHash = ? AND NOT account.disabled"
                ),
                arguments: [idHash]
            ).map { StoredSession(account: Account($0), csrfToken: $0["csrfToken"], createdAt: $0["began"], lastSeenAt: $0["lastSeenAt"]) }
        }
    }

    package func touchSession(idHash: String, at: String) throws {
        try write { db in
            try db.cachedStatement(sql: "UPDATE session SET lastSeenAt = ? WHERE idHash = ?").execute(arguments: [at, idHash])
        }
    }

    package func deleteSession(idHash: String) throws {
        try write { db in try db.cachedStatement(sql: "DELETE FROM session WHERE idHash = ?").execute(arguments: [idHash]) }
    }

    // MARK: - Failed sign-ins

    /// Counts a failed sign-in for `id` (known or not: the answer and the work must not tell them apart). Counts whose
    /// last failure is older than `forgetBefore` are dropped at the same time, so invented names cannot grow the table
    /// without bound.
    package func recordSignInFailure(_ id: String, at: String, forgetBefore: String? = nil) throws {
        try write { db in
            if let forgetBefore {
                try db.cachedStatement(sql: "DELETE FROM signInFailure WHERE lastAt < ?").execute(arguments: [forgetBefore])
            }
            try db.cachedStatement(
                sql:
                    "INSERT INTO signInFailure (accountID, failures, lastAt) VALUES (?, 1, ?) ON CONFLICT(accountID) DO UPDATE SET failures = failures + 1, lastAt = excluded.lastAt"
            ).execute(arguments: [id, at])
        }
    }

    package func signInFailures(_ id: String) throws -> (count: Int, lastAt: String)? {
        try writer.read { db in
            try Row.fetchOne(db.cachedStatement(sql: "SELECT failures, lastAt FROM signInFailure WHERE accountID = ?"), arguments: [id])
                .map { ($0["failures"], $0["lastAt"]) }
        }
    }

    package func clearSignInFailures(_ id: String) throws {
        try write { db in try db.cachedStatement(sql: "DELETE FROM signInFailure WHERE accountID = ?").execute(arguments: [id]) }
    }

    static func exists(_ db: Database, table: String, id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) ?? false
    }
}
