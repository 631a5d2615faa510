import ArvioCore
import Foundation
import Testing

/// Nothing Arvio writes can attack its reader: payloads planted in every free-text field of a project stay text on
/// every page of the site and the report, and links lead only to web or mail addresses.
struct HostileOutputTests {
    /// Script, attribute break-out, element injection and a link that a browser would run.
    static let payload = #"<script>alert(1)</script>"onmouseover="alert(2)'><img src=x onerror=alert(3)>"#

    /// Appends the payload to every one-line free-text value of the project's YAML and Markdown files and adds
    /// hostile links to every operating model's first section.
    static func plant(in folder: URL) throws -> Int {
        let keys = [
            "name", "fi", "en", "supports", "notes", "title_fi", "title_en", "owner", "place", "region", "development_phase",
        ]
        let pattern = try Regex<(Substring, Substring, Substring, Substring)>(
            #"(?m)^(\s*-?\s*)("# + keys.joined(separator: "|") + #"):[ ]+([^'">|{\[\n][^\n]*)$"#)
        var planted = 0
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for file in files where ["yaml", "md"].contains(file.pathExtension) {
            var text = try String(contentsOf: file, encoding: .utf8)
            let quoted = payload.replacingOccurrences(of: "'", with: "''")
            text = text.replacing(pattern) { match in
                planted += 1
                let value = match.output.3.replacingOccurrences(of: "'", with: "''")
                return "\(match.output.1)\(match.output.2): '\(value) \(quoted)'"
            }
            if file.pathExtension == "md", !file.lastPathComponent.hasPrefix("README"),
                let section = text.range(of: "\n## ")
            {
                let line = text[section.upperBound...].firstIndex(of: "\n")!
                text.insert(
                    contentsOf: """

                        Linkki [teksti](https://example.org/a"onmouseover="alert(4)) ja https://example.org/b"onmouseover="alert(5) \
                        ja ![kuva](https://example.org/c"onerror="alert(6)) ja \(payload)

                        """, at: line)
                planted += 1
            }
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return planted
    }

    /// What a browser would run in a page: a script element without `src`, an event-handler attribute, or a link or
    /// source whose scheme is not allowed. Attributes are read as an HTML tokenizer reads them, so escaped text
    /// inside a value does not count.
    static func activeContent(in html: String) -> [String] {
        var found: [String] = []
        var index = html.startIndex
        while let open = html[index...].firstIndex(of: "<") {
            var cursor = html.index(after: open)
            let name = html[cursor...].prefix { $0.isLetter || $0.isNumber }.lowercased()
            guard !name.isEmpty else {
                index = cursor
                continue
            }
            cursor = html.index(cursor, offsetBy: name.count)
            var attributes: [String: String] = [:]
            while cursor < html.endIndex, html[cursor] != ">" {
                if html[cursor].isWhitespace || html[cursor] == "/" {
                    cursor = html.index(after: cursor)
                    continue
                }
                let attribute = html[cursor...].prefix { !$0.isWhitespace && !"=/>".contains($0) }.lowercased()
                cursor = html.index(cursor, offsetBy: max(1, attribute.count))
                var value = ""
                if cursor < html.endIndex, html[cursor] == "=" {
                    cursor = html.index(after: cursor)
                    if cursor < html.endIndex, html[cursor] == "\"" || html[cursor] == "'" {
                        let quote = html[cursor]
                        let start = html.index(after: cursor)
                        let end = html[start...].firstIndex(of: quote) ?? html.endIndex
                        value = String(html[start..<end])
                        cursor = end < html.endIndex ? html.index(after: end) : end
                    } else {
                        value = String(html[cursor...].prefix { !$0.isWhitespace && $0 != ">" })
                        cursor = html.index(cursor, offsetBy: value.count)
                    }
                }
                attributes[attribute] = value
            }
            if name == "script", attributes["src"] == nil { found.append("inline <script>") }
            for (attribute, value) in attributes {
                if attribute.hasPrefix("on") { found.append("<\(name) \(attribute)=\(value)>") }
                if ["href", "src", "action", "formaction"].contains(attribute), !LinkTarget.isAllowed(value) {
                    found.append("<\(name) \(attribute)=\"\(value)\">")
                }
            }
            index = cursor
        }
        return found
    }

    @Test func theTokenizerFindsWhatABrowserWouldRun() {
        #expect(Self.activeContent(in: #"<p title="a&quot; onclick=&quot;x">t</p><script src="f.js"></script>"#).isEmpty)
        #expect(
            Self.activeContent(in: #"<a href="x"onmouseover="y">t</a><script>z</script><a href=" JavaScript:q">"#) == [
                "<a onmouseover=y>", "inline <script>", "<a href=\" JavaScript:q\">",
            ])
    }

    @Test func payloadsInEveryTextFieldStayTextOnEveryPage() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planted = try Self.plant(in: folder)
        #expect(planted > 300, "too few fields planted (\(planted)); the fixture no longer covers the project")
        let check = try EndToEndTests.run(["check"], in: folder.path)
        #expect(check.status == 0, "\(check.errors)")
        let verdict = try EndToEndTests.run(
            ["verdict", "--round", "lapit-2021", "--solution", "virtu", "--rule", "KO-T1", "--met", "false", "--rationale", Self.payload],
            in: folder.path)
        #expect(verdict.status == 0, "\(verdict.errors)")

        for arguments in [["build"], ["report", "--format", "html"], ["report", "--format", "html", "--lang", "en"]] {
            let run = try EndToEndTests.run(arguments, in: folder.path)
            #expect(run.status == 0, "\(arguments): \(run.errors)")
        }

        var pages = 0, escaped = 0
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        for file in files where ["html", "svg", "xml", "bpmn"].contains(file.pathExtension) {
            let text = try String(contentsOf: file, encoding: .utf8)
            pages += 1
            escaped += text.components(separatedBy: "&lt;script&gt;alert(1)").count - 1
            #expect(Self.activeContent(in: text) == [], "\(file.path)")
        }
        #expect(pages > 100)
        #expect(escaped > 1000, "the payload reached too few places (\(escaped)); it may have been dropped, not escaped")
    }

    @Test func checkRefusesALinkThatIsNotAWebOrMailAddressWithItsLine() throws {
        let folder = try EndToEndTests.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("toolkit/chat.md")
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let section = try #require(lines.firstIndex { $0.hasPrefix("## ") })
        lines.insert("Katso [ohje](javascript:alert(1)) ja [toinen](  JaVa\tScRiPt:alert(2)).", at: section + 1)
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)

        let run = try EndToEndTests.run(["check", "--lang", "en"], in: folder.path)

        #expect(run.status == 1)
        let line = section + 2
        #expect(
            run.errors.contains(
                """
                toolkit/chat.md:\(line): error: link target 'javascript:alert(1)' is not a web or mail address or a relative path
                  help: link only to https://, http:// or mailto: addresses, or to a relative path; other schemes such as javascript: are refused
                """), "\(run.errors)")
        #expect(run.errors.contains("toolkit/chat.md:\(line): error: link target '  JaVaU+0009ScRiPt:alert(2)'"))
    }
}
