import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

extension ParsableCommand {
    /// A revealed or closed round with its scores and recorded verdicts, for the commands that show results; an open
    /// round is refused on standard error (its scores are still blind).
    func revealedRecord(_ id: String, in database: ScoreStore, _ options: ProjectOptions) throws -> RoundRecord {
        let record = try database.record(of: id)
        guard record.round.state != .open else {
            throw CommandError(.roundOpen(id))
        }
        return record
    }

    /// The round to show results for: the one named with --round, or else the most recently revealed one (revealed or
    /// closed since). The choice is printed on standard error when it was not named, so the reader knows which round
    /// the output is about.
    func chosenRecord(_ id: String?, in database: ScoreStore, _ options: ProjectOptions) throws -> RoundRecord? {
        if let id { return try revealedRecord(id, in: database, options) }
        guard let latest = try database.latestRevealedRound() else { return nil }
        Output.note(
            Formatting.pick(
                options.lang, "Kierros: \(latest.id) (viimeksi paljastettu; valitse toinen valitsimella --round)",
                "Round: \(latest.id) (the most recently revealed; choose another with --round)"))
        return try revealedRecord(latest.id, in: database, options)
    }

    /// A revealed round evaluated under its model: every score aggregated and every recorded verdict applied.
    func evaluatedRound(_ id: String, store: StoreOptions, _ options: ProjectOptions) throws -> (
        project: Project, evaluation: RoundEvaluation
    ) {
        let project = try options.load()
        let record = try revealedRecord(id, in: try store.open(options), options)
        return (project, try RoundEvaluation(record, project: project))
    }

}

extension ParsableCommand {
    /// Today's date for a document's footer (the core has no clock).
    var today: String { ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate]) }

    /// The comparison report of a revealed round, with SMAA-2 on every core (the numbers do not depend on it).
    /// - Parameter feedback: the stored feedback, counted, for the evidence from use in the solutions' profiles.
    func comparisonReport(
        _ record: RoundRecord, project: Project, generated: String, samples: Int, seed: UInt64, _ options: ProjectOptions,
        feedback: FeedbackTally? = nil
    ) throws -> ComparisonReport {
        let progress = Progress.smaa(options.lang)
        defer { progress.finish() }
        var report = try ComparisonReport(
            project: project, record: record,
            metadata: .init(
                version: ArvioVersion.current, generated: generated, samples: samples, seed: seed,
                auditHead: record.auditHead?.description),
            threads: ProcessInfo.processInfo.activeProcessorCount, progress: progress.update)
        report.evidence = .init(project: project, feedback: feedback)
        return report
    }
}
