import Testing

@testable import ArvioCore

struct WeightStabilityTests {
    /// A = (1, 0), B = (0, 1), C = (0.5, 0.5) with weights 0.6 / 0.4: scores A 0.6, C 0.5, B 0.4. Moving w₁ to t
    /// (w₂ = 1 − t) gives A = t, B = 1 − t, C = 0.5, so A leads exactly for t ≥ 0.5, and below 0.5 B leads (it gains
    /// faster than C as t falls). Computed by hand.
    static func handExample() throws -> AdditiveModel {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B", "C"], criteria: [MatrixCriterion(id: "c1", weight: 0.6), MatrixCriterion(id: "c2", weight: 0.4)],
            values: [[1, 0], [0, 1], [0.5, 0.5]])
        return try AdditiveModel(matrix)
    }

    @Test func intervalsOfTheHandExample() throws {
        let stability = WeightStability(try Self.handExample())

        #expect(stability.leader == "A")
        #expect(stability.order == [0, 2, 1])
        let (first, second) = (stability.intervals[0], stability.intervals[1])
        #expect(first.parameter.id == "c1" && abs(first.parameter.current - 0.6) < 1e-12)
        #expect(abs(first.winner.lowerBound - 0.5) < 1e-12 && first.winner.upperBound == 1)
        #expect(first.winnerBelow == "B" && first.winnerAbove == nil)
        #expect(abs(first.ranking.lowerBound - 0.5) < 1e-12 && first.ranking.upperBound == 1)
        #expect(second.winner.lowerBound == 0 && abs(second.winner.upperBound - 0.5) < 1e-12)
        #expect(second.winnerAbove == "B" && second.winnerBelow == nil)
        let change = try #require(stability.smallestChange)
        #expect(abs(change.distance - 0.1) < 1e-12 && change.newLeader == "B")
    }

    @Test func aTieNowLeavesNoRoomOnOneSide() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["A", "B"], criteria: [MatrixCriterion(id: "c1", weight: 0.5), MatrixCriterion(id: "c2", weight: 0.5)],
            values: [[1, 0], [0, 1]])

        let interval = WeightStability(try AdditiveModel(matrix)).intervals[0]

        #expect(interval.winner == 0.5...1)
        #expect(interval.winnerBelow == "B")
    }

    /// The exact intervals agree with recomputing the scores on a grid of weights, for areas and for criteria within
    /// areas, on seeded random problems.
    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func exactIntervalsAgreeWithAGrid(seed: UInt64) throws {
        let model = try Self.randomModel(seed: seed, alternatives: 5, lowestWeight: 0.2, groups: [[0, 1, 2], [3, 4], [5]])
        let stability = WeightStability(model)
        let leader = stability.order[0]

        for interval in stability.intervals {
            for step in 0...200 {
                let t = Double(step) / 200
                let scores = model.scores(weights: Self.moved(model, interval.parameter, to: t))
                let best = scores.max()!
                let margin = 1e-9
                if t > interval.winner.lowerBound + margin, t < interval.winner.upperBound - margin {
                    #expect(scores[leader] >= best - 1e-12, "\(interval.parameter.id) at \(t)")
                } else if t < interval.winner.lowerBound - margin || t > interval.winner.upperBound + margin {
                    #expect(scores[leader] < best, "\(interval.parameter.id) at \(t)")
                    let expected = t < interval.winner.lowerBound ? interval.winnerBelow : interval.winnerAbove
                    if abs(t - (t < interval.winner.lowerBound ? interval.winner.lowerBound : interval.winner.upperBound)) < 0.006 {
                        #expect(model.alternatives[scores.firstIndex(of: best)!] == expected)
                    }
                }
            }
        }
    }

    /// The lines every interval is cut from (sums shared across a group's criteria, the fast path) against the plain
    /// oracle: each alternative's score recomputed from scratch with the weight moved to t, for areas and criteria.
    @Test(arguments: [7, 8, 9] as [UInt64])
    func theLinesAreTheScoresWithTheWeightMoved(seed: UInt64) throws {
        let m = 7
        let model = try Self.randomModel(seed: seed, alternatives: m, lowestWeight: 0.05, groups: [[0, 4, 2], [3, 1, 8, 7], [5, 6]])
        let lines = WeightStability.lines(model)
        #expect(lines.count == 3 + 9)
        for (parameter, a, b) in lines {
            for t in [0, 0.3, 0.75, 1.0] {
                let scores = model.scores(weights: Self.moved(model, parameter, to: t))
                for i in 0..<m { #expect(abs(a[i] + b[i] * t - scores[i]) < 1e-12, "\(parameter.id) at \(t), a\(i)") }
            }
        }
    }

    /// A seeded random problem: criteria c0… with weights in `lowestWeight…1` in the groups G1, G2, … (columns), and
    /// `alternatives` rows a0… of scores 0–5.
    static func randomModel(seed: UInt64, alternatives m: Int, lowestWeight: Double, groups: [[Int]]) throws -> AdditiveModel {
        var random = SplitMix64(seed: seed)
        let n = groups.joined().count
        let criteria = (0..<n).map { MatrixCriterion(id: "c\($0)", weight: Double.random(in: lowestWeight...1, using: &random)) }
        let values = (0..<m).map { _ in (0..<n).map { _ in Double(Int.random(in: 0...5, using: &random)) } }
        let matrix = try DecisionMatrix(alternatives: (0..<m).map { "a\($0)" }, criteria: criteria, values: values)
        return try AdditiveModel(
            matrix, groups: groups.enumerated().map { WeightGroup(id: "G\($0.offset + 1)", columns: $0.element) })
    }

    /// The weights after moving one parameter to `t`, the others of its level rescaled proportionally.
    static func moved(_ model: AdditiveModel, _ parameter: WeightParameter, to t: Double) -> [Double] {
        var weights = model.weights
        let groupWeights = model.groupWeights
        if let within = parameter.within {
            let group = model.groups.first { $0.id == within }!
            let j = model.criteria.firstIndex(of: parameter.id)!
            let groupWeight = groupWeights[model.groups.firstIndex(of: group)!]
            let local = model.localWeights
            for k in group.columns {
                weights[k] = k == j ? groupWeight * t : groupWeight * local[k] * (1 - t) / (1 - local[j])
            }
        } else {
            let g = model.groups.firstIndex { $0.id == parameter.id }!
            for (index, group) in model.groups.enumerated() {
                for k in group.columns {
                    weights[k] = index == g ? weights[k] * t / groupWeights[g] : weights[k] * (1 - t) / (1 - groupWeights[g])
                }
            }
        }
        return weights
    }
}
