/// A multi-criteria method. Conformers hold only parameters; ``ranking(of:)`` is pure.
public protocol ScoringMethod: Sendable {
    var name: MethodName { get }
    /// - Throws: ``ScoringError`` when the matrix does not suit the method.
    func ranking(of matrix: DecisionMatrix) throws(ScoringError) -> Ranking
}

/// The methods by the names the command line, files and reports use.
public enum MethodName: String, Hashable, Sendable, CaseIterable, Codable {
    case weightedSum = "weighted-sum"
    case weightedProduct = "weighted-product"
    case topsis
    case vikor
    case prometheeII = "promethee-ii"
    case ahpRatings = "ahp-ratings"

    /// The methods a comparison runs when none is named: all but AHP ratings, which needs values on its rating levels.
    public static let compared: [MethodName] = [.weightedSum, .weightedProduct, .topsis, .vikor, .prometheeII]

    /// The method with its parameters: the one place that knows how to make each, so a new case must be added here.
    public func makeMethod(_ parameters: MethodParameters = MethodParameters()) -> any ScoringMethod {
        switch self {
        case .weightedSum: WeightedSum(normalization: parameters.weightedSumNormalization)
        case .weightedProduct: WeightedProduct()
        case .topsis: TOPSIS(normalization: parameters.topsisNormalization)
        case .vikor: VIKOR(v: parameters.v)
        case .prometheeII: PROMETHEE()
        case .ahpRatings: parameters.levelPriorities.map(AHPRatings.init(levelPriorities:)) ?? AHPRatings()
        }
    }
}

/// The choices a user can make for the methods (`arvio rank`'s options), each with the methods' own default.
public struct MethodParameters: Hashable, Sendable {
    public var weightedSumNormalization: Normalization
    public var topsisNormalization: Normalization
    /// VIKOR's weight of the strategy of the majority of criteria.
    public var v: Double
    /// AHP ratings: the priority of each level 0…L; nil for linear priorities on 0–5.
    public var levelPriorities: [Double]?

    public init(
        weightedSumNormalization: Normalization = .minMax, topsisNormalization: Normalization = .vector, v: Double = 0.5,
        levelPriorities: [Double]? = nil
    ) {
        self.weightedSumNormalization = weightedSumNormalization
        self.topsisNormalization = topsisNormalization
        self.v = v
        self.levelPriorities = levelPriorities
    }
}

extension ScoringMethod {
    /// Refuses a result that is not finite (values or weights whose arithmetic overflowed), naming the method.
    func requireFinite(_ values: [Double]) throws(ScoringError) {
        guard values.allSatisfy(\.isFinite) else { throw ScoringError(.notFiniteResult(method: name.rawValue)) }
    }
}

/// A method that could not rank a matrix, and why (e.g. the weighted product meeting a 0). Outputs state it beside
/// the methods that did rank; it is not an error of the command.
public struct MethodLeftOut: Hashable, Sendable {
    public var method: MethodName
    public var error: ScoringError

    public init(method: MethodName, error: ScoringError) {
        self.method = method
        self.error = error
    }
}

/// Several methods run on one matrix.
public enum MethodComparison {
    /// Every method's ranking under one tie rule, and the methods that could not take the matrix.
    public static func rankings(of matrix: DecisionMatrix, by methods: [any ScoringMethod], tieTolerance: Double = 0) -> (
        rankings: [Ranking], leftOut: [MethodLeftOut]
    ) {
        var rankings: [Ranking] = []
        var leftOut: [MethodLeftOut] = []
        for method in methods {
            switch Result(catching: { () throws(ScoringError) in try method.ranking(of: matrix) }) {
            case .success(let ranking): rankings.append(tieTolerance > 0 ? ranking.tied(within: tieTolerance) : ranking)
            case .failure(let error): leftOut.append(MethodLeftOut(method: method.name, error: error))
            }
        }
        return (rankings, leftOut)
    }
}
