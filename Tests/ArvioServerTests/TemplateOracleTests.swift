import ArvioReports
import ArvioServer
import Mustache
import Testing

/// swift-mustache, the library the pages were rendered with before, as the oracle of ``HTMLTemplate``: every page
/// template and the page layout render to the same bytes through both: with every name given (each list with two
/// items, each text with all five characters HTML escapes), its yes-or-no sections once yes and once no, and with none.
struct TemplateOracleTests {
    /// A context that gives every name a template uses a value of the kind its use asks for, read from the tags
    /// themselves (independently of HTMLTemplate's parser): a section over names is a list of two items holding them,
    /// a section over `{{.}}` a list of two texts, a section whose name is also shown a text, any other one `flags`.
    static func fullContext(_ source: String, flags: Bool) -> TemplateValue {
        final class Frame {
            var fields: [String: TemplateValue] = [:]
            var sections: [String: Frame] = [:]
            var shown: Set<String> = []
            var implicit = false
            var used = false
        }
        func text(_ name: String) -> TemplateValue { .text("<\(name) & \"q\" 'a'>") }
        func set(_ path: [Substring], in fields: inout [String: TemplateValue]) {
            guard let first = path.first.map(String.init) else { return }
            if path.count == 1 {
                if fields[first] == nil { fields[first] = text(first) }
                return
            }
            var inner: [String: TemplateValue] = [:]
            if case .object(let existing) = fields[first] { inner = existing }
            set(Array(path.dropFirst()), in: &inner)
            fields[first] = .object(inner)
        }
        let root = Frame()
        var stack: [(name: String, frame: Frame, inverted: Bool)] = [("", root, false)]
        for tag in source.matches(of: /\{\{\{?([#^\/!&]?)\s*([^}]*?)\s*\}?\}\}/) {
            let (kind, name) = (String(tag.output.1), String(tag.output.2))
            // Names inside an inverted section are the enclosing context's.
            let frame = stack.last { !$0.inverted }!.frame
            switch kind {
            case "#":
                let inner = frame.sections[name] ?? Frame()
                frame.sections[name] = inner
                stack.append((name, inner, false))
            case "^": stack.append((name, frame, true))
            case "/": stack.removeLast()
            case "!": continue
            default:
                if name == "." {
                    frame.implicit = true
                } else {
                    frame.used = true
                    frame.shown.insert(name)
                    set(name.split(separator: "."), in: &frame.fields)
                }
            }
        }
        func value(_ frame: Frame) -> [String: TemplateValue] {
            var fields = frame.fields
            for (name, inner) in frame.sections {
                let innerFields = value(inner)
                if inner.implicit {
                    fields[name] = .list([text(name + "1"), text(name + "2")])
                } else if !innerFields.isEmpty {
                    fields[name] = .list([.object(innerFields), .object(innerFields.mapValues { rename($0) })])
                } else if frame.shown.contains(name) {
                    fields[name] = text(name)
                } else {
                    fields[name] = .flag(flags)
                }
            }
            return fields
        }
        return .object(value(root))
    }

    /// The second item of a list differs from the first, so that a renderer repeating one item would be seen.
    static func rename(_ value: TemplateValue) -> TemplateValue {
        switch value {
        case .text(let text): .text(text + "²")
        case .object(let fields): .object(fields.mapValues(rename))
        case .list(let items): .list(items.map(rename))
        case .flag: value
        }
    }

    /// The same values as swift-mustache reads them.
    static func any(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .flag(let flag): flag
        case .list(let items): items.map(any)
        case .object(let fields): fields.mapValues(any)
        }
    }

    static var templates: [(name: String, source: String)] {
        Templates.sources.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } + [("page layout", PageLayout.template)]
    }

    @Test func everyTemplateRendersAsSwiftMustacheRendersIt() throws {
        for (name, source) in Self.templates {
            let oracle = try MustacheTemplate(string: source)
            let ours = try HTMLTemplate(source)
            for context in [Self.fullContext(source, flags: true), Self.fullContext(source, flags: false), .object([:])] {
                let expected = oracle.render(Self.any(context))
                #expect(ours.render(context) == expected, "\(name)")
            }
        }
    }

    /// The oracle test is not empty: the full contexts reach into sections and escape.
    @Test func theFullContextFillsSectionsAndEscapes() throws {
        let source = Templates.sources["whatIf"]!
        guard case .object(var fields) = Self.fullContext(source, flags: false) else { return }
        fields["nothing"] = false
        let html = try HTMLTemplate(source).render(.object(fields))
        let oracle = try MustacheTemplate(string: source).render(Self.any(.object(fields)))
        #expect(html.contains("&lt;label &amp; &quot;q&quot; &#39;a&#39;&gt;²"))
        #expect(html.contains("<fieldset class=\"weight\">"))
        #expect(html == oracle)
    }
}
