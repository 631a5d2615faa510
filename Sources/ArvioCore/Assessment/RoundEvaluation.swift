/// A round turned into what procurement reads: every item aggregated, the must-have gate applied, and a decision
/// matrix of the solutions that pass, under the round's weight model.
public struct RoundEvaluation: Sendable {
    public var round: Round
    public var items: [AggregatedScore]
    /// The must-have gate, with every recorded verdict applied and what the scores alone implied beside it.
    public var gate: KnockOutGate.Result
    /// The model's criteria in tree order with their area, local and global weights, derived once here.
    public var weights: [CriterionWeight]
    /// Criteria that carry weight in the model but that no assessor scored for any solution of the round: they count
    /// as 0 for everyone, so the ranking rests on the other criteria alone. Every output warns about them.
    public var unscoredCriteria: [CriterionWeight]
    /// Solutions that pass the gate × the model's criteria, weights the model's global weights; nil when fewer than one
    /// solution passes.
    public var matrix: DecisionMatrix?
    /// How the assessors' values were combined and N/A handled: choices every output states.
    public var notes: [EvaluationNote]
    /// Per cell of the matrix (row-major), the values the assessors gave (unknown as 0); empty for a cell whose value
    /// was imputed for N/A. Sensitivity analysis draws from these, so that disagreement becomes uncertainty.
    public var spread: [[Double]] = []
    /// The matrix's criteria grouped by area, in the model's order.
    public var areas: [WeightGroup] = []

    /// The share of the model's weight that rests on ``unscoredCriteria`` (0…1).
    public var unscoredShare: Double { unscoredCriteria.reduce(0) { $0 + $1.global } }

    /// - Parameters:
    ///   - record: the round with all its scores (the caller decides whether the round may be shown) and its recorded
    ///     must-have verdicts, which decide their rules whatever the scores imply.
    ///   - rule: how assessors' values combine (median by default).
    public init(_ record: RoundRecord, project: Project, rule: AggregationRule = .median) throws(ScoringError) {
        let (round, scores) = (record.round, record.scores)
        self.round = round
        let library = project.criteria
        let model = library.model(round.model)
        let solutions = round.solutions.compactMap(project.solution)
        let weights = model?.criterionWeights(of: library.areas) ?? []
        self.weights = weights
        let criteria = weights.filter { $0.global > 0 }.map(\.criterion)
        let scored = Set(scores.filter { round.solutions.contains($0.solution) }.map(\.criterion))
        unscoredCriteria = weights.filter { $0.global > 0 && !scored.contains($0.criterion) }

        var items: [AggregatedScore] = []
        var answers: [String: [String: GateAnswer]] = [:]
        let agreed = Dictionary(record.agreed.map { ("\($0.solution)/\($0.criterion)", $0.value) }, uniquingKeysWith: { _, last in last })
        for solution in solutions {
            for criterion in library.criteria.map(\.id) {
                let values = scores.filter { $0.solution == solution.id && $0.criterion == criterion }.map(\.value)
                let decided = agreed["\(solution.id)/\(criterion)"]
                guard !values.isEmpty || decided != nil else { continue }
                var item = Aggregation.aggregate(values, solution: solution.id, criterion: criterion, rule: rule)
                if let decided { item = item.agreeing(on: decided) }
                items.append(item)
                if item.isNotApplicable {
                    answers[solution.id, default: [:]][criterion] = .notApplicable
                } else if let value = item.value {
                    answers[solution.id, default: [:]][criterion] = item.isUnknown ? .unknown : .score(value)
                }
            }
        }
        self.items = items
        gate = KnockOutGate(rules: library.knockOutRules, applicability: library.applicability).evaluate(
            solutions, answers: answers, verdicts: record.verdicts)
        let agreedItems = items.filter { $0.agreed != nil }.count
        notes = [.aggregation(rule), .notApplicableImputed] + (agreedItems > 0 ? [.agreedValues(agreedItems)] : [])

        let passing = gate.passed
        guard !passing.isEmpty, !criteria.isEmpty else {
            matrix = nil
            return
        }
        var rows: [[Double]] = []
        var spread: [[Double]] = []
        var given: [String: [String: [Double]]] = [:]
        for score in scores where agreed["\(score.solution)/\(score.criterion)"] == nil {
            if let points = score.value.countedPoints { given[score.solution, default: [:]][score.criterion, default: []].append(points) }
        }
        // An agreed value is decided: the meeting removed the disagreement, so sensitivity draws it alone.
        for item in items where item.agreed != nil {
            given[item.solution, default: [:]][item.criterion] = item.value.map { [$0] } ?? []
        }
        for solutionID in passing {
            guard let solution = project.solution(solutionID) else { continue }
            func value(_ criterion: String) -> Double? {
                if library.applicability.applicability(of: criterion, for: solution.category) == .notApplicable { return nil }
                guard let item = items.first(where: { $0.solution == solutionID && $0.criterion == criterion }) else { return 0 }
                return item.isNotApplicable ? nil : (item.value ?? 0)
            }
            spread += criteria.map { value($0) == nil ? [] : given[solutionID]?[$0] ?? [] }
            rows.append(
                criteria.map { criterion in
                    if let direct = value(criterion) { return direct }
                    // Impute the local-weighted mean of the solution's applicable criteria in the same area.
                    let area = weights.first { $0.criterion == criterion }?.area
                    let peers = weights.filter { $0.area == area && $0.criterion != criterion }
                    var total = 0.0, weight = 0.0
                    for peer in peers { if let v = value(peer.criterion) { total += peer.local * v; weight += peer.local } }
                    return weight > 0 ? total / weight : 0
                })
        }
        let scale = library.scale.range
        let matrixCriteria = criteria.map { id in
            MatrixCriterion(
                id: id, weight: weights.first { $0.criterion == id }?.global ?? 0, scale: scale, origin: library.criterion(id)?.origin)
        }
        let built = try DecisionMatrix(alternatives: passing, criteria: matrixCriteria, values: rows)
        matrix = built
        self.spread = spread
        let areaOf = Dictionary(weights.map { ($0.criterion, $0.area) }, uniquingKeysWith: { first, _ in first })
        areas = WeightGroup.grouping(built) { areaOf[$0] ?? $0 }
    }
}

/// A choice the evaluation of a round made, stated with every output (``RoundEvaluation/notes``); the views word it.
public enum EvaluationNote: Hashable, Sendable {
    /// The assessors' values of an item combine by this rule; unknown counts as 0.
    case aggregation(AggregationRule)
    /// A criterion N/A for a solution (by the applicability table or by most assessors) takes the solution's weighted
    /// mean over the other criteria of its area: in the additive model this is exactly giving its weight to them.
    case notApplicableImputed
    /// This many items take the consensus meeting's agreed value instead of the aggregate of the assessors' values.
    case agreedValues(Int)

    /// The note in English, for machine formats.
    public var value: String {
        switch self {
        case .aggregation(let rule): "assessors' values combine by \(rule); unknown counts as 0"
        case .notApplicableImputed:
            "a criterion N/A for a solution (by the table or by most assessors) takes the solution's weighted mean over the other criteria of its area: in the additive model this is exactly giving its weight to them"
        case .agreedValues(let count):
            "\(count) item(s) take the consensus meeting's agreed value instead of the aggregate of the assessors' values"
        }
    }
}
