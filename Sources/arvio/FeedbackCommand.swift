import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// `arvio feedback`: customer feedback after remote contacts — imported from a survey tool, shown by model with small
/// groups suppressed.
struct FeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: localized(
            fi: "Asiakaspalaute: tuonti kyselytyökalun CSV-tiedostosta ja suositteluindeksi (NPS) ja väittämät toimintamalleittain.",
            en:
                "Customer feedback: import from a survey tool's CSV file, and the recommendation index (NPS) and statements by operating model."
        ),
        subcommands: [FeedbackShowCommand.self, FeedbackImportCommand.self],
        defaultSubcommand: FeedbackShowCommand.self)

    static func survey(_ project: Project) throws -> Survey {
        guard let survey = project.survey else { throw CommandError(.noSurvey) }
        return survey
    }
}

struct FeedbackImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: localized(
            fi: "Tuo palautevastaukset CSV-tiedostosta: jokainen rivi tarkistetaan, kaikki tai ei mitään; sama vastaus lasketaan kerran.",
            en: "Import feedback responses from a CSV file: every row checked, all or nothing; the same response counts once."),
        discussion: localized(
            fi:
                "Sarakkeet: 'response_id' (kyselytyökalun vastaustunnus), 'model' (toimintamallin tunnus), 'unit' (palveluyksikkö), 'channel' ('eta' tai 'lahi'), 'month' (VVVV-KK; tai 'date' VVVV-KK-PP, josta säilytetään vain kuukausi), 'recommendation' (0–10 tai tyhjä), yksi sarake kullekin kyselyn väittämälle tunnuksellaan (vaihtoehto 1–5, 0 = en osaa sanoa, tyhjä = ei vastattu) ja valinnainen 'open' (avoin vastaus, jota ei julkaista). Jo tuotu vastaus samoin vastauksin ohitetaan; sama tunnus eri vastauksin on virhe.",
            en:
                "Columns: response_id (the survey tool's response id), model (the operating model's id), unit (the service unit), channel (eta = remote or lahi = in person), month (YYYY-MM; or date YYYY-MM-DD, of which only the month is kept), recommendation (0–10 or empty), a column for each of the survey's statements by its id (option 1–5, 0 = don't know, empty = unanswered) and an optional open (the open answer, never published). A response already imported with the same answers is skipped; the same id with other answers is an error."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: WriteOptions
    @Flag(
        help: .text(
            fi: "Merkitse vastaukset havainnollisiksi (keksityiksi), kuten esimerkkiaineisto.",
            en: "Flag the responses as illustrative (invented), like the sample data."))
    var illustrative = false
    @Argument(help: .text(fi: "CSV-tiedosto.", en: "The CSV file.")) var file: String

    func run() throws {
        let project = try options.load()
        let survey = try FeedbackCommand.survey(project)
        let bytes = try options.readBytes(file)
        let rows = try FeedbackCSV.responses(
            bytes, file: file, survey: survey, models: project.toolkit.map(\.id), illustrative: illustrative)
        let database = try store.open(options)
        let result = try database.importFeedback(
            rows, file: file, source: ImportSource(name: file, bytes: Data(bytes)), actor: store.who, at: StoreOptions.now)
        Output.text(
            Formatting.pick(
                options.lang,
                "Tuotiin \(result.added) uutta vastausta tiedostosta \(file); \(result.already) oli tuotu jo aiemmin samoin vastauksin.",
                "Imported \(result.added) new response(s) from \(file); \(result.already) had been imported before with the same answers."))
    }
}

struct FeedbackShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: localized(
            fi: "Näytä palaute: toimintamallit rinnakkain, tai yhden mallin palaute kuukausittain, yksiköittäin tai kanavittain.",
            en: "Show feedback: the operating models side by side, or one model's feedback by month, unit or channel."),
        discussion: localized(
            fi:
                "NPS = suosittelijoiden (9–10) osuus − arvostelijoiden (0–6) osuus, −100…+100, 95 %:n luottamusväli korjatulla Wald-menetelmällä (Rocks 2016). Ryhmää, jossa on alle 5 vastausta, ei näytetä missään muodossa, eikä ryhmää, josta sen luvut voisi laskea. Avoimia vastauksia ei tulosteta.",
            en:
                "NPS = the share of promoters (9–10) − the share of detractors (0–6), −100…+100, with a 95 % confidence interval by the adjusted Wald method (Rocks 2016). A group of fewer than 5 responses is shown in no format, nor a group from which its figures could be worked out. Open answers are never output."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Toimintamalli, jonka palaute eritellään.", en: "The operating model whose feedback is broken down."))
    var model: String?
    @Option(
        help: .text(
            fi: "Mallin palautteen erittely: month (oletus), unit tai channel.",
            en: "How the model's feedback is broken down: month (default), unit or channel."))
    var by: PublishedFeedback.Dimension?
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func run() throws {
        let project = try options.load()
        let survey = try FeedbackCommand.survey(project)
        if by != nil, model == nil { throw CommandError(.breakdownWithoutModel) }
        if let model, project.toolkit.first(where: { $0.id == model }) == nil {
            throw CommandError(.unknownOperatingModel(model, suggestion: nearest(to: model, in: project.toolkit.map(\.id))))
        }
        let tally = try store.open(options).feedbackTally(survey: survey)
        let l = options.lang
        let overview = PublishedFeedback.overview(tally, models: project.toolkit.map(\.id))
        let dimension = by ?? .month
        let breakdown = model.map { PublishedFeedback.model($0, by: dimension, tally, overview: overview) } ?? overview
        let scope = model == nil ? "model" : dimension.rawValue
        switch format {
        case .table:
            var text = tally.illustrative ? FeedbackView.illustrativeNotice(l) + "\n\n" : ""
            let title = model.flatMap { id in project.toolkit.first { $0.id == id }?.title[l] }
            let heading =
                title.map { Formatting.pick(l, "Asiakaspalaute: \($0)", "Customer feedback: \($0)") }
                ?? Formatting.pick(l, "Asiakaspalaute toimintamalleittain", "Customer feedback by operating model")
            text += FeedbackView.text(
                breakdown, survey: survey, heading: heading,
                label: { label in
                    switch scope {
                    case "model": project.toolkit.first { $0.id == label }?.title[l] ?? label
                    case "channel": FeedbackView.channelName(label, l)
                    default: label
                    }
                }, l, width: Output.width)
            if let note = FeedbackView.unverifiedWordingNote(survey, l) { text += note + "\n" }
            Output.text(text)
        case .json: Output.data(JSONDocument.text(of: FeedbackView.document(breakdown, survey: survey, scope: scope, model: model, l)))
        case .csv: Output.data(FeedbackView.csv(breakdown, survey: survey))
        }
    }
}

extension PublishedFeedback.Dimension: ExpressibleByArgument {}

/// `arvio kpi`: the indicators of `kpis/` against their targets.
struct KPICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kpi",
        abstract: localized(
            fi: "Listaa mittarit (kpis/) tavoitteineen: viimeisin arvo, tavoitteet ja niiden saavuttaminen, lähteet.",
            en: "List the indicators (kpis/) against their targets: the latest value, the targets and whether they are met, the sources."))

    @OptionGroup var options: ProjectOptions
    @Option(help: .text(fi: "Tulostusmuoto: 'table' (taulukko), 'json' tai 'csv'.", en: "Output format: table, json or csv.")) var format:
        OutputFormat = .table

    func run() throws {
        let project = try options.load()
        switch format {
        case .table: Output.text(KPIView.text(project.kpis, options.lang, width: Output.width))
        case .json: Output.data(JSONDocument.text(of: KPIView.document(project.kpis, project: project, options.lang)))
        case .csv: Output.data(KPIView.csv(project.kpis))
        }
    }
}
