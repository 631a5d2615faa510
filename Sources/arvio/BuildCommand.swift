import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: localized(
            fi: "Rakentaa toimintamallien sivuston: toimintamallit, tarkistuslistat, BPMN-kaaviot, ratkaisusivut ja vertailuraportin.",
            en: "Build the toolkit site: operating models, checklists, BPMN diagrams, solution pages and the comparison report."),
        discussion: localized(
            fi:
                "Sivusto on staattinen ja itsenäinen (ei ulkoisia tiedostoja; haku toimii ilman palvelinta ja mallien luettelo ilman JavaScriptiä), suomeksi juuressa ja englanniksi kansiossa en/. Ratkaisujen pakollisten vaatimusten tila tulee kierrokselta --round tai muuten viimeksi paljastetulta kierrokselta (nimetään virhetulosteessa). Sivusto rakennetaan uuteen kansioon ja vaihdetaan kansion --out tilalle vasta, kun jokainen sivu on kirjoitettu, joten epäonnistuminen jättää vanhan sivuston ennalleen.",
            en:
                "The site is static and self-contained (no external files; the search works without a server and the list of models without JavaScript), in Finnish at the root and in English under en/. Solutions' must-have status comes from --round, or else from the most recently revealed round (named on standard error). The site is built in a new folder and swapped in for --out only when every page is written, so a failure leaves the old site as it was."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(
        help: .text(
            fi: "Kierros, jonka raportin ja pakollisten vaatimusten tilan sivusto näyttää (oletus: viimeksi paljastettu).",
            en: "The round whose report and must-have status the site shows (default: the most recently revealed)."))
    var round: String?
    @Option(
        help: .text(
            fi: "Kansio, johon sivusto kirjoitetaan (korvataan kokonaan).", en: "The folder to write the site into (replaced as a whole)."))
    var out: String = "site"
    @Option(
        help: .text(
            fi: "SMAA-2-painonäytteiden määrä raportin herkkyysosioon.", en: "SMAA-2 weight draws for the report's sensitivity section."))
    var samples: Int = 10_000
    @Option(help: .text(fi: "SMAA-2:n siemenluku.", en: "SMAA-2 seed.")) var seed: UInt64 = 1

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let generated = today
        var report: ComparisonReport?
        let feedback = try database.feedbackTally(of: project)
        if let record = try chosenRecord(round, in: database, options) {
            report = try comparisonReport(
                record, project: project, generated: generated, samples: samples, seed: seed, options, feedback: feedback)
        }
        let progress = Progress("")
        progress.step(Formatting.pick(options.lang, "Rakennetaan sivuja…", "Building the pages…"))
        let files = ToolkitSite.files(
            .init(project: project, report: report, version: ArvioVersion.current, generated: generated, feedback: feedback))
        progress.finish()
        let broken = ToolkitSite.brokenLinks(files)
        guard broken.isEmpty else {
            throw CommandError(.brokenLinks(broken))
        }
        do {
            try Self.replace(folder: out, with: files)
        } catch {
            throw CommandError(.cannotWrite(folder: out, detail: error.localizedDescription, what: .site))
        }
        let models = project.toolkit.count
        Output.text(
            Formatting.pick(
                options.lang, "Sivusto kirjoitettu: \(out)/index.html (\(files.count) tiedostoa, \(models) toimintamallia)",
                "Site written: \(out)/index.html (\(files.count) files, \(models) operating models)"))
    }

    /// Writes every file into a new folder beside `folder`, then swaps it in; on any failure the new folder is removed
    /// and `folder` is left as it was.
    static func replace(folder: String, with files: [ToolkitSite.File]) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url)
            }
            // Two renames: the old site steps aside, the new one takes its place; if the second fails, the old one
            // comes back. (FileManager.replaceItemAt does not take folders on Linux.)
            if manager.fileExists(atPath: target.path) {
                let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
                try? manager.removeItem(at: old)
                try manager.moveItem(at: target, to: old)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: old, to: target)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}
