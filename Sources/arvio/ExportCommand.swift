import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: localized(
            fi:
                "Vie kierroksen pisteet CSV:nä (tuonnin sarakkeet) tai .xlsx-tiedostona; avoimelta kierrokselta vain arvioijan --assessor omat pisteet.",
            en: "Export a round's scores as CSV (the import's columns) or .xlsx; an open round only for --assessor's own scores."))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Kierros, jonka pisteet viedään.", en: "The round whose scores are exported.")) var round: String
    @Option(
        help: .text(fi: "Kun kierros on auki: kenen pisteet (vain omat).", en: "While the round is open: whose scores (their own only)."))
    var assessor: String?
    @Option(help: .text(fi: "'csv' tai 'xlsx'.", en: "csv or xlsx.")) var format: ExportFormat = .csv
    @Option(
        help: .text(
            fi: "Kirjoitettava tiedosto (oletus: csv vakiotulosteeseen, xlsx tiedostoon <kierros>.xlsx).",
            en: "The file to write (default: standard output for csv, <round>.xlsx for xlsx).")) var out: String?

    enum ExportFormat: String, CaseIterable, ExpressibleByArgument { case csv, xlsx }

    func run() throws {
        let database = try store.open(options)
        let stored = try database.round(round)
        if stored.state == .open && assessor == nil {
            throw CommandError(.roundOpenForExport(round))
        }
        let scores = Visibility.visible(try database.scores(round: round), in: stored, to: assessor)
        let table = ExportView.table(scores)
        switch format {
        case .csv:
            if let out {
                try Output.write(Data(table.csv().utf8), to: out)
            } else {
                Output.data(table.csv())
            }
        case .xlsx:
            let data = try XLSXPackage.data(
                parts: ExportView.workbookParts(
                    table,
                    title: stored.illustrative
                        ? "\(stored.name): \(Formatting.illustrativeNotice(options.lang))" : stored.name))
            try Output.write(data, to: out ?? "\(round).xlsx")
        }
    }
}
