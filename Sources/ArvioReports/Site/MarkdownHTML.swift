import ArvioCore
import Foundation
import Ink

/// The toolkit's Markdown as HTML (Ink), made safe and made to say what the research says: raw HTML in a model
/// file is shown as text, bare web addresses become links, and `[vahvistamaton]` markers become a visible label.
enum MarkdownHTML {
    static func parser(declaredURLs: [String: String]) -> MarkdownParser {
        MarkdownParser(modifiers: [
            // Model files are edited by people, not programmers: any HTML in them is text, never markup or script.
            Modifier(target: .html) { _, markdown in Markup.escape(String(markdown)) },
            // Ink writes a link's target into href as it is; rebuild every link and image with the target escaped, and
            // write one whose scheme is not http(s) or mailto as its text only (`check` refuses it with file:line).
            Modifier(target: .links) { html, markdown in safeLink(html, markdown, declaredURLs) },
            Modifier(target: .images) { _, markdown in
                let alt = markdown.dropFirst(2).prefix { $0 != "]" }
                guard let target = target(of: markdown.dropFirst(), declaredURLs), LinkTarget.isAllowed(target) else {
                    return Markup.escape(String(alt))
                }
                return "<img src=\"\(Markup.escape(target))\" alt=\"\(Markup.escape(String(alt)))\"/>"
            },
            // Headings inside a section sit below the page's h2.
            Modifier(target: .headings) { html, _ in
                html.replacingOccurrences(of: "<h1>", with: "<h3>").replacingOccurrences(of: "</h1>", with: "</h3>")
                    .replacingOccurrences(of: "<h2>", with: "<h3>").replacingOccurrences(of: "</h2>", with: "</h3>")
            },
            Modifier(target: .tables) { html, _ in html.replacingOccurrences(of: "<th>", with: "<th scope=\"col\">") },
            // The pages are XHTML-compatible: Ink writes a bare <hr>.
            Modifier(target: .horizontalLines) { _, _ in "<hr/>" },
        ])
    }

    /// One line of Markdown (a checklist item) without the paragraph around it.
    static func inline(_ markdown: String) -> String {
        var html = self.html(markdown, .fi).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>") { html = String(html.dropFirst(3).dropLast(4)) }
        return html
    }

    static func html(_ markdown: String, _ l: Language) -> String {
        // Ink reads a text that starts with a `---` line as its own front matter: it swallows what follows as
        // metadata, and traps when only blank lines follow (found by fuzzing). Front matter is Arvio's business, so
        // a leading `---` is written as `***`, the same horizontal rule.
        var markdown = defusing(markdown)
        if let first = markdown.firstMatch(of: /^[ \t\r\n]*(---)[ \t]*(\r?\n|$)/) {
            markdown.replaceSubrange(first.output.1.startIndex..<first.output.1.endIndex, with: "***")
        }
        // A bare address (at the start of a line or after a space) becomes a link; one already in [..](..) does not.
        let linked = markdown.replacing(/(^|[ \t])(https?:\/\/[^\s)<>\]]+)/.anchorsMatchLineEndings()) { match in
            "\(match.output.1)[\(match.output.2)](\(match.output.2))"
        }
        var declared: [String: String] = [:]
        for match in linked.matches(of: /(?m)^[ \t]*\[([^\]]+)\]:[ \t]*(.*)$/) {
            declared[match.output.1.lowercased()] = String(match.output.2)
        }
        let html = parser(declaredURLs: declared).html(from: linked)
        return html.replacing(/\[vahvistamaton(:[^\]]*)?\]/) { match in
            let detail = match.output.1.map { String($0.dropFirst()).trimmingCharacters(in: .whitespaces) } ?? ""
            let label = Formatting.pick(l, "vahvistamaton", "unverified")
            return "<strong class=\"unverified\">\(label)\(detail.isEmpty ? "" : ": " + detail)</strong>"
        }
    }

    /// `<a href="…">title</a>` from Ink's rendering of `[text](target)` or `[text][name]`, with the target escaped, or
    /// the title alone when the target is not allowed.
    static func safeLink(_ html: String, _ markdown: Substring, _ declared: [String: String]) -> String {
        guard let target = target(of: markdown, declared) else { return Markup.escape(String(markdown)) }
        let prefix = "<a href=\"\(target)\">"
        guard html.hasPrefix(prefix), html.hasSuffix("</a>") else { return Markup.escape(String(markdown)) }
        let title = String(html.dropFirst(prefix.count).dropLast(4))
        guard LinkTarget.isAllowed(target) else { return title }
        return "<a href=\"\(Markup.escape(target))\">\(title)</a>"
    }

    /// The target of `[text](target)`, or the declared address of `[text][name]` (Ink: the name when undeclared).
    static func target(of markdown: Substring, _ declared: [String: String]) -> String? {
        if markdown.hasSuffix(")"), let open = markdown.firstRange(of: "](") {
            return String(markdown[open.upperBound...].dropLast())
        }
        if let open = markdown.firstRange(of: "]["), markdown.hasSuffix("]") {
            let name = String(markdown[open.upperBound...].dropLast())
            return declared[name.lowercased()] ?? name
        }
        return nil
    }

    /// Two inputs on which Ink never finishes (found by fuzzing), made plain text before Ink sees them:
    /// - Ink tries every `[` as the start of a link whose text may hold further links, so a run of unclosed brackets
    ///   (`[[[[…`) takes time exponential in its length. A link's text never needs a link inside it: a `[` opened
    ///   inside another on the same line is written as the entity `&#91;`, which a browser shows as `[`.
    /// - `<p` followed by anything but `>` (`x <p y`) sends Ink's paragraph reader into an endless loop. Raw HTML in a
    ///   model is shown as text anyway, so every `<` is written as `&lt;`.
    /// Inline code (between backticks) is left as it is.
    static func defusing(_ markdown: String) -> String {
        guard markdown.contains("<") || markdown.filter({ $0 == "[" }).count > 1 else { return markdown }
        var result = ""
        result.reserveCapacity(markdown.utf8.count)
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result.append("\n") }
            var depth = 0
            var inCode = false
            for character in line {
                switch character {
                case "`": inCode.toggle()
                case "[" where !inCode:
                    if depth > 0 {
                        result += "&#91;"
                        continue
                    }
                    depth += 1
                case "]" where !inCode && depth > 0: depth -= 1
                case "<" where !inCode:
                    result += "&lt;"
                    continue
                default: break
                }
                result.append(character)
            }
        }
        return result
    }
}
