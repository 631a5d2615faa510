import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct VerdictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verdict",
        abstract: localized(
            fi: "Kirjaa ratkaisulle päätöksen pakollisesta vaatimuksesta; se ohittaa sen, mitä pisteet vaatimuksesta antaisivat.",
            en: "Record a must-have (knock-out) verdict for a solution; it overrides what the scores imply for that rule."),
        discussion: localized(
            fi:
                "Päätös ratkaisee vaatimuksen kaikkialla, missä kierros arvioidaan ('rank', 'sensitivity', 'report', 'build'), ja karsinta näyttää sen sen vieressä, mitä pisteet yksinään antaisivat, sekä kuka sen kirjasi ja milloin.",
            en:
                "The verdict decides the rule everywhere the round is evaluated (rank, sensitivity, report, build), and the gate shows it beside what the scores alone implied, with who recorded it and when."
        ))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: WriteOptions
    @Option(help: .text(fi: "Kierros, jolle päätös kirjataan.", en: "The round the verdict is for.")) var round: String
    @Option(help: .text(fi: "Ratkaisu, jota päätös koskee.", en: "The solution the verdict is about.")) var solution: String
    @Option(help: .text(fi: "Vaatimuksen tunnus, esim. KO-T1.", en: "The rule's id, e.g. KO-T1.")) var rule: String
    @Option(
        help: .text(
            fi: "'true' tai 'kyllä' (täyttyy), 'false' tai 'ei' (ei täyty).", en: "true or yes (met), false or no (not met)."))
    var met: Met
    @Option(help: .text(fi: "Perustelu, esim. konsensuskokouksen päätös.", en: "Why, e.g. the consensus meeting's decision."))
    var rationale: String

    func run() throws {
        let project = try options.load()
        switch project.verdictTarget(rule: rule, solution: solution) {
        case .unknownRule:
            throw CommandError(.unknownRule(rule, suggestion: nearest(to: rule, in: project.criteria.knockOutRules.map(\.id))))
        case .notCovered: throw CommandError(.ruleDoesNotCover(rule: rule, solution: solution, round: round))
        case .rule: break
        }
        guard !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandError(.emptyRationale)
        }
        let database = try store.open(options)
        let previous = try database.verdicts(round: round).first { $0.solution == solution && $0.rule == rule }
        try database.recordVerdict(
            round: round, solution: solution, rule: rule, met: met.value, rationale: rationale, actor: store.who, at: StoreOptions.now)
        let decision = met.value ? Formatting.pick(options.lang, "täyttyy", "met") : Formatting.pick(options.lang, "ei täyty", "not met")
        Output.text(
            previous == nil
                ? Formatting.pick(
                    options.lang, "Päätös kirjattu: \(rule), \(solution), kierros \(round): \(decision).",
                    "Verdict recorded: \(rule) for \(solution) in round \(round): \(decision).")
                : Formatting.pick(
                    options.lang, "Päätös päivitetty: \(rule), \(solution), kierros \(round): \(decision).",
                    "Verdict updated: \(rule) for \(solution) in round \(round): \(decision)."))
    }
}

/// Whether a must-have rule is met, as typed in either language: true/yes/kyllä or false/no/ei.
struct Met: ExpressibleByArgument {
    var value: Bool

    init?(argument: String) {
        switch argument.lowercased() {
        case "true", "yes", "kyllä", "täyttyy", "met": value = true
        case "false", "no", "ei", "not-met", "ei-täyty": value = false
        default: return nil
        }
    }

    static var allValueStrings: [String] { ["true", "false", "yes", "no", "kyllä", "ei"] }
}
