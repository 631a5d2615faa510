import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

/// Options of the commands that use the evaluation store.
struct StoreOptions: ParsableArguments {
    @Option(
        help: .text(
            fi: "SQLite-tietokanta (oletus: projektin .arvio/arvio.sqlite, luodaan ensimmäisellä käyttökerralla).",
            en: "The SQLite database (default: .arvio/arvio.sqlite in the project, created on first use)."))
    var database: String?

    @Option(
        help: .text(
            fi: "Kuka toimii, tarkastuslokia varten (oletus: ympäristömuuttuja USER).",
            en: "Who is acting, for the audit log (default: the USER environment variable)."))
    var actor: String?

    func path(in project: ProjectOptions) -> String {
        database ?? project.root.appendingPathComponent(".arvio/arvio.sqlite").path
    }

    /// Opens the database. The default one is created on first use with the project's shipped rounds (the
    /// illustrative sample round) loaded; an explicit --database starts empty.
    func open(_ project: ProjectOptions) throws -> ScoreStore {
        let path = path(in: project)
        // The default database is created with the shipped rounds in it, or not at all.
        let seed: ((ScoreStore) throws -> Void)? =
            database != nil
            ? nil
            : { store in
                let loaded = try project.load()
                try SampleRounds.load(into: store, root: project.root, project: loaded, snapshot: JSONDocument.text(of: loaded.criteria))
            }
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            let store = try ScoreStore.open(at: path, seed: seed)
            if isNew {
                // Creating the database (and loading the shipped rounds into it) is said, on standard error.
                let rounds = ((try? store.rounds()) ?? []).map { round in
                    round.id + (round.illustrative ? Formatting.pick(project.lang, " (havainnollinen)", " (illustrative)") : "")
                }
                let loaded =
                    rounds.isEmpty ? "" : Formatting.pick(project.lang, " ja kierros ", " with the round ") + rounds.joined(separator: ", ")
                FileHandle.standardError.write(
                    Data(
                        (Formatting.pick(project.lang, "Luotiin tietokanta \(path)", "Created the database \(path)") + loaded + ".\n").utf8)
                )
            }
            return store
        } catch let error as Diagnostics {
            throw project.displayed(error)
        }
    }

    var who: String { actor ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }

    /// Now, as ISO 8601 in UTC: the edges take the clock, the core never does.
    static var now: String { ISO8601DateFormatter().string(from: Date()) }
}

struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: localized(
            fi:
                "Arviointikierrokset: 'new' (uusi), 'list' (luettelo), 'show' (näytä), 'agreement' (yhtäpitävyys), 'reveal' (paljasta), 'close' (sulje).",
            en: "Evaluation rounds: new, list, show, reveal, close."),
        subcommands: [New.self, List.self, Show.self, AgreementCommand.self, Reveal.self, Close.self])

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Aloittaa kierroksen; kriteereistä ja painotusmallista tallennetaan tilannekuva sisältötiivisteineen.",
                en: "Start a round; the criteria and the weight model are snapshotted with their content hash."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
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
            print(
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
            var table = Table(columns: [
                .init("id"), .init(Formatting.pick(options.lang, "nimi", "name")), .init(Formatting.pick(options.lang, "tila", "state")),
                .init(Formatting.pick(options.lang, "ratkaisuja", "solutions"), .right),
                .init(Formatting.pick(options.lang, "malli", "model")),
            ])
            for round in rounds {
                let name =
                    round.illustrative ? round.name + Formatting.pick(options.lang, " (havainnollinen)", " (illustrative)") : round.name
                table.rows.append([round.id, name, round.state.name(in: options.lang), "\(round.solutions.count)", round.model])
            }
            print(table.text())
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
            let visible = Visibility.visible(try database.scores(round: id), in: round, to: assessor)
            let l = options.lang
            var table = Table(columns: [
                .init(Formatting.pick(l, "ratkaisu", "solution")), .init(Formatting.pick(l, "kriteeri", "criterion")),
                .init(Formatting.pick(l, "arvioija", "assessor")), .init(Formatting.pick(l, "pisteet", "score")),
                .init(Formatting.pick(l, "perustelu", "rationale")),
            ])
            for score in visible {
                table.rows.append([score.solution, score.criterion, score.assessor, score.value.name(in: l), score.rationale])
            }
            if round.illustrative { print(Formatting.illustrativeRoundNotice(l)) }
            print("\(round.name) (\(round.id)): \(round.state.name(in: l)); \(round.solutions.joined(separator: ", "))")
            print(
                Formatting.pick(
                    l, "painotusmalli \(round.model); sisältötiiviste \(round.contentHash)\n",
                    "weight model \(round.model); content hash \(round.contentHash)\n"))
            if round.state == .open && assessor == nil {
                print(
                    Formatting.pick(
                        options.lang, "Kierros on auki: pisteet näkyvät vain arvioijalle itselleen (--assessor).",
                        "The round is open: scores are visible only to their own assessor (--assessor)."))
            } else {
                print(table.text())
            }
        }
    }

    struct Reveal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(fi: "Avaa kierroksen kaikki pisteet kaikille.", en: "Open every score of the round to everyone."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: .text(fi: "Paljastettavan kierroksen tunnus.", en: "The id of the round to reveal.")) var id: String

        func run() throws {
            try store.open(options).advance(id, to: .revealed, actor: store.who, at: StoreOptions.now)
            print(Formatting.pick(options.lang, "Kierros '\(id)' paljastettu.", "Round '\(id)' revealed."))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(fi: "Sulkee kierroksen: pisteitä ei voi enää antaa.", en: "Close the round: no more scores."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: .text(fi: "Suljettavan kierroksen tunnus.", en: "The id of the round to close.")) var id: String

        func run() throws {
            try store.open(options).advance(id, to: .closed, actor: store.who, at: StoreOptions.now)
            print(Formatting.pick(options.lang, "Kierros '\(id)' suljettu.", "Round '\(id)' closed."))
        }
    }
}

struct AssessorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessor", abstract: localized(fi: "Arvioijat: 'add' (lisää), 'list' (luettelo).", en: "Assessors: add, list."),
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Lisää arvioijan ja alueet, joilla hän on pätevä.", en: "Add an assessor with the areas they are competent in."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
        @Argument(help: .text(fi: "Arvioijan tunnus, esim. anna.", en: "The assessor's id, e.g. anna.")) var id: String
        @Option(help: .text(fi: "Arvioijan nimi.", en: "The assessor's name.")) var name: String
        @Option(
            help: .text(
                fi: "Esim. tietoturva, tietosuoja, arkkitehtuuri, käytettävyys.",
                en: "e.g. security, data protection, architecture, usability.")) var role: String
        @Option(help: .text(fi: "Alueiden tunnukset pilkuin eroteltuina, esim. T,I.", en: "Area ids, comma-separated, e.g. T,I."))
        var areas: String

        func run() throws { try add() }

        func add() throws {
            let project = try options.load()
            let list = areas.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let known = project.criteria.areas.map(\.id)
            for area in list where !known.contains(area) {
                throw CommandError(.unknownArea(area, known: known))
            }
            try store.open(options).addAssessor(
                Assessor(id: id, name: name, role: role, areas: list), actor: store.who, at: StoreOptions.now)
            print(Formatting.pick(options.lang, "Arvioija '\(id)' lisätty.", "Assessor '\(id)' added."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: localized(fi: "Luettelee arvioijat.", en: "List the assessors."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let l = options.lang
            var table = Table(columns: [
                .init("id"), .init(Formatting.pick(l, "nimi", "name")), .init(Formatting.pick(l, "rooli", "role")),
                .init(Formatting.pick(l, "alueet", "areas")),
            ])
            for assessor in try store.open(options).assessors() {
                table.rows.append([assessor.id, assessor.name, assessor.role, assessor.areas.joined(separator: ",")])
            }
            print(table.text())
        }
    }
}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            localized(
                fi:
                    "Tuo arviointityökirjat (.xlsx), CSV-tiedostot ('round,solution,criterion,assessor,score,rationale,evidence') ja XMCDA-suoritustaulukot: kaikki tai ei mitään.",
                en:
                    "Import scoring workbooks (.xlsx), CSV files (round,solution,criterion,assessor,score,rationale,evidence) and XMCDA performance tables: all or none."
            ),
        discussion: localized(
            fi:
                "XMCDA 3.x -suoritustaulukko (--xmcda) sisältää yhden arvioijan pisteet: vaihtoehdot ovat ratkaisujen tunnuksia, kriteerit kriteerien tunnuksia ja arvot 0–5 (tai merkintä 'na' / 'unknown'; <NA/> lasketaan tuntemattomaksi). Anna kierros ja arvioija valitsimilla --round ja --assessor. Tiedostot, joissa on DOCTYPE- tai entiteettimäärittely, hylätään.",
            en:
                "An XMCDA 3.x performance table (--xmcda) holds one assessor's scores: alternatives are solution ids, criteria are criterion ids, values are 0–5 (or a label na / unknown; <NA/> counts as unknown). Give the round and the assessor with --round and --assessor. Files that declare a DOCTYPE or entities are refused."
        ))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Argument(help: .text(fi: "Työkirjat (.xlsx) tai CSV-tiedostot.", en: "Workbooks (.xlsx) or CSV files.")) var files: [String] = []
    @Option(
        help: .text(
            fi: "XMCDA 3.x -tiedosto, jonka suoritustaulukossa on yhden arvioijan pisteet (voi toistaa).",
            en: "An XMCDA 3.x file whose performance table holds one assessor's scores (repeatable).")) var xmcda: [String] = []
    @Option(help: .text(fi: "Kierros, johon XMCDA-pisteet kuuluvat.", en: "The round the XMCDA scores belong to.")) var round: String?
    @Option(help: .text(fi: "Arvioija, joka antoi XMCDA-pisteet.", en: "The assessor who gave the XMCDA scores.")) var assessor: String?

    func validate() throws {
        guard !files.isEmpty || !xmcda.isEmpty else {
            throw ValidationError(
                localized(
                    fi: "Anna tuotavat työkirjat, CSV-tiedostot tai --xmcda TIEDOSTO.",
                    en: "Give workbooks, CSV files or --xmcda FILE to import."))
        }
        if !xmcda.isEmpty, round == nil || assessor == nil {
            throw ValidationError(
                localized(
                    fi: "--xmcda tarvitsee valitsimet --round ja --assessor: XMCDA-suoritustaulukko ei kerro, kenen pisteitä se sisältää.",
                    en: "--xmcda needs --round and --assessor: an XMCDA performance table does not say whose scores it holds."))
        }
    }

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let context = ScoreCSV.Context(
            rounds: try database.rounds(), assessors: try database.assessors(),
            criteria: project.criteria.criteria, scale: project.criteria.scale)
        let now = StoreOptions.now
        var scores: [ExpertScore] = []
        var problems: [Diagnostic] = []
        var sources: [ImportSource] = []
        // Each file is read once: the bytes that are checked are the bytes whose SHA-256 the audit log records.
        var contents: [String: [UInt8]] = [:]
        for file in files + xmcda where contents[file] == nil {
            do {
                let bytes = try options.readBytes(file)
                contents[file] = bytes
                sources.append(ImportSource(name: file, bytes: Data(bytes)))
            } catch {
                problems += error.items
            }
        }
        for file in files {
            guard let bytes = contents[file] else { continue }
            do {
                if file.lowercased().hasSuffix(".xlsx") {
                    scores += try WorkbookReader.scores(Data(bytes), file: file, context: context, recordedAt: now)
                } else if let text = String(validating: bytes, as: UTF8.self) {
                    scores += try ScoreCSV.scores(text, file: file, context: context, recordedAt: now)
                } else {
                    problems.append(Diagnostic(at: SourceLocation(file: file), .unreadableFile(.notUTF8)))
                }
            } catch {  // Both readers throw only Diagnostics.
                problems += error.items
            }
        }
        for file in xmcda {
            guard let bytes = contents[file] else { continue }
            do {
                let table = try XMCDAReader.performanceTable(bytes, file: file)
                let rows = XMCDAReader.scoreRows(table, file: file, round: round ?? "", assessor: assessor ?? "")
                let (read, rowProblems) = ScoreCSV.check(rows, context: context, recordedAt: now)
                scores += read
                // A wrong --round or --assessor is one problem, not one per cell.
                var seen = Set(problems)
                problems += rowProblems.filter { seen.insert($0).inserted }
            } catch {
                problems += error.items
            }
        }
        guard problems.isEmpty else {
            throw Diagnostics(problems)
        }
        try database.save(scores, actor: store.who, at: now, sources: sources)
        print(
            Formatting.pick(
                options.lang, "\(scores.count) \(scores.count == 1 ? "piste" : "pistettä") tuotu.",
                "\(scores.count) \(scores.count == 1 ? "score" : "scores") imported."))
    }
}

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score", abstract: localized(fi: "Kirjaa yhden pisteen.", en: "Set one score."))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
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
        let context = ScoreCSV.Context(
            rounds: try database.rounds(), assessors: try database.assessors(),
            criteria: project.criteria.criteria, scale: project.criteria.scale)
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
        print(
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

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: localized(
            fi: "Tarkistaa tarkastuslokin tai tulostaa sen pään julkaistavaksi.", en: "Check the audit log, or print its head to publish."),
        subcommands: [Verify.self, Head.self])

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                localized(
                    fi:
                        "Tarkistaa SHA-256-ketjun ja sen, että jokainen kierros, arvioija, piste ja päätös on sellainen kuin loki viimeksi kirjasi; nimeää muokatut, lisätyt ja poistetut rivit.",
                    en:
                        "Verify the SHA-256 chain and that every round, assessor, score and verdict is what the log last recorded; name any edited, inserted or deleted row."
                )
        )
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions
        @Option(
            help:
                .text(
                    fi:
                        "Aiemmin julkaistu pää (muodossa järjestysnumero:tiiviste, kuten 'arvio audit head' ja raportti sen tulostavat): todista myös, että loki jatkaa sitä.",
                    en:
                        "A head published earlier ('sequence:hash', as 'arvio audit head' and the report print it): also prove the log extends it."
                ))
        var head: String?

        func run() throws {
            let published = try head.map { text in
                guard let head = AuditHead(text) else {
                    throw CommandError(.notAnAuditHead(text))
                }
                return head
            }
            let database = try store.open(options)
            let problems = try database.verifyAudit(published: published)
            guard problems.isEmpty else { throw CommandError(.auditProblems(problems)) }
            let count = try database.auditEntries().count
            let current = try database.auditHead()
            print(
                Formatting.pick(
                    options.lang, "Tarkastusloki eheä: \(count) riviä; pää \(current).",
                    "Audit log intact: \(count) rows; head \(current)."))
            if let published {
                print(
                    Formatting.pick(
                        options.lang, "Loki jatkaa julkaistua päätä \(published).", "The log extends the published head \(published)."))
            }
        }
    }

    struct Head: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                localized(
                    fi:
                        "Tulostaa tarkastuslokin pään (järjestysnumero:tiiviste) hankintapäätökseen kirjattavaksi; 'audit verify --head' todistaa sen myöhemmin.",
                    en:
                        "Print the audit log's head (sequence:hash) to record in the procurement decision; 'audit verify --head' proves it later."
                ))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open(options)
            print(try database.auditHead())
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
            print(RoundView.agreementText(scores, round: round, project: project, threshold: threshold, options.lang), terminator: "")
        }
    }
}

struct WorkbookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "workbook",
        abstract: localized(
            fi:
                "Kirjoittaa arvioijan arviointityökirjan (.xlsx): välilehti kullekin alueelle, jolla hän on pätevä, omat pisteet valmiiksi täytettyinä.",
            en: "Write an assessor's scoring workbook (.xlsx): a sheet per area they are competent in, their own scores prefilled."))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Kierros, jonka työkirja kirjoitetaan.", en: "The round of the workbook.")) var round: String
    @Option(help: .text(fi: "Arvioija, jonka työkirja kirjoitetaan.", en: "The assessor whose workbook is written.")) var assessor: String
    @Option(
        help: .text(
            fi: "Kirjoitettava tiedosto (oletus: <kierros>-<arvioija>.xlsx).", en: "The file to write (default: <round>-<assessor>.xlsx)."))
    var out: String?

    func run() throws {
        let project = try options.load()
        let database = try store.open(options)
        let stored = try database.round(round)
        let who = try database.assessor(assessor)
        let own = try database.scores(round: round).filter { $0.assessor == assessor }
        let parts = ScoringWorkbook.parts(round: stored, assessor: who, project: project, ownScores: own, language: options.lang)
        let path = out ?? "\(round)-\(assessor).xlsx"
        let data = try XLSXPackage.data(parts: parts)
        // Write to a temporary file first, then move it into place: never a half-written workbook.
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        try data.write(to: temporary)
        _ = try? FileManager.default.removeItem(at: target)
        try FileManager.default.moveItem(at: temporary, to: target)
        print(
            Formatting.pick(
                options.lang, "Kirjoitettu \(path) (\(who.areas.joined(separator: ", ")))",
                "Wrote \(path) (\(who.areas.joined(separator: ", ")))"))
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: localized(
            fi:
                "Vie kierroksen pisteet CSV:nä (tuonnin sarakkeet) tai .xlsx-tiedostona; avoimelta kierrokselta vain arvioijan --assessor omat pisteet.",
            en: "Export a round's scores as CSV (the import's columns) or .xlsx; an open round only for --assessor's own scores."))
    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Kierros, jonka pisteet viedään.", en: "The round whose scores are exported.")) var round: String
    @Option(
        help: .text(fi: "Kun kierros on auki: kenen pisteet (vain omat).", en: "While the round is open: whose scores (their own only)."))
    var assessor: String?
    @Option(help: .text(fi: "'csv' tai 'xlsx'.", en: "csv or xlsx.")) var format: ExportFormat = .csv
    @Option(
        help: .text(
            fi: "Kirjoitettava tiedosto (oletus: csv vakiotulosteeseen, xlsx tiedostoon <kierros>.xlsx).",
            en: "The file to write (default: standard output for csv, <round>.xlsx for xlsx).")) var out: String?

    enum ExportFormat: String, CaseIterable, ExpressibleByArgument { case csv, xlsx }

    func run() throws {
        let database = try store.open(options)
        let stored = try database.round(round)
        if stored.state == .open && assessor == nil {
            throw CommandError(.roundOpenForExport(round))
        }
        let scores = Visibility.visible(try database.scores(round: round), in: stored, to: assessor)
        let table = ExportView.table(scores)
        switch format {
        case .csv:
            if let out {
                try Data(table.csv().utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } else {
                print(table.csv(), terminator: "")
            }
        case .xlsx:
            let data = try XLSXPackage.data(
                parts: ExportView.workbookParts(
                    table,
                    title: stored.illustrative
                        ? "\(stored.name): \(Formatting.illustrativeNotice(options.lang))" : stored.name))
            try data.write(to: URL(fileURLWithPath: out ?? "\(round).xlsx"), options: .atomic)
        }
    }
}

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
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Kierros, jolle päätös kirjataan.", en: "The round the verdict is for.")) var round: String
    @Option(help: .text(fi: "Ratkaisu, jota päätös koskee.", en: "The solution the verdict is about.")) var solution: String
    @Option(help: .text(fi: "Vaatimuksen tunnus, esim. KO-T1.", en: "The rule's id, e.g. KO-T1.")) var rule: String
    @Option(help: .text(fi: "'true' (täyttyy) tai 'false' (ei täyty).", en: "true (met) or false (not met).")) var met: Bool
    @Option(help: .text(fi: "Perustelu, esim. konsensuskokouksen päätös.", en: "Why, e.g. the consensus meeting's decision."))
    var rationale: String

    func run() throws {
        let project = try options.load()
        let rules = project.criteria.knockOutRules
        guard let found = rules.first(where: { $0.id == rule }) else {
            throw CommandError(.unknownRule(rule, suggestion: nearest(to: rule, in: rules.map(\.id))))
        }
        if let catalogued = project.solution(solution), !found.covers(catalogued, applicability: project.criteria.applicability) {
            throw CommandError(.ruleDoesNotCover(rule: rule, solution: solution, round: round))
        }
        guard !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandError(.emptyRationale)
        }
        let database = try store.open(options)
        let previous = try database.verdicts(round: round).first { $0.solution == solution && $0.rule == rule }
        try database.recordVerdict(
            round: round, solution: solution, rule: rule, met: met, rationale: rationale, actor: store.who, at: StoreOptions.now)
        let decision = met ? Formatting.pick(options.lang, "täyttyy", "met") : Formatting.pick(options.lang, "ei täyty", "not met")
        print(
            previous == nil
                ? Formatting.pick(
                    options.lang, "Päätös kirjattu: \(rule), \(solution), kierros \(round): \(decision).",
                    "Verdict recorded: \(rule) for \(solution) in round \(round): \(decision).")
                : Formatting.pick(
                    options.lang, "Päätös päivitetty: \(rule), \(solution), kierros \(round): \(decision).",
                    "Verdict updated: \(rule) for \(solution) in round \(round): \(decision)."))
    }
}
