import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// Which documents `arvio report` writes.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case html, md, json, csv, xmcda, all
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: localized(
            fi: "Kirjoittaa kierroksen vertailuraportin: itsenäinen HTML, Markdown, JSON, CSV ja XMCDA 3.1.1.",
            en: "Write the comparison report of a round: self-contained HTML, Markdown, JSON, CSV and XMCDA 3.1.1."),
        discussion: localized(
            fi:
                "Jokainen asiakirja rakennetaan ensin muistiin ja kirjoitetaan vasta, kun kaikki ovat valmiita, joten epäonnistuminen jättää kansion ennalleen. Raportin SMAA-2 käyttää --samples näytettä siemenellä --seed; siemen ja kierroksen sisältötiiviste tulostetaan alatunnisteeseen, joten samat lähtötiedot antavat saman raportin.",
            en:
                "Every document is built in memory first and written only when all of them are ready, so a failure leaves the folder as it was. The report's SMAA-2 uses --samples draws with --seed; the seed and the round's content hash are printed in the footer, so the same inputs give the same report."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(
        help: .text(
            fi: "Kierros (oletus: viimeksi paljastettu, nimetään virhetulosteessa).",
            en: "The round (default: the most recently revealed, named on standard error).")) var round: String?
    @Option(
        help: .text(
            fi: "Projektin painotusmalli, jota käytetään kierroksen oman mallin sijaan.",
            en: "A weight model of the project to use instead of the round's own.")) var model: String?
    @Option(
        help: .text(
            fi: "Mitkä asiakirjat: 'html', 'md', 'json', 'csv', 'xmcda' tai 'all' (kaikki).",
            en: "Which documents: html, md, json, csv, xmcda or all.")
    ) var format: ReportFormat = .all
    @Option(help: .text(fi: "Kansio, johon kirjoitetaan (luodaan tarvittaessa).", en: "The folder to write into (created if missing)."))
    var out: String = "report"
    @Option(help: .text(fi: "SMAA-2-painonäytteiden määrä.", en: "SMAA-2 weight draws.")) var samples: Int = 10_000
    @Option(help: .text(fi: "SMAA-2:n siemenluku.", en: "SMAA-2 seed.")) var seed: UInt64 = 1

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        if let model, project.criteria.model(model) == nil {
            let known = project.criteria.models.map(\.id)
            throw CommandError(.unknownModel(model, suggestion: nearest(to: model, in: known), known: known))
        }
        guard var record = try chosenRecord(round, in: database, options) else {
            throw CommandError(.noRevealedRound)
        }
        if let model { record.round.model = model }
        let stored = record.round
        let report = try comparisonReport(
            record, project: project, generated: today, samples: samples, seed: seed, options,
            feedback: try database.feedbackTally(of: project))
        let suffix = options.lang == .fi ? "" : "-\(options.lang.rawValue)"
        var files: [(name: String, text: String)] = []
        if [.html, .all].contains(format) { files.append(("report\(suffix).html", HTMLReport.document(report, options.lang))) }
        if [.md, .all].contains(format) { files.append(("report\(suffix).md", ReportDocuments.markdown(report, options.lang))) }
        if [.json, .all].contains(format) { files.append(("report.json", JSONDocument.text(of: ReportDocuments.document(report)))) }
        if [.csv, .all].contains(format) {
            files.append(("ranking.csv", ReportDocuments.rankingCSV(report)))
            files.append(("scores.csv", ReportDocuments.scoresCSV(report)))
        }
        if [.xmcda, .all].contains(format) {
            if let xmcda = ReportDocuments.xmcda(report, options.lang) {
                files.append(("report.xmcda.xml", xmcda))
            } else if format == .xmcda {
                throw CommandError(.nothingPassed(round: stored.id, forExport: true))
            }
        }
        let written = try Output.write(files.map { ($0.name, Data($0.text.utf8)) }, into: out, .report)
        if let warning = GateView.unscoredWarning(report.evaluation, options.lang) {
            Output.note(warning)
        }
        Output.text(
            Formatting.pick(options.lang, "Kierroksen \(stored.id) raportti kirjoitettu: ", "Report of round \(stored.id) written: ")
                + written.joined(separator: ", "))
    }
}
