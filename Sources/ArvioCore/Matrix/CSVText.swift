/// CSV injection (OWASP, "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// run as a formula by Excel, LibreOffice and Google Sheets. Every CSV Arvio writes prefixes such a text cell with an
/// apostrophe, which the spreadsheet shows as text; numbers (`-0.25`, `+3`, `1e-5`) are left as they are. The score
/// import removes the apostrophe again before one of those characters, so an exported round imports unchanged.
public enum CSVText {
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first), !isPlainNumber(text) else { return text }
        return "'" + text
    }

    /// The text as written before ``neutralised(_:)``.
    public static func restored(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }

    /// `[+-]digits[.digits][e[+-]digits]`: what a spreadsheet reads as a number, never as a formula.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
        func digits() -> Int {
            let count = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        var mantissa = digits()
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = scalars.first, e == "e" || e == "E" {
            scalars = scalars.dropFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
