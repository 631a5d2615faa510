import Testing

@testable import ArvioCore

struct DegenerateDataTests {
    static let origin = SourceLocation(file: "c.csv", line: 3)

    @Test func allZeroColumnNamesTheCriterionAndItsFile() throws {
        let price = MatrixCriterion(id: "price", weight: 1, origin: Self.origin)
        let matrix = try DecisionMatrix(alternatives: ["a", "b"], criteria: [price], values: [[0], [0]])

        #expect(throws: ScoringError.self) { try TOPSIS().ranking(of: matrix) }
        do { _ = try TOPSIS().ranking(of: matrix) } catch {
            #expect(
                error.description == """
                    c.csv:3: error: every alternative scores 0 on 'price', so it cannot be normalised
                      help: score at least one alternative on 'price', or remove the criterion
                    """)
        }
    }

    @Test func constantColumnsAndASingleAlternativeGiveNumbersAndNotes() throws {
        let criteria = [MatrixCriterion(id: "u", weight: 1), MatrixCriterion(id: "t", weight: 1)]
        let constant = try DecisionMatrix(alternatives: ["a", "b"], criteria: criteria, values: [[3, 3], [3, 3]])
        let single = try DecisionMatrix(alternatives: ["only"], criteria: criteria, values: [[2, 4]])
        let methods: [any ScoringMethod] = [
            WeightedSum(), WeightedProduct(), TOPSIS(), TOPSIS(normalization: .minMax), VIKOR(), PROMETHEE(),
        ]

        for method in methods {
            for matrix in [constant, single] {
                let ranking = try method.ranking(of: matrix)
                let finite =
                    ranking.scores.allSatisfy { $0.isFinite } && ranking.details.values.allSatisfy { $0.allSatisfy { $0.isFinite } }
                #expect(finite, "\(method.name)")
                #expect(Set(ranking.ranks) == [1], "\(method.name): identical alternatives tie")
            }
        }
        let vikorNotes = try VIKOR().ranking(of: constant).notes
        let topsisNotes = try TOPSIS().ranking(of: constant).notes

        #expect(vikorNotes.contains(.everySEqual))
        #expect(topsisNotes == [.everyAlternativeIdentical])
    }

    @Test func badMatricesAreRefusedWithTheReason() {
        let a = MatrixCriterion(id: "a", weight: 1)
        func reason(_ build: () throws -> DecisionMatrix) -> ScoringError.Reason? {
            do {
                _ = try build()
                return nil
            } catch let error as ScoringError {
                return error.reason
            } catch {
                return nil
            }
        }

        #expect(reason { try DecisionMatrix(alternatives: [], criteria: [a], values: []) } == .noAlternatives)
        #expect(
            reason { try DecisionMatrix(alternatives: ["x"], criteria: [a], values: [[1, 2]]) }
                == .rowLength(alternative: "x", expected: 1, found: 2))
        #expect(
            reason { try DecisionMatrix(alternatives: ["x"], criteria: [a], values: [[.nan]]) }
                == .notFinite(alternative: "x", criterion: "a"))
        #expect(reason { try DecisionMatrix(alternatives: ["x", "x"], criteria: [a], values: [[1], [2]]) } == .duplicateAlternative("x"))
        #expect(
            reason { try DecisionMatrix(alternatives: ["x"], criteria: [MatrixCriterion(id: "a", weight: 0)], values: [[1]]) }
                == .allWeightsZero)
        #expect(
            reason { try DecisionMatrix(alternatives: ["x"], criteria: [MatrixCriterion(id: "a", weight: -1)], values: [[1]]) }
                == .negativeWeight(criterion: "a", weight: -1))
        #expect(
            reason {
                try DecisionMatrix(
                    alternatives: ["x"], criteria: [MatrixCriterion(id: "a", weight: 1, preference: .linear(q: 2, p: 1))], values: [[1]])
            }
                == .thresholdsOutOfOrder(criterion: "a", q: 2, p: 1))
    }

    @Test func weightedProductRefusesZeroAndNegativeValues() throws {
        let matrix = try DecisionMatrix(alternatives: ["x", "y"], criteria: [MatrixCriterion(id: "a", weight: 1)], values: [[2], [0]])

        #expect(throws: ScoringError(.notPositive(alternative: "y", criterion: "a", value: 0))) {
            try WeightedProduct().ranking(of: matrix)
        }
    }

    @Test func vikorRefusesVOutsideZeroToOne() throws {
        let matrix = try DecisionMatrix(alternatives: ["x"], criteria: [MatrixCriterion(id: "a", weight: 1)], values: [[2]])

        #expect(throws: ScoringError(.parameterOutOfRange(name: "v", value: 1.5, range: 0...1))) { try VIKOR(v: 1.5).ranking(of: matrix) }
    }

    @Test func zeroWeightCriteriaAreIgnoredNotDividedBy() throws {
        let criteria = [MatrixCriterion(id: "a", weight: 1), MatrixCriterion(id: "b", weight: 0)]
        let matrix = try DecisionMatrix(alternatives: ["x", "y"], criteria: criteria, values: [[1, 9], [2, 1]])

        for method in [WeightedSum(), TOPSIS(), VIKOR(), PROMETHEE()] as [any ScoringMethod] {
            #expect(try method.ranking(of: matrix).ranks == [2, 1], "\(method.name)")
        }
    }
}
