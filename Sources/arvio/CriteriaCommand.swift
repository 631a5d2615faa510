import ArgumentParser
import ArvioCore
import ArvioReports

struct CriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: "Show the criteria tree with local and global weights under a weight model.")

    @OptionGroup var options: ProjectOptions
    @Option(help: "The weight model's id (default: asiantuntija-arvio, or the first model).") var model: String?
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table

    static let defaultModel = "asiantuntija-arvio"

    func run() throws {
        try reportingErrors { print(try output(for: try options.load()), terminator: "") }
    }

    func output(for project: Project) throws -> String {
        let models = project.criteria.models
        let chosen: WeightModel?
        if let model {
            chosen = project.criteria.model(model)
        } else {
            chosen = project.criteria.model(Self.defaultModel) ?? models.sorted { $0.id < $1.id }.first
        }
        guard let chosen else {
            let known = models.map(\.id).sorted()
            let hint = model.flatMap { nearest(to: $0, in: known) }.map { "did you mean '\($0)'? " } ?? ""
            throw CommandError(
                problem: model.map { "no weight model '\($0)'" } ?? "the project has no weight model",
                help: hint + "models are "
                    + (known.isEmpty ? "defined in criteria/models/" : known.map { "'\($0)'" }.joined(separator: ", ")))
        }
        let document = CriteriaView.document(project.criteria, model: chosen)
        switch format {
        case .table: return CriteriaView.text(document, options.lang)
        case .csv: return CriteriaView.csvTable(document, options.lang).csv()
        case .json: return JSONDocument.text(of: document)
        }
    }
}
