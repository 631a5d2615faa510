import ArvioCore
import ArvioIO
import Foundation
import Testing

/// Runs every command (and its `--help`) and builds the site and the report in Finnish and in English, and looks for
/// words of the other language in what a person reads: standard output and error of the table formats, every page's
/// text and its alt/title/aria-label attributes. JSON, CSV and XMCDA are for machines and keep their ids.
///
/// Nothing may be found. (On 2026-12-01's main this test found words of the other language in 34 of its 44 runs.)
@Suite(.serialized) struct UntranslatedTextTests {
    /// Words of the product's English that Finnish output must not hold (whole words, any case). Words that both
    /// languages write ("on", "a" of "N/A", "se") are not in either list.
    static let englishWords: Set<String> = [
        "about", "above", "acceptability", "across", "add", "all", "alternative", "alternatives", "an", "and", "any",
        "are", "area", "areas", "as", "assessor", "assessors", "at", "below", "benefit", "best", "better", "but", "by",
        "cannot", "check", "choose", "close", "closed", "combine", "command", "cost", "count", "counts", "criteria",
        "criterion", "default", "did", "distance", "does", "each", "entropy", "equal", "error", "every", "exactly", "file",
        "files", "folder", "for", "found", "from", "give", "has", "have", "help", "higher", "if", "illustrative", "in",
        "into", "is", "it", "its", "lead", "leader", "leads", "list", "lower", "mean", "median", "method", "methods",
        "missing", "model", "more", "must", "name", "no", "none", "normalization", "normalisation", "not", "note", "of",
        "one", "only", "open", "or", "other", "points", "preference", "rank", "ranking", "ranks", "read", "revealed",
        "round", "rounds", "rule", "rules", "same", "scale", "scaled", "score", "scores", "see", "show", "shown",
        "solution", "solutions", "store", "sum", "than", "that", "the", "their", "them", "there", "these", "this", "to",
        "unknown", "use", "used", "usual", "value", "values", "was", "weight", "weighted", "weights", "were", "when",
        "which", "while", "with", "without", "written", "you", "your",
    ]

    /// Words of the product's Finnish that English output must not hold.
    static let finnishWords: Set<String> = [
        "ajan", "alue", "alueen", "alueessa", "arvioija", "arvioijat", "arvioijien", "arvo", "arvon", "asteikko",
        "ei", "eivät", "ensimmäinen", "enintään", "huom", "ja", "jolloin", "joka", "johtaa", "johtoon", "jos", "kaikki",
        "kierros", "kierroksen", "kriteeri", "kriteerin", "kriteerit", "kunnes", "käytössä", "kyllä", "luettelo",
        "menetelmä", "mukaan", "muut", "nousee", "nyt", "ohje", "ovat", "paino", "painot", "painotettu",
        "pakolliset", "pisteet", "ratkaisu", "ratkaisut", "sekä", "sija", "suurempi", "tai", "tiedosto",
        "tiedossa", "tuntematon", "vaatimukset", "vaihtoehto", "vain", "virhe", "yhteensä", "yli",
    ]

    /// What people typed into the sample round (assessors' names and roles, rationales, evidence): shown in the
    /// language they wrote it in, whatever the reader chose.
    static func typedByPeople(in folder: URL) throws -> [String] {
        let round = try String(contentsOf: folder.appendingPathComponent("assessments/lapit-2021/round.yaml"), encoding: .utf8)
        var texts = round.matches(of: /(?m)^\s*(?:- )?(?:name|role): (.+)$/).map { String($0.output.1) }
        let scores = try String(contentsOf: folder.appendingPathComponent("assessments/lapit-2021/scores.csv"), encoding: .utf8)
        for line in scores.split(separator: "\n").dropFirst() {
            texts += line.split(separator: ",", maxSplits: 5, omittingEmptySubsequences: false).dropFirst(5).flatMap {
                $0.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            }
        }
        return Array(Set(texts.filter { $0.count > 3 }))
    }

    /// Proper names, ids and command words a person types, which either language may show as they are.
    static func allowed(_ project: Project) -> [String] {
        var names = project.solutions.flatMap { [$0.name, $0.id, $0.vendor.value] } + project.organisations.flatMap { [$0.id] }
        names += project.criteria.criteria.map(\.id) + project.criteria.areas.map(\.id) + project.criteria.models.map(\.id)
        names += project.criteria.knockOutRules.map(\.id) + project.criteria.applicability.categories.map(\.id)
        names += ["lapit-2021", "LapIT 2021", "LapIT", "Arvio", "arvio", "Spearman", "Kendall", "SMAA", "TOPSIS", "VIKOR"]
        names += ["PROMETHEE", "AHP", "XMCDA", "BPMN", "CSV", "JSON", "SHA-256", "WCAG", "Suomi.fi", "Kanta", "HL7", "FHIR"]
        return names.sorted { $0.count > $1.count }
    }

    struct Case: Sendable {
        var name: String
        var arguments: [String]
        /// Files the command writes whose text a person reads, relative to the project folder.
        var reads: [String] = []
    }

    static let cases: [Case] =
        [
            Case(name: "help", arguments: ["--help"]),
            Case(name: "check", arguments: ["check"]),
            Case(name: "catalog", arguments: ["catalog"]),
            Case(name: "catalog-show", arguments: ["catalog", "show", "virtu"]),
            Case(name: "catalog-unknown-category", arguments: ["catalog", "--category", "VIDE"]),
            Case(name: "criteria", arguments: ["criteria"]),
            Case(name: "landscape", arguments: ["landscape"]),
            Case(name: "rank-round", arguments: ["rank", "--round", "lapit-2021"]),
            Case(
                name: "rank-matrix",
                arguments: ["rank", "--matrix", "examples/tzeng2011-matrix.csv", "--criteria", "examples/tzeng2011-criteria.csv"]),
            Case(
                name: "rank-ahp",
                arguments: [
                    "rank", "--method", "ahp", "--pairwise", "examples/ahp-cities/criteria.csv", "--alternative-pairwise",
                    "examples/ahp-cities/alternatives", "--alternative-pairwise", "examples/ahp-cities/alternatives",
                ]),
            Case(name: "rank-missing-file", arguments: ["rank", "--matrix", "nothing.csv", "--criteria", "nothing.csv"]),
            Case(name: "sensitivity", arguments: ["sensitivity", "--round", "lapit-2021", "--samples", "300"]),
            Case(name: "compare", arguments: ["compare", "--round", "lapit-2021", "virtu", "omaolo"]),
            Case(name: "compare-excluded", arguments: ["compare", "--round", "lapit-2021", "virtu", "virtuaaliassistentti"]),
            Case(name: "weights-ahp", arguments: ["weights", "--ahp", "examples/ahp-areas.csv"]),
            Case(
                name: "weights-ahp-group",
                arguments: [
                    "weights", "--ahp", "examples/ahp-group/ind1.csv", "--ahp", "examples/ahp-group/ind4.csv", "--aggregation",
                    "priorities",
                ]),
            Case(name: "weights-swing", arguments: ["weights", "--method", "swing", "--points", "T=100,U=60,I=30"]),
            Case(name: "weights-show", arguments: ["weights", "show", "--round", "lapit-2021", "--samples", "300"]),
            Case(
                name: "weights-set-refused",
                arguments: ["weights", "set", "--round", "lapit-2021", "--stakeholder", "x", "--swing", "U=50"]),
            Case(
                name: "weights-import-refused",
                arguments: ["weights", "import", "--round", "lapit-2021", "assessments/lapit-2021/stakeholders.csv"]),
            Case(name: "feedback", arguments: ["feedback"]),
            Case(name: "feedback-model", arguments: ["feedback", "--model", "chat", "--by", "unit"]),
            Case(name: "feedback-import-refused", arguments: ["feedback", "import", "assessments/lapit-2021/stakeholders.csv"]),
            Case(name: "kpi", arguments: ["kpi"]),
            Case(name: "round-list", arguments: ["round", "list"]),
            Case(name: "round-show", arguments: ["round", "show", "lapit-2021"]),
            Case(name: "round-agreement", arguments: ["round", "agreement", "lapit-2021"]),
            Case(name: "round-show-unknown", arguments: ["round", "show", "nope"]),
            Case(name: "assessor-list", arguments: ["assessor", "list"]),
            Case(
                name: "score-refused",
                arguments: ["score", "--round", "x", "--assessor", "y", "--solution", "z", "--criterion", "T1", "--value", "9"]),
            Case(name: "audit-verify", arguments: ["audit", "verify"]),
            Case(
                name: "report", arguments: ["report", "--format", "all", "--out", "out-report", "--samples", "300"],
                reads: ["out-report/report.html", "out-report/report-en.html", "out-report/report.md", "out-report/report-en.md"]),
            Case(name: "build", arguments: ["build", "--out", "out-site", "--samples", "300"], reads: ["out-site"]),
        ]
        + [
            "check", "catalog", "criteria", "landscape", "rank", "compare", "sensitivity", "report", "build", "weights", "weights set",
            "weights import", "weights show", "round", "score",
            "import", "export", "verdict", "audit", "serve", "feedback", "feedback import", "feedback show", "kpi",
        ].map { Case(name: "help-\($0)", arguments: $0.split(separator: " ").map(String.init) + ["--help"]) }

    /// `case language: word, word…` for what a run finds.
    static func findings(in project: URL) throws -> [String] {
        let loaded = try ProjectLoader(root: project).load()
        let allowed = (allowed(loaded) + (try typedByPeople(in: project))).sorted { $0.count > $1.count }
        var lines: [String] = []
        for language in Language.allCases {
            for item in cases {
                let run = try EndToEndTests.run(item.arguments + ["--lang", language.rawValue], in: project.path)
                var text = run.output + "\n" + run.errors
                for path in item.reads {
                    text += "\n" + (try readableText(at: project.appendingPathComponent(path), language))
                }
                let words = leaks(in: text, language, allowed: allowed)
                if !words.isEmpty { lines.append("\(item.name) \(language.rawValue): \(words.sorted().joined(separator: ", "))") }
            }
        }
        return lines
    }

    /// The words of the other language in a text, with the allowed names taken out first.
    static func leaks(in text: String, _ language: Language, allowed: [String]) -> Set<String> {
        // Options and command lines a person types (`--round`, `arvio round list`) are ids too.
        // A value in single quotes ('unknown', 'T1') is what the user typed or must type; a web address, a file or
        // folder name, a hyphenated id (weighted-sum), a <placeholder>, a list of values and a subcommand at the start
        // of a help line are ids.
        var text = text.replacing(/--[a-z-]+/, with: " ").replacing(
            /'arvio [^']*'|`[^`]*`|'[^'\s]+'|\barvio(?: [a-z][a-z-]*){1,3}|https?:\/\/\S+|<[^>\s]+>|\b[\w.]+\/|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\((?:arvot|values):[^)]*\)|(?m)^ {2}[a-z-]+(?= {2,}| *$| \()|[\w\/.-]+\.(?:csv|html|md|json|xml|xlsx|yaml|sqlite|bpmn)\b/,
            with: " ")
        // A name of several words is taken out where it stands; a one-word id ('T', 'omaolo') only as a whole word, so
        // that the area id 'I' does not cut "In" out of a sentence.
        let (words, phrases) = (allowed.filter { $0.allSatisfy(\.isLetter) }, allowed.filter { !$0.allSatisfy(\.isLetter) })
        for name in phrases where !name.isEmpty { text = text.replacingOccurrences(of: name, with: " ") }
        let ids = Set(words)
        let vocabulary = language == .fi ? englishWords : finnishWords
        let found = text.split { !$0.isLetter }.map(String.init).filter { !ids.contains($0) }.map { $0.lowercased() }
        return Set(found.filter { vocabulary.contains($0) })
    }

    /// A written file's or folder's text as a reader meets it: for HTML, the text and the alt, title and aria-label
    /// attributes (not the markup, scripts or styles). English pages (`-en.`, `en/`) are read in English only.
    static func readableText(at url: URL, _ language: Language) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return "" }
        if isFolder.boolValue {
            let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return try files.filter { ["html", "md"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
                .map { try readableText(at: $0, language) }.joined(separator: "\n")
        }
        let english = url.lastPathComponent.contains("-en.") || url.path.contains("/en/")
        guard english == (language == .en) else { return "" }
        let text = try String(contentsOf: url, encoding: .utf8)
        guard url.pathExtension == "html" else { return text }
        // Text marked as the other language (`<a lang="en">In English</a>`) is marked, as it should be.
        let other = language == .fi ? "en" : "fi"
        let marked = withoutElements(marked: other, in: text.replacing(/(?s)<(script|style)[^>]*>.*?<\/\1>/, with: " "))
        var readable = marked.matches(of: /(?:alt|title|aria-label)="([^"]*)"/).map { String($0.output.1) }.joined(separator: "\n")
        let body = marked.replacing(/<[^>]*>/, with: " ")
        readable += "\n" + body.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
        return readable
    }

    /// The HTML without every element whose `lang` is `language`, nested elements of the same name counted.
    static func withoutElements(marked language: String, in html: String) -> String {
        var result = html
        while let open = result.firstMatch(of: try! Regex("<([a-z]+)[^>]* lang=\"\(language)\"[^>]*>")) {
            let name = String(open.output[1].substring ?? "")
            var depth = 1
            var index = open.range.upperBound
            while depth > 0, let next = result[index...].firstMatch(of: try! Regex("<(/?)\(name)[\\s>]")) {
                depth += next.output[1].substring?.isEmpty == false ? -1 : 1
                index = next.range.upperBound
            }
            let end =
                result[..<index].last == ">"
                ? index : result[index...].firstIndex(of: ">").map { result.index(after: $0) } ?? result.endIndex
            result.replaceSubrange(open.range.lowerBound..<(depth == 0 ? end : result.endIndex), with: " ")
        }
        return result
    }

    /// A copy of the project with the sample round and the examples the command cases read; removed by the caller.
    static func projectWithExamples() throws -> URL {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: CommandOutputTests.root).appendingPathComponent("examples"),
            to: folder.appendingPathComponent("examples"))
        return folder
    }

    @Test func everyOutputSpeaksOneLanguage() throws {
        let folder = try Self.projectWithExamples()
        defer { try? FileManager.default.removeItem(at: folder) }

        let found = try Self.findings(in: folder)

        #expect(found.isEmpty, "words of the other language:\n\(found.joined(separator: "\n"))")
    }

    /// Issue 14: people's output fits an 80-column terminal when nothing says otherwise (`COLUMNS` unset, output not a
    /// terminal). Only a line that is one unbreakable token (an address, a hash) may run past it.
    @Test func everyCommandFitsEightyColumns() throws {
        let folder = try Self.projectWithExamples()
        defer { try? FileManager.default.removeItem(at: folder) }

        var wide: [String] = []
        for language in Language.allCases {
            for item in Self.cases where item.reads.isEmpty {
                let run = try EndToEndTests.run(item.arguments + ["--lang", language.rawValue], in: folder.path, columns: nil)
                for line in (run.output + run.errors).split(separator: "\n")
                where line.count > 80 && line.trimmingCharacters(in: .whitespaces).contains(" ") {
                    wide.append("\(item.name) \(language.rawValue): \(line)")
                }
            }
        }

        #expect(wide.isEmpty, "lines wider than 80 columns:\n\(wide.joined(separator: "\n"))")
    }

    @Test func theDetectorFindsEnglishInFinnishAndFinnishInEnglish() {
        #expect(Self.leaks(in: "Huom: the weights are scaled", .fi, allowed: []) == ["the", "weights", "are", "scaled"])
        #expect(Self.leaks(in: "Note: painot ja pisteet", .en, allowed: []) == ["painot", "ja", "pisteet"])
        #expect(Self.leaks(in: "Omaolo: 'arvio round list' --round", .fi, allowed: ["Omaolo"]).isEmpty)
        #expect(
            Self.withoutElements(marked: "fi", in: "<p>A</p><div lang=\"fi\"><div>x</div>ja</div><p>B</p>") == "<p>A</p> <p>B</p>")
    }
}
