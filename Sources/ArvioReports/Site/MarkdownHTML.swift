import ArvioCore
import Foundation
import Ink

/// The toolkit's Markdown as HTML (Ink), made safe and made to say what the research says: raw HTML in a model
/// file is shown as text, bare web addresses become links, and `[vahvistamaton]` markers become a visible label.
enum MarkdownHTML {
    static var parser: MarkdownParser {
        MarkdownParser(modifiers: [
            // Model files are edited by people, not programmers: any HTML in them is text, never markup or script.
            Modifier(target: .html) { _, markdown in Markup.escape(String(markdown)) },
            // Headings inside a section sit below the page's h2.
            Modifier(target: .headings) { html, _ in
                html.replacingOccurrences(of: "<h1>", with: "<h3>").replacingOccurrences(of: "</h1>", with: "</h3>")
                    .replacingOccurrences(of: "<h2>", with: "<h3>").replacingOccurrences(of: "</h2>", with: "</h3>")
            },
            Modifier(target: .tables) { html, _ in html.replacingOccurrences(of: "<th>", with: "<th scope=\"col\">") },
        ])
    }

    /// One line of Markdown (a checklist item) without the paragraph around it.
    static func inline(_ markdown: String) -> String {
        var html = self.html(markdown, .fi).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }

    static func html(_ markdown: String, _ l: Language) -> String {
        // A bare address (at the start of a line or after a space) becomes a link; one already in [..](..) does not.
        let linked = markdown.replacing(/(^|[ \t])(https?:\/\/[^\s)<>\]]+)/.anchorsMatchLineEndings()) { match in
            "\(match.output.1)[\(match.output.2)](\(match.output.2))"
        }
        let html = parser.html(from: linked)
        return html.replacing(/\[vahvistamaton(:[^\]]*)?\]/) { match in
            let detail = match.output.1.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) } ?? ""
            let label = Formatting.pick(l, "vahvistamaton", "unverified")
            return "<strong class=\"unverified\">\(label)\(detail.isEmpty ? "" : ": " + detail)</strong>"
        }
    }
}
