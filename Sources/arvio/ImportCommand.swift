import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            localized(
                fi:
                    "Tuo arviointityökirjat (.xlsx), CSV-tiedostot ('round,solution,criterion,assessor,score,rationale,evidence') ja XMCDA-suoritustaulukot: kaikki tai ei mitään.",
                en:
                    "Import scoring workbooks (.xlsx), CSV files (round,solution,criterion,assessor,score,rationale,evidence) and XMCDA performance tables: all or none."
            ),
        discussion: localized(
            fi:
                "XMCDA 3.x -suoritustaulukko (--xmcda) sisältää yhden arvioijan pisteet: vaihtoehdot ovat ratkaisujen tunnuksia, kriteerit kriteerien tunnuksia ja arvot 0–5 (tai merkintä 'na' / 'unknown'; <NA/> lasketaan tuntemattomaksi). Anna kierros ja arvioija valitsimilla --round ja --assessor. Tiedostot, joissa on DOCTYPE- tai entiteettimäärittely, hylätään.",
            en:
                "An XMCDA 3.x performance table (--xmcda) holds one assessor's scores: alternatives are solution ids, criteria are criterion ids, values are 0–5 (or a label na / unknown; <NA/> counts as unknown). Give the round and the assessor with --round and --assessor. Files that declare a DOCTYPE or entities are refused."
        ))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: WriteOptions
    @Argument(help: .text(fi: "Työkirjat (.xlsx) tai CSV-tiedostot.", en: "Workbooks (.xlsx) or CSV files.")) var files: [String] = []
    @Option(
        help: .text(
            fi: "XMCDA 3.x -tiedosto, jonka suoritustaulukossa on yhden arvioijan pisteet (voi toistaa).",
            en: "An XMCDA 3.x file whose performance table holds one assessor's scores (repeatable).")) var xmcda: [String] = []
    @Option(help: .text(fi: "Kierros, johon XMCDA-pisteet kuuluvat.", en: "The round the XMCDA scores belong to.")) var round: String?
    @Option(help: .text(fi: "Arvioija, joka antoi XMCDA-pisteet.", en: "The assessor who gave the XMCDA scores.")) var assessor: String?

    func validate() throws {
        guard !files.isEmpty || !xmcda.isEmpty else {
            throw ValidationError(
                localized(
                    fi: "Anna tuotavat työkirjat, CSV-tiedostot tai --xmcda TIEDOSTO.",
                    en: "Give workbooks, CSV files or --xmcda FILE to import."))
        }
        if !xmcda.isEmpty, round == nil || assessor == nil {
            throw ValidationError(
                localized(
                    fi: "--xmcda tarvitsee valitsimet --round ja --assessor: XMCDA-suoritustaulukko ei kerro, kenen pisteitä se sisältää.",
                    en: "--xmcda needs --round and --assessor: an XMCDA performance table does not say whose scores it holds."))
        }
    }

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let context = try database.scoreContext(for: project)
        let now = StoreOptions.now
        var scores: [ExpertScore] = []
        var problems: [Diagnostic] = []
        var sources: [ImportSource] = []
        // Each file is read once: the bytes that are checked are the bytes whose SHA-256 the audit log records.
        var contents: [String: [UInt8]] = [:]
        for file in files + xmcda where contents[file] == nil {
            do {
                let bytes = try options.readBytes(file)
                contents[file] = bytes
                sources.append(ImportSource(name: file, bytes: Data(bytes)))
            } catch {
                problems += error.items
            }
        }
        for file in files {
            guard let bytes = contents[file] else { continue }
            do {
                if file.lowercased().hasSuffix(".xlsx") {
                    scores += try WorkbookReader.scores(Data(bytes), file: file, context: context, recordedAt: now)
                } else if let text = String(validating: bytes, as: UTF8.self) {
                    scores += try ScoreCSV.scores(text, file: file, context: context, recordedAt: now)
                } else {
                    problems.append(Diagnostic(at: SourceLocation(file: file), .unreadableFile(.notUTF8)))
                }
            } catch {  // Both readers throw only Diagnostics.
                problems += error.items
            }
        }
        for file in xmcda {
            guard let bytes = contents[file] else { continue }
            do {
                let table = try XMCDAReader.performanceTable(bytes, file: file)
                let rows = XMCDAReader.scoreRows(table, file: file, round: round ?? "", assessor: assessor ?? "")
                let (read, rowProblems) = ScoreCSV.check(rows, context: context, recordedAt: now)
                scores += read
                // A wrong --round or --assessor is one problem, not one per cell.
                var seen = Set(problems)
                problems += rowProblems.filter { seen.insert($0).inserted }
            } catch {
                problems += error.items
            }
        }
        guard problems.isEmpty else {
            throw Diagnostics(problems)
        }
        try database.save(scores, actor: store.who, at: now, sources: sources)
        Output.text(
            Formatting.pick(
                options.lang, "\(scores.count) \(scores.count == 1 ? "piste" : "pistettä") tuotu.",
                "\(scores.count) \(scores.count == 1 ? "score" : "scores") imported."))
    }
}
