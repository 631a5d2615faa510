import Testing

@testable import ArvioCore

/// Numbers out of the ordinary range give the ordinary answer or a refusal, never a wrong answer: every method on a
/// matrix scaled by 1e-300 … 1e300 (with its thresholds scaled alike) and with weights scaled by 1e-300 … 1e300 ranks
/// as it does at the ordinary scale, with every score finite and PROMETHEE's flows within [0, 1] — or throws.
struct ExtremeMagnitudeTests {
    static let magnitudes: [Double] = [1e-300, 1e-200, 1e-100, 1e17, 1e100, 1e154, 1e200, 1e300]

    static func scaled(_ matrix: DecisionMatrix, values factor: Double, weights weightFactor: Double) throws -> DecisionMatrix {
        let criteria = matrix.criteria.map { criterion -> MatrixCriterion in
            var criterion = criterion
            criterion.weight *= weightFactor
            switch criterion.preference {
            case .usual: break
            case .uShape(let q): criterion.preference = .uShape(q: q * factor)
            case .vShape(let p): criterion.preference = .vShape(p: p * factor)
            case let .level(q, p): criterion.preference = .level(q: q * factor, p: p * factor)
            case let .linear(q, p): criterion.preference = .linear(q: q * factor, p: p * factor)
            case .gaussian(let s): criterion.preference = .gaussian(s: s * factor)
            }
            return criterion
        }
        let values = (0..<matrix.rowCount).map { i in (0..<matrix.columnCount).map { matrix[i, $0] * factor } }
        return try DecisionMatrix(alternatives: matrix.alternatives, criteria: criteria, values: values)
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7, 8])
    func extremeValuesAndWeightsRankAsOrdinaryOnesOrAreRefused(methodIndex: Int) throws {
        let method = MethodPropertyTests.methods[methodIndex]
        var computed = 0, refused: [String] = []
        for seed in 1...8 as ClosedRange<UInt64> {
            let matrix = MethodPropertyTests.randomMatrix(seed: seed)
            let ordinary = try method.ranking(of: matrix)
            for magnitude in Self.magnitudes + [1] {
                for weightFactor in [1e-300, 1.0, 1e300] where magnitude != 1 || weightFactor != 1 {
                    let extreme = try Self.scaled(matrix, values: magnitude, weights: weightFactor)
                    let ranking: Ranking
                    do {
                        ranking = try method.ranking(of: extreme)
                    } catch {
                        refused.append("×\(magnitude) weights ×\(weightFactor): \(error.reason)")
                        continue  // refused with its reason: allowed
                    }
                    computed += 1
                    let context = "\(method.name) seed \(seed) ×\(magnitude) weights ×\(weightFactor)"
                    #expect(ranking.scores.allSatisfy { $0.isFinite }, "\(context): \(ranking.scores)")
                    for (name, values) in ranking.details { #expect(values.allSatisfy { $0.isFinite }, "\(context): \(name) \(values)") }
                    #expect(ranking.ranks == ordinary.ranks, "\(context)")
                    if method is PROMETHEE {
                        for flow in (ranking.details["phiPlus"] ?? []) + (ranking.details["phiMinus"] ?? []) {
                            #expect((0...1).contains(flow), "\(context): φ = \(flow)")
                        }
                    }
                }
            }
        }
        // The extremes are computed, not merely refused.
        #expect(refused.isEmpty, "\(method.name): \(Set(refused).sorted())")
        #expect(computed == 8 * ((Self.magnitudes.count + 1) * 3 - 1))
    }
}
