import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: localized(fi: "Kirjaa yhden pisteen.", en: "Set one score."))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: WriteOptions
    @Option(help: .text(fi: "Kierros, jolle piste annetaan.", en: "The round the score belongs to.")) var round: String
    @Option(help: .text(fi: "Arvioija, joka antaa pisteen.", en: "The assessor who gives the score.")) var assessor: String
    @Option(help: .text(fi: "Arvioitavan ratkaisun tunnus.", en: "The id of the solution scored.")) var solution: String
    @Option(help: .text(fi: "Kriteerin tunnus, esim. T1.", en: "The criterion's id, e.g. T1.")) var criterion: String
    @Option(help: .text(fi: "0–5, 'na' (ei sovellu) tai 'unknown' (ei tiedossa).", en: "0–5, na or unknown.")) var value: String
    @Option(help: .text(fi: "Perustelu: miksi juuri tämä piste.", en: "Why this score.")) var rationale: String = ""
    @Option(help: .text(fi: "Näytön linkit välilyönnein eroteltuina.", en: "Evidence links, space-separated.")) var evidence: String = ""

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let context = try database.scoreContext(for: project)
        // The same checks as an import, each problem located by the option that gave the value.
        let given = [
            "round": round, "solution": solution, "criterion": criterion, "assessor": assessor, "score": value,
            "rationale": rationale, "evidence": evidence,
        ]
        let option = ["score": "value"]
        let row = ScoreRow(
            fields: given,
            locations: Dictionary(
                uniqueKeysWithValues: given.keys.map { ($0, SourceLocation(file: "arvio score", field: "--\(option[$0] ?? $0)")) }),
            row: SourceLocation(file: "arvio score"))
        let (scores, problems) = ScoreCSV.check([row], context: context, recordedAt: StoreOptions.now)
        guard problems.isEmpty else {
            throw Diagnostics(problems)
        }
        let previous = try database.scores(round: round).first {
            $0.solution == solution && $0.criterion == criterion && $0.assessor == assessor
        }
        try database.save(scores, actor: store.actor ?? assessor, at: StoreOptions.now)
        let shown = scores.first?.value.name(in: options.lang) ?? value
        Output.text(
            previous == nil
                ? Formatting.pick(
                    options.lang, "Piste kirjattu: \(assessor), \(solution), \(criterion): \(shown) (kierros \(round)).",
                    "Score recorded: \(assessor), \(solution), \(criterion): \(shown) (round \(round)).")
                : Formatting.pick(
                    options.lang,
                    "Piste päivitetty: \(assessor), \(solution), \(criterion): \(previous?.value.name(in: .fi) ?? "") → \(shown) (kierros \(round)).",
                    "Score updated: \(assessor), \(solution), \(criterion): \(previous?.value.name(in: .en) ?? "") → \(shown) (round \(round))."
                ))
    }
}
