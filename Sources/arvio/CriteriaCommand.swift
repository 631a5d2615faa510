import ArgumentParser
import ArvioCore
import ArvioReports

struct CriteriaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "criteria",
        abstract: localized(
            fi: "Näyttää kriteeripuun paikallisine ja globaaleine painoineen painotusmallin mukaan.",
            en: "Show the criteria tree with local and global weights under a weight model."))

    @OptionGroup var options: ProjectOptions
    @Option(
        help: .text(
            fi: "Painotusmallin tunnus (oletus: asiantuntija-arvio tai ensimmäinen malli).",
            en: "The weight model's id (default: asiantuntija-arvio, or the first model).")) var model: String?
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    static let defaultModel = "asiantuntija-arvio"

    func run() throws {
        Output.result(try output(for: try options.load()), format)
    }

    /// - Parameter width: the terminal width tables and prose are laid out for.
    func output(for project: Project, width: Int = Output.width) throws -> String {
        let models = project.criteria.models
        let chosen: WeightModel?
        if let model {
            chosen = project.criteria.model(model)
        } else {
            chosen = project.criteria.model(Self.defaultModel) ?? models.sorted { $0.id < $1.id }.first
        }
        guard let chosen else {
            let known = models.map(\.id).sorted()
            throw CommandError(.unknownModel(model, suggestion: model.flatMap { nearest(to: $0, in: known) }, known: known))
        }
        let document = CriteriaView.document(project.criteria, model: chosen)
        switch format {
        case .table: return CriteriaView.text(document, options.lang, width: width)
        case .csv: return CriteriaView.csvTable(document, options.lang).csv()
        case .json: return JSONDocument.text(of: document)
        }
    }
}
