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
}
