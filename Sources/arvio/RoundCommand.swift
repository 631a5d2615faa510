import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: localized(
            fi:
                "Arviointikierrokset: 'new' (uusi), 'list' (luettelo), 'show' (näytä), 'agreement' (yhtäpitävyys), 'exclude' (jääväys), 'reveal' (paljasta), 'agree' (sovittu arvo), 'close' (sulje).",
            en: "Evaluation rounds: new, list, show, agreement, exclude, reveal, agree, close."),
        subcommands: [New.self, List.self, Show.self, AgreementCommand.self, Exclude.self, Reveal.self, Agree.self, Close.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Aloittaa kierroksen; kriteereistä ja painotusmallista tallennetaan tilannekuva sisältötiivisteineen.",
                en: "Start a round; the criteria and the weight model are snapshotted with their content hash."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: WriteOptions
        @Argument(help: .text(fi: "Kierroksen tunnus, esim. lapit-2021.", en: "The round's id, e.g. lapit-2021.")) var id: String
        @Option(help: .text(fi: "Kierroksen nimi.", en: "The round's name.")) var name: String?
        @Option(
            help: .text(
                fi: "Ratkaisujen tunnukset pilkuin eroteltuina (oletus: yleiskatsauksen lyhyt lista).",
                en: "Solution ids, comma-separated (default: the landscape's shortlist).")) var solutions: String?
        @Option(help: .text(fi: "Painotusmallin tunnus.", en: "The weight model's id.")) var model: String = CriteriaCommand.defaultModel

        func run() throws { try create() }

        func create() throws {
            let project = try options.load()
            let ids =
                solutions.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
                ?? Landscape(of: project).shortlist.map(\.solution)
            for solution in ids where project.solution(solution) == nil {
                throw CommandError(.unknownSolution(solution, suggestion: nearest(to: solution, in: project.solutions.map(\.id))))
            }
            guard project.criteria.model(model) != nil else {
                throw CommandError(
                    .unknownModel(
                        model, suggestion: nearest(to: model, in: project.criteria.models.map(\.id)),
                        known: project.criteria.models.map(\.id)))
            }
            let snapshot = JSONDocument.text(of: project.criteria)
            let round = try store.open(options).createRound(
                id: id, name: name ?? id, solutions: ids, model: model, snapshot: snapshot, actor: store.who, at: StoreOptions.now)
            Output.text(
                Formatting.pick(
                    options.lang, "Kierros '\(round.id)' avattu: \(ids.joined(separator: ", ")); sisältötiiviste \(round.contentHash)",
                    "Round '\(round.id)' opened: \(ids.joined(separator: ", ")); content hash \(round.contentHash)"))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: localized(fi: "Luettelee kierrokset.", en: "List the rounds."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let rounds = try store.open(options).rounds()
            Output.text(RoundView.listTable(rounds, options.lang).text(width: Output.width))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Näyttää kierroksen; kun kierros on auki, --assessor näkee vain omat pisteensä.",
                en: "Show a round; while it is open, --assessor sees only their own scores."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: .text(fi: "Kierroksen tunnus.", en: "The round's id.")) var id: String
        @Option(help: .text(fi: "Näytä kierros niin kuin tämä arvioija sen näkee.", en: "Show the round as this assessor sees it."))
        var assessor: String?

        func run() throws {
            let database = try store.open(options)
            let round = try database.round(id)
            let visible = try database.scores(round: id, visibleTo: assessor.map { .assessor($0) } ?? .other)
            let l = options.lang
            if round.illustrative { Output.text(Formatting.illustrativeRoundNotice(l)) }
            Output.text("\(round.name) (\(round.id)): \(round.state.name(in: l)); \(round.solutions.joined(separator: ", "))")
            Output.text(
                Formatting.pick(
                    l, "painotusmalli \(round.model); sisältötiiviste \(round.contentHash)\n",
                    "weight model \(round.model); content hash \(round.contentHash)\n"))
            let exclusions = try database.exclusions(round: id)
            if !exclusions.isEmpty {
                Output.text(
                    Formatting.pick(l, "Jääväykset:", "Exclusions:") + "\n"
                        + exclusions.map { "  \($0.assessor) – \($0.solution): \($0.reason) (\($0.excludedBy), \($0.excludedAt))" }
                        .joined(separator: "\n") + "\n")
            }
            let agreed = try database.agreedScores(round: id)
            if !agreed.isEmpty {
                Output.text(
                    Formatting.pick(l, "Sovitut arvot:", "Agreed values:") + "\n"
                        + agreed.map {
                            "  \($0.solution) \($0.criterion): \($0.value.name(in: l)) – \($0.rationale) (\($0.recordedBy), \($0.recordedAt))"
                        }.joined(separator: "\n") + "\n")
            }
            if round.state == .open && assessor == nil {
                Output.text(
                    Formatting.pick(
                        options.lang, "Kierros on auki: pisteet näkyvät vain arvioijalle itselleen (--assessor).",
                        "The round is open: scores are visible only to their own assessor (--assessor)."))
            } else {
                Output.text(RoundView.scoresTable(visible, project: try options.load(), l).text(width: Output.width))
            }
        }
    }

    struct Exclude: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Jäävää arvioijan yhden ratkaisun arvioinnista (esim. myöhemmin ilmi tullut esteellisyys).",
                en: "Exclude an assessor from scoring one solution (e.g. a conflict of interest found later)."),
            discussion: localized(
                fi:
                    "Jääväys kirjataan tarkastuslokiin syineen. Arvioijan tälle ratkaisulle jo antamat pisteet jätetään pois kaikista tuloksista, eikä hän voi enää pisteyttää sitä (ei komennolla, työkirjalla eikä selaimessa). Sallittu, kun kierros on auki tai paljastettu.",
                en:
                    "The exclusion enters the audit log with its reason. The scores the assessor already gave the solution are left out of every result, and they can no longer score it (by command, workbook or browser). Allowed while the round is open or revealed."
            ))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: WriteOptions
        @Argument(help: .text(fi: "Kierroksen tunnus.", en: "The round's id.")) var id: String
        @Option(help: .text(fi: "Jäävättävä arvioija.", en: "The assessor to exclude.")) var assessor: String
        @Option(help: .text(fi: "Ratkaisu, jonka arvioinnista hänet jäävätään.", en: "The solution they are excluded from."))
        var solution: String
        @Option(help: .text(fi: "Syy, esim. 'työskennellyt toimittajalla 2024'.", en: "Why, e.g. 'worked for the vendor in 2024'."))
        var reason: String

        func run() throws {
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CommandError(.emptyReason) }
            try store.open(options).exclude(
                round: id, assessor: assessor, solution: solution, reason: reason, actor: store.who, at: StoreOptions.now)
            Output.text(
                Formatting.pick(
                    options.lang, "Arvioija '\(assessor)' jäävätty ratkaisun '\(solution)' arvioinnista kierroksella '\(id)'.",
                    "Assessor '\(assessor)' excluded from scoring '\(solution)' in round '\(id)'."))
        }
    }

    struct Agree: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Kirjaa konsensuskokouksessa sovitun arvon yhdelle kohteelle (ratkaisu ja kriteeri).",
                en: "Record the consensus meeting's agreed value of one item (a solution on a criterion)."),
            discussion: localized(
                fi:
                    "Sovittu arvo korvaa arvioijien arvojen yhdistelmän kaikkialla, missä kierros arvioidaan ('rank', 'sensitivity', 'report', 'build', verkkosovellus); arvioijien omat pisteet säilyvät sen rinnalla. Arvo ja perustelu kirjataan tarkastuslokiin. Sallittu vain, kun kierros on paljastettu.",
                en:
                    "The agreed value replaces the aggregate of the assessors' values everywhere the round is evaluated (rank, sensitivity, report, build, the web app); the assessors' own scores stay beside it. The value and its rationale enter the audit log. Allowed only while the round is revealed."
            ))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: WriteOptions
        @Argument(help: .text(fi: "Kierroksen tunnus.", en: "The round's id.")) var id: String
        @Option(help: .text(fi: "Ratkaisu.", en: "The solution.")) var solution: String
        @Option(help: .text(fi: "Kriteerin tunnus, esim. T1.", en: "The criterion's id, e.g. T1.")) var criterion: String
        @Option(help: .text(fi: "0–5, 'na' (ei sovellu) tai 'unknown' (ei tiedossa).", en: "0–5, na or unknown.")) var value: String
        @Option(help: .text(fi: "Perustelu, esim. kokouksen päätös.", en: "Why, e.g. the meeting's decision.")) var rationale: String

        func run() throws {
            let project = try options.load()
            guard project.criteria.criterion(criterion) != nil else {
                throw CommandError(
                    .unknownCriterion(criterion, suggestion: nearest(to: criterion, in: project.criteria.criteria.map(\.id))))
            }
            guard let agreed = ScoreValue(code: value) else { throw CommandError(.invalidAgreedValue(value)) }
            guard !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CommandError(.emptyRationale) }
            try store.open(options).recordAgreed(
                round: id, AgreedScore(solution: solution, criterion: criterion, value: agreed, rationale: rationale), actor: store.who,
                at: StoreOptions.now)
            Output.text(
                Formatting.pick(
                    options.lang, "Sovittu arvo kirjattu: \(solution), \(criterion): \(agreed.name(in: .fi)) (kierros \(id)).",
                    "Agreed value recorded: \(solution), \(criterion): \(agreed.name(in: .en)) (round \(id))."))
        }
    }

    struct Reveal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(fi: "Avaa kierroksen kaikki pisteet kaikille.", en: "Open every score of the round to everyone."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: WriteOptions
        @Argument(help: .text(fi: "Paljastettavan kierroksen tunnus.", en: "The id of the round to reveal.")) var id: String

        func run() throws {
            try store.open(options).advance(id, to: .revealed, actor: store.who, at: StoreOptions.now)
            Output.text(Formatting.pick(options.lang, "Kierros '\(id)' paljastettu.", "Round '\(id)' revealed."))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(fi: "Sulkee kierroksen: pisteitä ei voi enää antaa.", en: "Close the round: no more scores."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: WriteOptions
        @Argument(help: .text(fi: "Suljettavan kierroksen tunnus.", en: "The id of the round to close.")) var id: String

        func run() throws {
            try store.open(options).advance(id, to: .closed, actor: store.who, at: StoreOptions.now)
            Output.text(Formatting.pick(options.lang, "Kierros '\(id)' suljettu.", "Round '\(id)' closed."))
        }
    }
}

extension RoundCommand {
    struct AgreementCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreement",
            abstract: localized(
                fi: "Kendallin W alueittain ja kohteet, joissa arvioijat eroavat vähintään 2 pistettä.",
                en: "Kendall's W per area and the items assessors differ on by 2 points or more."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: .text(fi: "Kierroksen tunnus.", en: "The round's id.")) var id: String
        @Option(
            help: .text(
                fi: "Pienin ero, jolla kohde nostetaan asialistalle.", en: "The smallest difference that puts an item on the agenda."))
        var threshold: Double = 2

        func run() throws {
            let project = try options.load()
            let database = try store.open(options)
            let round = try database.round(id)
            guard round.state != .open else {
                throw CommandError(.roundOpen(id))
            }
            let scores = try database.scores(round: id)
            let assessors = Dictionary(try database.assessors().map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            Output.text(
                RoundView.agreementText(
                    scores, round: round, project: project, assessors: assessors, threshold: threshold, options.lang,
                    width: Output.width))
        }
    }
}
