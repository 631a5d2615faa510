import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// Every reader of untrusted input, as one entry point per fuzz target: libFuzzer drives them in `arvio-fuzz`
/// (`RELIABILITY.md`), and `swift test` replays the regression corpus `Tests/FuzzCorpus/<target>/` through the same
/// functions. A reader may refuse any input with its diagnostics; it must not crash, hang or write what it refuses.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case projectYAML = "project-yaml"
    case toolkit
    case matrixCSV = "matrix-csv"
    case scoreCSV = "score-csv"
    case pairwiseCSV = "pairwise-csv"
    case xlsx
    case xmcda
    case feedbackCSV = "feedback-csv"

    /// The YAML files of a project, one of which an input becomes (chosen by its first byte).
    static let yamlPaths = [
        "catalog/organisations.yaml", "catalog/solutions/virtu.yaml", "criteria/scale.yaml", "criteria/applicability.yaml",
        "criteria/areas/T.yaml", "criteria/must-haves.yaml", "criteria/models/asiantuntija-arvio.yaml",
    ]

    static let round = Round(id: "r", name: "R", solutions: ["virtu", "omaolo"], model: "m", contentHash: "h", createdAt: "t")
    static let context = ScoreCSV.Context(
        rounds: [round], assessors: [Assessor(id: "anna", name: "Anna", role: "security", areas: ["T", "U"])],
        criteria: [
            criterion("T1", area: "T"), criterion("T2", area: "T"), criterion("U1", area: "U"),
        ])

    static let survey = Survey(
        id: "s", name: LocalizedText(fi: "s", en: "s"), recommendation: .init(LocalizedText(fi: "q", en: "q")),
        statements: [.init(id: "saatavuus", topic: .availability, text: .init(LocalizedText(fi: "a", en: "a")))],
        scale: (1...5).map { .init(value: $0, label: LocalizedText(fi: "\($0)", en: "\($0)")) },
        notApplicable: LocalizedText(fi: "eos", en: "dk"), openQuestion: .init(LocalizedText(fi: "o", en: "o")),
        origin: SourceLocation(file: "f"))

    static func criterion(_ id: String, area: String) -> Criterion {
        let text = LocalizedText(fi: id, en: id)
        return Criterion(
            id: id, area: area, name: text, evidence: text, guide: ScoringGuide(zero: text, three: text, five: text), anchor: "a")
    }

    /// Runs one input; returns normally whether the reader accepted or refused it. A broken invariant traps, as a
    /// crash would, so that libFuzzer keeps the input.
    public func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .projectYAML:
            let path = Self.yamlPaths[Int(bytes.first ?? 0) % Self.yamlPaths.count]
            _ = try? ProjectLoader.load(files: [path: String(decoding: bytes.dropFirst(), as: UTF8.self)])
        case .toolkit:
            _ = try? ProjectLoader.load(files: ["toolkit/malli.md": text])
            let html = ToolkitSite.html(ofMarkdown: text, .fi)
            precondition(!html.contains("<script"), "raw HTML became a script element")
            // Only a real tag holds a link: a `<` in the page's text is always written as `&lt;`, and the text may quote
            // an `href="…"` that it shows as text.
            for match in html.matches(of: /<a [^<>]*href="([^"]*)"/) {
                precondition(LinkTarget.isAllowed(String(match.output.1)), "a link to '\(match.output.1)' reached the page")
            }
        case .matrixCSV:
            // The first line of the input is the criteria file, the rest the matrix.
            let split = text.firstIndex(of: "\u{0}") ?? text.endIndex
            let criteria = String(text[..<split]), matrix = split < text.endIndex ? String(text[text.index(after: split)...]) : ""
            _ = try? MatrixCSV.matrix(matrixText: matrix, matrixFile: "m.csv", criteriaText: criteria, criteriaFile: "c.csv")
        case .scoreCSV:
            if let scores = try? ScoreCSV.scores(text, file: "s.csv", context: Self.context, recordedAt: "t") {
                Self.checkAccepted(scores)
            }
        case .pairwiseCSV:
            if let ahp = try? PairwiseCSV.ahp(text, file: "p.csv") {
                for prioritization in [AHP.Prioritization.eigenvector, .geometricMean] {
                    if let result = try? ahp.priorities(prioritization) {
                        precondition(result.weights.allSatisfy { $0.isFinite && $0 >= 0 }, "AHP weights out of range")
                    }
                }
            }
        case .xlsx:
            if let scores = try? WorkbookReader.scores(Data(bytes), file: "w.xlsx", context: Self.context, recordedAt: "t") {
                Self.checkAccepted(scores)
            }
        case .feedbackCSV:
            // Only what the survey and the known models allow is accepted, and every accepted response is whole.
            if let rows = try? FeedbackCSV.responses(bytes, file: "f.csv", survey: Self.survey, models: ["malli"]) {
                for row in rows {
                    let r = row.response
                    precondition(r.model == "malli" && r.answers.count == 1, "a response outside the survey was accepted")
                    precondition(r.recommendation.map { (0...10).contains($0) } ?? true, "a recommendation outside 0–10 was accepted")
                    precondition(r.answers.allSatisfy { $0 >= -1 && $0 <= 5 }, "an answer outside the scale was accepted")
                    precondition(ControlCharacter.first(inName: r.unit) == nil && !r.unit.isEmpty, "a bad unit was accepted")
                }
            }
        case .xmcda:
            if let table = try? XMCDAReader.performanceTable(bytes, file: "x.xml") {
                for cell in table.cells {
                    precondition(ControlCharacter.first(inName: cell.alternative) == nil, "a control character in an id was accepted")
                }
            }
            _ = try? XMCDAReader.matrix(bytes, file: "x.xml")
        }
    }

    /// What an accepted import promises: scores on the scale, no control characters in what is stored.
    static func checkAccepted(_ scores: [ExpertScore]) {
        for score in scores {
            if case .points(let points) = score.value {
                precondition((0...5).contains(points) && points == points.rounded(), "score \(points)")
            }
            precondition(ControlCharacter.first(inText: score.rationale) == nil, "a control character in a rationale was accepted")
        }
    }
}
