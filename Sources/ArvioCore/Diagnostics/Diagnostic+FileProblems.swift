extension Diagnostic.Unreadable {
    func text(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .missing: LocalizedText(fi: "tiedosto puuttuu", en: "the file is missing")
            case .notUTF8: LocalizedText(fi: "se ei ole UTF-8-tekstiä", en: "it is not UTF-8 text")
            case .notAFile: LocalizedText(fi: "lukuoikeus puuttuu tai se ei ole tiedosto", en: "permission denied or not a file")
            case .tooLarge(let megabytes):
                LocalizedText(fi: "se on suurempi kuin \(megabytes) Mt", en: "it is larger than \(megabytes) MB")
            }
        return text[language]
    }
}

extension Diagnostic.XMLProblem {
    func text(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .empty: LocalizedText(fi: "asiakirja on tyhjä", en: "the document is empty")
            case .noRootElement:
                LocalizedText(
                    fi: "asiakirja ei ala elementillä ('<' puuttuu)", en: "the document does not start with an element ('<' not found)")
            case .extraContent:
                LocalizedText(fi: "juurielementin jälkeen on ylimääräistä sisältöä", en: "there is content after the root element")
            case .invalidCharacter:
                LocalizedText(fi: "tiedostossa on merkki, jota XML ei salli", en: "the file holds a character that XML does not allow")
            case .invalidEncoding:
                LocalizedText(
                    fi: "tiedosto ei ole kelvollista UTF-8:aa eikä se ilmoita muuta merkistöä",
                    en: "the input is not proper UTF-8 and declares no other encoding")
            case .unsupportedEncoding: LocalizedText(fi: "tiedoston merkistöä ei tueta", en: "the file's encoding is not supported")
            case .tagMismatch: LocalizedText(fi: "aloitus- ja lopetustagi eivät täsmää", en: "an opening and an ending tag do not match")
            case .unfinishedTag:
                LocalizedText(
                    fi: "elementti jää sulkematta ennen tiedoston loppua", en: "an element is not closed before the end of the file")
            case .malformedTag: LocalizedText(fi: "tagi on virheellinen", en: "a tag is malformed")
            case .malformedAttribute:
                LocalizedText(
                    fi: "attribuutti on virheellinen (arvo puuttuu tai on ilman lainausmerkkejä)",
                    en: "an attribute is malformed (its value is missing or unquoted)")
            case .duplicateAttribute:
                LocalizedText(fi: "sama attribuutti on elementissä kahdesti", en: "an attribute appears twice in one element")
            case .lessThanInAttribute: LocalizedText(fi: "attribuutin arvossa on '<'", en: "an attribute value holds '<'")
            case .undeclaredEntity: LocalizedText(fi: "viittaus tuntemattomaan entiteettiin", en: "a reference to an undeclared entity")
            case .malformedReference: LocalizedText(fi: "viittaus ('&…;') on virheellinen", en: "a reference ('&…;') is malformed")
            case .unclosedString: LocalizedText(fi: "lainausmerkeissä oleva arvo jää sulkematta", en: "a quoted value is not closed")
            case .undefinedNamespace:
                LocalizedText(fi: "nimiavaruuden etuliitettä ei ole määritelty", en: "a namespace prefix is not declared")
            case .other(let message):
                LocalizedText(fi: "jäsentimen ilmoitus (englanniksi): \"\(message)\"", en: message)
            }
        return text[language]
    }
}
