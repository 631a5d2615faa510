import ArgumentParser

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
}

/// Arvio's version: `arvio --version`, every report's footer and JSON, and the site.
enum ArvioVersion {
    static let current = "0.5.0"
}
