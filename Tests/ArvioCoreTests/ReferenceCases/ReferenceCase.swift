import Testing

@testable import ArvioCore

/// A worked example from the literature: the matrix, what the source prints, and the source's precision.
struct ReferenceCase: CustomTestStringConvertible, Sendable {
    /// A key of docs/references.bib, with the table or page.
    let source: String
    let matrix: DecisionMatrix
    /// Printed values, in the alternatives' order.
    let expected: [String: [Double]]
    let ranks: [Int]
    let tolerance: Double
    /// The normalisation the source's numbers need, for methods that take one.
    var normalization: Normalization? = nil

    var testDescription: String { source }

    static func matrix(
        _ rows: [[Double]], weights: [Double], directions: [Direction]? = nil, preferences: [PreferenceFunction]? = nil,
        alternatives: [String]? = nil
    ) -> DecisionMatrix {
        let criteria = weights.indices.map { j in
            MatrixCriterion(
                id: "c\(j + 1)", weight: weights[j], direction: directions?[j] ?? .benefit, preference: preferences?[j] ?? .usual)
        }
        let names = alternatives ?? rows.indices.map { "A\($0 + 1)" }
        // The literature's tables are valid matrices; a failure here is a typo in the test, so it may trap.
        return try! DecisionMatrix(alternatives: names, criteria: criteria, values: rows)
    }
}
