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
            fi:
                "Kansio, johon <kierros>.csv tai .xlsx (arvioijan pisteet: <kierros>-<arvioija>) kirjoitetaan (oletus: csv vakiotulosteeseen, xlsx nykyiseen kansioon).",
            en:
                "The folder <round>.csv or .xlsx (one assessor's scores: <round>-<assessor>) is written into (default: standard output for csv, the current folder for xlsx)."
        )) var out: String?

    enum ExportFormat: String, CaseIterable, ExpressibleByArgument { case csv, xlsx }

    func run() throws {
        let database = try store.open(options)
        let stored = try database.round(round)
        if stored.state == .open && assessor == nil {
            throw CommandError(.roundOpenForExport(round))
        }
        let scores = try database.scores(round: round, visibleTo: assessor.map { .assessor($0) } ?? .other)
        let table = ExportView.table(scores)
        let name = assessor.map { "\(round)-\($0)" } ?? round
        let file: (name: String, data: Data)
        switch format {
        case .csv:
            guard out != nil else { return Output.data(table.csv()) }
            file = ("\(name).csv", Data(table.csv().utf8))
        case .xlsx:
            let title =
                stored.illustrative ? "\(stored.name): \(Formatting.illustrativeNotice(options.lang))" : stored.name
            file = ("\(name).xlsx", try XLSXPackage.data(parts: ExportView.workbookParts(table, title: title)))
        }
        let path = try Output.write([file], into: out ?? ".", .scores)[0]
        Output.text(
            Formatting.pick(
                options.lang, "Kirjoitettu \(path): \(scores.count) \(scores.count == 1 ? "piste" : "pistettä").",
                "Wrote \(path): \(scores.count) \(scores.count == 1 ? "score" : "scores")."))
    }
}
