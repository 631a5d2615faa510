import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

extension AHP.Prioritization: ExpressibleByArgument {}

struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: "Derive weights from AHP pairwise comparisons, with λmax, CI and CR.",
        discussion: """
            The file is a square CSV: a header row of criterion ids, then one row per criterion in the same order.
            Judgements are numbers or fractions (1/3); empty cells below the diagonal are filled with reciprocals.
            CR uses Saaty's (1980) random indices; above 0.10 the most inconsistent judgement is named with the value
            consistent with the derived weights.
            """)

    @OptionGroup var options: ProjectOptions
    @Option(help: "The pairwise comparison matrix (CSV).") var ahp: String
    @Option(help: "eigenvector (Saaty, default) or geometric (row geometric mean).") var prioritization: AHP.Prioritization = .eigenvector
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let text = try options.readText(ahp)
        let comparison: AHP
        do {
            comparison = try PairwiseCSV.ahp(text, file: ahp)
        } catch {
            options.report(error)
            throw ExitCode.failure
        }
        try reportingWorded(options) {
            print(WeightsView.output(try comparison.priorities(prioritization), format: format.rawValue, options.lang), terminator: "")
        }
    }
}
