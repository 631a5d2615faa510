import ArvioCore
import Foundation
import Ink

/// The toolkit's Markdown as HTML (Ink), made safe and made to say what the research says: raw HTML in a model
/// file is shown as text, bare web addresses become links, and `[vahvistamaton]` (in an English body `[unverified]`)
/// markers become a visible label.
enum MarkdownHTML {
    static func parser(declaredURLs: [String: String], _ l: Language) -> MarkdownParser {
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
            // A table wider than a phone scrolls inside its own labelled, keyboard-focusable region.
            Modifier(target: .tables) { html, _ in
                "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(Formatting.pick(l, "Taulukko", "Table"))\">"
                    + html.replacingOccurrences(of: "<th>", with: "<th scope=\"col\">") + "</div>"
            },
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
        // Ink reads past the end of the text when a list item is followed by a line of only spaces at the very end
        // (found by fuzzing); whitespace at the end of a text means nothing in Markdown, so it is dropped.
        var markdown = defusing(markdown.lastIndex { !$0.isWhitespace }.map { String(markdown[...$0]) } ?? "")
        if let first = markdown.firstMatch(of: /^[ \t\r\n]*(---)[ \t]*(\r?\n|$)/) {
            markdown.replaceSubrange(first.output.1.startIndex..<first.output.1.endIndex, with: "***")
        }
        // A bare address (at the start of a line or after a space) becomes a link; one already in [..](..) does not.
        // Its text writes `&` as `&amp;`, so that Ink cannot read `&…;` in an address as an entity that hides the `]`.
        let linked = markdown.replacing(/(^|[ \t])(https?:\/\/[^\s)<>\[\]`\\\u{FDD0}\u{FDD1}]+)/.anchorsMatchLineEndings()) {
            match in
            "\(match.output.1)[\(match.output.2.replacingOccurrences(of: "&", with: "&amp;"))](\(match.output.2))"
        }
        var declared: [String: String] = [:]
        for match in linked.matches(of: /(?m)^[ \t]*\[([^\]]+)\]:[ \t]*(.*)$/) {
            declared[match.output.1.lowercased()] = String(match.output.2)
        }
        let html = restoring(parser(declaredURLs: declared, l).html(from: linked))
        return html.replacing(/\[(?:vahvistamaton|unverified)(:[^\]]*)?\]/) { match in
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
    /// - Ink tries every `[` as the start of a link whose text may hold further links, across the lines of a
    ///   paragraph, so unclosed brackets (`[[[[…`, or one per line) take time exponential in their number. Only a `[`
    ///   whose text ends at a `]` on the same line, with no `[`, backslash, backtick or `&` before it (each of which
    ///   could start something in Ink that hides the `]`), can begin a link; every other `[` becomes text. Ink then
    ///   reads each link's text to its first `]`, and links never nest.
    /// - `<p` followed by anything but `>` (`x <p y`) sends Ink's paragraph reader into an endless loop. Raw HTML in a
    ///   model is shown as text anyway, so every `<` becomes text.
    /// Both become placeholder characters that Ink reads as plain text wherever they stand (in inline code too, so no
    /// guess about where Ink sees code is needed); `restoring(_:)` writes them into Ink's HTML as `&#91;` and `&lt;`,
    /// which a browser shows as `[` and `<`. The placeholders are Unicode noncharacters, which a text for people never
    /// holds; any in the input are dropped.
    static func defusing(_ markdown: String) -> String {
        guard markdown.contains(where: { $0 == "<" || $0 == "[" || placeholders.contains($0) }) else { return markdown }
        let characters = Array(markdown)
        var result = ""
        result.reserveCapacity(markdown.utf8.count)
        for (index, character) in characters.enumerated() {
            switch character {
            case _ where placeholders.contains(character): continue
            case "[":
                let text = characters[(index + 1)...].prefix { !"[]\\`&".contains($0) && !$0.isNewline }
                result.append(text.endIndex < characters.endIndex && characters[text.endIndex] == "]" ? "[" : bracket)
            case "<": result.append(lessThan)
            default: result.append(character)
            }
        }
        return result
    }

    // Swift refuses noncharacters in a literal, not as values.
    private static let bracket = Character(Unicode.Scalar(0xFDD0)!)
    private static let lessThan = Character(Unicode.Scalar(0xFDD1)!)
    private static let placeholders: Set<Character> = [bracket, lessThan]

    /// Ink's HTML with the placeholders of `defusing(_:)` written as the entities a browser shows as `[` and `<`.
    static func restoring(_ html: String) -> String {
        guard html.contains(where: { placeholders.contains($0) }) else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count)
        for character in html {
            switch character {
            case bracket: result += "&#91;"
            case lessThan: result += "&lt;"
            default: result.append(character)
            }
        }
        return result
    }
}
