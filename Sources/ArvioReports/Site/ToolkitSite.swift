import ArvioCore
import Foundation

/// The toolkit as a static site: an index of operating models with filters and search, a page and a printable
/// checklist per model with its BPMN diagram, a page per catalog solution, and the comparison report, in Finnish
/// (the root) and English (`en/`). Pure: returns every file as a path and its text; the caller writes them.
package enum ToolkitSite {
    package struct Input: Sendable {
        package var project: Project
        /// The latest revealed or closed round's report: gate status per solution, and the report pages.
        package var report: ComparisonReport?
        package var version: String
        package var generated: String
        /// The stored customer feedback, counted; nil when there is no survey.
        package var feedback: FeedbackTally?
        /// Where the web app serves its feedback form (`https://…`), for the link on each model's page; nil for a
        /// static site, which has no form.
        package var formAddress: String?

        package init(
            project: Project, report: ComparisonReport?, version: String, generated: String, feedback: FeedbackTally? = nil,
            formAddress: String? = nil
        ) {
            self.project = project
            self.report = report
            self.version = version
            self.generated = generated
            self.feedback = feedback
            self.formAddress = formAddress
            overview = feedback.map { PublishedFeedback.overview($0, models: project.toolkit.map(\.id)) }
        }

        /// The one publication of the feedback that every page draws from (``PublishedFeedback/overview(_:models:)``).
        let overview: PublishedFeedback.Breakdown?
    }

    package struct File: Hashable, Sendable {
        package var path: String
        package var text: String

        package init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The index's filter script, one file for both languages.
    static let filterScriptPath = "filter.js"

    package static func files(_ input: Input) -> [File] {
        var files: [File] = []
        for l in [Language.fi, .en] {
            let site = Context(input: input, language: l)
            files.append(File(path: site.path("index.html"), text: site.index()))
            files.append(File(path: site.path("solutions/index.html"), text: site.solutionIndex()))
            files.append(File(path: site.path("evidence.html"), text: site.evidencePage()))
            for model in input.project.toolkit {
                files.append(File(path: site.path("models/\(model.id).html"), text: site.modelPage(model)))
                files.append(File(path: site.path("models/\(model.id)-checklist.html"), text: site.checklistPage(model)))
            }
            for solution in input.project.solutions {
                files.append(File(path: site.path("solutions/\(solution.id).html"), text: site.solutionPage(solution)))
            }
            if let report = input.report {
                let page = site.path("report/index.html")
                files.append(
                    File(path: page, text: HTMLReport.document(report, l, home: site.href(from: page, to: site.path("index.html")))))
            }
        }
        files.append(File(path: filterScriptPath, text: Context.filterScript))
        for model in input.project.toolkit {
            files.append(File(path: "models/\(model.id).bpmn", text: BPMNWriter.document(model)))
        }
        return files
    }

    /// Where a solution stands in the latest round.
    package enum GateStatus: Hashable, Sendable {
        case passed
        case failed([KnockOutGate.Failure])
        case notEvaluated
    }

    package static func status(of solution: String, in report: ComparisonReport?) -> GateStatus {
        guard let report, report.round.solutions.contains(solution) else { return .notEvaluated }
        if let exclusion = report.evaluation.gate.excluded.first(where: { $0.solution == solution }) { return .failed(exclusion.failures) }
        return report.evaluation.gate.passed.contains(solution) ? .passed : .notEvaluated
    }

    /// The catalog solutions that fit a model: those it names and those of its category, named first.
    package static func fitting(_ model: OperatingModel, in project: Project) -> [Solution] {
        let named = model.solutions.compactMap(project.solution)
        let category = model.category.map { c in project.solutions.filter { $0.category == c || $0.otherCategories.contains(c) } } ?? []
        return named + category.filter { s in !named.contains { $0.id == s.id } }
    }

    /// The models that use a solution: by name, or by its category.
    package static func models(using solution: Solution, in project: Project) -> [OperatingModel] {
        project.toolkit.filter { model in
            model.solutions.contains(solution.id)
                || model.category.map { $0 == solution.category || solution.otherCategories.contains($0) } == true
        }
    }
}

extension ToolkitSite {
    /// Every internal link of the site's pages that does not resolve: to a file the site does not have, or to an
    /// anchor missing on its page. `arvio build` refuses to write a site with any; tests check the same.
    package static func brokenLinks(_ files: [File]) -> [String] {
        let paths = Set(files.map(\.path))
        var broken: [String] = []
        for file in files where file.path.hasSuffix(".html") {
            let ids = Set(file.text.matches(of: /id="([^"]+)"/).map { String($0.output.1) })
            for match in file.text.matches(of: /href="([^"]+)"/) {
                let target = String(match.output.1)
                if target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("mailto:") { continue }
                if target.hasPrefix("#") {
                    if !ids.contains(String(target.dropFirst())) { broken.append("\(file.path): no element with id \(target)") }
                    continue
                }
                var parts = file.path.split(separator: "/").dropLast().map(String.init)
                for part in target.split(separator: "#", omittingEmptySubsequences: false)[0].split(separator: "/") {
                    if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
                }
                if !paths.contains(parts.joined(separator: "/")) { broken.append("\(file.path): \(target) is not in the site") }
            }
        }
        return broken
    }

    /// How many internal links the pages hold (for tests that must not pass on an empty site).
    package static func internalLinkCount(_ files: [File]) -> Int {
        files.filter { $0.path.hasSuffix(".html") }.reduce(0) { total, file in
            total + file.text.matches(of: /href="([^"]+)"/).filter { !$0.output.1.hasPrefix("http") }.count
        }
    }
}

extension ToolkitSite {
    /// A section of an operating model's Markdown as its page shows it (for the fuzzer and for tools that preview a
    /// model): raw HTML as text, links only to web or mail addresses and relative paths, every attribute escaped.
    package static func html(ofMarkdown markdown: String, _ language: Language) -> String {
        MarkdownHTML.html(markdown, language)
    }
}
