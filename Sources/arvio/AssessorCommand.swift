import ArgumentParser
import ArvioCore
import ArvioIO
import ArvioReports
import Foundation

struct AssessorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assessor", abstract: localized(fi: "Arvioijat: 'add' (lisää), 'list' (luettelo).", en: "Assessors: add, list."),
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: localized(
                fi: "Lisää arvioijan ja alueet, joilla hän on pätevä.", en: "Add an assessor with the areas they are competent in."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: WriteOptions
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
            Output.text(Formatting.pick(options.lang, "Arvioija '\(id)' lisätty.", "Assessor '\(id)' added."))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: localized(fi: "Luettelee arvioijat.", en: "List the assessors."))
        @OptionGroup var options: ProjectOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let l = options.lang
            var table = Table(columns: [
                .id, .init(Formatting.pick(l, "nimi", "name")), .init(Formatting.pick(l, "rooli", "role")),
                .init(Formatting.pick(l, "alueet", "areas")),
            ])
            for assessor in try store.open(options).assessors() {
                table.rows.append([assessor.id, assessor.name, assessor.role, assessor.areas.joined(separator: ",")])
            }
            Output.text(table.text(width: Output.width))
        }
    }
}
