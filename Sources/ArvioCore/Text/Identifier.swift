/// The one pattern every id follows — solutions, criteria, areas, rounds, assessors, rules, models — wherever it is
/// created (a YAML file, `arvio round new`, `arvio assessor add`): 1 to 64 letters (å, ä and ö included), digits,
/// `-` and `_`, starting with a letter or a digit. Ids become file names (`<round>.xlsx`), URL segments and sheet
/// cells, so nothing that could climb out of a folder (`..`, `/`), start an option (`-x`) or drive a terminal passes.
public enum Identifier {
    public static let maximumLength = 64

    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= maximumLength, isLetterOrDigit(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLetterOrDigit($0) || $0 == "-" || $0 == "_" }
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark) || ("0"..."9").contains(scalar)
    }
}

/// Characters a terminal, a spreadsheet or an XML reader acts on rather than shows: the C0 controls (NUL, ESC, CR…)
/// other than tab and line feed, DEL, and the C1 controls. Names refuse line breaks too; long texts (rationales,
/// descriptions) may hold line feeds.
public enum ControlCharacter {
    /// The first control character in a one-line text (a name, an id), line breaks included.
    public static func first(inName text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { isControl($0) || $0 == "\n" || $0 == "\t" }
    }

    /// The first control character in a long text, where tab and line feed are allowed.
    public static func first(inText text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
    }

    /// `U+001B` for the message.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
