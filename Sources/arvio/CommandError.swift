import ArvioCore

/// An error of the command line's own. Every message is here, Finnish and English side by side in one switch, so a
/// reviewer sees each translation next to its original and a new case cannot miss either.
struct CommandError: UserFacingError, Equatable, CustomStringConvertible {
    var reason: Reason

    init(_ reason: Reason) { self.reason = reason }

    enum Reason: Equatable {
        case unknownCategory(String, suggestion: String?, known: [String])
        case unknownSolution(String, suggestion: String?)
        /// `compare`: a solution the round does not hold, or one its gate excluded.
        case notInRound(solution: String, round: String, suggestion: String?)
        case excludedAtGate(solution: String, round: String, rules: [String])
        /// `weights show`: the round holds no stakeholder's weights.
        case noStakeholders(round: String)
        /// `feedback`: the project has no `feedback/survey.yaml`.
        case noSurvey
        /// `feedback --by` without `--model`: the overview is by model only.
        case breakdownWithoutModel
        /// `feedback --model`: not an operating model of the toolkit.
        case unknownOperatingModel(String, suggestion: String?)
        /// `weights set`: an `--within` that is not `AREA:…`.
        case withinShape(String)
        /// `nil`: the project has no weight model at all.
        case unknownModel(String?, suggestion: String?, known: [String])
        case unknownArea(String, known: [String])
        case unknownRule(String, suggestion: String?)
        case ruleDoesNotCover(rule: String, solution: String, round: String)
        case unknownCriterion(String, suggestion: String?)
        /// `round agree --value` outside the scale.
        case invalidAgreedValue(String)
        case emptyRationale
        /// `round exclude` without a reason.
        case emptyReason
        case roundOpen(String)
        /// `export` of an open round without `--assessor`.
        case roundOpenForExport(String)
        case noRevealedRound
        /// No solution of the round passed the must-have gate; `forExport` false: nothing to analyse.
        case nothingPassed(round: String, forExport: Bool)
        case notAnAuditHead(String)
        /// The audit log fails verification: every problem, one help.
        case auditProblems([AuditChain.Problem])
        case brokenLinks([String])
        /// A folder the site (`site` true) or the report cannot be written into.
        case cannotWrite(folder: String, detail: String, what: Written)
    }

    /// What a command writes into its `--out` folder.
    enum Written: Sendable {
        case site, report, workbook, scores

        func problem(folder: String, detail: String) -> LocalizedText {
            switch self {
            case .site:
                LocalizedText(
                    fi: "sivustoa ei voi kirjoittaa kansioon '\(folder)': \(detail)",
                    en: "cannot write the site into '\(folder)': \(detail)")
            case .report:
                LocalizedText(
                    fi: "raporttia ei voi kirjoittaa kansioon '\(folder)': \(detail)",
                    en: "cannot write the report into '\(folder)': \(detail)")
            case .workbook:
                LocalizedText(
                    fi: "työkirjaa ei voi kirjoittaa kansioon '\(folder)': \(detail)",
                    en: "cannot write the workbook into '\(folder)': \(detail)")
            case .scores:
                LocalizedText(
                    fi: "pisteitä ei voi kirjoittaa kansioon '\(folder)': \(detail)",
                    en: "cannot write the scores into '\(folder)': \(detail)")
            }
        }
    }

    func text(in language: Language) -> String {
        // Every problem of the audit log on its own line, then the one way to fix them all.
        if case .auditProblems(let problems) = reason {
            let error = ErrorText.error(language), help = ErrorText.help(language)
            return (problems.map { "\(error): \($0.text(in: language))" } + ["  \(help): \(message.help[language])"])
                .joined(separator: "\n")
        }
        return ErrorText.located(nil, problem: message.problem[language], help: message.help[language], language)
    }

    var description: String { text(in: .en) }

    private var message: (problem: LocalizedText, help: LocalizedText) {
        switch reason {
        case let .unknownCategory(category, suggestion, known):
            (
                LocalizedText(fi: "tuntematon luokka '\(category)'", en: "unknown category '\(category)'"),
                Self.hint(suggestion) + LocalizedText(fi: "luokat ovat \(quoted(known))", en: "categories are \(quoted(known))")
            )
        case let .unknownSolution(id, suggestion):
            (
                LocalizedText(fi: "luettelossa ei ole ratkaisua '\(id)'", en: "no solution '\(id)' in the catalog"),
                Self.hint(suggestion) + LocalizedText(fi: "'arvio catalog' luettelee tunnukset", en: "'arvio catalog' lists the ids")
            )
        case .noSurvey:
            (
                LocalizedText(fi: "projektissa ei ole palautekyselyä", en: "the project has no feedback survey"),
                LocalizedText(
                    fi: "kuvaa kysely tiedostoon feedback/survey.yaml (väittämät, asteikko ja avoin kysymys)",
                    en: "describe the survey in feedback/survey.yaml (its statements, scale and open question)")
            )
        case .breakdownWithoutModel:
            (
                LocalizedText(fi: "--by erittelee yhden toimintamallin palautteen", en: "--by breaks down one operating model's feedback"),
                LocalizedText(
                    fi: "anna myös --model MALLI; ilman sitä toimintamallit näytetään rinnakkain",
                    en: "give --model MODEL too; without it the operating models are shown side by side")
            )
        case let .unknownOperatingModel(id, suggestion):
            (
                LocalizedText(fi: "toimintamallia '\(id)' ei ole", en: "there is no operating model '\(id)'"),
                Self.hint(suggestion)
                    + LocalizedText(fi: "toimintamallit ovat kansiossa toolkit/", en: "the operating models are in toolkit/")
            )
        case .noStakeholders(let round):
            (
                LocalizedText(
                    fi: "kierroksella '\(round)' ei ole sidosryhmien painoja", en: "round '\(round)' holds no stakeholder's weights"),
                LocalizedText(
                    fi:
                        "painot annetaan avoimelle kierrokselle: arvio weights set --round KIERROS --stakeholder TUNNUS --points … tai arvio weights import --round KIERROS TIEDOSTO.csv",
                    en:
                        "weights are given while a round is open: arvio weights set --round ROUND --stakeholder ID --points … or arvio weights import --round ROUND FILE.csv"
                )
            )
        case .withinShape(let given):
            (
                LocalizedText(fi: "--within '\(given)' ei ole muotoa ALUE:…", en: "--within '\(given)' is not AREA:…"),
                LocalizedText(
                    fi: "kirjoita esim. --within T:T1=3,T2=1 (pisteet tai swing) tai --within T:t-vertailu.csv (AHP)",
                    en: "write e.g. --within T:T1=3,T2=1 (points or swing) or --within T:t-comparisons.csv (AHP)")
            )
        case let .notInRound(solution, round, suggestion):
            (
                LocalizedText(
                    fi: "kierroksella '\(round)' ei ole ratkaisua '\(solution)'", en: "round '\(round)' has no solution '\(solution)'"),
                Self.hint(suggestion)
                    + LocalizedText(
                        fi: "kierroksen ratkaisut näet komennolla arvio round show \(round)",
                        en: "see the round's solutions with: arvio round show \(round)")
            )
        case let .excludedAtGate(solution, round, rules):
            (
                LocalizedText(
                    fi:
                        "'\(solution)' ei läpäissyt pakollisia vaatimuksia (\(rules.joined(separator: ", "))), joten sillä ei ole pisteitä verrattavaksi",
                    en: "'\(solution)' did not pass the must-have gate (\(rules.joined(separator: ", "))), so it has no score to compare"),
                LocalizedText(
                    fi: "vertaa läpäisseitä; karsinnan näet komennolla arvio rank --round \(round)",
                    en: "compare solutions that passed; see the gate with: arvio rank --round \(round)")
            )
        case let .unknownModel(model?, suggestion, known):
            (
                LocalizedText(fi: "painotusmallia '\(model)' ei ole", en: "no weight model '\(model)'"),
                Self.hint(suggestion)
                    + LocalizedText(fi: "mallit ovat \(quoted(known.sorted()))", en: "models are \(quoted(known.sorted()))")
            )
        case .unknownModel(nil, _, _):
            (
                LocalizedText(fi: "projektissa ei ole painotusmallia", en: "the project has no weight model"),
                LocalizedText(fi: "lisää malli kansioon criteria/models/", en: "add one to criteria/models/")
            )
        case let .unknownArea(area, known):
            (
                LocalizedText(fi: "tuntematon alue '\(area)'", en: "unknown area '\(area)'"),
                LocalizedText(fi: "alueet ovat \(quoted(known))", en: "areas are \(quoted(known))")
            )
        case let .unknownRule(rule, suggestion):
            (
                LocalizedText(fi: "pakollista vaatimusta '\(rule)' ei ole", en: "no must-have rule '\(rule)'"),
                Self.hint(suggestion)
                    + LocalizedText(
                        fi: "vaatimukset määritellään tiedostossa criteria/must-haves.yaml",
                        en: "rules are defined in criteria/must-haves.yaml")
            )
        case let .ruleDoesNotCover(rule, solution, round):
            (
                LocalizedText(
                    fi: "vaatimus '\(rule)' ei koske ratkaisua '\(solution)' (sen luokka tai kohderyhmä on vaatimuksen ulkopuolella)",
                    en: "rule '\(rule)' does not cover '\(solution)' (its category or audience is outside the rule)"),
                LocalizedText(
                    fi: "kirjaa päätöksiä vain ratkaisua koskeviin vaatimuksiin; näet ne komennolla arvio rank --round \(round)",
                    en: "record verdicts only on the rules that apply to the solution; see them with: arvio rank --round \(round)")
            )
        case let .unknownCriterion(criterion, suggestion):
            (
                LocalizedText(fi: "kriteeriä '\(criterion)' ei ole", en: "no criterion '\(criterion)'"),
                Self.hint(suggestion)
                    + LocalizedText(fi: "arvio criteria luettelee kriteerit", en: "arvio criteria lists the criteria")
            )
        case .invalidAgreedValue(let value):
            (
                LocalizedText(fi: "sovittu arvo '\(value)' ei kelpaa", en: "the agreed value '\(value)' is not on the scale"),
                LocalizedText(
                    fi: "anna 0–5, 'na' (ei sovellu) tai 'unknown' (ei tiedossa)", en: "give 0–5, na (not applicable) or unknown")
            )
        case .emptyRationale:
            (
                LocalizedText(fi: "perustelu puuttuu", en: "the rationale is empty"),
                LocalizedText(
                    fi: "kerro miksi, esim. --rationale 'konsensuskokous 20.11.2021: …'",
                    en: "say why, e.g. --rationale 'consensus meeting 2021-11-20: …'")
            )
        case .emptyReason:
            (
                LocalizedText(fi: "syy puuttuu", en: "the reason is empty"),
                LocalizedText(
                    fi: "kerro miksi, esim. --reason 'työskennellyt toimittajalla 2024'",
                    en: "say why, e.g. --reason 'worked for the vendor in 2024'")
            )
        case .roundOpen(let id):
            (
                LocalizedText(
                    fi: "kierros '\(id)' on auki, joten sen pisteet ovat yhä sokkoja",
                    en: "round '\(id)' is open, so its scores are still blind"),
                LocalizedText(fi: "paljasta se ensin: arvio round reveal \(id)", en: "reveal it first: arvio round reveal \(id)")
            )
        case .roundOpenForExport(let id):
            (
                LocalizedText(
                    fi: "kierros '\(id)' on auki, joten sen pisteet ovat sokkoja", en: "round '\(id)' is open, so its scores are blind"),
                LocalizedText(
                    fi: "vie yhden arvioijan omat pisteet valitsimella --assessor tai paljasta kierros ensin",
                    en: "export one assessor's own scores with --assessor, or reveal the round first")
            )
        case .noRevealedRound:
            (
                LocalizedText(fi: "raportoitavaa paljastettua tai suljettua kierrosta ei ole", en: "no revealed or closed round to report"),
                LocalizedText(
                    fi: "paljasta kierros ensin: arvio round reveal KIERROS", en: "reveal a round first: arvio round reveal ROUND")
            )
        case let .nothingPassed(round, forExport):
            (
                forExport
                    ? LocalizedText(
                        fi:
                            "yksikään kierroksen '\(round)' ratkaisu ei läpäissyt pakollisia vaatimuksia, joten vietävää suoritustaulukkoa ei ole",
                        en: "no solution of round '\(round)' passed the must-have gate, so there is no performance table to export")
                    : LocalizedText(
                        fi: "yksikään kierroksen '\(round)' ratkaisu ei läpäissyt pakollisia vaatimuksia, joten analysoitavaa ei ole",
                        en: "no solution of round '\(round)' passed the must-have gate, so there is nothing to analyse"),
                LocalizedText(
                    fi: "katso karsinta komennolla arvio rank --round \(round)", en: "see the gate with: arvio rank --round \(round)")
            )
        case .notAnAuditHead(let text):
            (
                LocalizedText(fi: "'\(text)' ei ole tarkastuslokin pää", en: "'\(text)' is not an audit log head"),
                LocalizedText(
                    fi: "anna se muodossa järjestysnumero:64 heksamerkkiä, kuten 'arvio audit head' sen tulostaa",
                    en: "give it as sequence:64 hex digits, as 'arvio audit head' prints it")
            )
        case .auditProblems:
            (
                LocalizedText(fi: "tarkastusloki ei ole eheä", en: "the audit log is not intact"),
                LocalizedText(
                    fi: "palauta tietokanta varmuuskopiosta; yllä nimetyt rivit eivät enää todista, kuka arvioi mitä",
                    en: "restore the database from a backup; the rows named above no longer prove who scored what")
            )
        case .brokenLinks(let links):
            (
                LocalizedText(
                    fi: "sivustossa olisi \(links.count) rikkinäistä linkkiä: \(links.prefix(5).joined(separator: "; "))",
                    en: "the site would have \(links.count) broken links: \(links.prefix(5).joined(separator: "; "))"),
                LocalizedText(
                    fi: "tämä on Arvion virhe; ilmoita siitä ja liitä mukaan yllä nimetyt tiedostot",
                    en: "this is a bug in Arvio; please report it with the files named above")
            )
        case let .cannotWrite(folder, detail, what):
            (
                what.problem(folder: folder, detail: detail),
                LocalizedText(
                    fi: "valitse valitsimella --out kansio, johon sinulla on kirjoitusoikeus",
                    en: "choose a folder you can write to with --out")
            )
        }
    }

    /// "did you mean 'X'? " before a help line, or nothing.
    private static func hint(_ suggestion: String?) -> LocalizedText {
        suggestion.map { LocalizedText(fi: "tarkoititko '\($0)'? ", en: "did you mean '\($0)'? ") } ?? LocalizedText(fi: "", en: "")
    }
}

private func quoted(_ values: [String]) -> String { values.map { "'\($0)'" }.joined(separator: ", ") }

extension LocalizedText {
    static func + (left: LocalizedText, right: LocalizedText) -> LocalizedText {
        LocalizedText(fi: left.fi + right.fi, en: left.en + right.en)
    }
}
