import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// Options of the commands that use the evaluation store: which database.
struct StoreOptions: ParsableArguments {
    @Option(
        help: .text(
            fi: "SQLite-tietokanta (oletus: projektin .arvio/arvio.sqlite, luodaan ensimmäisellä käyttökerralla).",
            en: "The SQLite database (default: .arvio/arvio.sqlite in the project, created on first use)."))
    var database: String?

    func path(in project: ProjectOptions) -> String {
        database ?? project.root.appendingPathComponent(".arvio/arvio.sqlite").path
    }

    /// Opens the database. The default one is created on first use with the project's shipped rounds (the
    /// illustrative sample round) loaded; an explicit --database starts empty.
    /// - Parameter concurrentReads: for the server: reads run side by side with each other and with the one writer.
    func open(_ project: ProjectOptions, concurrentReads: Bool = false) throws -> ScoreStore {
        let path = path(in: project)
        // The default database is created with the shipped rounds in it, or not at all.
        let seed: ((ScoreStore) throws -> Void)? =
            database != nil
            ? nil
            : { store in
                let loaded = try project.load()
                try SampleRounds.load(into: store, root: project.root, project: loaded, snapshot: JSONDocument.text(of: loaded.criteria))
                try SampleRounds.loadFeedback(into: store, project: loaded, at: StoreOptions.now)
            }
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            let store = try ScoreStore.open(at: path, seed: seed, concurrentReads: concurrentReads)
            if isNew {
                // Creating the database (and loading the shipped rounds into it) is said, on standard error.
                let rounds = ((try? store.rounds()) ?? []).map { round in
                    round.id + (round.illustrative ? Formatting.pick(project.lang, " (havainnollinen)", " (illustrative)") : "")
                }
                let loaded =
                    rounds.isEmpty ? "" : Formatting.pick(project.lang, " ja kierros ", " with the round ") + rounds.joined(separator: ", ")
                Output.note(Formatting.pick(project.lang, "Luotiin tietokanta \(path)", "Created the database \(path)") + loaded + ".")
            }
            return store
        } catch let error as Diagnostics {
            throw project.displayed(error)
        }
    }

    /// Now, as ISO 8601 in UTC: the edges take the clock, the core never does.
    static var now: String { ISO8601DateFormatter().string(from: Date()) }
}

/// Options of the commands that change the store: the database, and who acts, for the audit log.
struct WriteOptions: ParsableArguments {
    @OptionGroup var database: StoreOptions

    @Option(
        help: .text(
            fi: "Kuka toimii, tarkastuslokia varten (oletus: ympäristömuuttuja USER).",
            en: "Who is acting, for the audit log (default: the USER environment variable)."))
    var actor: String?

    func open(_ project: ProjectOptions) throws -> ScoreStore { try database.open(project) }

    var who: String { actor ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }
}
