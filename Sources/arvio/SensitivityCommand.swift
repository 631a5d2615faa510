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
        abstract: localized(
            fi: "Kuinka vakaa painotetun summan järjestys on: tarkat painojen vakausvälit ja SMAA-2-sijojen hyväksyttävyydet.",
            en: "How robust the weighted-sum ranking is: exact weight-stability intervals and SMAA-2 rank acceptabilities."),
        discussion: localized(
            fi:
                "Vakaus: kutakin painoa muutetaan yksin ja saman tason muut painot skaalataan suhteessa; välit, joilla johtaja ja koko järjestys pysyvät samoina, lasketaan tarkasti. Valitsimella --round painot ovat mallin alueet ja kunkin alueen kriteerit. SMAA-2 arpoo painot tasajakaumasta simpleksillä (tai valitsimien --order ja --bound rajoissa) ja valitsimella --round kunkin solun arvon arvioijien antamista arvoista. Siemen tulostetaan; sama siemen antaa samat luvut säikeiden määrästä riippumatta. SMAA kattaa vain painotetun summan (additiivinen malli).",
            en:
                "Stability: each weight is moved alone, the others of its level rescaled proportionally; the intervals in which the leader, and the whole ranking, stay the same are computed exactly. With --round the weights are the model's areas and, within each area, its criteria. SMAA-2 draws weights uniformly on the simplex (or within --order and --bound), and with --round each cell's value from the values the assessors gave. The seed is printed; the same seed gives the same numbers on any number of threads. SMAA covers the weighted sum (additive model) only."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(
        help: .text(
            fi: "Analysoi projektin paljastetun tai suljetun kierroksen (pakollisten vaatimusten karsinnan jälkeen).",
            en: "Analyse a revealed or closed round of the project (after its must-have gate).")) var round: String?
    @Option(help: .text(fi: "Päätösmatriisi (CSV) kuten komennolle 'arvio rank'.", en: "The decision matrix (CSV), as for 'arvio rank'."))
    var matrix: String?
    @Option(help: .text(fi: "Kriteerit (CSV) kuten komennolle 'arvio rank'.", en: "The criteria (CSV), as for 'arvio rank'.")) var criteria:
        String?
    @Option(
        help: .text(
            fi: "Päätösongelma XMCDA 3.x -muodossa kuten komennolle 'arvio rank'.",
            en: "A decision problem in XMCDA 3.x, as for 'arvio rank'.")) var xmcda: String?
    @Option(help: .text(fi: "SMAA-2-painonäytteiden määrä.", en: "Weight draws for SMAA-2.")) var samples: Int = 10_000
    @Option(help: .text(fi: "Näennäissatunnaislukugeneraattorin siemenluku.", en: "Seed of the pseudo-random generator.")) var seed:
        UInt64 = 1
    @Option(
        help: .text(
            fi:
                "Painotetun summan normalisointi: 'min-max' (oletus; valitsimella --round 'scale'), 'scale', 'max', 'sum', 'vector' tai 'none'.",
            en: "Normalisation of the weighted sum: min-max (default; with --round scale), scale, max, sum, vector or none."))
    var normalization: Normalization?
    @Option(
        help: .text(
            fi: "Tärkeysjärjestys tärkein ensin, esim. T,U,I (painot T ≥ U ≥ I).",
            en: "An order of importance, most important first, e.g. T,U,I (weights T ≥ U ≥ I).")) var order: String?
    @Option(
        name: .customLong("bound"),
        help: .text(
            fi: "Yhden painon väli, esim. T=0.2..0.5; toista valitsin useammille.",
            en: "An interval for one weight, e.g. T=0.2..0.5; repeat for more.")) var bounds: [String] = []
    @Flag(
        help: .text(
            fi: "Pidä jokainen arvo yhdistettynä arvona sen sijaan, että se arvotaan arvioijien arvoista.",
            en: "Keep every value at its aggregate instead of drawing from the assessors' values.")) var noSpread = false
    @Flag(
        help: .text(
            fi:
                "Valitsimella --round: SMAA-2 arpoo painot sidosryhmien omien painojen väliltä (niiden satunnaisina sekoituksina, kertoimet Dirichlet(1)) eikä koko simpleksiltä; painot ovat silloin kriteerien kokonaispainoja.",
            en:
                "With --round: SMAA-2 draws the weights between the stakeholders' own weights (random mixtures, coefficients Dirichlet(1)) instead of from the whole simplex; its weights are then the criteria's global weights."
        )) var stakeholders = false
    @Option(
        help: .text(
            fi: "SMAA-2:n säikeet (oletus: kaikki ytimet); luvut eivät riipu niistä.",
            en: "Threads for SMAA-2 (default: every core); the numbers do not depend on it.")) var threads: Int?
    @Option(
        help: .text(
            fi: "Valitsimella --format csv: kumpi taulukko, 'acceptability' (hyväksyttävyys) vai 'stability' (vakaus).",
            en: "With --format csv: which table, acceptability or stability.")) var table: SensitivityTable = .acceptability
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func validate() throws {
        try RankCommand.validateSource(round: round, matrix: matrix, criteria: criteria, xmcda: xmcda)
        guard (1...100_000_000).contains(samples) else {
            throw ValidationError(
                localized(
                    fi: "--samples on oltava välillä 1–100000000, annettu \(samples).",
                    en: "--samples must be between 1 and 100000000, found \(samples)."))
        }
        _ = try constraints()
        if stakeholders, round == nil || order != nil || !bounds.isEmpty {
            throw ValidationError(
                localized(
                    fi: "--stakeholders koskee kierrosta (--round) eikä yhdisty valitsimiin --order ja --bound.",
                    en: "--stakeholders is for a round (--round) and does not combine with --order or --bound."))
        }
    }

    func constraints() throws -> WeightConstraints {
        var result = WeightConstraints(order: order.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? [])
        for bound in bounds {
            let parts = bound.split(separator: "=", maxSplits: 1)
            let ends = parts.count == 2 ? parts[1].components(separatedBy: "..") : []
            guard ends.count == 2, let low = Double(ends[0]), let high = Double(ends[1]), low <= high else {
                throw ValidationError(
                    localized(
                        fi: "--bound '\(bound)' ei ole muotoa NIMI=ALA..YLÄ, esim. T=0.2..0.5 (osuudet väliltä 0–1).",
                        en: "--bound '\(bound)' is not NAME=LOW..HIGH, e.g. T=0.2..0.5 (shares between 0 and 1)."))
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
        var hull: StakeholderAnalysis?
        if let round {
            let project = try options.load()
            let record = try revealedRecord(round, in: try store.open(options), options)
            var evaluation = try RoundEvaluation(record, project: project)
            header = RoundView.gateText(evaluation, project: project, options.lang)
            if format != .table, let warning = GateView.unscoredWarning(evaluation, options.lang) {
                Output.note(warning)
            }
            guard let evaluated = evaluation.matrix else {
                if format == .table { Output.text(header) }
                throw CommandError(.nothingPassed(round: round, forExport: false))
            }
            decisionMatrix = evaluated
            groups = evaluation.areas
            if !noSpread { spread = evaluation.spread } else { evaluation.spread = [] }
            if stakeholders {
                guard !record.stakeholders.isEmpty else { throw CommandError(.noStakeholders(round: round)) }
                hull = try StakeholderAnalysis(
                    evaluation, library: project.criteria, members: record.stakeholders, normalization: ComparisonReport.normalization,
                    samples: samples, seed: seed, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
            }
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
        let result: SMAA.Result
        if let drawn = hull?.outcome?.smaa {
            result = drawn
        } else {
            let progress = Progress.smaa(options.lang)
            result = try smaa.analyse(
                samples: samples, seed: seed, constraints: try constraints(),
                threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, progress: progress.update)
            progress.finish()
        }
        switch format {
        case .table: Output.text(header + SensitivityView.text(stability, result, context, options.lang, width: Output.width))
        case .json: Output.data(JSONDocument.text(of: SensitivityView.document(stability, result, context)))
        case .csv:
            let table = table == .stability ? SensitivityView.stabilityCSV(stability) : SensitivityView.acceptabilityCSV(result)
            Output.data(table.csv())
        }
    }
}
