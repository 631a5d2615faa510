import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

extension StakeholderWeights.Technique: ExpressibleByArgument {}

/// `arvio weights`: derive weights (the default), or give, import and show the stakeholders' own weights of a round.
struct WeightsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weights",
        abstract: WeightsDeriveCommand.configuration.abstract,
        discussion: localized(
            fi:
                "Ilman alikomentoa (tai 'derive') johtaa painot ja tulostaa ne tallentamatta. 'set' ja 'import' tallentavat sidosryhmien omat painot avoimelle kierrokselle (sokkona paljastukseen asti, tarkastuslokiin); 'show' näyttää paljastetun kierroksen sidosryhmien painot, ryhmän painot, kunkin järjestyksen ja SMAA-analyysin heidän näkemystensä väliltä.",
            en:
                "Without a subcommand (or with derive) it derives weights and prints them without storing. set and import store stakeholders' own weights for an open round (blind until the reveal, in the audit log); show prints a revealed round's stakeholders' weights, the group's, each one's ranking and SMAA between their views."
        ),
        subcommands: [WeightsDeriveCommand.self, WeightsSetCommand.self, WeightsImportCommand.self, WeightsShowCommand.self],
        defaultSubcommand: WeightsDeriveCommand.self)
}

extension ParsableCommand {
    /// The weight model a round is weighted by, which stakeholders' weights must fit.
    static func weightModel(of round: String, in database: ScoreStore, _ project: Project) throws -> WeightModel {
        let id = try database.round(round).model
        guard let model = project.criteria.model(id) else {
            throw CommandError(.unknownModel(id, suggestion: nil, known: project.criteria.models.map(\.id)))
        }
        return model
    }
}

/// `arvio weights set --round R --stakeholder S --points …|--swing …|--ahp FILE [--within AREA:…]`.
struct WeightsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: localized(
            fi: "Tallenna yhden sidosryhmän omat painot avoimelle kierrokselle: pisteinä, swingeinä tai AHP-parivertailuina.",
            en: "Store one stakeholder's own weights for an open round: as points, swings or AHP pairwise comparisons."),
        discussion: localized(
            fi:
                "Painot annetaan kierroksen painomallin alueille (kaikille) ja halutessa alueiden kriteereille (--within ALUE:…, muuten mallin omat). Samalla tekniikalla kaikki: --points U=40,T=40,I=20; --swing U=100,T=80,I=30 (arvokkain 100); --ahp alueet.csv (neliömatriisi kuten 'arvio weights --ahp'), jolloin --within T:t.csv. Painot näytetään takaisin, AHP:lle CR ja ristiriitaisin vertailu. Muut näkevät painot vasta, kun kierros paljastetaan.",
            en:
                "Weights are given for the areas of the round's weight model (all of them) and optionally for an area's criteria (--within AREA:…, else the model's own). One technique throughout: --points U=40,T=40,I=20; --swing U=100,T=80,I=30 (the most valued 100); --ahp areas.csv (a square matrix as 'arvio weights --ahp' reads), then --within T:t.csv. The weights are shown back, for AHP with the CR and the most inconsistent judgement. Others see them only once the round is revealed."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: WriteOptions
    @Option(help: .text(fi: "Avoin kierros.", en: "An open round.")) var round: String
    @Option(help: .text(fi: "Sidosryhmän tunnus, esim. hankinta.", en: "The stakeholder's id, e.g. procurement.")) var stakeholder: String
    @Option(help: .text(fi: "Sidosryhmän nimi (oletus: tunnus).", en: "The stakeholder's name (default: the id).")) var name: String?
    @Option(
        help: .text(
            fi: "Painoarvo ryhmän painoissa (oletus 1; 0 = kuultu, ei laskettu).",
            en: "Their part in the group's weights (default 1; 0 = heard, not counted)."))
    var importance: Double = 1
    @Option(help: ArgumentHelp(localized(fi: "Alueiden pisteet.", en: "The areas' points."), valueName: "id=points,…")) var points: String?
    @Option(help: ArgumentHelp(localized(fi: "Alueiden swing-pisteet 0–100.", en: "The areas' swings 0–100."), valueName: "id=points,…"))
    var swing: String?
    @Option(help: .text(fi: "Alueiden AHP-parivertailut (CSV).", en: "The areas' AHP pairwise comparisons (CSV).")) var ahp: String?
    @Option(
        help: ArgumentHelp(
            localized(
                fi:
                    "Alueen kriteerien painot samalla tekniikalla: ALUE:id=luku,… tai AHP:lle ALUE:tiedosto.csv; kerran kutakin aluetta kohden.",
                en: "An area's criteria weights by the same technique: AREA:id=number,… or for AHP AREA:file.csv; once per area."),
            valueName: "AREA:…"))
    var within: [String] = []

    var technique: StakeholderWeights.Technique { ahp != nil ? .ahp : swing != nil ? .swing : .points }

    func validate() throws {
        let given = [("--points", points), ("--swing", swing), ("--ahp", ahp)].filter { $0.1 != nil }.map(\.0)
        guard given.count == 1 else {
            throw ValidationError(
                localized(
                    fi:
                        "anna alueiden painot yhdellä valitsimista --points, --swing tai --ahp (nyt: \(given.isEmpty ? "ei yhtään" : given.joined(separator: ", ")))",
                    en:
                        "give the areas' weights by one of --points, --swing or --ahp (given: \(given.isEmpty ? "none" : given.joined(separator: ", ")))"
                ))
        }
        guard (importance >= 0) && importance.isFinite else {
            throw ValidationError(
                localized(
                    fi: "--importance on 0 tai enemmän (0 = kuultu, ei laskettu)", en: "--importance is 0 or more (0 = heard, not counted)")
            )
        }
    }

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let model = try Self.weightModel(of: round, in: database, project)
        var member = StakeholderWeights(
            stakeholder: stakeholder, name: name ?? stakeholder, importance: importance, technique: technique,
            areas: try level(ahp ?? points ?? swing ?? "", option: ahp != nil ? "--ahp" : swing != nil ? "--swing" : "--points"))
        for item in within {
            guard let colon = item.firstIndex(of: ":"), colon != item.startIndex else { throw CommandError(.withinShape(item)) }
            let area = String(item[..<colon])
            member.criteria[area] = try level(String(item[item.index(after: colon)...]), option: "--within \(area)")
        }
        let problems = member.problems(base: model, areas: project.criteria.areas)
        guard problems.isEmpty else {
            throw Diagnostics(
                problems.map { Diagnostic(at: $0.location ?? SourceLocation(file: "--\(technique.rawValue)"), .worded($0.reason)) })
        }
        try database.recordStakeholderWeights(round: round, [member], actor: store.who, at: StoreOptions.now)
        let rows = try member.levels(base: model, areas: project.criteria.areas).model(
            id: stakeholder, order: model.areaIDs, areas: project.criteria.areas
        ).criterionWeights(of: project.criteria.areas)
        let context = SensitivityView.Context(
            subject: round, names: SensitivityView.Context(round: try database.round(round), project: project, options.lang).names)
        Output.text(
            StakeholderView.memberText(
                member, rows: rows,
                consistency: StakeholderView.consistencyLines(member, try member.consistency(base: model), options.lang),
                round: round, context, options.lang, width: Output.width))
    }

    /// One level as typed: `id=number,…` for points and swing, a CSV file for AHP.
    func level(_ text: String, option: String) throws -> StakeholderWeights.Level {
        if technique == .ahp {
            return StakeholderWeights.Level(try PairwiseCSV.ahp(try options.readText(text), file: text), origin: SourceLocation(file: text))
        }
        return StakeholderWeights.Level(
            weights: try WeightsDeriveCommand.pairs(text, option: option).map {
                Weight(id: $0.id, value: $0.value, origin: SourceLocation(file: option))
            })
    }
}

/// `arvio weights import --round R FILE.csv`: several stakeholders' weights at once, all or nothing.
struct WeightsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: localized(
            fi:
                "Tuo sidosryhmien painot CSV-tiedostosta tai arviointityökirjan välilehdeltä 'painot' avoimelle kierrokselle: kaikki tai ei mitään.",
            en:
                "Import stakeholders' weights from a CSV file, or the sheet 'painot' of a scoring workbook, into an open round: all or nothing."
        ),
        discussion: localized(
            fi:
                "Sarakkeet 'stakeholder,name,importance,technique,area,item,versus,value'; yksi luku riville. Alueen paino: 'area' tyhjä; kriteerin paino: 'area' on kriteerin alue. Pisteet ja swing: 'item' ja 'value'; AHP: 'item', 'versus' ja 'value' ('item' on 'value' kertaa niin tärkeä kuin 'versus'). Jokainen rivi ja jokainen sidosryhmä tarkistetaan kierroksen painomallia vasten ennen tallennusta; saman tiedoston tuominen uudelleen ei muuta mitään. Arviointityökirjan (.xlsx, 'arvio workbook') välilehdellä 'painot' on samat sarakkeet ja valmiina arvioijan rivi kullekin alueelle; täytetyt rivit (sarake H) tuodaan, ja työkirjan on oltava samalta kierrokselta.",
            en:
                "Columns stakeholder,name,importance,technique,area,item,versus,value; one number per row. An area's weight: area empty; a criterion's: area = its area. Points and swing: item and value; AHP: item, versus and value (item is value times as important as versus). Every row and every stakeholder is checked against the round's weight model before anything is stored; importing the same file again changes nothing. A scoring workbook (.xlsx, 'arvio workbook') has the same columns in its sheet 'painot', with the assessor's row for each area ready; the filled rows (column H) are imported, and the workbook must be for the same round."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: WriteOptions
    @Option(help: .text(fi: "Avoin kierros.", en: "An open round.")) var round: String
    @Argument(help: .text(fi: "CSV-tiedosto tai arviointityökirja (.xlsx).", en: "The CSV file, or a scoring workbook (.xlsx).")) var file:
        String

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let model = try Self.weightModel(of: round, in: database, project)
        let bytes = try options.readBytes(file)
        let members =
            file.lowercased().hasSuffix(".xlsx")
            ? try WorkbookReader.stakeholders(Data(bytes), file: file, round: round, base: model, areas: project.criteria.areas)
            : try StakeholderCSV.stakeholders(try options.readText(file), file: file, base: model, areas: project.criteria.areas)
        try database.recordStakeholderWeights(
            round: round, members, actor: store.who, at: StoreOptions.now, sources: [ImportSource(name: file, bytes: Data(bytes))])
        var lines = [
            Formatting.pick(
                options.lang,
                "Kierrokselle \(round) tallennettiin \(members.count) sidosryhmän painot: \(members.map(\.stakeholder).joined(separator: ", ")).",
                "Stored the weights of \(members.count) stakeholder(s) for round \(round): \(members.map(\.stakeholder).joined(separator: ", "))."
            )
        ]
        for member in members { lines += StakeholderView.consistencyLines(member, try member.consistency(base: model), options.lang) }
        Output.text(lines.joined(separator: "\n") + "\n")
    }
}

/// `arvio weights show --round R`: the stakeholders' weights of a revealed round, the group's, their rankings and SMAA
/// between their views.
struct WeightsShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: localized(
            fi: "Näytä paljastetun kierroksen sidosryhmien painot, ryhmän painot, kunkin järjestys ja SMAA heidän näkemystensä väliltä.",
            en: "Show a revealed round's stakeholders' weights, the group's, each one's ranking, and SMAA between their views."))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Paljastettu tai suljettu kierros.", en: "A revealed or closed round.")) var round: String
    @Option(
        help: .text(
            fi:
                "Ryhmän painot: 'priorities' (painojen geometrinen keskiarvo, oletus) tai 'judgements' (AIJ, kun kaikki antoivat AHP-vertailut).",
            en:
                "Group weights: priorities (the geometric mean of the weights, default) or judgements (AIJ, when everyone gave AHP comparisons)."
        ))
    var aggregation: AHPGroup.Aggregation = .priorities
    @Option(help: .text(fi: "SMAA-näytteiden määrä.", en: "SMAA draws.")) var samples = 10_000
    @Option(help: .text(fi: "Satunnaislukujen siemen.", en: "The random seed.")) var seed: UInt64 = 1
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func run() throws {
        let project = try options.load()
        let record = try revealedRecord(round, in: try store.open(options), options)
        guard !record.stakeholders.isEmpty else { throw CommandError(.noStakeholders(round: round)) }
        guard let base = project.criteria.model(record.round.model) else {
            throw CommandError(.unknownModel(record.round.model, suggestion: nil, known: project.criteria.models.map(\.id)))
        }
        let evaluation = try RoundEvaluation(record, project: project)
        let analysis = try StakeholderAnalysis(
            evaluation, library: project.criteria, members: record.stakeholders, aggregation: aggregation,
            normalization: ComparisonReport.normalization, samples: samples, seed: seed,
            threads: ProcessInfo.processInfo.activeProcessorCount)
        let context = SensitivityView.Context(round: record.round, project: project, options.lang)
        let illustrative = record.round.illustrative || project.hasIllustrativeSolutions(in: record.round)
        switch format {
        case .table:
            var consistency: [String] = []
            for member in record.stakeholders {
                consistency += StakeholderView.consistencyLines(member, try member.consistency(base: base), options.lang)
            }
            let notice = illustrative ? Formatting.illustrativeRoundNotice(options.lang) + "\n\n" : ""
            Output.text(
                notice
                    + StakeholderView.text(
                        analysis, model: evaluation.weights, consistency: consistency, context, options.lang, width: Output.width))
        case .json:
            Output.data(
                JSONDocument.text(of: StakeholderView.document(analysis, model: evaluation.weights, context, illustrative: illustrative)))
        case .csv: Output.data(StakeholderView.csv(analysis, model: evaluation.weights))
        }
    }
}
