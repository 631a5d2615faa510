import ArgumentParser
import ArvioCore
import Foundation

@main
struct Arvio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arvio",
        abstract: "Evaluate remote-service solutions for social and health care (Arvio).",
        discussion: """
            Arvio reads the project's plain-text data (catalog/, criteria/) and checks, lists and summarises it.
            Finnish is the default language of its output; add --lang en for English.
            """,
        version: ArvioVersion.current,
        subcommands: [
            Check.self, CatalogCommand.self, CriteriaCommand.self, LandscapeCommand.self, RankCommand.self, SensitivityCommand.self,
            ReportCommand.self, BuildCommand.self,
            WeightsCommand.self,
            RoundCommand.self, AssessorCommand.self, ScoreCommand.self, WorkbookCommand.self, ImportCommand.self, ExportCommand.self,
            VerdictCommand.self, AuditCommand.self,
        ]
    )

    /// The one error path: a command throws, and an error a person reads (``UserFacingError``) is printed here to
    /// standard error in the language of `--lang`, with exit status 1. ArgumentParser's own usage errors, help and
    /// version keep its handling (exit status 64 or 0).
    static func main() {
        let language = Language.requested(in: Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any UserFacingError {
            FileHandle.standardError.write(Data((error.text(in: language) + "\n").utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

/// Arvio's version: `arvio --version`, every report's footer and JSON, and the site.
enum ArvioVersion {
    static let current = "0.5.0"
}
