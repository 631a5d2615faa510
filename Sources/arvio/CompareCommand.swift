import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports

/// `arvio compare --round R A B`: two solutions of a revealed round head to head under the round's weight model.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: localized(
            fi: "Vertaa kahta kierroksen ratkaisua: mitkä osa-alueet ja kriteerit tekevät niiden pisteiden eron.",
            en: "Compare two solutions of a round: which areas and criteria make the difference between their scores."),
        discussion: localized(
            fi:
                "Painotettu summa kierroksen painotusmallilla, kuten 'arvio rank --round' sen laskee (kirjatut päätökset ja sovitut arvot mukana). Ero jaetaan kunkin kriteerin vaikutukseen paino × (arvo₁ − arvo₂) ja osa-alueittain; suurin ensin, kunkin osuus erosta. Kummankin on läpäistävä pakolliset vaatimukset.",
            en:
                "The weighted sum under the round's weight model, as 'arvio rank --round' computes it (recorded verdicts and agreed values included). The difference is split into each criterion's contribution weight × (value₁ − value₂) and by area, largest first, with each one's share of the difference. Both must pass the must-have gate."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Paljastettu tai suljettu kierros.", en: "A revealed or closed round.")) var round: String
    @Argument(help: .text(fi: "Ensimmäinen ratkaisu (tunnus).", en: "The first solution (its id).")) var first: String
    @Argument(help: .text(fi: "Toinen ratkaisu (tunnus).", en: "The second solution (its id).")) var second: String
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func validate() throws {
        guard first != second else {
            throw ValidationError(
                localized(
                    fi: "anna kaksi eri ratkaisua, nyt molemmat ovat '\(first)'", en: "give two different solutions, both are '\(first)'"))
        }
    }

    func run() throws {
        let (project, evaluation) = try evaluatedRound(round, store: store, options)
        let solutions = evaluation.round.solutions
        for solution in [first, second] {
            guard solutions.contains(solution) else {
                throw CommandError(.notInRound(solution: solution, round: round, suggestion: nearest(to: solution, in: solutions)))
            }
            if let exclusion = evaluation.gate.excluded.first(where: { $0.solution == solution }) {
                throw CommandError(.excludedAtGate(solution: solution, round: round, rules: exclusion.failures.map(\.rule)))
            }
        }
        // Both are in the round and passed the gate, so both are rows of the matrix.
        guard let matrix = evaluation.matrix, let a = matrix.alternatives.firstIndex(of: first),
            let b = matrix.alternatives.firstIndex(of: second)
        else { throw CommandError(.nothingPassed(round: round, forExport: false)) }
        let model = try AdditiveModel(matrix, normalization: ComparisonReport.normalization, groups: evaluation.areas)
        let result = HeadToHead(model, first: a, second: b)
        let context = SensitivityView.Context(round: evaluation.round, project: project, options.lang)
        let illustrative = evaluation.round.illustrative || project.hasIllustrativeSolutions(in: evaluation.round)
        switch format {
        case .table:
            let notice = illustrative ? Formatting.illustrativeRoundNotice(options.lang) + "\n\n" : ""
            Output.text(notice + HeadToHeadView.text(result, context, options.lang, width: Output.width))
        case .json: Output.data(JSONDocument.text(of: HeadToHeadView.document(result, context, illustrative: illustrative)))
        case .csv: Output.data(HeadToHeadView.csv(result))
        }
    }
}
