import ArvioCore
import Foundation

@testable import ArvioIO

/// The repository's own data, read once per test from the package root.
enum ShippedProject {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Every project file's text, keyed by its path from the root, so that tests can break copies in memory.
    static func files() -> [String: String] {
        var problems: [Diagnostic] = []
        let files = ProjectLoader(root: root).readFiles(problems: &problems)
        precondition(problems.isEmpty, "the shipped data must be readable: \(problems)")
        return files
    }

    /// Loads texts, returning the diagnostics' descriptions, or [] when the project is valid.
    static func problems(_ files: [String: String]) -> [String] {
        do {
            _ = try ProjectLoader.load(files: files)
            return []
        } catch {
            return error.items.map(\.description)
        }
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced; the test fails loudly if it is absent.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { preconditionFailure("'\(target)' is not in the text") }
        return replacingCharacters(in: range, with: replacement)
    }
}
