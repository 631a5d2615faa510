import ArgumentParser
import ArvioCore
import Foundation

/// The language of help texts and of ArgumentParser's own messages: `--lang` as the command line gives it, read
/// before the arguments are parsed (help is written while parsing).
let helpLanguage = Language.requested(in: Array(CommandLine.arguments.dropFirst()))

/// A help or usage text in Finnish and English side by side, in the language of the command line.
func localized(fi: String, en: String) -> String { LocalizedText(fi: fi, en: en)[helpLanguage] }

extension ArgumentHelp {
    /// An option's help in Finnish and English side by side.
    static func text(fi: String, en: String) -> ArgumentHelp { ArgumentHelp(localized(fi: fi, en: en)) }
}

/// ArgumentParser writes its own headings and standard lines in English only (apple/swift-argument-parser#203); in
/// Finnish they are replaced here, one pair per phrase, before the help or usage error is printed.
enum ParserWording {
    static let finnish: [(english: String, finnish: String)] = [
        ("OVERVIEW:", "YLEISKUVA:"), ("USAGE:", "KÄYTTÖ:"), ("ARGUMENTS:", "ARGUMENTIT:"), ("OPTIONS:", "VALITSIMET:"),
        ("SUBCOMMANDS:", "ALIKOMENNOT:"), ("Show help information.", "Näytä ohje."), ("Show the version.", "Näytä versio."),
        ("default:", "oletus:"), ("(values:", "(arvot:"), (" (default)", " (oletus)"),
        ("for detailed help.", "lisäohjeita varten."), ("<subcommand>", "<alikomento>"), ("<options>", "<valitsimet>"),
        ("Error: ", "virhe: "), ("Usage: ", "Käyttö: "), ("Help: ", "Ohje: "),
        ("for more information.", "lisätietoja varten."), ("See '", "Katso '"),
        ("Missing expected argument", "Puuttuva argumentti"), ("Unknown option", "Tuntematon valitsin"),
        ("Unexpected argument", "Odottamaton argumentti"), ("Missing value for", "Puuttuva arvo valitsimelle"),
        ("is invalid for", "ei kelpaa valitsimelle"), ("The value", "Arvo"),
        ("Please provide one of the following:", "Anna jokin näistä:"), ("Please provide one of ", "Anna jokin näistä: "),
        (" or '", " tai '"),
    ]

    /// ArgumentParser's message in the language of the command line; its `Error:` written `error:` in English too, as
    /// every other error of the command line is.
    static func translated(_ message: String) -> String {
        guard helpLanguage == .fi else { return message.replacingOccurrences(of: "Error: ", with: "error: ") }
        return finnish.reduce(message) { $0.replacingOccurrences(of: $1.english, with: $1.finnish) }
    }
}
