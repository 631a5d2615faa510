/// A choice a method made, stated with every result (``Ranking/parameters``). The core names the choice; the views
/// word it in the reader's language, and machine formats write ``key`` and ``value``.
public enum RankingParameter: Hashable, Sendable, Codable {
    /// How each criterion's values were made comparable.
    case normalization(Normalization)
    /// The weighted product uses the values as they are, on a ratio scale.
    case ratioScale
    /// The weights were divided by their sum.
    case weightsScaledToSumOne
    /// TOPSIS measures Euclidean distances to the ideal and the anti-ideal.
    case euclideanDistance
    /// VIKOR's weight of the strategy of the majority of criteria.
    case v(Double)
    /// PROMETHEE's preference function of each criterion, in the matrix's order.
    case preferenceFunctions([CriterionPreference])
    /// PROMETHEE: a difference within this share of the criterion's largest |value| of a threshold counts as equal to
    /// it (``PROMETHEE/thresholdTolerance``).
    case thresholdTolerance(Double)
    /// AHP ratings: the idealised priority of each level 0…L.
    case levelPriorities([Double])
    /// A consensus ranking: the mean rank over these methods.
    case meanRank(over: [MethodName])

    /// A criterion and its preference function.
    public struct CriterionPreference: Hashable, Sendable, Codable {
        public var criterion: String
        public var function: PreferenceFunction

        public init(criterion: String, function: PreferenceFunction) {
            self.criterion = criterion
            self.function = function
        }
    }

    /// The parameter's name in machine formats (JSON, XMCDA comments).
    public var key: String {
        switch self {
        case .normalization, .ratioScale: "normalization"
        case .weightsScaledToSumOne: "weights"
        case .euclideanDistance: "distance"
        case .v: "v"
        case .preferenceFunctions: "preference functions"
        case .thresholdTolerance: "thresholds"
        case .levelPriorities: "level priorities (idealised)"
        case .meanRank: "consensus"
        }
    }

    /// The parameter's value in machine formats: ids and numbers, in English where words are needed.
    public var value: String {
        switch self {
        case .normalization(let normalization): normalization.rawValue
        case .ratioScale: "none (ratio scale)"
        case .weightsScaledToSumOne: "scaled to sum to 1"
        case .euclideanDistance: "euclidean"
        case .v(let v): formatted(v)
        case .preferenceFunctions(let functions):
            functions.map { "\($0.criterion): \($0.function.code)" }.joined(separator: "; ")
        case .thresholdTolerance(let tolerance):
            "a difference within \(tolerance) × the criterion's largest |value| of a threshold counts as equal to it"
        case .levelPriorities(let priorities): priorities.map { formatted($0) }.joined(separator: ", ")
        case .meanRank(let methods): "mean rank over \(methods.map(\.rawValue).joined(separator: ", "))"
        }
    }
}

/// Something about the data a method met and how it handled it, stated beside its result (``Ranking/notes``).
public enum RankingNote: Hashable, Sendable, Codable {
    /// The weighted sum: a criterion with the same value for every alternative does not discriminate.
    case doesNotDiscriminate(criterion: String)
    /// VIKOR: a criterion with the same value for every alternative contributes 0 to S and R.
    case contributesNothingToSAndR(criterion: String)
    /// VIKOR: every S is equal, so the S term of Q is 0.
    case everySEqual
    /// VIKOR: every R is equal, so the R term of Q is 0.
    case everyREqual
    /// TOPSIS: every alternative is identical, so each closeness is 0.5.
    case everyAlternativeIdentical
    /// PROMETHEE: a single alternative has no one to outrank; its flows are 0.
    case singleAlternative

    /// The note in English, for machine formats.
    public var value: String {
        switch self {
        case .doesNotDiscriminate(let criterion): "'\(criterion)' is the same for every alternative and does not discriminate"
        case .contributesNothingToSAndR(let criterion):
            "'\(criterion)' is the same for every alternative and contributes 0 to S and R"
        case .everySEqual: "every S is equal; the S term of Q is 0"
        case .everyREqual: "every R is equal; the R term of Q is 0"
        case .everyAlternativeIdentical: "every alternative is identical; each closeness is 0.5"
        case .singleAlternative: "a single alternative has no one to outrank; its flows are 0"
        }
    }
}

extension PreferenceFunction {
    /// The function as the criteria file writes it, with its thresholds: `usual`, `u-shape q=0.5`.
    public var code: String {
        switch self {
        case .usual: "usual"
        case .uShape(let q): "u-shape q=\(formatted(q))"
        case .vShape(let p): "v-shape p=\(formatted(p))"
        case .level(let q, let p): "level q=\(formatted(q)) p=\(formatted(p))"
        case .linear(let q, let p): "linear q=\(formatted(q)) p=\(formatted(p))"
        case .gaussian(let s): "gaussian s=\(formatted(s))"
        }
    }
}
