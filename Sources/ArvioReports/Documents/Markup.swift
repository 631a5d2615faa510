/// Text made safe for XML and XHTML-compatible HTML, shared by the workbooks and the report.
enum Markup {
    /// The policy every generated page carries: no script but same-origin files (the site's filter script), no
    /// plug-ins, frames, forms to elsewhere or base rewriting; styles inline (the pages are single files); images from
    /// the page's own folder or inline SVG. A payload that escaping ever missed still cannot run.
    /// The policy of a page that must work opened from disk: its style inline, scripts only from its own files.
    static let policy =
        "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'"
    static let contentSecurityPolicy = "<meta http-equiv=\"Content-Security-Policy\" content=\"\(policy)\"/>"

    /// Escapes `& < > "` (attribute values are always double-quoted) and drops the control characters XML 1.0
    /// forbids, so a stray one in a rationale cannot make a workbook or a report unreadable.
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\u{9}", "\u{A}", "\u{D}": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
