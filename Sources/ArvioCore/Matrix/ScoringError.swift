/// A decision matrix or method parameter the mathematics cannot take, with where it came from when known.
public struct ScoringError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var reason: Reason

    public init(at location: SourceLocation? = nil, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Hashable, Sendable {
        case noAlternatives
        case noCriteria
        case rowLength(alternative: String, expected: Int, found: Int)
        case notFinite(alternative: String, criterion: String)
        case duplicateAlternative(String)
        case duplicateCriterion(String)
        case negativeWeight(criterion: String, weight: Double)
        case allWeightsZero
        /// Vector normalisation divides by the column's length.
        case allZeroCriterion(String)
        /// The weighted product and the sum normalisation of a cost criterion need positive values.
        case notPositive(alternative: String, criterion: String, value: Double)
        case parameterOutOfRange(name: String, value: Double, range: ClosedRange<Double>)
        case thresholdsOutOfOrder(criterion: String, q: Double, p: Double)
        case missingThreshold(criterion: String, name: String, function: String)
        /// The scale normalisation needs the criterion's scale.
        case noScale(String)
        case outsideScale(alternative: String, criterion: String, value: Double, low: Double, high: Double)
        /// A value computed from the criterion's values overflows or underflows a double.
        case outOfComputableRange(String)
        /// A method's result is not a finite number (e.g. weights so large that their sum overflows).
        case notFiniteResult(method: String)
    }

    public func text(in language: Language) -> String { wordedText(in: language) }

    public var description: String { text(in: .en) }
}

extension ScoringError.Reason {
    package func message(in language: Language) -> (String, String) {
        switch language {
        case .en: messages.en
        case .fi: messages.fi
        }
    }

    /// Every message in Finnish and English side by side: a new case cannot compile without both.
    private var messages: (fi: (String, String), en: (String, String)) {
        switch self {
        case .noAlternatives:
            (
                fi: ("matriisissa ei ole vaihtoehtoja", "lisää vähintään yksi rivi"),
                en: ("the matrix has no alternatives", "add at least one row")
            )
        case .noCriteria:
            (
                fi: ("matriisissa ei ole kriteerejä", "lisää vähintään yksi kriteerisarake"),
                en: ("the matrix has no criteria", "add at least one criterion column")
            )
        case let .rowLength(alternative, expected, found):
            (
                fi: ("rivillä '\(alternative)' on \(found) arvoa, ei \(expected)", "anna yksi arvo kutakin kriteeriä kohden"),
                en: ("row '\(alternative)' has \(found) values, not \(expected)", "give one value per criterion")
            )
        case let .notFinite(alternative, criterion):
            (
                fi: ("vaihtoehdon '\(alternative)' arvo kriteerillä '\(criterion)' ei ole äärellinen luku", "kirjoita tavallinen luku"),
                en: ("the value of '\(alternative)' on '\(criterion)' is not a finite number", "write a plain number")
            )
        case .duplicateAlternative(let id):
            (
                fi: ("vaihtoehto '\(id)' on kahdesti", "anna jokaiselle vaihtoehdolle oma nimi"),
                en: ("alternative '\(id)' appears twice", "give each alternative a unique name")
            )
        case .duplicateCriterion(let id):
            (
                fi: ("kriteeri '\(id)' on kahdesti", "anna jokaiselle kriteerille oma tunnus"),
                en: ("criterion '\(id)' appears twice", "give each criterion a unique id")
            )
        case let .negativeWeight(criterion, weight):
            (
                fi: (
                    "kriteerin '\(criterion)' paino \(formatted(weight)) on negatiivinen", "anna painoksi 0, jos kriteerillä ei ole painoa"
                ),
                en: ("criterion '\(criterion)' has negative weight \(formatted(weight))", "use 0 to give a criterion no weight")
            )
        case .allWeightsZero:
            (
                fi: ("kaikki painot ovat 0", "anna vähintään yhdelle kriteerille positiivinen paino"),
                en: ("every weight is 0", "give at least one criterion a positive weight")
            )
        case .allZeroCriterion(let id):
            (
                fi: (
                    "kaikkien vaihtoehtojen arvo kriteerillä '\(id)' on 0, joten sitä ei voi normalisoida",
                    "pisteytä vähintään yksi vaihtoehto kriteerillä '\(id)' tai poista kriteeri"
                ),
                en: (
                    "every alternative scores 0 on '\(id)', so it cannot be normalised",
                    "score at least one alternative on '\(id)', or remove the criterion"
                )
            )
        case let .notPositive(alternative, criterion, value):
            (
                fi: (
                    "vaihtoehdon '\(alternative)' arvo kriteerillä '\(criterion)' on \(formatted(value)); menetelmä vaatii positiiviset arvot",
                    "siirrä kriteerin asteikko positiiviseksi tai käytä menetelmää, joka hyväksyy nollan ja negatiiviset (TOPSIS, VIKOR, PROMETHEE)"
                ),
                en: (
                    "'\(alternative)' has \(formatted(value)) on '\(criterion)'; this method needs positive values",
                    "shift the criterion's scale to positive values, or use a method that accepts zero and negatives (TOPSIS, VIKOR, PROMETHEE)"
                )
            )
        case let .parameterOutOfRange(name, value, range):
            (
                fi: (
                    "\(name) \(formatted(value)) on välin \(formatted(range.lowerBound))–\(formatted(range.upperBound)) ulkopuolella",
                    "valitse \(name) väliltä \(formatted(range.lowerBound))–\(formatted(range.upperBound))"
                ),
                en: (
                    "\(name) \(formatted(value)) is outside \(formatted(range.lowerBound))–\(formatted(range.upperBound))",
                    "choose \(name) between \(formatted(range.lowerBound)) and \(formatted(range.upperBound))"
                )
            )
        case let .thresholdsOutOfOrder(criterion, q, p):
            (
                fi: (
                    "kriteerin '\(criterion)' indifferenssikynnys q = \(formatted(q)) on suurempi kuin preferenssikynnys p = \(formatted(p))",
                    "käytä 0 ≤ q < p"
                ),
                en: (
                    "criterion '\(criterion)' has indifference threshold q = \(formatted(q)) above preference threshold p = \(formatted(p))",
                    "use 0 ≤ q < p"
                )
            )
        case let .missingThreshold(criterion, name, function):
            (
                fi: (
                    "kriteeri '\(criterion)' käyttää preferenssifunktiota \(function), mutta kynnystä \(name) ei ole annettu",
                    "lisää kynnys \(name) kriteerille '\(criterion)'"
                ),
                en: (
                    "criterion '\(criterion)' uses the \(function) preference function but gives no \(name)",
                    "add the \(name) threshold for '\(criterion)'"
                )
            )
        case .noScale(let id):
            (
                fi: (
                    "kriteerillä '\(id)' ei ole asteikkoa, joten arvoja ei voi suhteuttaa siihen",
                    "käytä toista normalisointia (min-max, max, sum, vector tai none); asteikkonormalisointi on arviointikierroksille, joiden pisteet ovat välillä 0–5"
                ),
                en: (
                    "criterion '\(id)' has no scale, so its values cannot be read on it",
                    "use another normalisation (min-max, max, sum, vector or none); the scale normalisation is for rounds, whose scores are on 0–5"
                )
            )
        case let .outsideScale(alternative, criterion, value, low, high):
            (
                fi: (
                    "vaihtoehdon '\(alternative)' arvo kriteerillä '\(criterion)' on \(formatted(value)), asteikon \(formatted(low))–\(formatted(high)) ulkopuolella",
                    "korjaa arvo tai käytä normalisointia, joka ei oleta asteikkoa"
                ),
                en: (
                    "'\(alternative)' has \(formatted(value)) on '\(criterion)', outside its scale \(formatted(low))–\(formatted(high))",
                    "correct the value, or use a normalisation that does not assume the scale"
                )
            )
        case .outOfComputableRange(let id):
            (
                fi: (
                    "kriteerin '\(id)' arvot ovat liian suuria tai pieniä laskettaviksi (liukuluku ylivuotaa tai alivuotaa)",
                    "skaalaa kriteeri, esim. jaa sen arvot kymmenen potenssilla; kriteerin arvojen vaihteluvälin on oltava alle noin 1e300"
                ),
                en: (
                    "the values of '\(id)' are too large or too small to compute with (they overflow or underflow a double)",
                    "rescale the criterion, e.g. divide its values by a power of ten; the spread of a criterion must stay below about 1e300"
                )
            )
        case .notFiniteResult(let method):
            (
                fi: (
                    "menetelmän \(method) tulos ei ole äärellinen luku tällä matriisilla",
                    "skaalaa arvot tai painot tavanomaiseen suuruusluokkaan (painot skaalataan summaan 1, joten niiden summa ei saa ylivuotaa)"
                ),
                en: (
                    "\(method) gives a result that is not a finite number for this matrix",
                    "rescale the values or the weights to ordinary magnitudes (weights are scaled to sum to 1, so their sum must not overflow)"
                )
            )
        }
    }
}
