import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import ArvioServer
import Foundation
import Synchronization

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: localized(
            fi: "Käynnistää Arvion verkkopalvelun: toimintamallien sivusto ja vertailuraportti tietokannan mukaisina.",
            en: "Start Arvio's web app: the toolkit site and the comparison report, current with the database."),
        discussion: localized(
            fi:
                "Palvelu kuuntelee osoitetta --host:--port (oletus vain tällä koneella, 127.0.0.1:8080). Sivut rakennetaan samoin kuin komennolla arvio build ja rakennetaan uudelleen, kun tietokanta muuttuu. Jokaisella reitillä on oma pääsysääntönsä; arvioijien, koordinaattorin ja hankinnan sivut kirjautumisineen tulevat seuraavaksi.",
            en:
                "The app listens on --host:--port (by default on this machine only, 127.0.0.1:8080). Its pages are those of arvio build, rebuilt when the database changes. Every route has its own access rule; the assessors', coordinator's and procurement's pages with sign-in come next."
        ))

    @OptionGroup var options: ProjectOptions
    @OptionGroup var store: StoreOptions
    @Option(help: .text(fi: "Osoite, jota kuunnellaan.", en: "The address to listen on.")) var host: String = "127.0.0.1"
    @Option(help: .text(fi: "Portti, jota kuunnellaan.", en: "The port to listen on.")) var port: Int = 8080
    @Option(
        help: .text(
            fi: "Osoite, josta käyttäjät tavoittavat palvelun (linkkejä varten), esim. https://arvio.example.fi.",
            en: "The address people reach the app at (for links), e.g. https://arvio.example.fi."))
    var publicURL: String?
    @Option(
        help: .text(
            fi: "SMAA-2-painonäytteiden määrä sivuston raporttiin.", en: "SMAA-2 weight draws for the site's report."))
    var samples: Int = 10_000

    func run() async throws {
        let project = try options.load()
        let database = try store.open(options, concurrentReads: true)
        let configuration = ServerConfiguration(host: host, port: port, publicURL: publicURL)
        let (samples, language) = (samples, options.lang)
        // The report (every method, SMAA) is remade only when the audit head moves; a response from the feedback form
        // rebuilds the pages around it (its evidence from use is recounted, which is cheap), so a stream of responses
        // cannot make the server redo the analysis for each.
        let reports = Mutex<(head: String, report: ComparisonReport?)?>(nil)
        // Feedback is recounted after new responses at once while a count is quick (under half a second), else at most
        // once per ten times what the last count took: about once a minute with a million responses stored.
        let recount = Mutex((checkedAt: Date.distantPast, version: "", cost: 0.0))
        let site = SiteCache(
            .init(
                // Feedback from the form moves no audit head (responses are not audited one by one): its last row does.
                version: {
                    let feedback = try recount.withLock { state in
                        if state.cost < 0.5 || Date().timeIntervalSince(state.checkedAt) >= 10 * state.cost {
                            state.version = try database.feedbackVersion()
                            state.checkedAt = Date()
                        }
                        return state.version
                    }
                    return try database.auditHead().description + "/" + feedback
                },
                files: {
                    // The same report and site as `arvio build` makes, of the most recently revealed round.
                    let generated = self.today
                    let head = try database.auditHead().description
                    let started = Date()
                    let feedback = try database.feedbackTally(of: project)
                    let cost = Date().timeIntervalSince(started)
                    recount.withLock { $0.cost = cost }
                    var report =
                        try reports.withLock { $0 }.flatMap { $0.head == head ? $0 : nil }?.report
                        ?? database.latestRevealedRound().map { round in
                            try self.comparisonReport(
                                try database.record(of: round.id), project: project, generated: generated, samples: samples, seed: 1,
                                self.options)
                        }
                    reports.withLock { $0 = (head, report) }
                    report?.evidence = .init(project: project, feedback: feedback)
                    return ToolkitSite.files(
                        .init(
                            project: project, report: report, version: ArvioVersion.current, generated: generated, feedback: feedback,
                            formAddress: configuration.address))
                }))
        _ = try await site.build()
        let services = AppServices(
            site: site, store: database, project: project, secure: configuration.https, publicURL: publicURL,
            version: ArvioVersion.current, samples: samples)
        // No default accounts: without a coordinator, a one-time link (valid for an hour) creates the first one.
        var token: String?
        if try !database.hasCoordinator() {
            let new = Token.new()
            let now = Date()
            try database.invite(
                tokenHash: Token.hash(new), role: .coordinator, createdBy: nil, at: ISO8601DateFormatter().string(from: now),
                expiresAt: ISO8601DateFormatter().string(from: now.addingTimeInterval(60 * 60)))
            token = new
        }
        let setup = token
        try await ArvioServer.run(services, configuration: configuration) { port in
            // Said once the server accepts connections, with the port the system chose when --port was 0.
            let address = publicURL ?? "http://\(configuration.host):\(port)"
            Output.text(
                Formatting.pick(
                    language, "Arvio palvelee osoitteessa \(address)/ (lopetus: Ctrl-C)", "Arvio is serving at \(address)/ (stop: Ctrl-C)"))
            if let setup {
                Output.text(
                    Formatting.pick(
                        language,
                        "Koordinaattoria ei vielä ole. Luo koordinaattorin tunnus tunnin kuluessa kertakäyttöisellä linkillä:\n  \(address)/kutsu/\(setup)",
                        "There is no coordinator yet. Create the coordinator's account within an hour with this one-time link:\n  \(address)/kutsu/\(setup)"
                    ))
            }
        }
    }
}
