import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

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
            Output.text(
                Formatting.pick(
                    options.lang, "Tarkastusloki eheä: \(count) riviä; pää \(current).",
                    "Audit log intact: \(count) rows; head \(current)."))
            if let published {
                Output.text(
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
            Output.data("\(try database.auditHead())\n")
        }
    }
}
