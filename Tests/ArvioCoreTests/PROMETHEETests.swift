import Testing

@testable import ArvioCore

struct PROMETHEETests {
    @Test(arguments: [
        PreferenceFunction.usual, .uShape(q: 1), .vShape(p: 2.5), .level(q: 1, p: 3), .linear(q: 0.5, p: 4),
    ])
    func sortedPrefixSumsEqualThePairwiseDefinition(function: PreferenceFunction) {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<50 {
            let values = (0..<40).map { _ in Double.random(in: -5...5, using: &generator) }

            let fast = PROMETHEE.flows(of: values, preference: function)
            let direct = PROMETHEE.pairwiseFlows(of: values, preference: function, tolerance: PROMETHEE.tolerance(of: values))

            for i in values.indices {
                #expect(abs(fast.plus[i] - direct.plus[i]) < 1e-9 && abs(fast.minus[i] - direct.minus[i]) < 1e-9, "\(function)")
            }
        }
    }

    @Test func tiesAndIntegerDifferencesAtTheThresholdsCountAsTheDefinitionSays() {
        let values: [Double] = [0, 1, 1, 2, 3, 3, 5]
        for function in [PreferenceFunction.uShape(q: 1), .level(q: 1, p: 2), .linear(q: 1, p: 2), .vShape(p: 2)] {
            let fast = PROMETHEE.flows(of: values, preference: function)
            let direct = PROMETHEE.pairwiseFlows(of: values, preference: function, tolerance: PROMETHEE.tolerance(of: values))

            #expect(fast.plus == direct.plus && fast.minus == direct.minus, "\(function)")
        }
    }

    @Test func preferenceDegreesFollowBransAndVincke() {
        #expect(PreferenceFunction.level(q: 1, p: 3).degree(2) == 0.5)
        #expect(PreferenceFunction.linear(q: 1, p: 3).degree(2) == 0.5)
        #expect(PreferenceFunction.vShape(p: 4).degree(1) == 0.25)
        #expect(abs(PreferenceFunction.gaussian(s: 1).degree(1) - (1 - 0.606_530_659_712_633_4)) < 1e-15)
        #expect(PreferenceFunction.uShape(q: 1).degree(1) == 0 && PreferenceFunction.uShape(q: 1).degree(1.01) == 1)
    }

    @Test func costCriteriaAndNegativeValuesAreAllowed() throws {
        let matrix = ReferenceCase.matrix([[-3, 2], [-1, 5], [-2, 1]], weights: [1, 1], directions: [.cost, .benefit])

        let ranking = try PROMETHEE().ranking(of: matrix)

        // By hand (usual, weights ½ each): φ⁺ = (0.75, 0.5, 0.25), φ⁻ = (0.25, 0.5, 0.75), so φ = (0.5, 0, −0.5).
        #expect(zip(ranking.scores, [0.5, 0, -0.5]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(ranking.ranks == [1, 2, 3])
    }

    @Test func prometheeIOrdersOnlyWhereBothFlowsAgree() throws {
        // By hand (usual): φ⁺ = (0.4333, 0.3667, 0.6, 0.1167), φ⁻ = (0.5667, 0.2667, 0.1667, 0.5167). a0 leaves more
        // but is also entered more than a1: incomparable, though PROMETHEE II ranks them.
        let matrix = ReferenceCase.matrix([[1, 0, 2], [0, 3, 3], [3, 3, 1], [0, 3, 0]], weights: [0.4, 0.35, 0.25])
        let ranking = try PROMETHEE().ranking(of: matrix)

        #expect(PROMETHEE.partialRelation(0, 1, in: ranking) == .incomparable)
        #expect(PROMETHEE.partialRelation(2, 3, in: ranking) == .preferred)
        #expect(PROMETHEE.partialRelation(3, 2, in: ranking) == .dispreferred)
        #expect(PROMETHEE.partialRelation(1, 1, in: ranking) == .indifferent)
    }
}
