import Testing

@testable import ArvioCore

struct RoundEvaluationTests {
    static var project: Project {
        var project = Fixture.project
        project.solutions = [Fixture.solution("good"), Fixture.solution("weak"), Fixture.solution("chat", category: "CHAT")]
        return project
    }

    static func score(_ solution: String, _ criterion: String, _ assessor: String, _ value: ScoreValue) -> ExpertScore {
        ExpertScore(round: "r", solution: solution, criterion: criterion, assessor: assessor, value: value)
    }

    static let round = Round(
        id: "r", name: "R", state: .revealed, solutions: ["good", "weak", "chat"], model: "expert", contentHash: "", createdAt: "")

    @Test func theGateExcludesBeforeRankingAndSaysWhy() throws {
        let scores = [
            Self.score("good", "U1", "a", .points(4)), Self.score("good", "U2", "a", .points(2)), Self.score("good", "T1", "b", .points(4)),
            Self.score("good", "T1", "c", .points(3)),
            Self.score("weak", "U1", "a", .points(5)), Self.score("weak", "U2", "a", .points(5)), Self.score("weak", "T1", "b", .unknown),
            Self.score("weak", "T1", "c", .unknown),
            Self.score("chat", "U1", "a", .points(3)), Self.score("chat", "T1", "b", .points(3)),
        ]

        let evaluation = try RoundEvaluation(RoundRecord(round: Self.round, scores: scores), project: Self.project)

        #expect(evaluation.gate.passed == ["good", "chat"])
        #expect(evaluation.gate.excluded.map(\.solution) == ["weak"])
        #expect(evaluation.gate.excluded[0].failures == [KnockOutGate.Failure(rule: "KO-T1", criterion: "T1", found: .unknown)])
        let matrix = try #require(evaluation.matrix)
        #expect(matrix.alternatives == ["good", "chat"])
        #expect(matrix.criteria.map(\.id) == ["U1", "U2", "T1"])
        #expect(matrix.values == [4, 2, 3.5, 3, 3, 3])
    }

    /// U2 does not apply to CHAT (fixture): its value becomes the solution's mean over U's other criteria, which in the
    /// additive model is the same as giving U2's weight to them.
    @Test func imputingTheAreaMeanEqualsRedistributingTheWeight() throws {
        let scores = [Self.score("chat", "U1", "a", .points(4)), Self.score("chat", "T1", "b", .points(3))]
        let evaluation = try RoundEvaluation(
            RoundRecord(
                round: Round(id: "r", name: "R", state: .revealed, solutions: ["chat"], model: "expert", contentHash: "", createdAt: ""),
                scores: scores), project: Self.project)
        let matrix = try #require(evaluation.matrix)

        let imputed = zip(matrix.normalizedWeights, matrix.values).reduce(0) { $0 + $1.0 * $1.1 }
        let redistributed = Self.project.criteria.models[0].criterionWeights(of: Self.project.criteria.areas, notApplicable: ["U2"])
        let expected = redistributed.reduce(0) { sum, weight in
            sum + weight.global * (weight.criterion == "U1" ? 4 : weight.criterion == "T1" ? 3 : 0)
        }

        #expect(matrix.values == [4, 4, 3])
        #expect(abs(imputed - expected) < 1e-12)
    }

    @Test func nobodyPassingGivesNoMatrix() throws {
        let evaluation = try RoundEvaluation(RoundRecord(round: Self.round, scores: []), project: Self.project)

        #expect(evaluation.matrix == nil)
        #expect(evaluation.gate.excluded.count == 3)
    }

    /// The gate excludes solutions before ranking; on the experts' scale that cannot reorder the ones that remain.
    @Test func excludingASolutionDoesNotReorderTheOthersOnTheExpertsScale() throws {
        var project = Self.project
        project.solutions += [Fixture.solution("delta"), Fixture.solution("epsilon")]
        let given: [String: [Double]] = ["good": [4, 2, 3], "weak": [5, 1, 4], "delta": [3, 5, 3], "epsilon": [1, 5, 5]]
        let scores = given.flatMap { solution, values in
            zip(["U1", "U2", "T1"], values).map { Self.score(solution, $0, "a", .points($1)) }
        }
        func order(_ solutions: [String]) throws -> [String] {
            let round = Round(id: "r", name: "R", state: .revealed, solutions: solutions, model: "expert", contentHash: "", createdAt: "")
            let matrix = try #require(try RoundEvaluation(RoundRecord(round: round, scores: scores), project: project).matrix)
            let ranking = try WeightedSum(normalization: .scale).ranking(of: matrix)
            return ranking.order.map { ranking.alternatives[$0] }
        }

        let all = try order(["good", "weak", "delta", "epsilon"])
        for left in all {
            #expect(try order(all.filter { $0 != left }) == all.filter { $0 != left }, "without \(left)")
        }
    }

    /// The consensus meeting's agreed value replaces the aggregate of the assessors' values in the matrix, in the gate
    /// (an agreed 3 passes KO-T1's minimum where the median 2 failed it) and in the spread sensitivity draws from; the
    /// assessors' own range stays on the item, and the evaluation says how many items were agreed.
    @Test func anAgreedValueReplacesTheAggregateInTheMatrixTheGateAndTheSpread() throws {
        let scores = [
            Self.score("good", "U1", "a", .points(4)), Self.score("good", "U1", "b", .points(1)), Self.score("good", "U2", "a", .points(2)),
            Self.score("good", "T1", "b", .points(1)), Self.score("good", "T1", "c", .points(3)),
        ]
        let round = Round(id: "r", name: "R", state: .revealed, solutions: ["good"], model: "expert", contentHash: "", createdAt: "")
        let agreed = [
            AgreedScore(solution: "good", criterion: "U1", value: .points(3), rationale: "the demo settled it"),
            AgreedScore(solution: "good", criterion: "T1", value: .points(3), rationale: "the DPA was found"),
        ]

        let plain = try RoundEvaluation(RoundRecord(round: round, scores: scores), project: Self.project)
        let decided = try RoundEvaluation(RoundRecord(round: round, scores: scores, agreed: agreed), project: Self.project)

        #expect(plain.gate.passed.isEmpty)
        #expect(plain.items.first { $0.criterion == "T1" }?.value == 2)
        #expect(decided.gate.passed == ["good"])
        let matrix = try #require(decided.matrix)
        #expect(matrix.values == [3, 2, 3])
        #expect(decided.spread == [[3], [2], [3]])
        let u1 = try #require(decided.items.first { $0.criterion == "U1" })
        #expect(u1.agreed == .points(3) && u1.minimum == 1 && u1.maximum == 4 && u1.scored == 2)
        #expect(decided.notes.contains(.agreedValues(2)))
        #expect(!plain.notes.contains { if case .agreedValues = $0 { true } else { false } })
    }

    /// Agreed N/A or unknown decide the item as the assessors' majority would have: N/A takes the area's mean, unknown
    /// counts 0 and fails a minimum-score rule; an item nobody scored can still be agreed.
    @Test func anAgreedNotApplicableOrUnknownDecidesTheItem() throws {
        let scores = [
            Self.score("good", "U1", "a", .points(4)), Self.score("good", "U2", "a", .points(2)), Self.score("good", "T1", "b", .points(4)),
        ]
        let round = Round(id: "r", name: "R", state: .revealed, solutions: ["good"], model: "expert", contentHash: "", createdAt: "")
        func evaluate(_ agreed: [AgreedScore]) throws -> RoundEvaluation {
            try RoundEvaluation(RoundRecord(round: round, scores: scores, agreed: agreed), project: Self.project)
        }

        let notApplicable = try evaluate([AgreedScore(solution: "good", criterion: "U2", value: .notApplicable, rationale: "no app")])
        let unknown = try evaluate([AgreedScore(solution: "good", criterion: "T1", value: .unknown, rationale: "no evidence")])

        #expect(try #require(notApplicable.matrix).values == [4, 4, 4])
        #expect(unknown.gate.passed.isEmpty)
        #expect(unknown.gate.excluded.first?.failures == [KnockOutGate.Failure(rule: "KO-T1", criterion: "T1", found: .unknown)])
    }
}
