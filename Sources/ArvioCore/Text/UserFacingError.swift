/// An error a person reads, worded in the language they chose. Every error that can reach the command line conforms;
/// the CLI's `main` catches it once and prints ``text(in:)`` to standard error with exit status 1.
public protocol UserFacingError: Error {
    func text(in language: Language) -> String
}

/// The shape of every error message, compiler-style so that editors jump to the place: `where: virhe: what` and an
/// `ohje:` line in Finnish, `where: error: what` and a `help:` line in English.
public enum ErrorText {
    public static func located(_ location: String?, problem: String, help: String, _ language: Language) -> String {
        "\(location.map { "\($0): " } ?? "")\(error(language)): \(problem)\n  \(self.help(language)): \(help)"
    }

    /// The word before a problem: `virhe` / `error`.
    public static func error(_ language: Language) -> String { language == .fi ? "virhe" : "error" }

    /// The word before the way to fix it: `ohje` / `help`.
    public static func help(_ language: Language) -> String { language == .fi ? "ohje" : "help" }
}
