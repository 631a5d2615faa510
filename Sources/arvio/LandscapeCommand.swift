import ArgumentParser
import ArvioCore
import ArvioReports

struct LandscapeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "landscape",
        abstract: localized(
            fi: "Tiivistää luettelon kuten vuoden 2021 kysely: luokat, käytön levinneisyys, laajasti käytetyt ja lyhyt lista.",
            en: "Summarise the catalog as the 2021 survey did: categories, spread of use, widely used, shortlist."))

    @OptionGroup var options: ProjectOptions
    @Option(
        help: .text(
            fi: "Organisaatioiden määrä, josta alkaen ratkaisu lasketaan laajasti käytetyksi.",
            en: "Organisations from which a solution counts as widely used.")) var threshold: Int = 5
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func validate() throws {
        guard threshold >= 2 else {
            throw ValidationError(
                localized(
                    fi: "--threshold on oltava vähintään 2, annettu \(threshold).",
                    en: "--threshold must be at least 2, found \(threshold)."))
        }
    }

    func run() throws {
        Output.result(output(for: try options.load()), format)
    }

    /// - Parameter width: the terminal width tables and prose are laid out for.
    func output(for project: Project, width: Int = Output.width) -> String {
        let landscape = Landscape(of: project, widelyUsedThreshold: threshold)
        switch format {
        case .table: return LandscapeView.text(landscape, categories: project.criteria.applicability.categories, options.lang, width: width)
        case .csv: return LandscapeView.table(landscape).csv()
        case .json: return JSONDocument.text(of: landscape)
        }
    }
}
