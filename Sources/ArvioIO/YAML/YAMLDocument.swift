import ArvioCore
import Yams

/// Composes YAML text into a node tree, translating Yams's errors into located diagnostics.
enum YAMLDocument {
    /// The root node, or nil after reporting why the text is not a YAML document.
    static func root(of yaml: String, file: String, sink: DiagnosticSink) -> NodeReader? {
        let start = SourceLocation(file: file, line: 1)
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                sink.report(start, .emptyField("document"))
                return nil
            }
            return NodeReader(node: node, location: SourceLocation(file: file, line: node.mark?.line ?? 1, field: ""), sink: sink)
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            for key in duplicates.sorted() {
                let (line, firstLine) = duplicateLines(of: key, in: yaml, after: context.mark.line)
                sink.report(
                    SourceLocation(file: file, line: line ?? context.mark.line, field: key), .duplicateKey(key, firstLine: firstLine))
            }
            return nil
        } catch let error as YamlError {
            sink.report(location(of: error, file: file), .invalidYAML(problem: problem(of: error)))
            return nil
        } catch {
            sink.report(start, .invalidYAML(problem: "\(error)"))
            return nil
        }
    }

    /// The lines of the second and first `key:` at the same indentation, from the mapping that holds them on.
    /// Yams reports only where that mapping starts.
    static func duplicateLines(of key: String, in yaml: String, after start: Int) -> (second: Int?, first: Int?) {
        var firstByIndent: [Int: Int] = [:]
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where index + 1 >= start {
            var rest = line.drop { $0 == " " }
            let indent = line.count - rest.count + (rest.hasPrefix("- ") ? 2 : 0)
            if rest.hasPrefix("- ") { rest = rest.dropFirst(2) }
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") else { continue }
            if let first = firstByIndent[indent] { return (index + 1, first) }
            firstByIndent[indent] = index + 1
        }
        return (nil, nil)
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: file, line: mark.line)
        default:
            SourceLocation(file: file)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let column = "column \(mark.column)"
            if let context { return "\(problem) (\(context.text) at line \(context.mark.line)), \(column)" }
            return "\(problem), \(column)"
        case .reader(let problem, _, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
