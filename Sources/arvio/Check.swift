import ArgumentParser
import ArvioCore
import ArvioReports

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: localized(
            fi: "Tarkistaa jokaisen projektitiedoston ja tulostaa jokaisen ongelman tiedoston, rivin ja kentän kanssa.",
            en: "Validate every project file; print each problem with file, line and field."),
        discussion: localized(
            fi: "Paluuarvo on 0, kun projekti on eheä, ja muuten 1, ja jokainen ongelma luetellaan.",
            en: "Exits 0 when the project is consistent, 1 with every problem listed otherwise."))

    @OptionGroup var options: ProjectOptions

    func run() throws {
        Output.text(Self.summary(of: try options.load(), options.lang))
    }

    static func summary(of project: Project, _ language: Language) -> String {
        let criteria = project.criteria
        return Formatting.pick(
            language,
            "Projekti kunnossa: \(project.solutions.count) ratkaisua, \(project.organisations.count) organisaatiota, \(criteria.criteria.count) kriteeriä \(criteria.areas.count) alueella, \(criteria.knockOutRules.count) pakollista vaatimusta, \(criteria.models.count) painotusmallia, \(project.toolkit.count) toimintamallia.",
            "Project is valid: \(project.solutions.count) solutions, \(project.organisations.count) organisations, \(criteria.criteria.count) criteria in \(criteria.areas.count) areas, \(criteria.knockOutRules.count) must-have rules, \(criteria.models.count) weight models, \(project.toolkit.count) operating models."
        )
    }
}
