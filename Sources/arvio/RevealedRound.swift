import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// A revealed or closed round with its scores, for the commands that show results; an open round is refused on
/// standard error (its scores are still blind) and gives nil.
extension ParsableCommand {
    func revealedRound(_ id: String, in database: ScoreStore, _ options: ProjectOptions) throws -> (round: Round, scores: [ExpertScore])? {
        let stored = try reporting(options) { try database.round(id) }
        guard stored.state != .open else {
            try reportingErrors {
                throw CommandError(
                    problem: "round '\(id)' is open, so its scores are still blind", help: "reveal it first: arvio round reveal \(id)")
            }
            return nil
        }
        return (stored, try reporting(options) { try database.scores(round: id) })
    }

    /// A revealed round evaluated under its model, with the gate text printed before results; nil (after printing the
    /// gate text, or why the round cannot be shown) when there is nothing to rank.
    func rankableRound(_ id: String, store: StoreOptions, _ options: ProjectOptions) throws
        -> (project: Project, evaluation: RoundEvaluation, matrix: DecisionMatrix, header: String)?
    {
        let project = try options.load()
        let database = try store.open(options)
        guard let (stored, scores) = try revealedRound(id, in: database, options) else { return nil }
        let evaluation = try RoundEvaluation(round: stored, scores: scores, project: project)
        let header = RoundView.gateText(evaluation, project: project, options.lang)
        guard let matrix = evaluation.matrix else {
            print(header, terminator: "")
            return nil
        }
        return (project, evaluation, matrix, header)
    }

    /// Runs `body`; a scoring, weighting or sensitivity error is printed to standard error in the chosen language
    /// (what, where, help) with exit status 1.
    func reportingWorded<T>(_ options: ProjectOptions, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as any WordedError {
            FileHandle.standardError.write(Data((error.wordedText(in: options.lang) + "\n").utf8))
            throw ExitCode.failure
        }
    }
}

extension ParsableCommand {
    /// Today's date for a document's footer (the core has no clock).
    var today: String { ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate]) }

    /// The comparison report of a revealed round, with SMAA-2 on every core (the numbers do not depend on it).
    func comparisonReport(
        _ round: Round, scores: [ExpertScore], project: Project, generated: String, samples: Int, seed: UInt64, _ options: ProjectOptions
    ) throws -> ComparisonReport {
        try reportingWorded(options) {
            try ComparisonReport(
                project: project, round: round, scores: scores,
                metadata: .init(version: ReportCommand.version, generated: generated, samples: samples, seed: seed),
                threads: ProcessInfo.processInfo.activeProcessorCount)
        }
    }
}
