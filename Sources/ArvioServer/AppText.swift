import ArvioCore
import ArvioIO

/// Every fixed text of the web app's pages, Finnish and English side by side; templates hold none.
package struct AppText: Sendable {
    let l: Language

    package init(_ language: Language) { l = language }

    func pick(_ fi: String, _ en: String) -> String { LocalizedText(fi: fi, en: en)[l] }

    /// The fixed labels the templates read, by name (`{{text.signIn}}`): templates read named values, not computed
    /// properties. Texts only Swift uses (messages, table values) are left out; a test keeps this list and the
    /// templates' use of it equal.
    package var labels: [String: String] {
        [
            "signIn": signIn,
            "userName": userName,
            "userNameHint": userNameHint,
            "password": password,
            "newPassword": newPassword,
            "repeatPassword": repeatPassword,
            "passwordHint": passwordHint,
            "name": name,
            "myRounds": myRounds,
            "myWeights": myWeights,
            "weightsIntro": weightsIntro,
            "weightsSaved": weightsSaved,
            "weightsNotSaved": weightsNotSaved,
            "areaPoints": areaPoints,
            "criteriaWithin": criteriaWithin,
            "criteriaWithinHint": criteriaWithinHint,
            "saveWeights": saveWeights,
            "yourShares": yourShares,
            "noWeightRounds": noWeightRounds,
            "noRounds": noRounds,
            "declarationTitle": declarationTitle,
            "declarationIntro": declarationIntro,
            "declarationStatement": declarationStatement,
            "declare": declare,
            "scored": scored,
            "nextUnscored": nextUnscored,
            "criteriaList": criteriaList,
            "guide": guide,
            "rationale": rationale,
            "evidence": evidence,
            "save": save,
            "invitations": invitations,
            "linkCreated": linkCreated,
            "link": link,
            "newInvitation": newInvitation,
            "role": role,
            "assessorLink": assessorLink,
            "noAssessor": noAssessor,
            "assessorHint": assessorHint,
            "createInvitation": createInvitation,
            "accounts": accounts,
            "state": state,
            "create": create,
            "comingNext": comingNext,
            "exclusions": exclusions,
            "rounds": rounds,
            "results": results,
            "noResults": noResults,
            "nothingPassed": nothingPassed,
            "ranking": ranking,
            "whatIfNotice": whatIfNotice,
            "backToModel": backToModel,
            "weightedSum": weightedSum,
            "rank": rank,
            "score": score,
            "whatIf": whatIf,
            "whatIfIntro": whatIfIntro,
            "areaWeight": areaWeight,
            "criterionWeights": criterionWeights,
            "report": report,
            "openReport": openReport,
            "reportIntro": reportIntro,
            "recompute": recompute,
            "gateExcluded": gateExcluded,
            "qualityPoints": qualityPoints,
            "qualityPointsIntro": qualityPointsIntro,
            "maximumPoints": maximumPoints,
            "downloadPoints": downloadPoints,
            "consensus": consensus,
            "concordance": concordance,
            "area": area,
            "assessorCount": assessorCount,
            "itemCount": itemCount,
            "agenda": agenda,
            "agendaIntro": agendaIntro,
            "noAgenda": noAgenda,
            "verdicts": verdicts,
            "rule": rule,
            "decision": decision,
            "noVerdicts": noVerdicts,
            "newVerdict": newVerdict,
            "solutionAndRule": solutionAndRule,
            "ruleMet": ruleMet,
            "ruleNotMet": ruleNotMet,
            "recordVerdict": recordVerdict,
            "auditLog": auditLog,
            "auditIntact": auditIntact,
            "auditBroken": auditBroken,
            "auditHead": auditHead,
            "auditHeadHint": auditHeadHint,
            "publishedHead": publishedHead,
            "checkHead": checkHead,
            "auditEntries": auditEntries,
            "sequence": sequence,
            "time": time,
            "actor": actor,
            "event": event,
            "entity": entity,
            "olderEntries": olderEntries,
            "newestEntries": newestEntries,
            "aggregateNow": aggregateNow,
            "agreedValue": agreedValue,
            "recordAgreed": recordAgreed,
            "agreedValues": agreedValues,
            "noAgreedValues": noAgreedValues,
            "roundName": roundName,
            "solutionCount": solutionCount,
            "created": created,
            "newRound": newRound,
            "roundID": roundID,
            "weightModel": weightModel,
            "roundSolutions": roundSolutions,
            "openRound": openRound,
            "progress": progress,
            "progressIntro": progressIntro,
            "declaredColumn": declaredColumn,
            "byArea": byArea,
            "lastActivity": lastActivity,
            "noAssessors": noAssessors,
            "reminders": reminders,
            "remindersHint": remindersHint,
            "savedLabel": savedLabel,
            "notSavedLabel": notSavedLabel,
            "workbook": workbook,
            "workbookIntro": workbookIntro,
            "downloadWorkbook": downloadWorkbook,
            "uploadWorkbook": uploadWorkbook,
            "workbookFile": workbookFile,
            "upload": upload,
            "workbookRefused": workbookRefused,
            "areaGrid": areaGrid,
            "criterionView": criterionView,
            "criterion": criterion,
            "gridIntro": gridIntro,
            "gridNotSaved": gridNotSaved,
            "saveGrid": saveGrid,
            "notScoredHere": notScoredHere,
            "exclusionIntro": exclusionIntro,
            "newExclusion": newExclusion,
            "roundAndSolution": roundAndSolution,
            "solution": solution,
            "reason": reason,
            "exclude": exclude,
            "recordedBy": recordedBy,
            "noExclusions": noExclusions,
            "exclusionRecorded": exclusionRecorded,
        ]
    }

    var skip: String { pick("Siirry sisältöön", "Skip to content") }
    var menu: String { pick("Päävalikko", "Main menu") }
    var toolkit: String { pick("Toimintamallit", "Operating models") }
    var signIn: String { pick("Kirjaudu sisään", "Sign in") }
    var signOut: String { pick("Kirjaudu ulos", "Sign out") }
    var userName: String { pick("Käyttäjätunnus", "User name") }
    var userNameHint: String {
        pick(
            "Kirjaimia, numeroita, - ja _; enintään 64 merkkiä. Kirjaudut sillä jatkossa.",
            "Letters, digits, - and _; up to 64 characters. You will sign in with it.")
    }
    var password: String { pick("Salasana", "Password") }
    var newPassword: String { pick("Uusi salasana", "New password") }
    var repeatPassword: String { pick("Salasana uudelleen", "Password again") }
    var passwordHint: String {
        pick(
            "Vähintään 8 merkkiä (suositus 15), enintään 72 tavua; ei yleisiä salasanoja. Pituus ratkaisee, ei merkkilajit.",
            "At least 8 characters (15 recommended), at most 72 bytes; no common passwords. Length matters, not kinds of characters.")
    }
    var name: String { pick("Nimi", "Name") }
    var myRounds: String { pick("Arvioitavat kierrokset", "Rounds to score") }
    var weights: String { pick("Painot", "Weights") }
    var myWeights: String { pick("Omat painosi", "Your weights") }
    var weightsIntro: String {
        pick(
            "Anna kierroksen painomallin alueille pisteet sen mukaan, kuinka tärkeitä ne sinulle ovat: pisteet muutetaan osuuksiksi niiden summasta (esim. 40, 40 ja 20 ovat 40 %, 40 % ja 20 %). Halutessasi voit painottaa myös alueen kriteerit; muuten niissä käytetään mallin omia painoja. Muut näkevät painosi vasta, kun kierros paljastetaan, ja raportti näyttää ne muiden sidosryhmien ja ryhmän painojen rinnalla. Swing- ja AHP-painot annetaan komennolla arvio weights set.",
            "Give the areas of the round's weight model points by how much they matter to you: the points become shares of their sum (e.g. 40, 40 and 20 are 40 %, 40 % and 20 %). You may weight an area's criteria too; otherwise the model's own weights stand for them. Others see your weights only once the round is revealed, and the report shows them beside the other stakeholders' and the group's. Swing and AHP weights are given with arvio weights set."
        )
    }
    var weightsSaved: String { pick("Painosi on tallennettu.", "Your weights are saved.") }
    var weightsNotSaved: String { pick("Painoja ei tallennettu:", "The weights were not saved:") }
    var areaPoints: String { pick("Alueiden pisteet", "The areas' points") }
    var criteriaWithin: String { pick("Kriteerien pisteet alueessa (valinnainen):", "Points of the criteria within (optional):") }
    var criteriaWithinHint: String {
        pick(
            "Jätä kaikki tyhjiksi, niin alueen sisällä käytetään mallin painoja; jos annat yhden, anna kaikki (0 on sallittu).",
            "Leave them all empty to keep the model's weights within the area; if you give one, give all (0 is allowed).")
    }
    var saveWeights: String { pick("Tallenna painot", "Save the weights") }
    var yourShares: String { pick("Painosi osuuksina", "Your weights as shares") }
    var noWeightRounds: String { pick("Avoimia kierroksia ei ole.", "There are no open rounds.") }
    var weightsRevealed: String {
        pick(
            "Kierros on paljastettu: painoja ei voi enää antaa, ja kaikkien sidosryhmien painot ovat kierroksen raportissa.",
            "The round is revealed: weights can no longer be given, and every stakeholder's weights are in the round's report.")
    }
    var noRounds: String {
        pick(
            "Sinulla ei ole avoimia kierroksia, joiden alueilla olet pätevä.",
            "You have no open rounds in the areas you are competent in.")
    }
    var declarationTitle: String { pick("esteellisyys", "conflict of interest") }
    var declarationIntro: String {
        pick(
            "Ennen kuin näet kierroksen, vakuuta, ettei sinulla ole näihin ratkaisuihin tai niiden toimittajiin sidoksia, jotka tekisivät sinusta esteellisen (hallintolaki 434/2003, 27–28 §). Jos on, älä jatka vaan kerro koordinaattorille.",
            "Before you see the round, confirm that you have no ties to these solutions or their vendors that would disqualify you (Administrative Procedure Act 434/2003, sections 27–28). If you have, do not go on: tell the coordinator."
        )
    }
    var declarationStatement: String {
        pick(
            "Vakuutan, ettei minulla ole sidoksia yllä lueteltuihin ratkaisuihin tai toimittajiin.",
            "I confirm that I have no ties to the solutions or vendors listed above.")
    }
    var declare: String { pick("Vakuutan ja jatkan", "Confirm and go on") }
    var scored: String { pick("pisteytetty", "scored") }
    var nextUnscored: String { pick("seuraava pisteyttämätön", "next unscored") }
    var criteriaList: String { pick("Kaikki kriteerit", "All criteria") }
    var guide: String { pick("Pisteytysohje", "Scoring guide") }
    var rationale: String { pick("Perustelu", "Rationale") }
    var evidence: String { pick("Näyttö (linkit välilyönnein erotettuina)", "Evidence (links, separated by spaces)") }
    var save: String { pick("Tallenna", "Save") }
    var savedLabel: String { pick("tallennettu", "saved") }
    var notSavedLabel: String { pick("ei tallennettu", "not saved") }
    var invitations: String { pick("Kutsut ja tunnukset", "Invitations and accounts") }
    var linkCreated: String {
        pick(
            "Kutsulinkki on luotu. Se näytetään vain nyt: kopioi se kutsuttavalle. Se on kertakäyttöinen ja voimassa 7 päivää.",
            "The invitation link is made. It is shown only now: copy it to the person invited. It works once and for 7 days.")
    }
    var link: String { pick("Kutsulinkki", "Invitation link") }
    var newInvitation: String { pick("Uusi kutsu", "New invitation") }
    var role: String { pick("Rooli", "Role") }
    var assessorLink: String { pick("Arvioija", "Assessor") }
    var noAssessor: String { pick("(ei arvioijaa)", "(no assessor)") }
    var assessorHint: String {
        pick(
            "Arvioijan tunnus liitetään arvioijaan, jonka osaamisalueita hän pisteyttää; muille rooleille ei valita arvioijaa.",
            "An assessor's account is linked to the assessor whose areas they score; other roles take no assessor.")
    }
    var createInvitation: String { pick("Luo kutsulinkki", "Create the invitation link") }
    var accounts: String { pick("Tunnukset", "Accounts") }
    var state: String { pick("Tila", "State") }
    var active: String { pick("käytössä", "active") }
    var disabledText: String { pick("poistettu käytöstä", "disabled") }
    var assessorNeeded: String {
        pick("Valitse arvioija, jonka pisteitä tunnuksella annetaan.", "Choose the assessor whose scores the account gives.")
    }
    var assessorNotForRole: String {
        pick("Vain arvioijan tunnus liitetään arvioijaan.", "Only an assessor's account is linked to an assessor.")
    }
    var create: String { pick("Luo tunnus", "Create the account") }
    var comingNext: String {
        pick(
            "Arviointikierrosten sivut tulevat tähän seuraavaksi. Toimintamallit ja vertailuraportti ovat valikossa.",
            "The pages of evaluation rounds come here next. The operating models and the comparison report are in the menu.")
    }
    var signInFailed: String {
        pick(
            "Käyttäjätunnus tai salasana on väärin, tai tunnus on lukittu hetkeksi liian monen yrityksen vuoksi.",
            "The user name or password is wrong, or the account is locked for a while after too many attempts.")
    }
    var formExpired: String {
        pick("Lomake vanheni. Yritä uudelleen.", "The form expired. Please try again.")
    }

    var areaGrid: String { pick("Alue taulukkona", "Area as a grid") }
    var criterionView: String { pick("Kriteeri kerrallaan", "One criterion at a time") }
    var criterion: String { pick("Kriteeri", "Criterion") }
    var gridIntro: String {
        pick(
            "Taulukossa annat pisteet koko alueelle kerralla kuten työkirjassa; perustelut ja näytön kirjaat kriteeri kerrallaan -näkymässä. Tyhjä valinta jättää kohdan ennalleen.",
            "The grid scores the whole area at once, as the workbook does; write rationales and evidence in the one-criterion view. An empty choice leaves the item as it is."
        )
    }
    var gridNotSaved: String {
        pick("Mitään ei tallennettu; korjaa nämä ja tallenna uudelleen:", "Nothing was saved; correct these and save again:")
    }
    var saveGrid: String { pick("Tallenna taulukko", "Save the grid") }
    var notScoredHere: String { pick("ei arvioida", "not scored") }
    var notGiven: String { pick("ei annettu", "not given") }
    var workbook: String { pick("Työkirja", "Workbook") }
    var workbookIntro: String {
        pick(
            "Voit pisteyttää myös taulukkolaskentaohjelmassa: lataa työkirja (omat pisteesi valmiina), täytä se ja lähetä se tähän. Työkirja tarkistetaan kuten komennolla arvio import: virheelliset solut nimetään välilehden ja solun mukaan, eikä mitään tallenneta ennen kuin kaikki on kunnossa.",
            "You can also score in a spreadsheet: download the workbook (your own scores filled in), fill it in and send it here. It is checked as arvio import checks one: each bad cell is named by sheet and cell, and nothing is saved until all is well."
        )
    }
    var downloadWorkbook: String { pick("Lataa työkirja (.xlsx)", "Download the workbook (.xlsx)") }
    var uploadWorkbook: String { pick("Lähetä täytetty työkirja", "Send the filled workbook") }
    var workbookFile: String { pick("Työkirja (.xlsx)", "Workbook (.xlsx)") }
    var upload: String { pick("Lähetä", "Send") }
    var workbookRefused: String {
        pick(
            "Työkirjaa ei tuotu; mitään ei tallennettu. Korjaa nämä ja lähetä uudelleen:",
            "The workbook was not imported; nothing was saved. Correct these and send it again:")
    }
    func imported(_ count: Int) -> String {
        count == 1 ? pick("1 piste tuotu.", "1 score imported.") : pick("\(count) pistettä tuotu.", "\(count) scores imported.")
    }
    var exclusions: String { pick("Jääväykset", "Exclusions") }
    var rounds: String { pick("Kierrokset", "Rounds") }
    var consensus: String { pick("Konsensuskokous", "Consensus meeting") }
    var results: String { pick("Tulokset", "Results") }
    var noResults: String { pick("Yhtään kierrosta ei ole vielä paljastettu.", "No round has been revealed yet.") }
    var nothingPassed: String {
        pick("Yksikään ratkaisu ei läpäissyt pakollisia vaatimuksia.", "No solution passed the must-have requirements.")
    }
    var ranking: String { pick("Järjestys", "Ranking") }
    var whatIfNotice: String {
        pick(
            "Järjestys alla olevilla painoilla, ei kierroksen painotusmallilla.",
            "The ranking under the weights below, not the round's weight model.")
    }
    var backToModel: String { pick("Palaa painotusmalliin", "Back to the weight model") }
    var weightedSum: String { pick("painotettu summa, pisteet asteikolla 0–1", "weighted sum, scores on 0–1") }
    var rank: String { pick("Sija", "Rank") }
    var score: String { pick("Pisteet", "Score") }
    var whatIf: String { pick("Entä jos painot olisivat toiset?", "What if the weights were different?") }
    var whatIfIntro: String {
        pick(
            "Muuta alueiden painoja tai kriteerien painoja alueen sisällä ja laske järjestys uudelleen; kunkin tason painot skaalataan summaan 100 %. Jokaisen painon alla on tarkka väli, jolla johtaja pysyy samana, kun saman tason muut painot muuttuvat samassa suhteessa: sininen jana on väli, musta viiva nykyinen paino. Osoite sisältää painot, joten sen voi lähettää.",
            "Change the areas' weights or the criteria's weights within their area and recompute the ranking; the weights of each level are scaled to sum to 100 %. Under each weight is the exact range within which the leader stays the same, the other weights of its level moving in proportion: the blue bar is the range, the black line the weight now. The address holds the weights, so it can be sent."
        )
    }
    var areaWeight: String { pick("Alueen paino", "The area's weight") }
    var criterionWeights: String { pick("Kriteerien painot alueen sisällä", "The criteria's weights within the area") }
    var report: String { pick("Vertailuraportti", "Comparison report") }
    var openReport: String { pick("Avaa vertailuraportti", "Open the comparison report") }
    var reportIntro: String {
        pick(
            "Raportti on kierroksen painotusmallin mukainen (ei yllä kokeiltuja painoja), sama kuin komento arvio report --round tekee. Sen asiakirjat ladattaviksi:",
            "The report is under the round's weight model (not the weights tried above), the same as arvio report --round makes. Its documents to download:"
        )
    }
    var inModel: String { pick("Painotusmallissa", "In the weight model") }
    var recompute: String { pick("Laske uudelleen", "Recompute") }
    var qualityPoints: String { pick("Laatupisteet tarjouspalveluun", "Quality points for the tendering system") }
    var qualityPointsIntro: String {
        pick(
            "Yllä olevilla painoilla; pakollisissa vaatimuksissa karsitut saavat 0 pistettä. Kaava:",
            "Under the weights above; solutions excluded at the must-have gate get 0 points. The formula:")
    }
    var maximumPoints: String { pick("Laadun enimmäispisteet", "Maximum quality points") }
    var downloadPoints: String { pick("Lataa laatupisteet (CSV)", "Download the quality points (CSV)") }
    var gateExcluded: String { pick("Pakollisissa vaatimuksissa karsitut", "Excluded at the must-have gate") }
    var weightsNeeded: String {
        pick(
            "Painojen summan on oltava suurempi kuin nolla; näytetään painotusmallin painot.",
            "The weights must sum to more than zero; showing the weight model's.")
    }
    func leaderRange(_ leader: String, _ range: String) -> String {
        pick("\(leader) johtaa, kun paino on \(range).", "\(leader) leads while the weight is \(range).")
    }
    func leadsBelow(_ name: String) -> String { pick("Alempana johtaa \(name)", "Below it \(name) leads") }
    func leadsAbove(_ name: String) -> String { pick("Ylempänä johtaa \(name)", "Above it \(name) leads") }
    var concordance: String { pick("Yhtäpitävyys alueittain", "Agreement per area") }
    var area: String { pick("Alue", "Area") }
    var assessorCount: String { pick("Arvioijia", "Assessors") }
    var itemCount: String { pick("Yhteisiä kohtia", "Common items") }
    var agenda: String { pick("Asialista", "Agenda") }
    var agendaIntro: String {
        pick("Kohdat, joissa arvioijien pisteet eroavat vähintään", "The items whose assessors' scores differ by at least")
    }
    var noAgenda: String {
        pick("Ei kohtia: arvioijat ovat kaikesta lähellä toisiaan.", "No items: the assessors are close on everything.")
    }
    var verdicts: String { pick("Pakollisten vaatimusten päätökset", "Must-have verdicts") }
    var rule: String { pick("Vaatimus", "Rule") }
    var decision: String { pick("Päätös", "Decision") }
    var noVerdicts: String { pick("Päätöksiä ei ole kirjattu.", "No verdicts recorded.") }
    var newVerdict: String { pick("Kirjaa päätös", "Record a verdict") }
    var solutionAndRule: String { pick("Ratkaisu ja vaatimus", "Solution and rule") }
    var ruleMet: String { pick("täyttyy", "met") }
    var ruleNotMet: String { pick("ei täyty", "not met") }
    var recordVerdict: String { pick("Kirjaa päätös", "Record the verdict") }
    var verdictIncomplete: String {
        pick(
            "Valitse ratkaisu ja vaatimus ja päätös, ja kirjoita perustelu.",
            "Choose the solution and rule and the decision, and write the rationale.")
    }
    var auditLog: String { pick("Tarkastusloki", "Audit log") }
    var auditIntact: String {
        pick(
            "Ketju on ehjä, ja jokainen tulokseen vaikuttava rivi on sama kuin loki sen viimeksi kirjasi.",
            "The chain is intact, and every row that affects a result is what the log last recorded for it.")
    }
    var auditBroken: String { pick("Tarkastusloki ei ole eheä:", "The audit log is not intact:") }
    var auditHead: String { pick("Lokin pää", "The log's head") }
    var auditHeadHint: String {
        pick(
            "Kirjaa pää hankintapäätökseen: myöhemmin voi todistaa, että loki jatkaa sitä (kuten arvio audit verify --head).",
            "Record the head in the procurement decision: later one can prove the log extends it (as arvio audit verify --head does).")
    }
    var publishedHead: String { pick("Aiemmin julkaistu pää (järjestysnumero:tiiviste)", "A head published earlier (sequence:hash)") }
    var checkHead: String { pick("Tarkista", "Check") }
    var auditEntries: String { pick("Merkinnät, uusin ensin", "Entries, newest first") }
    var sequence: String { pick("Rivi", "Row") }
    var time: String { pick("Aika", "Time") }
    var actor: String { pick("Kuka", "Who") }
    var event: String { pick("Tapahtuma", "Event") }
    var entity: String { pick("Kohde", "Row changed") }
    var olderEntries: String { pick("Vanhemmat merkinnät", "Older entries") }
    var newestEntries: String { pick("Uusimmat merkinnät", "Newest entries") }
    var headExtended: String {
        pick("Loki jatkaa tätä päätä: sitä ei ole kirjoitettu uudelleen.", "The log extends this head: it was not rewritten.")
    }
    var headNotExtended: String {
        pick(
            "Loki ei jatka tätä päätä: sitä on kirjoitettu uudelleen tai se on vaihdettu.",
            "The log does not extend this head: it was rewritten or replaced.")
    }
    func notAHead(_ text: String) -> String {
        pick(
            "'\(text)' ei ole lokin pää: anna järjestysnumero ja tiiviste kaksoispisteellä erotettuina.",
            "'\(text)' is not a head: give the sequence and the hash separated by a colon.")
    }
    func auditSummary(entries: Int) -> String { pick("Lokissa on \(entries) merkintää.", "The log holds \(entries) entries.") }
    /// An audit action in words; an action this version does not know is shown as recorded.
    func auditAction(_ action: String) -> String {
        let words: [String: (String, String)] = [
            "round.create": ("kierros avattu", "round opened"), "round.reveal": ("kierros paljastettu", "round revealed"),
            "round.close": ("kierros suljettu", "round closed"), "score.set": ("piste annettu", "score given"),
            "verdict.set": ("päätös pakollisesta vaatimuksesta", "must-have verdict"),
            "agreed.set": ("sovittu arvo", "agreed value"), "exclusion.set": ("arvioija jäävätty", "assessor excluded"),
            "declaration.no-conflict": ("ei esteellisyyttä -ilmoitus", "no-conflict declaration"),
            "assessor.add": ("arvioija lisätty", "assessor added"), "account.create": ("tili luotu", "account created"),
            "account.disable": ("tili suljettu", "account disabled"), "account.enable": ("tili avattu", "account enabled"),
            "import.file": ("tiedosto tuotu", "file imported"), "audit.baseline": ("lähtötilanne kirjattu", "baseline recorded"),
        ]
        return words[action].map { pick($0.0, $0.1) } ?? action
    }
    var aggregateNow: String { pick("Arvioijien mediaani", "The assessors' median") }
    var agreedValue: String { pick("Sovittu arvo", "Agreed value") }
    var recordAgreed: String { pick("Kirjaa sovittu arvo", "Record the agreed value") }
    var agreedValues: String { pick("Sovitut arvot", "Agreed values") }
    var noAgreedValues: String { pick("Sovittuja arvoja ei ole kirjattu.", "No agreed values recorded.") }
    var agreedIncomplete: String {
        pick(
            "Valitse sovittu arvo asteikolta ja kirjoita perustelu.", "Choose the agreed value on the scale and write the rationale.")
    }
    var showNames: String { pick("Näytä arvioijien nimet", "Show the assessors' names") }
    var hideNames: String { pick("Piilota nimet", "Hide the names") }
    func assessorNumber(_ n: Int) -> String { pick("Arvioija \(n)", "Assessor \(n)") }
    var roundName: String { pick("Kierroksen nimi", "Round name") }
    var solutionCount: String { pick("Ratkaisuja", "Solutions") }
    var created: String { pick("Aloitettu", "Started") }
    var newRound: String { pick("Uusi kierros", "New round") }
    var roundID: String { pick("Kierroksen tunnus", "Round id") }
    var weightModel: String { pick("Painotusmalli", "Weight model") }
    var roundSolutions: String {
        pick("Arvioitavat ratkaisut (oletuksena kartoituksen lyhyt lista)", "Solutions to evaluate (the landscape's shortlist by default)")
    }
    var openRound: String { pick("Avaa kierros", "Open the round") }
    var progress: String { pick("Eteneminen", "Progress") }
    var progressIntro: String {
        pick(
            "Kierros on auki: näet vain, kuinka monta kohtaa kukin on pisteyttänyt ja milloin, et pisteitä.",
            "The round is open: you see only how many items each assessor has scored and when, not the scores.")
    }
    var declaredColumn: String { pick("Esteellisyysvakuutus annettu", "No conflict declared") }
    var byArea: String { pick("Alueittain", "By area") }
    var lastActivity: String { pick("Viimeksi", "Last activity") }
    var noAssessors: String {
        pick(
            "Kenenkään arvioijan osaamisalueet eivät osu tämän kierroksen kriteereihin.", "No assessor's areas meet this round's criteria.")
    }
    var reminders: String { pick("Muistutuslista", "Reminder list") }
    var remindersHint: String {
        pick("Kopioi viestiin niille, joilta puuttuu pisteitä:", "Copy into a message to those with items left:")
    }
    var revealRound: String { pick("Paljasta pisteet", "Reveal the scores") }
    var revealHint: String {
        pick(
            "Paljastamisen jälkeen kaikki näkevät kaikkien pisteet, eikä uusia pisteitä voi antaa. Tätä ei voi perua.",
            "Once revealed, everyone sees every score and no new scores can be given. This cannot be undone.")
    }
    var closeRound: String { pick("Sulje kierros", "Close the round") }
    var closeHint: String {
        pick(
            "Suljetulle kierrokselle ei voi enää kirjata päätöksiä eikä jääväyksiä. Tätä ei voi perua.",
            "A closed round takes no more verdicts or exclusions. This cannot be undone.")
    }
    var yes: String { pick("kyllä", "yes") }
    var no: String { pick("ei", "no") }
    var illustrativeRound: String { pick("havainnollinen", "illustrative") }
    var roundIDNeeded: String { pick("Anna kierrokselle tunnus.", "Give the round an id.") }
    var solutionsNeeded: String { pick("Valitse vähintään yksi ratkaisu.", "Choose at least one solution.") }
    var modelNeeded: String { pick("Valitse painotusmalli.", "Choose a weight model.") }
    func unknownSolutions(_ ids: [String]) -> String {
        pick("Tuntemattomia ratkaisuja: \(ids.joined(separator: ", ")).", "Unknown solutions: \(ids.joined(separator: ", ")).")
    }
    func reminder(name: String, id: String, left: Int, declared: Bool) -> String {
        let items = left == 1 ? pick("1 kohta", "1 item") : pick("\(left) kohtaa", "\(left) items")
        return "\(name) (\(id)): " + items + pick(" pisteyttämättä", " left to score")
            + (declared ? "" : pick("; esteellisyysvakuutus antamatta", "; no declaration of no conflict yet"))
    }
    var exclusionIntro: String {
        pick(
            "Jos arvioijan esteellisyys tulee ilmi vasta kierroksen aikana, jäävää hänet ratkaisun arvioinnista. Hänen jo antamansa pisteet jätetään pois kaikista tuloksista, eikä hän voi enää pisteyttää ratkaisua. Jääväys kirjataan tarkastuslokiin sinun nimissäsi.",
            "If an assessor's conflict of interest comes to light during the round, exclude them from scoring the solution. The scores they already gave it are left out of every result, and they can no longer score it. The exclusion enters the audit log in your name."
        )
    }
    var newExclusion: String { pick("Uusi jääväys", "New exclusion") }
    var roundAndSolution: String { pick("Kierros ja ratkaisu", "Round and solution") }
    var solution: String { pick("Ratkaisu", "Solution") }
    var reason: String { pick("Syy", "Reason") }
    var exclude: String { pick("Jäävää", "Exclude") }
    var recordedBy: String { pick("Kirjannut", "Recorded by") }
    var noExclusions: String { pick("Ei jääväyksiä.", "No exclusions.") }
    var exclusionRecorded: String { pick("Jääväys kirjattu.", "Exclusion recorded.") }
    var exclusionIncomplete: String {
        pick(
            "Valitse kierros, ratkaisu ja arvioija, ja kerro syy.", "Choose the round, the solution and the assessor, and give the reason.")
    }

    func roleName(_ role: AccountRole) -> String {
        switch role {
        case .coordinator: pick("koordinaattori", "coordinator")
        case .assessor: pick("arvioija", "assessor")
        case .procurement: pick("hankinta", "procurement")
        }
    }

    func role(_ role: AccountRole) -> String {
        switch role {
        case .coordinator: pick("Koordinaattori: johtaa arviointikierroksia.", "Coordinator: runs the evaluation rounds.")
        case .assessor: pick("Arvioija: pisteyttää kierroksen ratkaisut.", "Assessor: scores the solutions of a round.")
        case .procurement: pick("Hankinta: lukee paljastetut kierrokset.", "Procurement: reads revealed rounds.")
        }
    }

    func passwordProblem(_ problem: Passwords.Problem) -> String {
        switch problem {
        case .tooShort: pick("Salasanassa on oltava vähintään 8 merkkiä.", "The password must have at least 8 characters.")
        case .tooLong:
            pick(
                "Salasana on yli 72 tavua, eikä sitä voi tallentaa kokonaan; valitse lyhyempi.",
                "The password is over 72 bytes and cannot be kept whole; choose a shorter one.")
        case .common: pick("Salasana on liian yleinen; valitse toinen.", "The password is too common; choose another.")
        case .mismatch: pick("Salasanat eivät täsmää.", "The passwords do not match.")
        }
    }

    var invalidUserName: String {
        pick(
            "Käyttäjätunnuksessa saa olla vain kirjaimia, numeroita, - ja _, ja sen on alettava kirjaimella tai numerolla.",
            "A user name may hold only letters, digits, - and _, and must start with a letter or digit.")
    }
    var nameNeeded: String { pick("Kirjoita nimesi.", "Write your name.") }
    func userNameTaken(_ id: String) -> String {
        pick("Käyttäjätunnus '\(id)' on jo käytössä.", "The user name '\(id)' is taken.")
    }
    var invitationGone: String { pick("Kutsu ei ole voimassa", "The invitation is not valid") }
    var invitationGoneText: String {
        pick(
            "Kutsulinkki on jo käytetty tai vanhentunut. Pyydä koordinaattorilta uusi.",
            "The invitation link has been used or has expired. Ask the coordinator for a new one.")
    }
    func invitationHeading(_ role: AccountRole) -> String {
        role == .coordinator
            ? pick("Arvion käyttöönotto: koordinaattorin tunnus", "Setting up Arvio: the coordinator's account")
            : pick("Tervetuloa Arvioon", "Welcome to Arvio")
    }
    func invitationIntro(_ role: AccountRole) -> String {
        self.role(role) + " " + pick("Luo itsellesi tunnus.", "Create your account.")
    }
}

// The public feedback form (`/palaute/<model>`): texts only Swift passes to the template.
extension AppText {
    var feedbackTitle: String { pick("Palaute", "Feedback") }
    var feedbackIntro: String {
        pick(
            "Kiitos, että asioit kanssamme etänä. Vastaaminen vie minuutin. Vastaus on nimetön: emme tallenna nimeäsi, osoitettasi emmekä evästeitä. Kaikki kysymykset ovat vapaaehtoisia.",
            "Thank you for using our remote service. Answering takes a minute. Your answer is anonymous: we store no name, no address and no cookies. Every question is optional."
        )
    }
    var feedbackScaleLow: String { pick("0 = en lainkaan todennäköisesti", "0 = not at all likely") }
    var feedbackScaleHigh: String { pick("10 = erittäin todennäköisesti", "10 = extremely likely") }
    var feedbackStatementsLegend: String { pick("Kuinka samaa mieltä olet seuraavista?", "How far do you agree with the following?") }
    var feedbackSend: String { pick("Lähetä palaute", "Send feedback") }
    var feedbackHoneypot: String { pick("Jätä tämä kenttä tyhjäksi", "Leave this field empty") }
    var feedbackThanksTitle: String { pick("Kiitos palautteestasi", "Thank you for your feedback") }
    var feedbackThanks: String {
        pick(
            "Palautteesi on vastaanotettu. Sitä käytetään palvelun kehittämiseen; tulokset julkaistaan vain vähintään viiden vastauksen ryhminä.",
            "Your feedback has been received. It is used to improve the service; results are published only for groups of at least five responses."
        )
    }
    var feedbackEmpty: String {
        pick("Vastaa ainakin yhteen kysymykseen ennen lähettämistä.", "Answer at least one question before sending.")
    }
    var feedbackExpired: String {
        pick(
            "Lomake oli auki liian kauan tai se ei tullut tältä sivulta. Vastauksesi ovat tallella: lähetä ne uudelleen.",
            "The form was open too long or did not come from this page. Your answers are kept: send them again.")
    }
    var feedbackTooMany: String {
        pick(
            "Tästä osoitteesta on lähetetty juuri useita palautteita. Yritä hetken kuluttua uudelleen.",
            "Several responses were just sent from this address. Please try again in a while.")
    }
    var feedbackOpenLimit: String { pick("Enintään 2 000 merkkiä.", "At most 2,000 characters.") }
    var feedbackUnknownModel: String { pick("Palautelomaketta ei löydy", "No such feedback form") }
    var feedbackUnknownModelText: String {
        pick("Linkin palautelomaketta ei ole. Tarkista linkki.", "The link's feedback form does not exist. Check the link.")
    }
}
