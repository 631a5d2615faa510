import ArvioCore
import ArvioIO
import ArvioReports
import Crypto
import Foundation

/// The toolkit site as `arvio build` writes it, held in memory and served under `/`: built on the first request and
/// again whenever the database has changed since (its audit head moved), so the pages are current with the store.
package actor SiteCache {
    /// One build: the files by path, and the content security policy that admits exactly their own `<style>` blocks.
    package struct Build: Sendable {
        package var version: String
        package var files: [String: String]
        package var policy: String
    }

    /// What a build is made from; called off the actor's callers' paths only when the version changed.
    package struct Source: Sendable {
        package var version: @Sendable () throws -> String
        package var files: @Sendable () throws -> [ToolkitSite.File]

        package init(version: @escaping @Sendable () throws -> String, files: @escaping @Sendable () throws -> [ToolkitSite.File]) {
            self.version = version
            self.files = files
        }
    }

    let source: Source
    var current: Build?

    package init(_ source: Source) { self.source = source }

    /// The current build, rebuilt first if the database has changed.
    package func build() throws -> Build {
        let version = try source.version()
        if let current, current.version == version { return current }
        let files = try source.files()
        let build = Build(
            version: version, files: Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first }),
            policy: Self.policy(styles: files.flatMap { Self.styleBlocks(in: $0.text) }))
        current = build
        return build
    }

    /// The policy of the last build, or the strictest one before any (for an error before the first build).
    package func policy() -> String { current?.policy ?? Self.policy(styles: []) }

    /// Scripts only from the site itself, never inline; styles from the site and the pages' own `<style>` blocks by
    /// their SHA-256 (the report and the site are self-contained files that also open without a server); the
    /// report's charts size themselves with `style` attributes, which CSP governs apart (`style-src-attr`).
    static func policy(styles: [String]) -> String {
        let hashes = Set(styles.map { "'sha256-\(Data(digest($0)).base64EncodedString())'" }).sorted()
        return
            ([
                "default-src 'self'", "script-src 'self'", "style-src 'self' " + hashes.joined(separator: " "),
                "style-src-attr 'unsafe-inline'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'",
                "frame-ancestors 'none'", "form-action 'self'",
            ] as [String]).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
    }

    /// The SHA-256 of a text's UTF-8, as CSP hashes a `<style>` block.
    package static func digest(_ text: String) -> [UInt8] { Array(SHA256.hash(data: Data(text.utf8))) }

    /// The text of every `<style>` element of a page, exactly as the browser hashes it.
    static func styleBlocks(in html: String) -> [String] {
        html.matches(of: /<style>([^<]*)<\/style>/).map { String($0.output.1) }
    }
}
