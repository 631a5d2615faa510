import Testing

@testable import ArvioCore

struct KnockOutGateTests {
    static var gate: KnockOutGate {
        var rules = Fixture.library.knockOutRules
        rules.append(KnockOutRule(id: "KO-U2", criterion: "U2", requirement: .met, condition: Fixture.text("statement")))
        return KnockOutGate(rules: rules, applicability: Fixture.library.applicability)
    }

    @Test func aSolutionFailingAnApplicableRuleIsExcludedWithEveryFailure() {
        let solutions = [Fixture.solution("good"), Fixture.solution("weak"), Fixture.solution("silent")]
        let answers: [String: [String: GateAnswer]] = [
            "good": ["T1": .score(4), "U2": .met(true)],
            "weak": ["T1": .score(2), "U2": .score(1)],
            "silent": ["T1": .unknown],
        ]

        let result = Self.gate.evaluate(solutions, answers: answers)

        #expect(result.passed == ["good"])
        #expect(result.excluded.map(\.solution) == ["weak", "silent"])
        #expect(result.excluded[0].failures.map(\.rule) == ["KO-T1", "KO-U2"])
        #expect(
            result.excluded[1].failures == [
                KnockOutGate.Failure(rule: "KO-T1", criterion: "T1", found: .unknown),
                KnockOutGate.Failure(rule: "KO-U2", criterion: "U2", found: nil),
            ])
    }

    @Test func rulesDoNotCoverNotApplicableCriteriaOrOtherAudiences() {
        var staff = Fixture.solution("staff")
        staff.audience = .staffOnly
        let chat = Fixture.solution("chat", category: "CHAT")  // U2 does not apply to CHAT in the fixture

        let result = Self.gate.evaluate([staff, chat], answers: ["staff": ["U2": .met(true)], "chat": ["T1": .score(3)]])

        #expect(result.passed == ["staff", "chat"])
    }

    @Test func anExplicitNotApplicableAnswerPasses() {
        let result = Self.gate.evaluate([Fixture.solution("x")], answers: ["x": ["T1": .notApplicable, "U2": .notApplicable]])

        #expect(result.passed == ["x"])
    }

    @Test func aRecordedVerdictDecidesItsRuleWhateverTheScoresSay() {
        let solutions = [Fixture.solution("a"), Fixture.solution("b")]
        let answers: [String: [String: GateAnswer]] = [
            "a": ["T1": .score(5), "U2": .met(true)], "b": ["T1": .score(1), "U2": .met(true)],
        ]

        let verdicts = [
            Verdict(solution: "a", rule: "KO-T1", met: false, rationale: "no audit trail", recordedBy: "kaisa", recordedAt: "t1"),
            Verdict(solution: "b", rule: "KO-T1", met: true, rationale: "shown in the demo", recordedBy: "kaisa", recordedAt: "t2"),
        ]

        let result = Self.gate.evaluate(solutions, answers: answers, verdicts: verdicts)

        #expect(result.passed == ["b"])
        #expect(
            result.excluded.first?.failures == [KnockOutGate.Failure(rule: "KO-T1", criterion: "T1", found: .score(5), byVerdict: true)])
        #expect(result.decisions.map(\.verdict) == verdicts)
        #expect(result.decisions.map(\.impliedByScores) == [true, false])
        #expect(result.decisions.map(\.overrides) == [true, true])
        #expect(result.ignoredVerdicts.isEmpty)
    }

    @Test func aVerdictOnARuleThatDoesNotCoverTheSolutionDecidesNothingAndIsReported() {
        let chat = Fixture.solution("chat", category: "CHAT")  // U2 does not apply to CHAT in the fixture
        let stray = Verdict(solution: "chat", rule: "KO-U2", met: false, rationale: "typo")

        let result = Self.gate.evaluate([chat], answers: ["chat": ["T1": .score(3)]], verdicts: [stray])

        #expect(result.passed == ["chat"])
        #expect(result.decisions.isEmpty)
        #expect(result.ignoredVerdicts == [stray])
    }
}
