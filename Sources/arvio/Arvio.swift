import ArgumentParser
import ArvioCore
import Foundation

@main
struct Arvio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arvio",
        abstract: localized(
            fi: "Sosiaali- ja terveydenhuollon etäpalveluratkaisujen arviointi (Arvio).",
            en: "Evaluate remote-service solutions for social and health care (Arvio)."),
        discussion: localized(
            fi:
                "Arvio lukee projektin tekstitiedostot (catalog/, criteria/, toolkit/), pitää arviointikierrokset tietokannassa ja kirjoittaa vertailuraportin ja toimintamallien sivuston. Tulosteet ovat suomeksi; --lang en vaihtaa englantiin.",
            en:
                "Arvio reads the project's text files (catalog/, criteria/, toolkit/), keeps evaluation rounds in a database and writes the comparison report and the site of operating models. Output is in Finnish; --lang en switches to English."
        ),
        version: ArvioVersion.current,
        subcommands: [
            Check.self, CatalogCommand.self, CriteriaCommand.self, LandscapeCommand.self, RankCommand.self, CompareCommand.self,
            SensitivityCommand.self,
            ReportCommand.self, BuildCommand.self,
            WeightsCommand.self,
            RoundCommand.self, AssessorCommand.self, ScoreCommand.self, WorkbookCommand.self, ImportCommand.self, ExportCommand.self,
            VerdictCommand.self, AuditCommand.self, FeedbackCommand.self, KPICommand.self, ServeCommand.self,
        ]
    )

    /// The one error path: a command throws, and an error a person reads (``UserFacingError``) is printed here to
    /// standard error in the language of `--lang`, with exit status 1. ArgumentParser's own usage errors, help and
    /// version keep its handling (exit status 64 or 0).
    static func main() async {
        let language = helpLanguage
        do {
            var command = try parseAsRoot()
            if var server = command as? any AsyncParsableCommand {
                try await server.run()
            } else {
                try command.run()
            }
        } catch let error as any UserFacingError {
            Output.note(error.text(in: language))
            Foundation.exit(1)
        } catch {
            // Help, version and usage errors: ArgumentParser's text, its standard phrases in the chosen language.
            let message = ParserWording.translated(fullMessage(for: error))
            let code = exitCode(for: error)
            if code == .success {
                if !message.isEmpty { Output.text(message) }
            } else {
                Output.note(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Arvio's version: `arvio --version`, every report's footer and JSON, and the site.
enum ArvioVersion {
    static let current = "0.5.0"
}
