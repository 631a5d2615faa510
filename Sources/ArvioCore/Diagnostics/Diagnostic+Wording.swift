extension Diagnostic.Subject {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.solution, .en): "solution"
        case (.solution, .fi): "ratkaisu"
        case (.organisation, .en): "organisation"
        case (.organisation, .fi): "organisaatio"
        case (.criterion, .en): "criterion"
        case (.criterion, .fi): "kriteeri"
        case (.area, .en): "area"
        case (.area, .fi): "arviointialue"
        case (.category, .en): "category"
        case (.category, .fi): "luokka"
        case (.source, .en): "source"
        case (.source, .fi): "lähde"
        case (.weightModel, .en): "weight model"
        case (.weightModel, .fi): "painotusmalli"
        case (.knockOutRule, .en): "must-have rule"
        case (.knockOutRule, .fi): "pakollinen vaatimus"
        case (.scaleValue, .en): "scale value"
        case (.scaleValue, .fi): "asteikon arvo"
        case (.alternative, .en): "alternative"
        case (.alternative, .fi): "vaihtoehto"
        case (.round, .en): "round"
        case (.round, .fi): "arviointikierros"
        case (.assessor, .en): "assessor"
        case (.assessor, .fi): "arvioija"
        case (.operatingModel, .en): "operating model"
        case (.operatingModel, .fi): "toimintamalli"
        case (.survey, .en): "feedback survey"
        case (.survey, .fi): "palautekysely"
        case (.statement, .en): "statement"
        case (.statement, .fi): "väittämä"
        }
    }
}

extension Diagnostic.Subject {
    var englishPlural: String {
        switch self {
        case .criterion: "criteria"
        case .alternative: "alternatives"
        case .category: "categories"
        default: name(in: .en) + "s"
        }
    }
}

extension Diagnostic.Shape {
    func name(in language: Language) -> String {
        switch (self, language) {
        case (.mapping, .en): "a mapping (key: value lines)"
        case (.mapping, .fi): "avain–arvo-rakenne (avain: arvo -rivejä)"
        case (.list, .en): "a list (lines starting with '- ')"
        case (.list, .fi): "luettelo (rivit alkavat '- ')"
        case (.text, .en): "a text"
        case (.text, .fi): "teksti"
        case (.number, .en): "a number"
        case (.number, .fi): "luku"
        case (.boolean, .en): "true or false"
        case (.boolean, .fi): "true tai false"
        }
    }
}

func quotedList(_ values: [String], limit: Int = 12) -> String {
    let shown = values.prefix(limit).map { "'\($0)'" }.joined(separator: ", ")
    return values.count > limit ? shown + ", …" : shown
}

extension Diagnostic.Reason {
    /// A text with its control characters shown as `U+001B`, so that an error message cannot drive the terminal.
    package static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if ControlCharacter.first(inName: String(scalar)) != nil {
                result += ControlCharacter.code(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A safe id made of a user's text: lower case, runs of other characters turned into '-'.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        let trimmed = result.drop { $0 == "-" }
        return String(trimmed.reversed().drop { $0 == "-" }.reversed())
    }
}
