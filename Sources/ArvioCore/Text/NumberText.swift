/// A number for people, the product's one way of writing it: up to three decimals without trailing zeros, whole numbers
/// without a decimal point, a tiny or huge value in full (`1e-05`), a non-finite one as it is; with the language's
/// decimal mark (`0,5` in Finnish). Core messages use it directly, the views through `Formatting.number`; machine
/// formats keep the dot.
package func formatted(_ value: Double, _ language: Language = .en) -> String {
    guard value.isFinite else { return String(value) }
    let text: String
    if abs(value) >= 1e15 || (value != 0 && abs(value) < 0.000_5) {
        text = "\(value)"
    } else {
        let rounded = (value * 1000).rounded() / 1000
        text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
    return decimalMark(text, language)
}

/// A number written with a dot, with the language's decimal mark: a comma in Finnish. (A plain character map:
/// Foundation's replacingOccurrences cost seconds over a table of 100,000 rows.)
package func decimalMark(_ text: String, _ language: Language) -> String {
    language == .fi ? String(text.map { $0 == "." ? "," : $0 }) : text
}
