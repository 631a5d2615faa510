import Foundation
import HummingbirdBcrypt
import NIOPosix

/// Passwords as ASVS level 2 has them: bcrypt at cost 12 (or the test configuration's), computed on a thread pool, off
/// the server's tasks; 8 to 72 bytes (bcrypt reads only 72, so a longer one is refused, never cut); not a common
/// password; no composition rules.
package struct Passwords: Sendable {
    package var cost: UInt8

    package init(cost: UInt8 = 12) { self.cost = cost }

    package enum Problem: Hashable, Sendable {
        case tooShort, tooLong, common, mismatch
    }

    /// What is wrong with a new password, or nil.
    package static func problem(_ password: String, repeated: String) -> Problem? {
        if password.count < 8 { return .tooShort }
        if password.utf8.count > 72 { return .tooLong }
        if common.contains(password.lowercased()) { return .common }
        if password != repeated { return .mismatch }
        return nil
    }

    package func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    package func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// Passwords too common to allow: the most frequent of the published leak lists and their obvious Finnish
    /// counterparts. A deny list, not a composition rule.
    static let common: Set<String> = [
        "12345678", "123456789", "1234567890", "password", "password1", "password123", "qwertyui", "qwerty123",
        "qwertyuiop", "11111111", "00000000", "87654321", "abcdefgh", "abc12345", "iloveyou", "sunshine", "princess",
        "football", "baseball", "welcome1", "admin123", "administrator", "letmein1", "monkey123", "dragon123",
        "passw0rd", "p@ssw0rd", "trustno1", "superman", "starwars", "whatever", "asdfghjk", "asdfasdf", "zxcvbnm1",
        "1q2w3e4r", "1qaz2wsx", "qazwsxedc", "aaaaaaaa", "12341234", "12121212", "11223344", "secret123", "changeme",
        "salasana", "salasana1", "salasana123", "salasana1234", "kissa123", "koira123", "perkele1", "suomi123",
        "suomi2024", "suomi2025", "suomi2026", "kesä2025", "kesa2025", "talvi2025", "syksy2025", "kevät2025",
        "hyvinvointi", "lappi123", "rovaniemi", "rovaniemi1", "arvio123", "arvioija", "tervetuloa", "tervetuloa1",
        "moikka123", "hellurei", "qwertyuiopå", "asdfghjklöä",
    ]
}
