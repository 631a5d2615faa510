/// Sensitivity options the analysis cannot take: unknown weight names, constraints no weight vector meets.
public struct SensitivityError: UserFacingError, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation?
    public var reason: Reason

    public init(at location: SourceLocation? = nil, _ reason: Reason) {
        self.location = location
        self.reason = reason
    }

    public enum Reason: Hashable, Sendable {
        /// A constraint names a weight that is not in the model.
        case unknownWeight(String, known: [String])
        /// A bound outside 0…1 or with its ends reversed.
        case badBound(weight: String, lower: Double, upper: Double)
        /// No weight vector on the simplex meets the bounds (their lower ends sum past 1, or upper ends below 1).
        case infeasibleBounds(lowerSum: Double, upperSum: Double)
        /// Rejection sampling accepted too few draws: the constraints leave too small a part of the simplex.
        case constraintsTooNarrow(accepted: Int, attempts: Int)
        case sampleCount(Int)
        case repeatedInOrder(String)
        /// A draw of the assessors' values the normalisation cannot take.
        case scoring(ScoringError.Reason)
        /// Stakeholders' weights as a hull together with bounds or an order.
        case hullWithConstraints
        /// The hull's vertex (from 1) is not a weight vector over the model's groups.
        case badHullVertex(Int, expected: Int, found: Int)
    }

    public func text(in language: Language) -> String { wordedText(in: language) }

    public var description: String { text(in: .en) }
}

extension SensitivityError: WordedError {}
extension SensitivityError.Reason: LocalizedReason {
    package func message(in language: Language) -> (String, String) {
        switch language {
        case .en: messages.en
        case .fi: messages.fi
        }
    }

    /// Every message in Finnish and English side by side: a new case cannot compile without both.
    private var messages: (fi: (String, String), en: (String, String)) {
        switch self {
        case let .unknownWeight(name, known):
            (
                fi: (
                    "painoa '\(name)' ei ole",
                    (nearest(to: name, in: known).map { "tarkoititko '\($0)'? " } ?? "") + "painot ovat: \(known.joined(separator: ", "))"
                ),
                en: (
                    "there is no weight '\(name)'",
                    (nearest(to: name, in: known).map { "did you mean '\($0)'? " } ?? "")
                        + "the weights are: \(known.joined(separator: ", "))"
                )
            )
        case .hullWithConstraints:
            (
                fi: (
                    "sidosryhmien painojen peite ei yhdisty rajoihin eikä järjestykseen",
                    "anna joko sidosryhmien painot tai rajat ja järjestyksen"
                ),
                en: (
                    "the stakeholders' weights as a hull do not combine with bounds or an order",
                    "give either the stakeholders' weights or bounds and an order"
                )
            )
        case let .badHullVertex(index, expected, found):
            (
                fi: (
                    "sidosryhmän \(index) painovektorissa on \(found) painoa, mallissa \(expected), tai painot eivät ole ei-negatiivisia ja summaltaan positiivisia",
                    "anna jokaiselle sidosryhmälle paino jokaiselle mallin painolle"
                ),
                en: (
                    "stakeholder \(index)'s weight vector has \(found) weights for the model's \(expected), or they are not non-negative with a positive sum",
                    "give every stakeholder a weight for each of the model's weights"
                )
            )
        case let .badBound(weight, lower, upper):
            (
                fi: (
                    "painon '\(weight)' rajat \(formatted(lower, .fi))..\(formatted(upper, .fi)) eivät ole väli 0…1:n sisällä",
                    "kirjoita ne muodossa ala..ylä, 0 ≤ ala ≤ ylä ≤ 1, esim. \(weight)=0.1..0.4"
                ),
                en: (
                    "the bounds \(formatted(lower))..\(formatted(upper)) of '\(weight)' are not an interval within 0…1",
                    "write them as low..high with 0 ≤ low ≤ high ≤ 1, e.g. \(weight)=0.1..0.4"
                )
            )
        case let .infeasibleBounds(lowerSum, upperSum):
            (
                fi: (
                    "mikään painovektori ei täytä rajoja: alarajojen summa on \(formatted(lowerSum, .fi)) ja ylärajojen \(formatted(upperSum, .fi)), mutta painojen summa on 1",
                    "anna alarajoja, joiden summa on enintään 1, ja ylärajoja (rajaton paino: 1), joiden summa on vähintään 1"
                ),
                en: (
                    "no weights meet the bounds: the lower ends sum to \(formatted(lowerSum)) and the upper ends to \(formatted(upperSum)), but weights sum to 1",
                    "make the lower ends sum to at most 1 and the upper ends (1 for a weight without bounds) to at least 1"
                )
            )
        case let .constraintsTooNarrow(accepted, attempts):
            (
                fi: (
                    "painojen rajoitteet hyväksyvät vain \(accepted) / \(attempts) tasajakaumasta arvottua painovektoria",
                    "väljennä rajoja tai anna painojen järjestys kapeiden välien sijaan"
                ),
                en: (
                    "the weight constraints accept only \(accepted) of \(attempts) uniform draws",
                    "widen the bounds, or give an order instead of narrow intervals"
                )
            )
        case .sampleCount(let count):
            (
                fi: ("otoskoko \(count) ei ole välillä 1–100 000 000", "käytä esim. --samples 10000"),
                en: ("the sample count \(count) is not between 1 and 100,000,000", "use e.g. --samples 10000")
            )
        case .repeatedInOrder(let name):
            (
                fi: ("'\(name)' on järjestyksessä kahdesti", "nimeä kukin paino kerran, tärkein ensin"),
                en: ("'\(name)' appears twice in the order", "name each weight once, most important first")
            )
        case .scoring(let reason):
            (
                fi: reason.message(in: .fi),
                en: reason.message(in: .en)
            )
        }
    }
}
