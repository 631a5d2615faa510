import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// Which table `--format csv` prints.
enum SensitivityTable: String, CaseIterable, ExpressibleByArgument {
    case acceptability, stability
}

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "How robust the weighted-sum ranking is: exact weight-stability intervals and SMAA-2 rank acceptabilities.",
        discussion: """
            Stability: each weight moved alone, the others of its level rescaled proportionally; the intervals in which
            the leader, and the whole ranking, stay the same are computed exactly. With --round the weights are the
            model's areas and, within each area, its criteria.
            SMAA-2 draws weights uniformly on the simplex (or within --order and --bound), and with --round each cell's
            value from the values the assessors gave. The seed is printed; the same seed gives the same numbers on any
            number of threads. SMAA covers the weighted sum (additive model) only.
            """)

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: "Analyse a revealed or closed round of the project (after its must-have gate).") var round: String?
    @Option(help: "The decision matrix (CSV), as for 'arvio rank'.") var matrix: String?
    @Option(help: "The criteria (CSV), as for 'arvio rank'.") var criteria: String?
    @Option(help: "A decision problem in XMCDA 3.x, as for 'arvio rank'.") var xmcda: String?
    @Option(help: "Weight draws for SMAA-2.") var samples: Int = 10_000
    @Option(help: "Seed of the pseudo-random generator.") var seed: UInt64 = 1
    @Option(help: "Normalisation of the weighted sum: min-max (default; with --round scale), scale, max, sum, vector or none.")
    var normalization: Normalization?
    @Option(help: "An order of importance, most important first, e.g. T,U,I (weights T ≥ U ≥ I).") var order: String?
    @Option(name: .customLong("bound"), help: "An interval for one weight, e.g. T=0.2..0.5; repeat for more.") var bounds: [String] = []
    @Flag(help: "Keep every value at its aggregate instead of drawing from the assessors' values.") var noSpread = false
    @Option(help: "Threads for SMAA-2 (default: every core); the numbers do not depend on it.") var threads: Int?
    @Option(help: "With --format csv: which table, acceptability or stability.") var table: SensitivityTable = .acceptability
    @Option(help: "Output format: table, json or csv.") var format: OutputFormat = .table

    func validate() throws {
        try RankCommand.validateSource(round: round, matrix: matrix, criteria: criteria, xmcda: xmcda)
        guard (1...100_000_000).contains(samples) else {
            throw ValidationError("--samples must be between 1 and 100000000, found \(samples).")
        }
        _ = try constraints()
    }

    func constraints() throws -> WeightConstraints {
        var result = WeightConstraints(order: order.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [])
        for bound in bounds {
            let parts = bound.split(separator: "=", maxSplits: 1)
            let ends = parts.count == 2 ? parts[1].components(separatedBy: "..") : []
            guard ends.count == 2, let low = Double(ends[0]), let high = Double(ends[1]), low <= high else {
                throw ValidationError("--bound '\(bound)' is not NAME=LOW..HIGH, e.g. T=0.2..0.5 (shares between 0 and 1).")
            }
            result.bounds[String(parts[0])] = low...high
        }
        return result
    }

    func run() throws {
        var header = ""
        let decisionMatrix: DecisionMatrix
        var groups: [WeightGroup]?
        var spread: [[Double]] = []
        var context = SensitivityView.Context(subject: matrix ?? xmcda ?? "")
        if let round {
            let (project, evaluation) = try evaluatedRound(round, store: store, options)
            header = RoundView.gateText(evaluation, project: project, options.lang)
            if format != .table, let warning = GateView.unscoredWarning(evaluation, options.lang) {
                FileHandle.standardError.write(Data((warning + "\n").utf8))
            }
            guard let evaluated = evaluation.matrix else {
                if format == .table { print(header, terminator: "") }
                throw CommandError(.nothingPassed(round: round, forExport: false))
            }
            decisionMatrix = evaluated
            groups = evaluation.areas
            if !noSpread { spread = evaluation.spread }
            context = SensitivityView.Context(round: evaluation.round, project: project, options.lang)
        } else {
            decisionMatrix =
                try xmcda.map { try RankCommand.loadXMCDA(options, $0) }
                ?? RankCommand.loadMatrix(options, matrix: matrix ?? "", criteria: criteria ?? "")
        }
        let smaa = try SMAA(
            decisionMatrix, normalization: normalization ?? (round == nil ? .minMax : ComparisonReport.normalization), groups: groups,
            spread: spread)
        let stability = WeightStability(smaa.model)
        let result = try smaa.analyse(
            samples: samples, seed: seed, constraints: try constraints(),
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        switch format {
        case .table: print(header + SensitivityView.text(stability, result, context, options.lang), terminator: "")
        case .json: print(JSONDocument.text(of: SensitivityView.document(stability, result, context)), terminator: "")
        case .csv:
            let table = table == .stability ? SensitivityView.stabilityCSV(stability) : SensitivityView.acceptabilityCSV(result)
            print(table.csv(), terminator: "")
        }
    }
}
