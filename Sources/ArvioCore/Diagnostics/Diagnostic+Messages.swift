// Every diagnostic's problem and help, in Finnish and English side by side: the one place for their wording. The
// names of subjects and shapes and the helpers they use are in Diagnostic+Wording.swift; what an unreadable file or
// a broken XML document says, in Diagnostic+FileProblems.swift.

extension Diagnostic.Reason {
    /// The problem and the help line. Every case names the offending value in '…' and says how to fix it.
    package func message(in language: Language) -> (problem: String, help: String) {
        switch language {
        case .en: messages.en
        case .fi: messages.fi
        }
    }

    /// Every message in Finnish and English side by side: a new case cannot compile without both.
    private var messages: (fi: (String, String), en: (String, String)) {
        switch self {
        case .unreadableFile(let why):
            (
                fi: ("tiedostoa ei voi lukea: \(why.text(in: .fi))", "tarkista, että tiedosto on olemassa, luettavissa ja UTF-8-tekstiä"),
                en: ("cannot read the file: \(why.text(in: .en))", "check that the file exists, is readable and is UTF-8 text")
            )
        case .missingFolder:
            (
                fi: ("kansio puuttuu", "aja arvio projektin juuressa tai anna polku valitsimella --project"),
                en: ("the folder is missing", "run arvio in the project root, or point --project at it")
            )
        case .notAProject:
            (
                fi: (
                    "tämä ei ole Arvio-projekti: täällä ei ole kansiota catalog/ eikä criteria/",
                    "aja arvio projektin kansiossa tai nimeä se valitsimella --project"
                ),
                en: (
                    "this is not an Arvio project: there is no catalog/ or criteria/ here",
                    "run arvio in the project's folder, or name it with --project"
                )
            )
        case .invalidYAML(let problem):
            (
                fi: ("virheellistä YAMLia: \(problem)", "tarkista sisennys ja lainausmerkit tällä ja edellisellä rivillä"),
                en: ("not valid YAML: \(problem)", "check indentation and quoting on this line and the one before")
            )
        case .invalidXML(let problem):
            (
                fi: (
                    "XML ei ole hyvin muodostettua: \(problem.text(in: .fi))",
                    "tarkista, että jokainen elementti suljetaan ja että tekstin '&' ja '<' on koodattu"
                ),
                en: (
                    "not well-formed XML: \(problem.text(in: .en))",
                    "check that every element is closed and that '&' and '<' in text are escaped"
                )
            )
        case let .notXMCDA(element, namespace):
            (
                fi: (
                    "juurielementti on '\(element)' \(namespace.isEmpty ? "ilman nimiavaruutta" : "nimiavaruudessa '\(namespace)'"), ei XMCDA 3.x:n <XMCDA>",
                    "tiedoston pitää alkaa elementillä <XMCDA xmlns=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\"> (tai muulla XMCDA 3.x -nimiavaruudella)"
                ),
                en: (
                    "the root element is '\(element)' \(namespace.isEmpty ? "without a namespace" : "in namespace '\(namespace)'"), not XMCDA 3.x's <XMCDA>",
                    "the file must start with <XMCDA xmlns=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\"> (or another XMCDA 3.x namespace)"
                )
            )
        case .xmlDeclarationRefused(let declaration):
            (
                fi: (
                    "tiedostossa on määrittely '\(declaration)'; Arvio ei hyväksy DTD- eikä entiteettimäärittelyjä (ne voivat lukea muita tiedostoja tai paisua loputtomiin)",
                    "poista <!DOCTYPE …> -lohko: XMCDA-tiedostot ja työkirjat eivät tarvitse sitä"
                ),
                en: (
                    "the file declares '\(declaration)'; Arvio refuses DTDs and entity declarations (they can read other files or expand without end)",
                    "remove the <!DOCTYPE …> block: neither XMCDA files nor workbooks need one"
                )
            )
        case .documentTooComplex(let limit):
            (
                fi: (
                    "dokumentti laajenee yli \(limit) arvoon (YAML-viittauksia pommina?)",
                    "kirjoita tiedot auki ilman '*viittaus'-viittauksia"
                ),
                en: (
                    "the document expands to more than \(limit) values (aliases used as a YAML bomb?)",
                    "write the data out without '*alias' references"
                )
            )
        case let .wrongShape(expected, found):
            (
                fi: (
                    "odotettiin: \(expected.name(in: .fi)), löytyi: \(found.name(in: .fi))",
                    "katso tiedoston rakenteen esimerkki README.md:stä"
                ),
                en: (
                    "expected \(expected.name(in: .en)), found \(found.name(in: .en))",
                    "see the example in README.md for this file's layout"
                )
            )
        case .missingField(let field):
            (
                fi: ("pakollinen kenttä '\(field)' puuttuu", "lisää tähän '\(field): …'"),
                en: ("required field '\(field)' is missing", "add '\(field): …' here")
            )
        case .emptyField(let field):
            (
                fi: ("kenttä '\(field)' on tyhjä", "anna kentälle '\(field)' arvo tai poista rivi, jos kenttä on valinnainen"),
                en: ("field '\(field)' is empty", "write a value for '\(field)', or remove the line if the field is optional")
            )
        case let .unknownField(field, suggestion, allowed):
            (
                fi: (
                    "tuntematon kenttä '\(field)'",
                    suggestion.map { "tarkoititko '\($0)'?" } ?? "tässä sallitut kentät: \(quotedList(allowed, limit: 30))"
                ),
                en: (
                    "unknown field '\(field)'",
                    suggestion.map { "did you mean '\($0)'?" } ?? "the fields here are \(quotedList(allowed, limit: 30))"
                )
            )
        case let .duplicateKey(key, firstLine):
            (
                fi: (
                    "kenttä '\(key)' on kirjoitettu kahdesti",
                    "säilytä niistä yksi" + (firstLine.map { "; ensimmäinen on rivillä \($0)" } ?? "")
                ),
                en: (
                    "field '\(key)' is written twice",
                    "keep one of them" + (firstLine.map { "; the first is on line \($0)" } ?? "")
                )
            )
        case let .invalidValue(field, found, allowed, suggestion):
            (
                fi: (
                    "kentän '\(field)' arvo '\(found)' ei ole mikään arvoista \(quotedList(allowed))",
                    suggestion.map { "tarkoititko '\($0)'?" } ?? "käytä jotakin arvoista \(quotedList(allowed))"
                ),
                en: (
                    "\(field) '\(found)' is not one of \(quotedList(allowed))",
                    suggestion.map { "did you mean '\($0)'?" } ?? "use one of \(quotedList(allowed))"
                )
            )
        case let .notANumber(field, found):
            (
                fi: ("kentän '\(field)' pitää olla luku, löytyi '\(found)'", "kirjoita pelkkä luku, esim. '\(field): 25'"),
                en: ("'\(field)' must be a number, found '\(found)'", "write a plain number, e.g. '\(field): 25'")
            )
        case let .notAWholeNumber(field, found, lowest, highest):
            (
                fi: (
                    "kentän '\(field)' pitää olla kokonaisluku väliltä \(lowest)–\(highest), löytyi '\(found)'",
                    "kirjoita kokonaisluku, esim. '\(field): \(lowest)'"
                ),
                en: (
                    "'\(field)' must be a whole number from \(lowest) to \(highest), found '\(found)'",
                    "write a whole number, e.g. '\(field): \(lowest)'"
                )
            )
        case .invalidID(let id):
            (
                fi: (
                    "tunnisteessa '\(Self.visible(id))' saa olla vain kirjaimia, numeroita, '-' ja '_', sen pitää alkaa kirjaimella tai numerolla ja olla enintään \(Identifier.maximumLength) merkkiä",
                    "nimeä se uudelleen, esim. '\(Self.slug(id))'"
                ),
                en: (
                    "id '\(Self.visible(id))' may use only letters, digits, '-' and '_', start with a letter or digit and be at most \(Identifier.maximumLength) characters",
                    "rename it, e.g. '\(Self.slug(id))'"
                )
            )
        case let .controlCharacter(field, code):
            (
                fi: (
                    "kentässä '\(field)' on ohjausmerkki \(code), jota pääte tai taulukkolaskenta ei näytä vaan tottelee",
                    "poista se; rivinvaihto kuuluu vain pitkiin teksteihin, kuten kuvauksiin ja perusteluihin"
                ),
                en: (
                    "'\(field)' contains the control character \(code), which a terminal or a spreadsheet would act on",
                    "remove it; line breaks belong only in long texts such as descriptions and rationales"
                )
            )
        case let .idDoesNotMatchFileName(id, expected):
            (
                fi: ("tunniste '\(id)' ei vastaa tiedoston nimeä", "nimeä tiedosto '\(expected)' tai muuta tunniste"),
                en: ("id '\(id)' does not match the file name", "rename the file to '\(expected)', or change the id")
            )
        case .invalidURL(let url):
            (
                fi: ("'\(url)' ei ole http(s)-osoite", "kirjoita koko osoite alkaen https://"),
                en: ("'\(url)' is not an http(s) address", "write the full address, starting with https://")
            )
        case .unsafeLink(let target):
            (
                fi: (
                    "linkin kohde '\(target)' ei ole verkko- tai sähköpostiosoite eikä suhteellinen polku",
                    "linkitä vain https://-, http://- tai mailto:-osoitteisiin tai suhteelliseen polkuun; muut, kuten javascript:, hylätään"
                ),
                en: (
                    "link target '\(target)' is not a web or mail address or a relative path",
                    "link only to https://, http:// or mailto: addresses, or to a relative path; other schemes such as javascript: are refused"
                )
            )
        case let .duplicateID(subject, id, firstSeen):
            (
                fi: (
                    "\(subject.name(in: .fi))tunnus '\(id)' on käytössä kahdesti",
                    "nimeä toinen uudelleen; ensimmäinen on kohdassa \(firstSeen)"
                ),
                en: ("\(subject.name(in: .en)) id '\(id)' is used twice", "rename one of them; the first is at \(firstSeen)")
            )
        case let .unknownReference(subject, id, suggestion, definedIn):
            (
                fi: (
                    "tuntematon \(subject.name(in: .fi)) '\(id)'",
                    (suggestion.map { "tarkoititko '\($0)'? " } ?? "") + "ne määritellään tiedostossa \(definedIn)"
                ),
                en: (
                    "unknown \(subject.name(in: .en)) '\(id)'",
                    (suggestion.map { "did you mean '\($0)'? " } ?? "") + "\(subject.englishPlural) are defined in \(definedIn)"
                )
            )
        case let .unknownInDatabase(subject, id, suggestion, command):
            (
                fi: (
                    "tuntematon \(subject.name(in: .fi)) '\(id)'",
                    (suggestion.map { "tarkoititko '\($0)'? " } ?? "") + "'\(command)' luettelee tietokannassa olevat"
                ),
                en: (
                    "unknown \(subject.name(in: .en)) '\(id)'",
                    (suggestion.map { "did you mean '\($0)'? " } ?? "") + "'\(command)' lists the \(subject.englishPlural) in the database"
                )
            )
        case let .categoryNotInApplicabilityTable(category, table, known):
            (
                fi: (
                    "luokkaa '\(category)' ei ole soveltuvuustaulukossa",
                    "käytä jotakin luokista \(quotedList(known)) tai lisää '\(category)' tiedostoon \(table)"
                ),
                en: (
                    "category '\(category)' is not in the applicability table",
                    "use one of \(quotedList(known)), or add '\(category)' to \(table)"
                )
            )
        case let .applicabilityRowLacksCategory(criterion, category):
            (
                fi: (
                    "kriteerin '\(criterion)' riviltä puuttuu luokka '\(category)'",
                    "lisää riville '\(category): applies' (tai not-applicable, case-by-case, conditional)"
                ),
                en: (
                    "the row of criterion '\(criterion)' lacks category '\(category)'",
                    "add '\(category): applies' (or not-applicable, case-by-case, conditional) to the row"
                )
            )
        case let .weightsDoNotSum(area, total, expected):
            (
                fi: (
                    "\(area.map { "alueen '\($0)' kriteerien painojen" } ?? "alueiden painojen") summa on \(formatted(total, .fi)), ei \(formatted(expected, .fi))",
                    "muuta painoja niin, että summa on \(formatted(expected, .fi)), tai käytä tekniikkaa 'direct-points', joka normalisoi painot"
                ),
                en: (
                    "\(area.map { "criterion weights of area '\($0)'" } ?? "area weights") sum to \(formatted(total)), not \(formatted(expected))",
                    "change the weights so that they sum to \(formatted(expected)), or use technique 'direct-points' to have them normalised"
                )
            )
        case .negativeWeight(let weight):
            (
                fi: ("paino \(formatted(weight, .fi)) on negatiivinen", "anna painoksi 0, jos kriteerillä ei ole painoa"),
                en: ("weight \(formatted(weight)) is negative", "use 0 to give a criterion no weight")
            )
        case .areaWithoutWeight(let area):
            (
                fi: (
                    "pakollisella alueella '\(area)' ei ole painoa", "lisää '\(area): …' kohtaan areas (valinnaiset alueet voi jättää pois)"
                ),
                en: ("required area '\(area)' has no weight", "add '\(area): …' under areas (areas marked optional may be left out)")
            )
        case .scaleLacksValue(let code):
            (
                fi: ("asteikosta puuttuu arvo '\(code)'", "lisää asteikkoon arvo, jonka koodi on '\(code)'"),
                en: ("the scale lacks the value '\(code)'", "add a value with code '\(code)' to the scale")
            )
        case let .minimumOutsideScale(minimum, lowest, highest):
            (
                fi: (
                    "vähimmäispistemäärä \(formatted(minimum, .fi)) on asteikon \(formatted(lowest, .fi))–\(formatted(highest, .fi)) ulkopuolella",
                    "valitse vähimmäispistemäärä väliltä \(formatted(lowest, .fi))–\(formatted(highest, .fi))"
                ),
                en: (
                    "minimum \(formatted(minimum)) is outside the scale \(formatted(lowest))–\(formatted(highest))",
                    "choose a minimum between \(formatted(lowest)) and \(formatted(highest))"
                )
            )
        case let .factWithoutSource(field, verification):
            (
                fi: (
                    "'\(field)' on merkitty \(verification.rawValue), mutta lähdettä ei ole",
                    "viittaa tämän tiedoston 'sources'-lähteeseen tai merkitse 'unverified'"
                ),
                en: (
                    "'\(field)' is marked \(verification.rawValue) but cites no source",
                    "cite a source id from this file's 'sources', or mark it 'unverified'"
                )
            )
        case .propertyWithoutSource(let field):
            (
                fi: (
                    "'\(field)' väittää tuotteesta ominaisuuden ilman lähdettä",
                    "viittaa lähteeseen, joka tukee väitettä, tai poista kenttä: lähteetöntä tietoa ei esitetä"
                ),
                en: (
                    "'\(field)' states a property of the product without a source",
                    "cite a source that supports it, or remove the field: a fact without a source is not stated"
                )
            )
        case .usageNeitherSourcedNorIllustrative(let organisation):
            (
                fi: (
                    "organisaation '\(organisation)' käytöllä ei ole lähdettä eikä sitä ole merkitty havainnolliseksi",
                    "viittaa lähteeseen tai lisää 'illustrative: true'"
                ),
                en: (
                    "the use by '\(organisation)' has no source and is not marked illustrative",
                    "cite a source, or add 'illustrative: true'"
                )
            )
        case .unterminatedQuote:
            (
                fi: ("lainausmerkeissä oleva kenttä ei pääty", "lisää loppulainausmerkki \" (kentän sisällä \"\")"),
                en: ("a quoted field is not closed", "add the closing \" (write \"\" for a quote inside a field)")
            )
        case .workbook(let problem):
            (
                fi: problem.message(in: .fi),
                en: problem.message(in: .en)
            )
        case .textAfterClosingQuote:
            (
                fi: (
                    "kentän loppulainausmerkin jälkeen on tekstiä, joka jäisi pois",
                    "kirjoita koko kenttä lainausmerkkeihin ja kahdenna sen sisäiset lainausmerkit, esim. \"sanoo \"\"kyllä\"\" tässä\""
                ),
                en: (
                    "text follows the closing quote of a field, and would be lost",
                    "put the whole field in quotes and double every quote inside it, e.g. \"says \"\"yes\"\" here\""
                )
            )
        case let .fieldCount(found, expected):
            (
                fi: (
                    "rivillä on \(found) kenttää, otsikkorivillä \(expected)",
                    "anna jokaisella rivillä yksi kenttä kutakin saraketta kohden"
                ),
                en: ("the row has \(found) fields, the header has \(expected)", "give every row one field per header column")
            )
        case let .missingColumn(name, allowed):
            (
                fi: ("pakollinen sarake '\(name)' puuttuu otsikkoriviltä", "sarakkeet ovat \(quotedList(allowed))"),
                en: ("required column '\(name)' is missing from the header", "the columns are \(quotedList(allowed))")
            )
        case let .unknownColumn(name, suggestion, allowed):
            (
                fi: ("tuntematon sarake '\(name)'", suggestion.map { "tarkoititko '\($0)'?" } ?? "sarakkeet ovat \(quotedList(allowed))"),
                en: ("unknown column '\(name)'", suggestion.map { "did you mean '\($0)'?" } ?? "the columns are \(quotedList(allowed))")
            )
        case .tooManyProblems(let shown):
            (
                fi: ("ongelmia on enemmän; vain ensimmäiset \(shown) näytetään", "korjaa nämä ja aja uudelleen"),
                en: ("more problems follow; only the first \(shown) are shown", "fix these and run again")
            )
        case let .scoring(problem, help):
            (
                fi: (problem.fi, help.fi),
                en: (problem.en, help.en)
            )
        case .missingFrontMatter:
            (
                fi: (
                    "tiedosto ei ala perustiedoilla",
                    "aloita se rivillä '---', sen jälkeen kentät (id: …, title_fi: …) ja toinen '---'-rivi; katso toolkit/README.md"
                ),
                en: (
                    "the file does not start with front matter",
                    "begin it with a line '---', the fields (id: …, title_fi: …), and another '---' line; see toolkit/README.md"
                )
            )
        case .missingSection(let heading):
            (
                fi: ("osio '## \(heading)' puuttuu", "lisää se (vähintään virke) mallipohjan järjestyksessä; katso toolkit/README.md"),
                en: (
                    "the section '## \(heading)' is missing",
                    "add it (with at least a sentence) in the template's order; see toolkit/README.md"
                )
            )
        case let .unknownSection(heading, suggestion, allowed):
            (
                fi: (
                    "tuntematon osio '## \(heading)'",
                    suggestion.map { "tarkoititko '\($0)'?" } ?? "osiot ovat \(quotedList(allowed, limit: 20))"
                ),
                en: (
                    "unknown section '## \(heading)'",
                    suggestion.map { "did you mean '\($0)'?" } ?? "the sections are \(quotedList(allowed, limit: 20))"
                )
            )
        case let .notAMustHave(criterion, mustHaves):
            (
                fi: (
                    "kriteerillä '\(criterion)' ei ole pakollista vaatimusta, joten ratkaisun ei voi todeta täyttävän sitä",
                    "luettele vain kriteerejä, joilla on sääntö tiedostossa criteria/must-haves.yaml: \(quotedList(mustHaves, limit: 20))"
                ),
                en: (
                    "'\(criterion)' has no must-have rule, so no solution can be said to pass it",
                    "list only criteria with a rule in criteria/must-haves.yaml: \(quotedList(mustHaves, limit: 20))"
                )
            )
        case let .emptySection(heading, expected):
            (
                fi: (
                    "osiossa '## \(heading)' ei ole yhtään kohtaa (\(expected))",
                    "lisää vähintään yksi, esim. '- [ ] …' tai '1. **ammattilainen:** …'"
                ),
                en: ("the section '## \(heading)' has no \(expected)", "add at least one, e.g. '- [ ] …' or '1. **ammattilainen:** …'")
            )
        case let .notCompetent(assessor, area, areas):
            (
                fi: (
                    "arvioija '\(assessor)' ei ole alueen '\(area)' asiantuntija (hänen alueensa: \(quotedList(areas)))",
                    "jätä kriteeri alueen '\(area)' arvioijalle tai lisää alue arvioijalle '\(assessor)'"
                ),
                en: (
                    "assessor '\(assessor)' is not competent in area '\(area)' (their areas: \(quotedList(areas)))",
                    "leave the criterion to an assessor of area '\(area)', or add the area to '\(assessor)'"
                )
            )
        case let .inconsistentJudgements(ratio, row, column, given, consistent):
            (
                fi: (
                    "vertailujen yhdenmukaisuussuhde on \(formatted(ratio, .fi)), yli 0,1",
                    "tarkista ensin \(row) : \(column) = \(formatted(given, .fi)); muut vertailut viittaavat arvoon noin \(formatted(consistent, .fi))"
                ),
                en: (
                    "the judgements' consistency ratio is \(formatted(ratio)), above 0.1",
                    "revise \(row) : \(column) = \(formatted(given)) first; the other judgements imply about \(formatted(consistent))"
                )
            )
        }
    }
}
