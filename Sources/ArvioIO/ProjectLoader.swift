import ArvioCore
import Foundation

/// Loads a project (`catalog/`, `criteria/`) and validates it, reporting every problem at once.
///
/// ``load()`` reads the files under `root`; ``load(files:)`` takes their texts keyed by path, so that
/// tests need no disk.
package struct ProjectLoader: Sendable {
    package let root: URL
    /// Files larger than this are refused rather than parsed.
    package static let maximumFileSize = 5 * 1024 * 1024

    package init(root: URL) {
        self.root = root
    }

    /// - Throws: ``Diagnostics`` with every problem found, each with file, line and field.
    package func load() throws(Diagnostics) -> Project {
        var problems: [Diagnostic] = []
        let files = readFiles(problems: &problems)
        // A folder that is not a project is one problem, not one per file it lacks.
        if problems.contains(where: { $0.location.file == root.path }) { throw Diagnostics(problems) }
        let result = Result { () throws(Diagnostics) in try Self.load(files: files) }
        switch result {
        case .success(let project) where problems.isEmpty: return project
        case .success: throw Diagnostics(problems)
        case .failure(let failure):
            // An unreadable file is reported once, not again as missing.
            let unreadable = Set(problems.map(\.location.file))
            throw Diagnostics(problems + failure.items.filter { !unreadable.contains($0.location.file) })
        }
    }

    /// Parses and validates a project given as texts keyed by their path from the project root.
    /// - Throws: ``Diagnostics`` when any file is malformed or the files disagree with each other.
    package static func load(files: [String: String]) throws(Diagnostics) -> Project {
        let sink = DiagnosticSink()
        func text(_ path: String) -> String? {
            if let text = files[path] { return text }
            sink.report(SourceLocation(file: path), .unreadableFile(.missing))
            return nil
        }
        func paths(under folder: String) -> [String] {
            let found = files.keys.filter { $0.hasPrefix(folder + "/") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
            if found.isEmpty { sink.report(SourceLocation(file: folder + "/"), .missingFolder) }
            return found
        }
        func stem(_ path: String) -> String {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            return String(name.prefix { $0 != "." })
        }

        let (organisations, organisationSources) =
            text(ProjectLayout.organisations)
            .map { OrganisationParser.parse($0, file: ProjectLayout.organisations, sink: sink) } ?? ([], [])
        let solutions = paths(under: ProjectLayout.solutions).compactMap { path in
            SolutionParser.parse(files[path] ?? "", file: path, expectedID: stem(path), sink: sink)
        }
        let scale = text(ProjectLayout.scale).flatMap { CriteriaParser.scale($0, file: ProjectLayout.scale, sink: sink) }
        let applicability = text(ProjectLayout.applicability).flatMap {
            CriteriaParser.applicability($0, file: ProjectLayout.applicability, sink: sink)
        }
        let areas = paths(under: ProjectLayout.areas).compactMap { path in
            CriteriaParser.area(files[path] ?? "", file: path, expectedID: stem(path), sink: sink)
        }
        .sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        let rules =
            text(ProjectLayout.knockOutRules).map { CriteriaParser.knockOutRules($0, file: ProjectLayout.knockOutRules, sink: sink) } ?? []
        let models = paths(under: ProjectLayout.models).compactMap { path in
            CriteriaParser.weightModel(files[path] ?? "", file: path, expectedID: stem(path), sink: sink)
        }

        // The toolkit is optional: a project may have no toolkit/ folder.
        let toolkit = files.keys.filter(Self.isOperatingModel)
            .sorted().compactMap { path in OperatingModelParser.parse(files[path] ?? "", file: path, expectedID: stem(path), sink: sink) }

        // Feedback and indicators are optional too.
        let survey = files[ProjectLayout.survey].flatMap { SurveyParser.parse($0, file: ProjectLayout.survey, sink: sink) }
        let kpis = files.keys.filter { $0.hasPrefix(ProjectLayout.kpis + "/") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted().compactMap { path in KPIParser.parse(files[path] ?? "", file: path, expectedID: stem(path), sink: sink) }

        let library = CriteriaLibrary(
            scale: scale ?? Scale(values: [], origin: SourceLocation(file: ProjectLayout.scale)),
            applicability: applicability ?? ApplicabilityTable(categories: [], rows: []),
            areas: areas, knockOutRules: rules, models: models)
        let project = Project(
            organisations: organisations, organisationSources: organisationSources, solutions: solutions,
            criteria: library, toolkit: toolkit, survey: survey, kpis: kpis)

        // An entry that failed to parse is missing from the project, so checks across files would report its
        // absence too (an unknown organisation, a scale without 'unknown'); report the cause only.
        let brokenFiles = Set(sink.items.map(\.location.file))
        let consistency = ProjectValidator().diagnostics(of: project).filter { !$0.isConsequence(ofProblemsIn: brokenFiles) }
        let problems = sink.items + consistency
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return project
    }

    /// `toolkit/<id>.md`, except the folder's README (the editors' guide).
    static func isOperatingModel(_ path: String) -> Bool {
        path.hasPrefix(ProjectLayout.toolkit + "/") && path.hasSuffix(".md") && path != ProjectLayout.toolkit + "/README.md"
    }

    /// Reads every project file under `root` into memory, reporting unreadable ones.
    func readFiles(problems: inout [Diagnostic]) -> [String: String] {
        var files: [String: String] = [:]
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            problems.append(Diagnostic(at: SourceLocation(file: root.path), .missingFolder))
            return files
        }
        let catalog = root.appendingPathComponent("catalog").path, criteria = root.appendingPathComponent("criteria").path
        guard manager.fileExists(atPath: catalog) || manager.fileExists(atPath: criteria) else {
            problems.append(Diagnostic(at: SourceLocation(file: root.path), .notAProject))
            return files
        }
        var paths = [ProjectLayout.organisations, ProjectLayout.scale, ProjectLayout.applicability, ProjectLayout.knockOutRules]
        for folder in [ProjectLayout.solutions, ProjectLayout.areas, ProjectLayout.models] {
            let names = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            paths += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(folder)/\($0)" }
        }
        let toolkit = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(ProjectLayout.toolkit).path)) ?? []
        paths += toolkit.map { "\(ProjectLayout.toolkit)/\($0)" }.filter(Self.isOperatingModel).sorted()
        let kpis = (try? manager.contentsOfDirectory(atPath: root.appendingPathComponent(ProjectLayout.kpis).path)) ?? []
        paths += kpis.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(ProjectLayout.kpis)/\($0)" }
        if manager.fileExists(atPath: root.appendingPathComponent(ProjectLayout.survey).path) { paths.append(ProjectLayout.survey) }
        for path in paths {
            let url = root.appendingPathComponent(path)
            guard manager.fileExists(atPath: url.path) else { continue }
            do {
                let data = try Data(contentsOf: url)
                guard data.count <= Self.maximumFileSize else {
                    problems.append(Diagnostic(at: SourceLocation(file: path), .unreadableFile(.tooLarge(megabytes: 5))))
                    continue
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    problems.append(Diagnostic(at: SourceLocation(file: path), .unreadableFile(.notUTF8)))
                    continue
                }
                files[path] = text
            } catch {
                problems.append(Diagnostic(at: SourceLocation(file: path), .unreadableFile(.notAFile)))
            }
        }
        return files
    }
}

extension Diagnostic {
    /// Whether this cross-file diagnostic may stem from an entry of a broken file that could not be read.
    func isConsequence(ofProblemsIn brokenFiles: Set<String>) -> Bool {
        func broken(_ path: String) -> Bool { brokenFiles.contains { $0 == path || $0.hasPrefix(path + "/") } }
        switch reason {
        case .unknownReference(_, _, _, let definedIn):
            return broken(definedIn) || broken(String(definedIn.prefix { $0 != " " }))
        case .categoryNotInApplicabilityTable, .applicabilityRowLacksCategory:
            return broken(ProjectLayout.applicability)
        case .scaleLacksValue, .minimumOutsideScale:
            return broken(ProjectLayout.scale)
        case .areaWithoutWeight:
            return broken(ProjectLayout.areas)
        default:
            return false
        }
    }
}
