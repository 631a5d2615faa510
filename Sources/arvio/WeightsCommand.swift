import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

extension AHP.Prioritization: ExpressibleByArgument {}
extension AHPGroup.Aggregation: ExpressibleByArgument {}

typealias WeightsMethod = WeightsView.Technique

extension WeightsView.Technique: ExpressibleByArgument {}

/// The random-index tables by the names users type.
enum RandomIndexChoice: String, CaseIterable, ExpressibleByArgument {
    case saaty
    case tummalaLing = "tummala-ling"

    var table: AHP.RandomIndexTable { self == .saaty ? .saaty1980 : .tummalaLing1998 }
}

/// `arvio weights` without a subcommand, or `arvio weights derive`: weights from pairwise comparisons, a matrix, ranks
/// or swings, printed and not stored.
struct WeightsDeriveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "derive",
        abstract: localized(
            fi:
                "Johtaa kriteerien painot: AHP-parivertailut (λmax, CI, CR), entropia tai CRITIC matriisista, tärkeysjärjestys tai swing-pisteet.",
            en: "Derive criterion weights: AHP pairwise comparisons (λmax, CI, CR), entropy or CRITIC from a matrix, ranks, or swings."),
        discussion: localized(
            fi:
                "--ahp TIEDOSTO on neliön muotoinen CSV: otsikkorivillä kriteerien tunnukset ja sitten rivi kutakin kriteeriä kohden samassa järjestyksessä; arviot ovat lukuja tai murtolukuja (1/3), ja lävistäjän alapuolen tyhjät solut täytetään käänteisluvuilla. CR käyttää Saatyn (1980) satunnaisindeksejä 10 kohteeseen asti ja Tummalan ja Lingin (1998) indeksejä 11–15 kohteelle (--random-index tummala-ling käyttää heidän taulukkoaan kaikille); julkaistut taulukot eivät ulotu pidemmälle, joten suuremmat matriisit hylätään. --method 'entropy' tai 'critic' lukee valitsimet --matrix ja --criteria kuten 'arvio rank' (CRITIC huomioi 'cost'-kriteerit). --method 'roc', 'rank-sum' tai 'rank-reciprocal' ottaa valitsimen --ranks T=1,U=2,I=2 (1 = tärkein; tasapelit sallittuja); --method 'swing' ottaa valitsimen --points T=100,U=60,I=30 (arvokkain muutos on 100).",
            en:
                "--ahp FILE is a square CSV: a header row of criterion ids, then one row per criterion in the same order; judgements are numbers or fractions (1/3), and empty cells below the diagonal are filled with reciprocals. CR uses Saaty's (1980) random indices up to 10 items and Tummala & Ling's (1998) for 11–15 (--random-index tummala-ling for theirs throughout); no published table goes further, so larger matrices are refused. --method entropy|critic reads --matrix and --criteria as 'arvio rank' does (CRITIC honours cost criteria). --method roc|rank-sum|rank-reciprocal takes --ranks T=1,U=2,I=2 (1 = most important; ties allowed); --method swing takes --points T=100,U=60,I=30 (the most valued swing is 100)."
        ))

    @OptionGroup var options: ProjectOptions
    @Option(help: .text(fi: "Tekniikka (oletus: 'ahp', kun --ahp on annettu).", en: "The technique (default: ahp when --ahp is given)."))
    var method: WeightsMethod?
    @Option(
        help: .text(
            fi: "Parivertailumatriisi (CSV) AHP:lle; usean henkilön ryhmälle valitsin kerran kunkin tiedostoa kohden.",
            en: "The pairwise comparison matrix (CSV), for AHP; for a group of people, once per person's file."))
    var ahp: [String] = []
    @Option(
        help: .text(
            fi:
                "Ryhmän AHP: 'judgements' (AIJ, vertailujen geometrinen keskiarvo, oletus) tai 'priorities' (AIP, painojen geometrinen keskiarvo).",
            en: "Group AHP: judgements (AIJ, the geometric mean of the judgements, default) or priorities (AIP, of the weights)."))
    var aggregation: AHPGroup.Aggregation = .judgements
    @Option(
        help: ArgumentHelp(
            localized(
                fi: "Ryhmän AHP: kunkin henkilön painoarvo tiedostojen järjestyksessä (0 = kuultu, ei laskettu); oletus kaikille sama.",
                en: "Group AHP: each person's importance in the order of the files (0 = heard, not counted); equal by default."),
            valueName: "w1,w2,…"))
    var importance: String?
    @Option(
        help: .text(
            fi: "AHP:lle 'eigenvector' (ominaisvektori, Saaty, oletus) tai 'geometric' (rivien geometrinen keskiarvo).",
            en: "eigenvector (Saaty, default) or geometric (row geometric mean), for AHP."))
    var prioritization: AHP.Prioritization = .eigenvector
    @Option(
        help: .text(
            fi: "AHP:n CR:n satunnaisindeksitaulukko: 'saaty' (oletus; yli 10 kohteelle Tummala & Ling) tai 'tummala-ling'.",
            en: "The random-index table for AHP's CR: saaty (default; Tummala & Ling beyond 10) or tummala-ling."))
    var randomIndex: RandomIndexChoice = .saaty
    @Option(help: .text(fi: "Päätösmatriisi (CSV) entropialle ja CRITICille.", en: "The decision matrix (CSV), for entropy and CRITIC."))
    var matrix: String?
    @Option(help: .text(fi: "Kriteerit (CSV) entropialle ja CRITICille.", en: "The criteria (CSV), for entropy and CRITIC.")) var criteria:
        String?
    @Option(
        help: ArgumentHelp(
            localized(
                fi: "Tärkeysjärjestys tekniikoille 'roc', 'rank-sum' ja 'rank-reciprocal'.",
                en: "Ranks for roc, rank-sum and rank-reciprocal."),
            valueName: "id=rank,…")) var ranks: String?
    @Option(
        help: ArgumentHelp(
            localized(
                fi: "Swing-pisteet (0–100, joista yksi on 100) tekniikalle 'swing'.", en: "Swing points (0–100, one of them 100) for swing."
            ),
            valueName: "id=points,…")) var points: String?
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    var technique: WeightsMethod { method ?? .ahp }

    func validate() throws {
        let given: [(String, Bool)] = [
            ("--ahp", !ahp.isEmpty), ("--matrix", matrix != nil), ("--criteria", criteria != nil), ("--ranks", ranks != nil),
            ("--points", points != nil),
        ]
        let needed: [String] =
            switch technique {
            case .ahp: ["--ahp"]
            case .entropy, .critic: ["--matrix", "--criteria"]
            case .roc, .rankSum, .rankReciprocal: ["--ranks"]
            case .swing: ["--points"]
            }
        for (name, present) in given where present != needed.contains(name) {
            let method = technique.rawValue
            throw ValidationError(
                present
                    ? localized(
                        fi: "\(name) ei koske menetelmää --method \(method); se tarvitsee: \(needed.joined(separator: ", ")).",
                        en: "\(name) does not apply to --method \(method); it takes \(needed.joined(separator: " and ")).")
                    : localized(
                        fi: "--method \(method) tarvitsee: \(needed.joined(separator: ", ")).",
                        en: "--method \(method) needs \(needed.joined(separator: " and "))."))
        }
        _ = try Self.pairs(ranks ?? points ?? "", option: ranks != nil ? "--ranks" : "--points")
        if ahp.count < 2, importance != nil {
            throw ValidationError(
                localized(
                    fi: "--importance koskee ryhmää: anna --ahp kerran kunkin henkilön tiedostolle.",
                    en: "--importance is for a group: give --ahp once per person's file."))
        }
        if let given = try importance.map(Self.importances), given.count != ahp.count {
            throw ValidationError(
                localized(
                    fi: "--importance antaa \(given.count) painoarvoa, mutta tiedostoja on \(ahp.count).",
                    en: "--importance gives \(given.count) importances for \(ahp.count) files."))
        }
    }

    /// `1,1,0.5` as typed, every item a number.
    static func importances(_ text: String) throws -> [Double] {
        try text.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { index, item in
            guard let value = Double(item.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError(
                    localized(
                        fi: "--importance: kohta \(index + 1) '\(item)' ei ole luku; kirjoita esim. --importance 1,1,0.5.",
                        en: "--importance: item \(index + 1) '\(item)' is not a number; write e.g. --importance 1,1,0.5."))
            }
            return value
        }
    }

    /// `id=value,…` as typed, every problem named with its position.
    static func pairs(_ text: String, option: String) throws -> [(id: String, value: Double)] {
        guard !text.isEmpty else { return [] }
        return try text.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { index, item in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let value = Double(parts[1]), value.isFinite else {
                throw ValidationError(
                    localized(
                        fi: "\(option): kohta \(index + 1) '\(item)' ei ole muotoa tunnus=luku; kirjoita esim. \(option) T=1,U=2,I=2.",
                        en: "\(option): item \(index + 1) '\(item)' is not id=number; write e.g. \(option) T=1,U=2,I=2."))
            }
            return (parts[0], value)
        }
    }

    func run() throws {
        switch technique {
        case .ahp where ahp.count > 1:
            let people = try ahp.map { file in try PairwiseCSV.ahp(try options.readText(file), file: file) }
            let result: AHPGroup.Result
            do {
                result = try AHPGroup(people, importance: try importance.map(Self.importances)).result(
                    aggregation, prioritization: prioritization, table: randomIndex.table)
            } catch let error as WeightingError {
                // Name the file of the person the reason is about.
                switch error.reason {
                case .differentItems(let person, _, _), .importance(let person?, _):
                    throw WeightingError(at: SourceLocation(file: ahp[person - 1]), error.reason)
                default: throw error
                }
            }
            // Each person by their file's name without folder and extension, unless two would then look the same.
            let names = ahp.map { ($0.split(separator: "/").last.map(String.init) ?? $0).replacingOccurrences(of: ".csv", with: "") }
            Output.result(
                WeightsView.groupOutput(
                    result, people: Set(names).count == names.count ? names : ahp, format: format.rawValue, options.lang,
                    width: Output.width),
                format)
        case .ahp:
            let file = ahp.first ?? ""
            let text = try options.readText(file)
            let comparison = try PairwiseCSV.ahp(text, file: file)
            let result = try comparison.priorities(prioritization, table: randomIndex.table)
            Output.result(WeightsView.output(result, format: format.rawValue, options.lang, width: Output.width), format)
        case .entropy, .critic:
            let decision = try RankCommand.loadMatrix(options, matrix: matrix ?? "", criteria: criteria ?? "")
            let weights =
                technique == .entropy ? try ObjectiveWeights.entropy(decision) : try ObjectiveWeights.critic(decision)
            Output.result(
                WeightsView.output(
                    technique, ids: decision.criteria.map(\.id), weights: weights, format: format.rawValue, options.lang,
                    width: Output.width), format)
        case .roc, .rankSum, .rankReciprocal, .swing:
            let given = try Self.pairs(ranks ?? points ?? "", option: ranks != nil ? "--ranks" : "--points")
            let ids = given.map(\.id)
            let weights: [Double]
            switch technique {
            case .swing: weights = try SurrogateWeights.swing(points: given.map(\.value), ids: ids)
            default:
                let formula: SurrogateWeights.Formula =
                    technique == .roc ? .rankOrderCentroid : technique == .rankSum ? .rankSum : .rankReciprocal
                let ranks = given.map { $0.value.rounded() == $0.value && abs($0.value) < 1e6 ? Int($0.value) : 0 }
                weights = try SurrogateWeights.weights(ranks: ranks, ids: ids, formula: formula)
            }
            Output.result(
                WeightsView.output(technique, ids: ids, weights: weights, format: format.rawValue, options.lang, width: Output.width),
                format)
        }
    }
}
