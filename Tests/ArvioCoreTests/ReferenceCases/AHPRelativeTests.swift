import Testing

@testable import ArvioCore

struct AHPRelativeTests {
    /// A comparison from pairs "a over b = x" (the way the source lists them); the rest of the matrix from reciprocals.
    static func comparison(_ ids: [String], _ pairs: [(String, String, Double)]) throws -> AHP {
        var judgements = ids.map { row in ids.map { row == $0 ? 1.0 : 0 } }
        for (a, b, value) in pairs {
            let (i, j) = (ids.firstIndex(of: a)!, ids.firstIndex(of: b)!)
            judgements[i][j] = value
            judgements[j][i] = 1 / value
        }
        return try AHP(ids: ids, judgements: judgements)
    }

    /// saaty2005anp: Saaty, T. L. (2005), Theory and Applications of the Analytic Network Process, RWS Publications —
    /// the choice of a city to live in: five criteria compared pairwise, and the four cities under each; the global
    /// priorities Bethesda 0.229, Boston 0.275, Pittsburgh 0.385, Santa Fe 0.111 (distributive synthesis), as printed
    /// and as the AHPy package's test suite (tests/test_ahp.py, test_cities_weights_saaty_precision_3, and to four
    /// digits 0.2291, 0.2748, 0.3852, 0.1110) reproduces them.
    static func cities() throws -> AHPRelative {
        let criteria = try comparison(
            ["Culture", "Family", "Housing", "Jobs", "Transportation"],
            [
                ("Culture", "Housing", 3), ("Culture", "Transportation", 5), ("Family", "Culture", 5), ("Family", "Housing", 7),
                ("Family", "Transportation", 7), ("Housing", "Transportation", 3), ("Jobs", "Culture", 2), ("Jobs", "Housing", 4),
                ("Jobs", "Transportation", 7), ("Family", "Jobs", 1),
            ])
        let cities = ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"]
        return try AHPRelative(
            criteria: criteria,
            alternatives: [
                "Culture": try comparison(
                    cities,
                    [
                        ("Bethesda", "Pittsburgh", 1), ("Boston", "Bethesda", 2), ("Boston", "Pittsburgh", 2.5), ("Boston", "Santa Fe", 1),
                        ("Santa Fe", "Bethesda", 2), ("Santa Fe", "Pittsburgh", 2.5),
                    ]),
                "Family": try comparison(
                    cities,
                    [
                        ("Bethesda", "Boston", 2), ("Bethesda", "Santa Fe", 4), ("Boston", "Santa Fe", 2), ("Pittsburgh", "Bethesda", 3),
                        ("Pittsburgh", "Boston", 8), ("Pittsburgh", "Santa Fe", 9),
                    ]),
                "Housing": try comparison(
                    cities,
                    [
                        ("Bethesda", "Boston", 5), ("Bethesda", "Santa Fe", 2.5), ("Pittsburgh", "Bethesda", 2),
                        ("Pittsburgh", "Boston", 9),
                        ("Pittsburgh", "Santa Fe", 7), ("Santa Fe", "Boston", 4),
                    ]),
                "Jobs": try comparison(
                    cities,
                    [
                        ("Bethesda", "Pittsburgh", 3), ("Bethesda", "Santa Fe", 4), ("Boston", "Bethesda", 2), ("Boston", "Pittsburgh", 6),
                        ("Boston", "Santa Fe", 8), ("Pittsburgh", "Santa Fe", 1),
                    ]),
                "Transportation": try comparison(
                    cities,
                    [
                        ("Bethesda", "Boston", 1.5), ("Bethesda", "Santa Fe", 4), ("Boston", "Santa Fe", 2.5),
                        ("Pittsburgh", "Bethesda", 2),
                        ("Pittsburgh", "Boston", 3.5), ("Pittsburgh", "Santa Fe", 9),
                    ]),
            ])
    }

    @Test func distributiveSynthesisReproducesSaatysCities() throws {
        let result = try Self.cities().result()
        #expect(result.alternatives == ["Bethesda", "Boston", "Pittsburgh", "Santa Fe"])
        #expect(zip(result.scores, [0.2291, 0.2748, 0.3852, 0.1110]).allSatisfy { abs($0 - $1) < 0.00015 }, "\(result.scores)")
        #expect(abs(result.scores.reduce(0, +) - 1) < 1e-12)
        #expect(result.local.count == 5 && result.criteria.ids.count == 5)
    }

    /// Ideal synthesis keeps the order of the alternatives already there when a copy of one is added (Saaty's reason
    /// for it); distributive synthesis splits the copied one's priority and can reverse ranks. Checked on the cities.
    @Test func idealSynthesisKeepsTheOrderWhenACopyIsAdded() throws {
        let cities = try Self.cities()
        let before = try cities.result(.ideal)
        // A fifth city identical to Boston: compared with the others exactly as Boston is, and 1 with Boston.
        var copied: [String: AHP] = [:]
        for (criterion, comparison) in zip(cities.criteria.ids, cities.alternatives) {
            let boston = comparison.ids.firstIndex(of: "Boston")!
            var judgements = comparison.judgements.map { $0 + [$0[boston]] }
            judgements.append(judgements[boston])
            judgements[judgements.count - 1][judgements.count - 1] = 1
            copied[criterion] = try AHP(ids: comparison.ids + ["Boston 2"], judgements: judgements)
        }
        let after = try AHPRelative(criteria: cities.criteria, alternatives: copied).result(.ideal)
        let order = { (scores: [Double]) in (0..<4).sorted { scores[$0] > scores[$1] } }
        #expect(order(Array(after.scores.prefix(4))) == order(before.scores))
        #expect(abs(after.scores[1] - after.scores[4]) < 1e-12)
    }

    /// With consistent judgements (each matrix made from priorities, so adding a copy leaves the others' local ratios
    /// alone) ideal synthesis keeps the ratios of the original alternatives' global priorities exactly, on seeded
    /// problems: the order cannot change.
    @Test(arguments: [21, 22, 23, 24] as [UInt64])
    func idealSynthesisKeepsTheRatiosOfConsistentJudgements(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let (m, n) = (4, 3)
        let names = (0..<m).map { "a\($0)" }, criteria = (0..<n).map { "c\($0)" }
        let priorities = (0..<n).map { _ in (0..<m).map { _ in Double.random(in: 0.1...1, using: &random) } }
        let consistent = { (ids: [String], p: [Double]) in try AHP(ids: ids, judgements: p.map { pi in p.map { pi / $0 } }) }
        let weights = try consistent(criteria, (0..<n).map { _ in Double.random(in: 0.1...1, using: &random) })
        let copy = Int.random(in: 0..<m, using: &random)
        var original: [String: AHP] = [:], copied: [String: AHP] = [:]
        for (c, p) in zip(criteria, priorities) {
            original[c] = try consistent(names, p)
            copied[c] = try consistent(names + ["copy"], p + [p[copy]])
        }
        let before = try AHPRelative(criteria: weights, alternatives: original).result(.ideal)
        let after = try AHPRelative(criteria: weights, alternatives: copied).result(.ideal)
        for i in 0..<m {
            for j in 0..<m { #expect(abs(after.scores[i] / after.scores[j] - before.scores[i] / before.scores[j]) < 1e-9) }
        }
    }

    @Test func aMissingOrMismatchedComparisonIsNamed() throws {
        let criteria = try Self.comparison(["a", "b"], [("a", "b", 2)])
        let two = try Self.comparison(["x", "y"], [("x", "y", 3)])
        #expect(throws: WeightingError(.noComparisonUnder(criterion: "b"))) {
            try AHPRelative(criteria: criteria, alternatives: ["a": two])
        }
        let other = try Self.comparison(["x", "z"], [("x", "z", 3)])
        #expect(throws: WeightingError(.differentAlternatives(criterion: "b", expected: ["x", "y"], found: ["x", "z"]))) {
            try AHPRelative(criteria: criteria, alternatives: ["a": two, "b": other])
        }
    }
}
