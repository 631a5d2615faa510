/// Arvio's one rendering layer for HTML pages: templates in Mustache's syntax, rendered from typed values, every
/// variable escaped on the way out (`& < > " '`) unless the template itself asks for it raw (`{{{name}}}`, which a test
/// allows only for the layout's body and inline style).
///
/// The syntax is the part of Mustache the pages use, with Mustache's meaning: `{{name}}`, dotted names (`{{text.x}}`,
/// the first part looked up from the innermost section outwards), `{{.}}`, sections `{{#name}}…{{/name}}` (a list
/// repeats, a value enters, `false`, nothing and an empty list or text skip), inverted sections `{{^name}}…{{/name}}`,
/// comments `{{! … }}`, and the specification's standalone lines (a line holding only a section tag and blanks
/// leaves nothing in the output). One difference, on purpose: an empty text is false in a section, as a missing one
/// (Mustache's reference implementation treats it as true, which made every page drop empty texts before rendering).
///
/// It replaces swift-mustache for speed: that renderer looks every name up through `Any`, casting each value to
/// several protocols, and escapes character by character — more than half of a what-if page's time (BENCHMARKS.md).
/// The tests keep swift-mustache as the oracle: every template renders the same through both.
package struct HTMLTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case variable([String], escaped: Bool)
        case section([String], inverted: Bool, [Node])
    }

    let nodes: [Node]

    /// A mistake in a template: what and where (the line in the template).
    package struct ParseError: Error, Equatable, CustomStringConvertible {
        package var message: String
        package var line: Int
        package var description: String { "template line \(line): \(message)" }
    }

    package init(_ source: String) throws(ParseError) {
        nodes = try Self.tree(Self.standalone(Self.tokens(source)))
    }

    /// The template filled with `value` (the outermost context, usually an object).
    package func render(_ value: TemplateValue) -> String {
        var output = ""
        var stack = [value]
        Self.render(nodes, &stack, into: &output)
        return output
    }

    // MARK: - Parsing

    enum Token {
        case text(String)
        /// `kind`: `#`, `^`, `/`, `!`, `{` or `&` (raw), or a space for a plain variable.
        case tag(kind: Character, name: String, line: Int)
    }

    /// The source as text runs (split after each newline, so that a run ends a line at most at its end) and tags.
    static func tokens(_ source: String) throws(ParseError) -> [Token] {
        var tokens: [Token] = []
        var rest = source[...]
        var line = 1
        // By Unicode scalars: "\r\n" is one Character, but its line ends at the "\n".
        func addText(_ text: Substring) {
            var run = text.unicodeScalars[...]
            while let newline = run.firstIndex(of: "\n") {
                tokens.append(.text(String(String.UnicodeScalarView(run[...newline]))))
                run = run[run.index(after: newline)...]
            }
            if !run.isEmpty { tokens.append(.text(String(String.UnicodeScalarView(run)))) }
        }
        while let open = rest.firstRange(of: "{{") {
            addText(rest[..<open.lowerBound])
            line += rest[..<open.lowerBound].count(where: \.isNewline)
            var inside = rest[open.upperBound...]
            let triple = inside.first == "{"
            if triple { inside = inside.dropFirst() }
            guard let close = inside.firstRange(of: triple ? "}}}" : "}}") else {
                throw ParseError(message: "a tag opened with {{ is not closed", line: line)
            }
            var body = inside[..<close.lowerBound]
            var kind: Character = triple ? "{" : " "
            if !triple, let first = body.first, "#^/!&".contains(first) {
                kind = first
                body = body.dropFirst()
            }
            let name = body.trimmingBlanks()
            if kind != "!" && (name.isEmpty || name.contains(where: { $0.isWhitespace || $0 == "{" || $0 == "}" })) {
                throw ParseError(message: "a tag's name is empty or has blanks or braces: {{\(body)}}", line: line)
            }
            tokens.append(.tag(kind: kind, name: name, line: line))
            line += body.count(where: \.isNewline)
            rest = inside[close.upperBound...]
        }
        addText(rest)
        return tokens
    }

    /// Mustache's standalone lines: a line whose only tag is a section's opening or closing or a comment, and whose
    /// text is blanks, keeps the tag and loses the blanks and its newline.
    static func standalone(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var line: [Token] = []
        func flush() {
            let tags = line.filter { if case .tag = $0 { true } else { false } }
            let blank = line.allSatisfy {
                if case .text(let text) = $0 { text.unicodeScalars.allSatisfy { " \t\r\n".unicodeScalars.contains($0) } } else { true }
            }
            if tags.count == 1, case .tag(let kind, _, _) = tags[0], "#^/!".contains(kind), blank {
                result.append(tags[0])
            } else {
                result += line
            }
            line = []
        }
        for token in tokens {
            line.append(token)
            if case .text(let text) = token, text.unicodeScalars.last == "\n" { flush() }
        }
        flush()
        return result
    }

    /// The tokens as a tree of sections, each closed by its own name.
    static func tree(_ tokens: [Token]) throws(ParseError) -> [Node] {
        var open: [(name: String, inverted: Bool, line: Int, nodes: [Node])] = [("", false, 0, [])]
        for token in tokens {
            switch token {
            case .text(let text):
                if case .text(let previous)? = open[open.count - 1].nodes.last {
                    open[open.count - 1].nodes[open[open.count - 1].nodes.count - 1] = .text(previous + text)
                } else {
                    open[open.count - 1].nodes.append(.text(text))
                }
            case .tag(let kind, let name, let line):
                switch kind {
                case "!": continue
                case "#", "^": open.append((name, kind == "^", line, []))
                case "/":
                    guard open.count > 1, let section = open.last, section.name == name else {
                        throw ParseError(
                            message: open.count > 1
                                ? "{{/\(name)}} closes {{#\(open[open.count - 1].name)}}" : "{{/\(name)}} closes nothing",
                            line: line)
                    }
                    open.removeLast()
                    open[open.count - 1].nodes.append(.section(path(name), inverted: section.inverted, section.nodes))
                default: open[open.count - 1].nodes.append(.variable(path(name), escaped: kind == " "))
                }
            }
        }
        guard open.count == 1, let root = open.first else {
            throw ParseError(message: "{{#\(open[open.count - 1].name)}} is not closed", line: open[open.count - 1].line)
        }
        return root.nodes
    }

    static func path(_ name: String) -> [String] { name == "." ? ["."] : name.split(separator: ".").map(String.init) }

    // MARK: - Rendering

    static func render(_ nodes: [Node], _ stack: inout [TemplateValue], into output: inout String) {
        for node in nodes {
            switch node {
            case .text(let text): output += text
            case .variable(let path, let escaped):
                switch lookup(path, stack) {
                case .text(let text)?: escaped ? escape(text, into: &output) : output.append(text)
                case .flag(let flag)?: output += flag ? "true" : "false"
                case .list, .object, nil: break
                }
            case .section(let path, let inverted, let body):
                let value = lookup(path, stack)
                if inverted {
                    if value?.isFalse ?? true { render(body, &stack, into: &output) }
                    continue
                }
                switch value {
                case nil: break
                case .flag(let flag)?: if flag { render(body, &stack, into: &output) }
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(body, &stack, into: &output)
                        stack.removeLast()
                    }
                case .text(let text)?: if text.isEmpty { break } else { fallthrough }
                case .object?:
                    stack.append(value!)
                    render(body, &stack, into: &output)
                    stack.removeLast()
                }
            }
        }
    }

    /// The value a name stands for: its first part from the innermost object that has it, the rest inside that.
    static func lookup(_ path: [String], _ stack: [TemplateValue]) -> TemplateValue? {
        if path == ["."] { return stack.last }
        guard let first = path.first else { return nil }
        for frame in stack.reversed() {
            guard case .object(let fields) = frame, var value = fields[first] else { continue }
            for part in path.dropFirst() {
                guard case .object(let inner) = value, let next = inner[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    /// `text` escaped for HTML text and double- or single-quoted attributes, appended to `output`; a text without any
    /// of the five characters is appended whole.
    static func escape(_ text: String, into output: inout String) {
        let special: (UInt8) -> Bool = { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
        guard text.utf8.contains(where: special) else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default: output.unicodeScalars.append(scalar)
            }
        }
    }
}

/// What a template shows: a text (escaped when shown), a yes or no, a list, or an object of named values.
package enum TemplateValue: Sendable, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    package init(stringLiteral value: String) { self = .text(value) }
    package init(booleanLiteral value: Bool) { self = .flag(value) }

    /// False in a section: no, an empty list or an empty text.
    var isFalse: Bool {
        switch self {
        case .flag(let flag): !flag
        case .list(let items): items.isEmpty
        case .text(let text): text.isEmpty
        case .object: false
        }
    }

    /// The values the pages build as dictionaries (`[String: Any]`, lists of them, texts, numbers, yes or no) as
    /// template values; nil for an absent optional, so that it reads as missing.
    package static func from(_ any: Any) -> TemplateValue? {
        switch any {
        case let text as String: return .text(text)
        case let flag as Bool: return .flag(flag)
        case let value as TemplateValue: return value
        case let fields as [String: String]: return .object(fields.mapValues(TemplateValue.text))
        case let rows as [[String: String]]: return .list(rows.map { .object($0.mapValues(TemplateValue.text)) })
        case let fields as [String: Any]: return .object(fields.compactMapValues(from))
        case let rows as [[String: Any]]: return .list(rows.map { .object($0.compactMapValues(from)) })
        case let texts as [String]: return .list(texts.map(TemplateValue.text))
        case let items as [Any]: return .list(items.compactMap(from))
        case let number as Int: return .text(String(number))
        default:
            let mirror = Mirror(reflecting: any)
            guard mirror.displayStyle == .optional else { return .text(String(describing: any)) }
            return mirror.children.first.flatMap { from($0.value) }
        }
    }
}

extension Substring {
    func trimmingBlanks() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
