import Testing

@testable import ArvioCore

struct AHPGroupTests {
    /// prize2015: Dargahi, D. (2015–2020), Prize: an R package for prioritization estimation based on analytic hierarchy
    /// process, Bioconductor — the four decision makers of its extdata (ind1.tsv … ind4.tsv, upper triangles; 0.8 is
    /// person 2's judgement) and the printed results of its `gaggregate(method = "geometric")` examples (man/AIJ.Rd and
    /// man/IP.Rd): the aggregated group matrix (AIJ) and the individual priorities, to their printed digits. Prize's
    /// individual priorities are the row geometric means (they differ from the principal eigenvector's in the fourth
    /// digit), so they are compared with Arvio's `geometric` prioritisation.
    static let items = ["Tumor_expression", "Normal_expression", "Frequency", "Epitopes"]
    static let upper: [[Double]] = [[2, 4, 5, 3, 4, 2], [0.8, 2, 4, 5, 7, 2], [2, 3, 5, 3, 5, 2], [5, 6, 7, 4, 6, 1]]

    static func person(_ upper: [Double]) throws -> AHP {
        var judgements = [[Double]](repeating: [Double](repeating: 0, count: 4), count: 4)
        var k = 0
        for i in 0..<4 {
            judgements[i][i] = 1
            for j in (i + 1)..<4 {
                judgements[i][j] = upper[k]
                k += 1
            }
        }
        return try AHP(ids: items, judgements: judgements)
    }

    @Test func aijReproducesPrizesFourDecisionMakers() throws {
        let group = try AHPGroup(try Self.upper.map(Self.person))
        let aij = try group.groupJudgements().judgements
        let printed: [[Double]] = [
            [1.0000000, 2.0000000, 3.4641016, 5.143687],
            [0.5000000, 1.0000000, 3.6628415, 5.383563],
            [0.2886751, 0.2730121, 1.0000000, 1.681793],
            [0.1944131, 0.1857506, 0.5946036, 1.000000],
        ]
        for i in 0..<4 {
            for j in 0..<4 { #expect(abs(aij[i][j] - printed[i][j]) < 5e-7, "\(i), \(j)") }
        }
        let result = try group.result(.judgements, prioritization: .geometricMean)
        let individual: [[Double]] = [
            [0.4915181, 0.3058879, 0.12487821, 0.07771583], [0.3060687, 0.4949012, 0.12868606, 0.07034399],
            [0.4627138, 0.3271881, 0.13574662, 0.07435149],
        ]
        for (person, weights) in individual.enumerated() {
            #expect(zip(result.individuals[person].weights, weights).allSatisfy { abs($0 - $1) < 5e-8 }, "person \(person + 1)")
        }
        #expect(result.aggregation.abbreviation == "AIJ" && result.group != nil)
        #expect(result.weights == result.group?.weights)
    }

    /// Properties: identical people give their own weights under both rules; someone of importance 0 changes nothing;
    /// the order in which a person lists the items does not matter; AIP is the normalised geometric mean.
    @Test func groupsOfTheSameOrOfTheUnheardChangeNothing() throws {
        let one = try Self.person(Self.upper[0])
        let alone = try one.priorities()
        for aggregation in AHPGroup.Aggregation.allCases {
            let same = try AHPGroup([one, one, one]).result(aggregation)
            #expect(zip(same.weights, alone.weights).allSatisfy { abs($0 - $1) < 1e-12 }, "\(aggregation)")
            let unheard = try AHPGroup([one, try Self.person(Self.upper[3])], importance: [2, 0]).result(aggregation)
            #expect(zip(unheard.weights, alone.weights).allSatisfy { abs($0 - $1) < 1e-12 }, "\(aggregation)")
        }
        let reversed = try AHP(ids: one.ids.reversed(), judgements: one.judgements.reversed().map { $0.reversed() })
        let reordered = try AHPGroup([one, reversed]).result(.judgements)
        #expect(zip(reordered.weights, alone.weights).allSatisfy { abs($0 - $1) < 1e-12 })

        let two = try AHPGroup([one, try Self.person(Self.upper[1])]).result(.priorities)
        let products = zip(two.individuals[0].weights, two.individuals[1].weights).map { ($0 * $1).squareRoot() }
        let total = products.reduce(0, +)
        #expect(zip(two.weights, products.map { $0 / total }).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(two.group == nil && two.aggregation.abbreviation == "AIP")
    }

    @Test func someoneComparingOtherItemsOrAnUnusableImportanceIsNamed() throws {
        let one = try Self.person(Self.upper[0])
        let other = try AHP(ids: ["a", "b"], judgements: [[1, 2], [0.5, 1]])
        #expect(throws: WeightingError(.differentItems(person: 2, expected: Self.items, found: ["a", "b"]))) {
            try AHPGroup([one, other])
        }
        #expect(throws: WeightingError(.importance(person: 2, value: -1))) { try AHPGroup([one, one], importance: [1, -1]) }
        #expect(throws: WeightingError(.importance(person: nil, value: 0))) { try AHPGroup([one, one], importance: [0, 0]) }
    }
}
