import ArgumentParser
import ArvioCore
import ArvioReports

struct CatalogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog",
        abstract: localized(
            fi: "Luettelee luettelon ratkaisut luokan ja tilan mukaan suodatettuina; 'arvio catalog show TUNNUS' näyttää yhden.",
            en: "List the catalog's solutions, filtered by category and status; 'catalog show ID' shows one."),
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: localized(fi: "Luettelee ratkaisut.", en: "List solutions."))

        @OptionGroup var options: ProjectOptions
        @Option(
            help: .text(
                fi: "Vain tämän luokan ratkaisut (pää- tai muu luokka), esim. VID.",
                en: "Only solutions of this category (main or other), e.g. VID.")) var category: String?
        @Option(
            help: .text(
                fi: "Vain ratkaisut, joiden tila on tämä: 'in-use' (käytössä), 'pilot' (pilotti) tai 'ended' (päättynyt).",
                en: "Only solutions with this status: in-use, pilot or ended.")) var status: SolutionStatus?
        @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv."))
        var format: OutputFormat = .table

        func run() throws {
            Output.result(try output(for: try options.load()), format)
        }

        /// - Parameter width: the terminal width tables and prose are laid out for.
        func output(for project: Project, width: Int = Output.width) throws -> String {
            let known = project.criteria.applicability.categories.map(\.id)
            if let category, !known.contains(category) {
                throw CommandError(.unknownCategory(category, suggestion: nearest(to: category, in: known), known: known))
            }
            let solutions = project.solutions
                .filter { category == nil || $0.category == category || $0.otherCategories.contains(category ?? "") }
                .filter { status == nil || $0.status.value == status }
                .sorted { $0.id < $1.id }
            switch format {
            case .table: return CatalogView.text(solutions, options.lang, width: width)
            case .csv: return CatalogView.table(solutions, options.lang).csv()
            case .json: return JSONDocument.text(of: solutions)
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Näyttää yhden ratkaisun tiedot, niiden varmennuksen ja lähteet.",
                en: "Show one solution's facts, their verification and sources."))

        @OptionGroup var options: ProjectOptions
        @Argument(help: .text(fi: "Ratkaisun tunnus, esim. virtu.", en: "The solution's id, e.g. virtu.")) var id: String
        @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv."))
        var format: OutputFormat = .table

        func run() throws {
            Output.result(try output(for: try options.load()), format)
        }

        func output(for project: Project) throws -> String {
            guard let solution = project.solution(id) else {
                throw CommandError(.unknownSolution(id, suggestion: nearest(to: id, in: project.solutions.map(\.id))))
            }
            switch format {
            case .table: return CatalogView.detail(solution, organisations: project.organisations, options.lang)
            case .csv: return CatalogView.detailTable(solution).csv()
            case .json: return JSONDocument.text(of: solution)
            }
        }
    }
}

extension SolutionStatus: ExpressibleByArgument {
    /// The status as typed: the id (`in-use`) or the word either language shows for it (`käytössä`, `in use`).
    public init?(argument: String) {
        let typed = argument.lowercased()
        guard
            let status = Self.allCases.first(where: { status in
                [status.rawValue, Formatting.status(status, .fi), Formatting.status(status, .en)].contains(typed)
            })
        else { return nil }
        self = status
    }
}
