import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

extension Normalization: ExpressibleByArgument {}

/// A method, or all of them compared.
enum MethodChoice: String, CaseIterable, ExpressibleByArgument {
    case weightedSum = "weighted-sum"
    case weightedProduct = "weighted-product"
    case topsis, vikor
    case prometheeII = "promethee-ii"
    case ahpRatings = "ahp-ratings"
    /// AHP's relative measurement: pairwise comparisons, not a matrix (``RankCommand/rankByComparisons()``).
    case ahp
    case all
}

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: localized(
            fi: "Asettaa päätösmatriisin vaihtoehdot järjestykseen yhdellä menetelmällä tai vertailee kaikkia menetelmiä.",
            en: "Rank the alternatives of a decision matrix with one method, or compare all of them."),
        discussion: localized(
            fi:
                "--matrix on muotoa 'alternative,c1,…,cn' (otsikkorivi ja rivi kutakin vaihtoehtoa kohden); --criteria on muotoa 'id,weight,type[,preference_function,q,p,s]', jossa 'type' on 'benefit' (suurempi parempi) tai 'cost' (pienempi parempi) ja PROMETHEEn preferenssifunktio 'usual', 'u-shape', 'v-shape', 'level', 'linear' tai 'gaussian'. Erottimena voi olla ',' tai ';' (jolloin myös desimaalipilkku). 'ahp-ratings' lukee arvot asteikolta 0–5 tasoina, joiden prioriteetit ovat lineaariset ja idealisoidut, tai tasoina 0…L valitsimen --level-priorities prioriteetein. Painot skaalataan summaan 1; jokainen normalisointi ja parametri tulostetaan tuloksen kanssa. Valitsimella --round painotettu summa lukee pisteet niiden omalla asteikolla 0–5, ellei --normalization muuta sano; kirjatut pakollisten vaatimusten päätökset (arvio verdict) otetaan huomioon, ja JSON ja CSV sisältävät karsinnan. Tasapelit ovat tarkkoja (yhtä suuret lasketut pisteet), ellei --tie-tolerance ole annettu; sääntö tulostetaan jokaisen tuloksen kanssa.",
            en:
                "--matrix is 'alternative,c1,…,cn' (a header, then a row per alternative); --criteria is 'id,weight,type[,preference_function,q,p,s]' with type benefit or cost and PROMETHEE's preference function usual, u-shape, v-shape, level, linear or gaussian. Files may use ',' or ';' (then decimal commas too). ahp-ratings takes values on the 0–5 scale as rating levels with linear, idealised priorities, or levels 0…L with the priorities of --level-priorities. Weights are scaled to sum to 1; every normalisation and parameter is printed with the result. With --round the weighted sum reads scores on their own 0–5 scale unless --normalization says otherwise; recorded must-have decisions (arvio verdict) are applied, and the JSON and CSV carry the gate. Ties are exact (equal computed scores) unless --tie-tolerance is given; the rule is printed with every result."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(
        help: .text(
            fi:
                "Järjestää projektin paljastetun tai suljetun kierroksen: ensin pakollisten vaatimusten karsinta, sitten kierroksen painotusmalli.",
            en: "Rank a revealed or closed round of the project: the must-have gate first, then its weight model."))
    var round: String?
    @Option(help: .text(fi: "Päätösmatriisi (CSV).", en: "The decision matrix (CSV).")) var matrix: String?
    @Option(
        help: .text(
            fi: "Kriteerit: painot, suunnat ja preferenssifunktiot (CSV).",
            en: "The criteria: weights, directions, preference functions (CSV).")) var criteria: String?
    @Option(
        help: .text(
            fi: "Päätösongelma XMCDA 3.x -muodossa: suoritustaulukko, painot ja preferenssisuunnat.",
            en: "A decision problem in XMCDA 3.x: performance table, weights and preference directions.")) var xmcda: String?
    @Option(
        help: .text(
            fi: "Menetelmä, tai 'all', jolloin kaikkia menetelmiä verrataan ja niistä muodostetaan konsensus.",
            en: "The method, or 'all' to compare every method with a consensus.")) var method: MethodChoice = .all
    @Option(
        help:
            .text(
                fi:
                    "Normalisointi menetelmille weighted-sum (oletus 'min-max', valitsimella --round 'scale') ja 'topsis' (oletus 'vector'): 'scale', 'min-max', 'max', 'sum', 'vector' tai 'none'.",
                en:
                    "Normalisation for weighted-sum (default min-max, with --round scale) and topsis (default vector): scale, min-max, max, sum, vector, none."
            )
    )
    var normalization: Normalization?
    @Option(help: .text(fi: "VIKORin enemmistön strategian paino, 0…1.", en: "VIKOR's weight of the majority strategy, 0…1.")) var v:
        Double = 0.5
    @Option(
        help: ArgumentHelp(
            localized(
                fi: "ahp-ratings: kunkin tason 0…L prioriteetti alimmasta alkaen pilkuin eroteltuina; idealisoidaan suurimmalla.",
                en: "ahp-ratings: the priority of each rating level 0…L, lowest first, comma-separated; idealised by the largest."),
            valueName: "p0,p1,…"))
    var levelPriorities: String?
    @Option(
        help: ArgumentHelp(
            localized(
                fi:
                    "Pisteet, joiden ero on enintään tämä osuus suuremmasta itseisarvosta (vähintään 1), ovat tasapeli, esim. 1e-9; oletus 0: vain yhtä suuret pisteet.",
                en:
                    "Scores within this share of the larger magnitude (at least 1) count as tied, e.g. 1e-9; default 0: only equal scores tie."
            ),
            valueName: "share"))
    var tieTolerance: Double = 0
    @Option(
        help: .text(
            fi: "--method ahp: kriteerien parivertailu (CSV); ryhmälle kerran kunkin henkilön tiedostoa kohden.",
            en: "--method ahp: the pairwise comparison of the criteria (CSV); for a group, once per person's file."))
    var pairwise: [String] = []
    @Option(
        help: .text(
            fi:
                "--method ahp: kansio, jossa on vaihtoehtojen parivertailu kunkin kriteerin suhteen (<kriteeri>.csv); ryhmälle kerran kunkin henkilön kansiota kohden.",
            en:
                "--method ahp: a folder with the alternatives' pairwise comparison under each criterion (<criterion>.csv); for a group, once per person's folder."
        ))
    var alternativePairwise: [String] = []
    @Option(
        help: .text(
            fi: "--method ahp: 'distributive' (oletus) tai 'ideal' (säilyttää järjestyksen, kun vaihtoehto lisätään).",
            en: "--method ahp: distributive (default) or ideal (keeps the order when an alternative is added)."))
    var synthesis: AHPRelative.Synthesis?
    @Option(
        help: .text(
            fi: "--method ahp: 'eigenvector' (ominaisvektori, oletus) tai 'geometric' (rivien geometrinen keskiarvo).",
            en: "--method ahp: eigenvector (default) or geometric (row geometric mean)."))
    var prioritization: AHP.Prioritization?
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func validate() throws {
        guard tieTolerance >= 0, tieTolerance < 1 else {
            throw ValidationError(
                localized(
                    fi: "--tie-tolerance on oltava vähintään 0 ja alle 1, annettu \(tieTolerance).",
                    en: "--tie-tolerance must be at least 0 and below 1, found \(tieTolerance)."))
        }
        let comparisons = !pairwise.isEmpty || !alternativePairwise.isEmpty || synthesis != nil || prioritization != nil
        if method == .ahp || comparisons {
            guard method == .ahp, !pairwise.isEmpty, !alternativePairwise.isEmpty, round == nil, matrix == nil, criteria == nil,
                xmcda == nil
            else {
                throw ValidationError(
                    localized(
                        fi:
                            "--method ahp vertailee pareittain: anna --pairwise ja --alternative-pairwise (ei --round, --matrix, --criteria eikä --xmcda); --synthesis ja --prioritization koskevat vain sitä.",
                        en:
                            "--method ahp compares pairwise: give --pairwise and --alternative-pairwise (not --round, --matrix, --criteria or --xmcda); --synthesis and --prioritization apply to it alone."
                    ))
            }
            return
        }
        try Self.validateSource(round: round, matrix: matrix, criteria: criteria, xmcda: xmcda)
        if normalization != nil, ![.weightedSum, .topsis, .all].contains(method) {
            throw ValidationError(
                localized(
                    fi: "--normalization koskee menetelmiä weighted-sum ja topsis, ei menetelmää \(method.rawValue).",
                    en: "--normalization applies to weighted-sum and topsis, not \(method.rawValue)."))
        }
        guard (0...1).contains(v) else {
            throw ValidationError(localized(fi: "--v on oltava välillä 0–1, annettu \(v).", en: "--v must be between 0 and 1, found \(v)."))
        }
        if levelPriorities != nil, method != .ahpRatings {
            throw ValidationError(
                localized(
                    fi: "--level-priorities koskee menetelmää ahp-ratings, ei menetelmää \(method.rawValue).",
                    en: "--level-priorities applies to ahp-ratings, not \(method.rawValue)."))
        }
        _ = try ratingLevels()
    }

    /// The rating levels' priorities from --level-priorities: at least two non-negative numbers, one of them positive.
    func ratingLevels() throws -> [Double]? {
        guard let levelPriorities else { return nil }
        let items = levelPriorities.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        let numbers = items.map { Double($0) }
        if let bad = zip(items, numbers).first(where: { $1 == nil || !$1!.isFinite || $1! < 0 }) {
            throw ValidationError(
                localized(
                    fi: "--level-priorities: '\(bad.0)' ei ole ei-negatiivinen luku; kirjoita esim. 0.05,0.1,0.25,0.5,1.",
                    en: "--level-priorities: '\(bad.0)' is not a non-negative number; write e.g. 0.05,0.1,0.25,0.5,1."))
        }
        let priorities = numbers.compactMap { $0 }
        guard priorities.count >= 2, priorities.contains(where: { $0 > 0 }) else {
            throw ValidationError(
                localized(
                    fi:
                        "--level-priorities tarvitsee vähintään kaksi tasoa ja yhden positiivisen prioriteetin, annettu '\(levelPriorities)'.",
                    en: "--level-priorities needs at least two levels and one positive priority, found '\(levelPriorities)'."))
        }
        return priorities
    }

    func run() throws {
        if method == .ahp { return try rankByComparisons() }
        if let round {
            let (project, evaluation) = try evaluatedRound(round, store: store, options)
            let (rankings, leftOut) = try evaluation.matrix.map { try rank($0, defaultNormalization: .scale) } ?? ([], [])
            switch format {
            case .table:
                let header = RoundView.gateText(evaluation, project: project, options.lang)
                let name = { (id: String) in project.solution(id)?.name ?? id }
                Output.text(header + (rankings.isEmpty ? "" : text(rankings, leftOut, inRound: true, name: name)))
            case .json:
                Output.data(
                    JSONDocument.text(of: RoundView.rankDocument(evaluation, project: project, rankings: rankings, leftOut: leftOut)))
            case .csv: Output.data(RoundView.rankCSV(evaluation, rankings: rankings).csv())
            }
            // The JSON carries the unscored criteria; CSV has no place for a warning, so it goes to standard error.
            if format == .csv, let warning = GateView.unscoredWarning(evaluation, options.lang) {
                Output.note(warning)
            }
            return
        }
        let (rankings, leftOut) = try rank(try load(), defaultNormalization: .minMax)
        switch format {
        case .table: Output.text(text(rankings, leftOut, inRound: false))
        case .csv:
            Output.data((rankings.count == 1 ? RankingView.csvTable(rankings[0]) : RankingView.comparisonCSV(rankings)).csv())
        case .json:
            if method != .all, let ranking = rankings.first {
                Output.data(JSONDocument.text(of: RankingView.document(ranking)))
            } else {
                Output.data(JSONDocument.text(of: RankingView.comparisonDocument(rankings, leftOut: leftOut)))
            }
        }
    }

    /// Every chosen method's ranking under the tie rule; with 'all', the methods that cannot take the matrix are left
    /// out with their reason, and a single chosen method that cannot is an error.
    func rank(_ matrix: DecisionMatrix, defaultNormalization: Normalization) throws -> (rankings: [Ranking], leftOut: [MethodLeftOut]) {
        let result = MethodComparison.rankings(
            of: matrix, by: methods(defaultNormalization: defaultNormalization), tieTolerance: tieTolerance)
        if method != .all, let failure = result.leftOut.first { throw failure.error }
        return result
    }

    /// - Parameter name: what a reader calls an alternative: in a round, the solution's name.
    func text(_ rankings: [Ranking], _ leftOut: [MethodLeftOut], inRound: Bool, name: (String) -> String = { $0 }) -> String {
        var parts = rankings.map { RankingView.text($0, options.lang, width: Output.width, name: name) }
        let notes = leftOut.map { RankingView.leftOutText($0, inRound: inRound, options.lang) }
        if !notes.isEmpty { parts.append(notes.joined(separator: "\n") + "\n") }
        if rankings.count > 1 { parts.append(RankingView.comparisonText(rankings, options.lang, width: Output.width, name: name)) }
        return parts.joined(separator: "\n")
    }

    func load() throws -> DecisionMatrix {
        if let xmcda { return try Self.loadXMCDA(options, xmcda) }
        return try Self.loadMatrix(options, matrix: matrix ?? "", criteria: criteria ?? "")
    }

    /// Exactly one source: a round, an XMCDA file, or a matrix with its criteria.
    static func validateSource(round: String?, matrix: String?, criteria: String?, xmcda: String?) throws {
        let csv = matrix != nil || criteria != nil
        guard [round != nil, xmcda != nil, csv].filter({ $0 }).count == 1, !csv || (matrix != nil && criteria != nil) else {
            throw ValidationError(
                localized(
                    fi: "Anna yksi näistä: --round, --xmcda tai sekä --matrix että --criteria.",
                    en: "Give one of --round, --xmcda, or both --matrix and --criteria."))
        }
    }

    /// A decision problem from an XMCDA file, errors reported with file and line.
    static func loadXMCDA(_ options: ProjectOptions, _ path: String) throws -> DecisionMatrix {
        let bytes = try options.readBytes(path)
        return try XMCDAReader.matrix(bytes, file: path)
    }

    /// A matrix and its criteria from CSV files, errors reported with file, line and column.
    static func loadMatrix(_ options: ProjectOptions, matrix: String, criteria: String) throws -> DecisionMatrix {
        // Both files are read before either is refused, so that every problem is reported at once.
        var problems: [Diagnostic] = []
        var matrixBytes: [UInt8] = [], criteriaText = ""
        do { matrixBytes = try options.readBytes(matrix) } catch { problems += error.items }
        do { criteriaText = try options.readText(criteria) } catch { problems += error.items }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return try MatrixCSV.matrix(matrixBytes: matrixBytes, matrixFile: matrix, criteriaText: criteriaText, criteriaFile: criteria)
    }

    func methods(defaultNormalization: Normalization) -> [any ScoringMethod] {
        let parameters = MethodParameters(
            weightedSumNormalization: normalization ?? defaultNormalization, topsisNormalization: normalization ?? .vector, v: v,
            levelPriorities: (try? ratingLevels()) ?? nil)
        // AHP ratings needs values on its 0–5 levels; it joins 'all' only when asked for by name.
        let names = MethodName(rawValue: method.rawValue).map { [$0] } ?? MethodName.compared
        return names.map { $0.makeMethod(parameters) }
    }
}
