import ArvioCore
import Foundation

/// Rounds shipped as files (`assessments/<id>/round.yaml` and its scores CSV), such as the illustrative sample round,
/// loaded into a new database so that the README's main command ranks something out of the box.
package enum SampleRounds {
    package static let folder = "assessments"

    /// Loads every shipped round into `store`: assessors (when missing), the round with a criteria snapshot, its scores
    /// (checked as an import is) and its stakeholders' weights (flagged illustrative with the round), then its state. Problems are located in the round's files.
    package static func load(into store: ScoreStore, root: URL, project: Project, snapshot: String) throws {
        let base = root.appendingPathComponent(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []).sorted()
        for name in names {
            let file = "\(folder)/\(name)/round.yaml"
            guard let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8) else { continue }
            let sink = DiagnosticSink()
            guard let definition = parse(text, file: file, sink: sink), sink.items.isEmpty else { throw Diagnostics(sink.items) }
            let existing = Set(try store.assessors().map(\.id))
            for assessor in definition.assessors where !existing.contains(assessor.id) {
                try store.addAssessor(assessor, actor: "sample", at: definition.createdAt)
            }
            let round = try store.createRound(
                id: definition.id, name: definition.name, solutions: definition.solutions, model: definition.model, snapshot: snapshot,
                illustrative: definition.illustrative, actor: "sample", at: definition.createdAt)
            let scoresFile = "\(folder)/\(name)/\(definition.scores)"
            let scoresText = (try? String(contentsOf: root.appendingPathComponent(scoresFile), encoding: .utf8)) ?? ""
            let context = ScoreCSV.Context(
                rounds: [round], assessors: try store.assessors(), criteria: project.criteria.criteria, scale: project.criteria.scale)
            try store.save(
                try ScoreCSV.scores(scoresText, file: scoresFile, context: context, recordedAt: definition.createdAt),
                actor: "sample", at: definition.createdAt)
            if let file = definition.stakeholders.map({ "\(folder)/\(name)/\($0)" }), let model = project.criteria.model(definition.model) {
                let text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
                let members = try StakeholderCSV.stakeholders(
                    text, file: file, base: model, areas: project.criteria.areas, illustrative: definition.illustrative)
                try store.recordStakeholderWeights(round: round.id, members, actor: "sample", at: definition.createdAt)
            }
            if definition.state != .open { try store.advance(round.id, to: .revealed, actor: "sample", at: definition.createdAt) }
            if definition.state == .closed { try store.advance(round.id, to: .closed, actor: "sample", at: definition.createdAt) }
        }
    }

    /// The months the illustrative feedback covers.
    package static let feedbackMonths = (1...6).compactMap { YearMonth(year: 2025, month: $0) }

    /// Loads invented feedback (``IllustrativeFeedback``, flagged illustrative) for every operating model that names the
    /// project's survey, so that a new database's pages show feedback; nothing when the project has no survey.
    package static func loadFeedback(into store: ScoreStore, project: Project, at: String) throws {
        guard let survey = project.survey else { return }
        let models = project.toolkit.filter { $0.feedbackSurvey == survey.id }.map(\.id)
        let responses = IllustrativeFeedback.responses(survey: survey, models: models, months: feedbackMonths)
        _ = try store.importFeedback(
            responses.map { FeedbackCSV.Row(response: $0, line: 0) }, file: "illustrative", source: nil, actor: "sample", at: at)
    }

    struct Definition {
        var id: String
        var name: String
        var illustrative: Bool
        var model: String
        var state: RoundState
        var createdAt: String
        var solutions: [String]
        var assessors: [Assessor]
        var scores: String
        /// The stakeholders' weights file (``StakeholderCSV``), if any.
        var stakeholders: String?
    }

    static func parse(_ yaml: String, file: String, sink: DiagnosticSink) -> Definition? {
        let fields = ["id", "name", "illustrative", "model", "state", "createdAt", "solutions", "assessors", "scores", "stakeholders"]
        guard let root = YAMLDocument.root(of: yaml, file: file, sink: sink), let map = root.mapping(allowed: fields) else { return nil }
        let id = map.required("id")?.id()
        let name = map.required("name")?.text()
        let illustrative = map.optional("illustrative")?.boolean() ?? false
        let model = map.required("model")?.id()
        let state = map.optional("state")?.value(of: RoundState.self) ?? .open
        let createdAt = map.required("createdAt")?.text()
        let solutions = map.required("solutions")?.idList() ?? []
        let assessors =
            map.required("assessors")?.list()?.compactMap { reader -> Assessor? in
                guard let assessor = reader.mapping(allowed: ["id", "name", "role", "areas"]) else { return nil }
                let id = assessor.required("id")?.id(), name = assessor.required("name")?.text(), role = assessor.required("role")?.text()
                let areas = assessor.required("areas")?.idList() ?? []
                guard let id, let name, let role else { return nil }
                return Assessor(id: id, name: name, role: role, areas: areas)
            } ?? []
        let scores = map.required("scores")?.text()
        let stakeholders = map.optional("stakeholders")?.text()
        guard let id, let name, let model, let createdAt, let scores else { return nil }
        return Definition(
            id: id, name: name, illustrative: illustrative, model: model, state: state, createdAt: createdAt,
            solutions: solutions, assessors: assessors, scores: scores, stakeholders: stakeholders)
    }
}
