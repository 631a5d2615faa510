import ArgumentParser
import ArvioCore
import ArvioIO

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
}
