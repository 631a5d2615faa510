import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: localized(
            fi:
                "Kirjoittaa arvioijan arviointityökirjan (.xlsx): välilehti kullekin alueelle, jolla hän on pätevä, omat pisteet valmiiksi täytettyinä.",
            en: "Write an assessor's scoring workbook (.xlsx): a sheet per area they are competent in, their own scores prefilled."))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Kierros, jonka työkirja kirjoitetaan.", en: "The round of the workbook.")) var round: String
    @Option(help: .text(fi: "Arvioija, jonka työkirja kirjoitetaan.", en: "The assessor whose workbook is written.")) var assessor: String
    @Option(
        help: .text(
            fi: "Kansio, johon työkirja <kierros>-<arvioija>.xlsx kirjoitetaan (oletus: nykyinen kansio).",
            en: "The folder the workbook <round>-<assessor>.xlsx is written into (default: the current folder)."))
    var out: String = "."

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let stored = try database.round(round)
        let who = try database.assessor(assessor)
        let own = try database.scores(round: round).filter { $0.assessor == assessor }
        let excluded = Set(try database.exclusions(round: round).filter { $0.assessor == assessor }.map(\.solution))
        let parts = ScoringWorkbook.parts(
            round: stored, assessor: who, project: project, ownScores: own, excluding: excluded, language: options.lang)
        let path = try Output.write([("\(round)-\(assessor).xlsx", try XLSXPackage.data(parts: parts))], into: out, .workbook)[0]
        Output.text(
            Formatting.pick(
                options.lang, "Kirjoitettu \(path) (\(who.areas.joined(separator: ", ")))",
                "Wrote \(path) (\(who.areas.joined(separator: ", ")))"))
    }
}
