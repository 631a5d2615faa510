import ArvioCore
import Foundation

/// Numbers and marks as the chosen language writes them.
package enum Formatting {
    /// A share as a percentage with one decimal: "35,0 %" in Finnish, "35.0 %" in English.
    package static func percent(_ share: Double, _ language: Language) -> String {
        guard share.isFinite, abs(share) < 1e12 else { return "–" }
        let tenths = Int((share * 1000).rounded())
        let text = (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
        return Self.decimalMark(text, language) + percentSign(language)
    }

    /// The space and sign after a percentage: in Finnish a no-break space, so a line never breaks before the sign.
    static func percentSign(_ language: Language) -> String { language == .fi ? "\u{00A0}%" : " %" }

    /// A range of shares with the sign once, as Finnish and English typography write it: `0,0–36,0 %`.
    package static func percentRange(_ range: ClosedRange<Double>, _ language: Language) -> String {
        let lower = percent(range.lowerBound, language), sign = percentSign(language)
        return (lower.hasSuffix(sign) ? String(lower.dropLast(sign.count)) : lower) + "–" + percent(range.upperBound, language)
    }

    /// A machine-readable decimal with up to six places and no trailing zeros.
    package static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        let scaled = (value * 1_000_000).rounded() / 1_000_000
        if scaled == scaled.rounded(), abs(scaled) < 1e15 { return String(Int(scaled)) }
        return String(scaled)
    }

    /// A number for people (``ArvioCore/formatted(_:_:)``: "0,5", "2"), a dash for a missing (non-finite) one;
    /// machine formats use ``decimal(_:)``.
    package static func number(_ value: Double, _ language: Language) -> String {
        value.isFinite ? formatted(value, language) : "–"
    }

    /// A number written with a dot, with the language's decimal mark: a comma in Finnish.
    package static func decimalMark(_ text: String, _ language: Language) -> String {
        ArvioCore.decimalMark(text, language)
    }

    package static func pick(_ language: Language, _ fi: String, _ en: String) -> String {
        language == .fi ? fi : en
    }

    /// A normalisation as a reader knows it, with what it does.
    package static func normalization(_ normalization: Normalization, _ language: Language) -> String {
        switch normalization {
        case .scale:
            pick(
                language, "asteikkonormalisointi: pisteet suhteessa kriteerin asteikkoon 0–5",
                "scale normalisation: scores relative to the criterion's 0–5 scale")
        case .minMax: pick(language, "min–max-normalisointi", "min–max normalisation")
        case .max: pick(language, "maksiminormalisointi", "max normalisation")
        case .sum: pick(language, "summanormalisointi", "sum normalisation")
        case .vector: pick(language, "vektorinormalisointi", "vector normalisation")
        case .none: pick(language, "ei normalisointia", "no normalisation")
        }
    }

    package static func verification(_ mark: Verification, _ language: Language) -> String {
        switch mark {
        case .verified: pick(language, "varmennettu", "verified")
        case .vendorClaim: pick(language, "toimittajan väite", "vendor claim")
        case .unverified: pick(language, "varmentamaton", "unverified")
        }
    }

    package static func status(_ status: SolutionStatus, _ language: Language) -> String {
        switch status {
        case .inUse: pick(language, "käytössä", "in use")
        case .pilot: pick(language, "pilotti", "pilot")
        case .ended: pick(language, "päättynyt", "ended")
        }
    }

    package static func audience(_ audience: Audience, _ language: Language) -> String {
        switch audience {
        case .clientFacing: pick(language, "asiakkaat", "clients")
        case .staffOnly: pick(language, "vain henkilöstö", "staff only")
        }
    }

    /// The sentence every output built from illustrative data carries.
    package static func illustrativeNotice(_ language: Language) -> String {
        pick(
            language,
            "HUOM: osa tiedoista on havainnollisia, ei todellisia kyselyn tai arvioinnin tuloksia; ne on merkitty aineistoon.",
            "NOTE: some of this data is illustrative, not real survey or evaluation results; it is flagged in the data.")
    }

    /// The banner of every output built from an illustrative round (the sample round).
    package static func illustrativeRoundNotice(_ language: Language) -> String {
        pick(
            language, "HAVAINNOLLINEN KIERROS: pisteet on keksitty työkalun esittelyä varten; ne eivät ole todellisia arviointituloksia.",
            "ILLUSTRATIVE ROUND: the scores are invented to show the tool; they are not real evaluation results.")
    }

    /// The catalog is rebuilt from public sources; the survey's own list was not found.
    package static func reconstructionNotice(_ language: Language) -> String {
        pick(
            language,
            "Luettelo on koottu julkisista lähteistä; se ei ole vuoden 2021 kyselyn alkuperäinen 33 ratkaisun luettelo, jota ei löytynyt.",
            "The list is rebuilt from public sources; it is not the 2021 survey's own list of 33 solutions, which was not found.")
    }
}

extension String {
    /// The text with its first letter in upper case, for a name that starts a sentence or a caption.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
