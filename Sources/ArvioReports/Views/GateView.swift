import ArvioCore

/// The must-have gate for people and machines: who passed, who was excluded by which rule and answer, every recorded
/// verdict beside what the scores alone implied, and verdicts that decided nothing. The terminal, the report and the
/// JSON documents all word the gate here.
package enum GateView {
    /// An answer as people read it.
    static func found(_ answer: GateAnswer?, _ l: Language) -> String {
        switch answer {
        case .score(let value): Formatting.number(value, l)
        case .unknown: Formatting.pick(l, "ei tiedossa", "unknown")
        case .met(let met): met ? Formatting.pick(l, "täyttyy", "met") : Formatting.pick(l, "ei täyty", "not met")
        case .notApplicable: "N/A"
        case nil: Formatting.pick(l, "ei arvioitu", "not scored")
        }
    }

    /// An answer as machines read it: the score, `unknown`, `na`, `met` or `not-met`; nil when nobody answered.
    static func code(_ answer: GateAnswer?) -> String? {
        switch answer {
        case .score(let value): Formatting.decimal(value)
        case .unknown: "unknown"
        case .met(let met): met ? "met" : "not-met"
        case .notApplicable: "na"
        case nil: nil
        }
    }

    static func metText(_ met: Bool, _ l: Language) -> String {
        met ? Formatting.pick(l, "täyttyy", "met") : Formatting.pick(l, "ei täyty", "not met")
    }

    /// The gate as `--format json` and the report's JSON carry it.
    package struct Document: Hashable, Sendable, Codable {
        package struct Failure: Hashable, Sendable, Codable {
            package var rule: String
            package var criterion: String
            /// The scores' answer (see ``GateView``'s codes); null when nobody scored the criterion.
            package var found: String?
            /// True when a recorded verdict failed the rule.
            package var byVerdict: Bool
        }
        package struct Exclusion: Hashable, Sendable, Codable {
            package var solution: String
            package var failures: [Failure]
        }
        package struct Decision: Hashable, Sendable, Codable {
            package var solution: String
            package var rule: String
            package var criterion: String
            package var met: Bool
            /// What the scores alone implied for the rule.
            package var impliedByScores: Bool
            package var found: String?
            package var rationale: String
            package var recordedBy: String
            package var recordedAt: String
        }
        package var passed: [String]
        package var excluded: [Exclusion]
        package var decisions: [Decision]
        package var ignoredVerdicts: [Verdict]
    }

    package static func document(_ gate: KnockOutGate.Result) -> Document {
        Document(
            passed: gate.passed,
            excluded: gate.excluded.map { exclusion in
                .init(
                    solution: exclusion.solution,
                    failures: exclusion.failures.map {
                        .init(rule: $0.rule, criterion: $0.criterion, found: code($0.found), byVerdict: $0.byVerdict)
                    })
            },
            decisions: gate.decisions.map { decision in
                .init(
                    solution: decision.verdict.solution, rule: decision.verdict.rule, criterion: decision.criterion,
                    met: decision.verdict.met, impliedByScores: decision.impliedByScores, found: code(decision.found),
                    rationale: decision.verdict.rationale, recordedBy: decision.verdict.recordedBy, recordedAt: decision.verdict.recordedAt)
            },
            ignoredVerdicts: gate.ignoredVerdicts)
    }

    /// A failed rule as a line item: "KO-T2 (T2 = 2.5)", or "KO-T2 (recorded decision)".
    static func failureText(_ failure: KnockOutGate.Failure, _ l: Language) -> String {
        failure.byVerdict
            ? "\(failure.rule) (\(Formatting.pick(l, "kirjattu päätös", "recorded decision")))"
            : "\(failure.rule) (\(failure.criterion) = \(found(failure.found, l)))"
    }

    /// One recorded decision in a sentence: the rule, the decision, what the scores alone implied, the rationale, and
    /// who recorded it when.
    static func decisionText(_ decision: KnockOutGate.Decision, name: (String) -> String, _ l: Language) -> String {
        let verdict = decision.verdict
        let implied = "\(metText(decision.impliedByScores, l)), \(decision.criterion) = \(found(decision.found, l))"
        return Formatting.pick(
            l,
            "\(verdict.rule), \(name(verdict.solution)): \(metText(verdict.met, l)) (pisteiden perusteella: \(implied)); perustelu: \(verdict.rationale); kirjasi \(verdict.recordedBy) \(verdict.recordedAt)",
            "\(verdict.rule), \(name(verdict.solution)): \(metText(verdict.met, l)) (the scores alone: \(implied)); rationale: \(verdict.rationale); recorded by \(verdict.recordedBy) at \(verdict.recordedAt)"
        )
    }

    static func ignoredText(_ verdict: Verdict, name: (String) -> String, _ l: Language) -> String {
        Formatting.pick(
            l,
            "\(verdict.rule), \(name(verdict.solution)): kirjattu päätös ei koske tätä ratkaisua (sääntö ei kata sitä tai sitä ei enää ole), joten se ei ratkaise mitään",
            "\(verdict.rule), \(name(verdict.solution)): the recorded decision does not concern this solution (the rule does not cover it or no longer exists), so it decides nothing"
        )
    }

    /// The gate for the terminal: passed, excluded with each failed rule, recorded decisions.
    package static func lines(_ gate: KnockOutGate.Result, name: (String) -> String, _ l: Language) -> [String] {
        var lines = [
            Formatting.pick(l, "  Läpäisivät: ", "  Passed: ") + (gate.passed.isEmpty ? "–" : gate.passed.map(name).joined(separator: ", "))
        ]
        for exclusion in gate.excluded {
            lines.append(
                Formatting.pick(l, "  Suljettu pois: ", "  Excluded: ") + "\(name(exclusion.solution)): "
                    + exclusion.failures.map { failureText($0, l) }.joined(separator: ", "))
        }
        if !gate.decisions.isEmpty {
            lines.append(Formatting.pick(l, "  Kirjatut päätökset:", "  Recorded decisions:"))
            lines += gate.decisions.map { "    " + decisionText($0, name: name, l) }
        }
        lines += gate.ignoredVerdicts.map { "  " + ignoredText($0, name: name, l) }
        return lines
    }

    /// The warning every output of a round carries when part of the model's weight rests on criteria nobody scored.
    package static func unscoredWarning(_ evaluation: RoundEvaluation, _ l: Language) -> String? {
        guard !evaluation.unscoredCriteria.isEmpty else { return nil }
        let share = Formatting.percent(evaluation.unscoredShare, l)
        let ids = evaluation.unscoredCriteria.map(\.criterion).joined(separator: ", ")
        return Formatting.pick(
            l,
            "VAROITUS: \(share) painotusmallin painosta on kriteereillä, joita kukaan ei pisteyttänyt (\(ids)); ne lasketaan nollaksi kaikille ratkaisuille, joten järjestys perustuu muihin kriteereihin.",
            "WARNING: \(share) of the weight model's weight rests on criteria nobody scored (\(ids)); they count as 0 for every solution, so the ranking rests on the other criteria."
        )
    }
}
