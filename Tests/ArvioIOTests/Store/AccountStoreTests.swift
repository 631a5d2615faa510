import ArvioCore
import GRDB
import Testing

@testable import ArvioIO

/// The web app's people in the store: single-use, expiring invitations kept as hashes; accounts in the audit log;
/// sessions that end with their account; failed sign-ins counted per name.
struct AccountStoreTests {
    static func store() throws -> (ScoreStore, DatabaseQueue) {
        let queue = try DatabaseQueue()
        let store = try ScoreStore(queue)
        try store.addAssessor(Assessor(id: "anna", name: "Anna", role: "security", areas: ["T"]), actor: "c", at: "2026-01-01T00:00:00Z")
        return (store, queue)
    }

    @Test func anInvitationIsTakenOnceAndOnlyBeforeItExpires() throws {
        let (store, _) = try Self.store()
        let token = Token.new()
        try store.invite(
            tokenHash: Token.hash(token), role: .coordinator, createdBy: nil, at: "2026-01-01T10:00:00Z",
            expiresAt: "2026-01-01T11:00:00Z")

        #expect(try store.invitation(tokenHash: Token.hash(token), at: "2026-01-01T11:00:01Z") == nil)
        #expect(try store.invitation(tokenHash: Token.hash(token), at: "2026-01-01T10:59:59Z")?.role == .coordinator)
        #expect(try store.hasCoordinator() == false)
        let late = try store.accept(
            tokenHash: Token.hash(token), id: "kaisa", name: "Kaisa", passwordHash: "h", at: "2026-01-01T11:00:00Z")
        let account = try store.accept(
            tokenHash: Token.hash(token), id: "Kaisa", name: "Kaisa K", passwordHash: "h", at: "2026-01-01T10:30:00Z")
        let again = try store.accept(
            tokenHash: Token.hash(token), id: "other", name: "Other", passwordHash: "h", at: "2026-01-01T10:31:00Z")

        #expect(late == nil && again == nil)
        #expect(account?.id == "kaisa" && account?.role == .coordinator && account?.disabled == false)
        #expect(try store.hasCoordinator())
        #expect(try store.credentials("KAISA")?.passwordHash == "h")
        #expect(token.count == 43 && !token.contains("+") && !token.contains("/") && Token.new() != token)
    }

    /// Who holds which role is vouched for by the audit log, without the password hash; an edited role is named.
    @Test func accountsAreInTheAuditLogAndAnEditedRoleIsNamed() throws {
        let (store, queue) = try Self.store()
        let token = Token.new()
        try store.invite(
            tokenHash: Token.hash(token), role: .assessor, assessor: "anna", createdBy: "kaisa", at: "2026-01-01T10:00:00Z",
            expiresAt: "2026-01-02T10:00:00Z")
        _ = try store.accept(
            tokenHash: Token.hash(token), id: "anna", name: "Anna", passwordHash: "secret-hash", at: "2026-01-01T10:05:00Z")

        let entry = try #require(try store.auditEntries().last)
        #expect(entry.entity == "account/anna" && entry.actor == "kaisa" && entry.action == "account.create")
        #expect(entry.new.contains("role=8:assessor") && entry.new.contains("assessor=4:anna") && !entry.new.contains("secret-hash"))
        #expect(try store.verifyAudit().isEmpty)

        try queue.write { db in try db.execute(sql: "UPDATE account SET role = 'coordinator' WHERE id = 'anna'") }
        #expect(try store.verifyAudit().map(\.description).contains { $0.contains("account/anna") })
    }

    @Test func disablingAnAccountEndsItsSessionsAndIsAudited() throws {
        let (store, _) = try Self.store()
        let token = Token.new()
        try store.invite(tokenHash: Token.hash(token), role: .procurement, createdBy: "kaisa", at: "t0", expiresAt: "t9")
        _ = try store.accept(tokenHash: Token.hash(token), id: "pia", name: "Pia", passwordHash: "h", at: "t1")
        try store.createSession(idHash: "s1", account: "pia", csrfToken: "c1", at: "t2")

        #expect(try store.session(idHash: "s1")?.account.id == "pia")
        try store.touchSession(idHash: "s1", at: "t3")
        #expect(try store.session(idHash: "s1")?.lastSeenAt == "t3")
        try store.setDisabled("pia", true, actor: "kaisa", at: "t4")

        #expect(try store.session(idHash: "s1") == nil)
        #expect(try store.auditEntries().last?.action == "account.disable")
        #expect(try store.verifyAudit().isEmpty)
        #expect(throws: StoreError.self) { try store.setDisabled("nobody", true, actor: "kaisa", at: "t5") }
    }

    @Test func failedSignInsAreCountedPerNameKnownOrNot() throws {
        let (store, _) = try Self.store()

        try store.recordSignInFailure("ghost", at: "t1")
        try store.recordSignInFailure("GHOST", at: "t2")
        #expect(try store.signInFailures("ghost").map { [String($0.count), $0.lastAt] } == ["2", "t2"])
        try store.clearSignInFailures("ghost")
        #expect(try store.signInFailures("ghost") == nil)
        // Counts past the waiting time are forgotten as new failures come in.
        try store.recordSignInFailure("old", at: "2027-01-01T00:00:00Z")
        try store.recordSignInFailure("new", at: "2027-01-01T01:00:00Z", forgetBefore: "2027-01-01T00:45:00Z")
        #expect(try store.signInFailures("old") == nil && store.signInFailures("new")?.count == 1)
    }

    @Test func aTakenNameOrABadOneIsRefusedAndTheInvitationKept() throws {
        let (store, _) = try Self.store()
        let first = Token.new(), second = Token.new()
        for token in [first, second] {
            try store.invite(tokenHash: Token.hash(token), role: .assessor, createdBy: "kaisa", at: "t0", expiresAt: "t9")
        }
        _ = try store.accept(tokenHash: Token.hash(first), id: "ville", name: "Ville", passwordHash: "h", at: "t1")

        #expect(throws: StoreError(.accountExists("ville"))) {
            try store.accept(tokenHash: Token.hash(second), id: "Ville", name: "V", passwordHash: "h", at: "t2")
        }
        #expect(throws: StoreError.self) {
            try store.accept(tokenHash: Token.hash(second), id: "ville ville", name: "V", passwordHash: "h", at: "t2")
        }
        #expect(try store.invitation(tokenHash: Token.hash(second), at: "t3") != nil)
    }
}
