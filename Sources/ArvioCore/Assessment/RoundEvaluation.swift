/// A round turned into what procurement reads: every item aggregated, the must-have gate applied, and a decision
/// matrix of the solutions that pass, under the round's weight model.
public struct RoundEvaluation: Sendable {
    public var round: Round
    public var items: [AggregatedScore]
    public var gate: KnockOutGate.Result
    /// Solutions that pass the gate × the model's criteria, weights the model's global weights; nil when fewer than one
    /// solution passes.
    public var matrix: DecisionMatrix?
    /// How N/A was handled, and other choices a report states.
    public var notes: [String]
    /// Per cell of the matrix (row-major), the values the assessors gave (unknown as 0); empty for a cell whose value
    /// was imputed for N/A. Sensitivity analysis draws from these, so that disagreement becomes uncertainty.
    public var spread: [[Double]] = []
    /// The matrix's criteria grouped by area, in the model's order.
    public var areas: [WeightGroup] = []

    /// - Parameters:
    ///   - scores: the round's scores (all assessors; the caller decides whether the round may be shown).
    ///   - rule: how assessors' values combine (median by default).
    ///   - verdicts: recorded must-have decisions (solution → rule → met), which override what the scores imply.
    public init(
        round: Round, scores: [ExpertScore], project: Project, verdicts: [String: [String: Bool]] = [:], rule: AggregationRule = .median
    ) throws(ScoringError) {
        self.round = round
        let library = project.criteria
        let model = library.model(round.model)
        let solutions = round.solutions.compactMap(project.solution)
        let weights = model?.criterionWeights(of: library.areas) ?? []
        let criteria = weights.filter { $0.global > 0 }.map(\.criterion)

        var items: [AggregatedScore] = []
        var answers: [String: [String: GateAnswer]] = [:]
        for solution in solutions {
            for criterion in library.criteria.map(\.id) {
                let values = scores.filter { $0.solution == solution.id && $0.criterion == criterion }.map(\.value)
                guard !values.isEmpty else { continue }
                let item = Aggregation.aggregate(values, solution: solution.id, criterion: criterion, rule: rule)
                items.append(item)
                if item.isNotApplicable {
                    answers[solution.id, default: [:]][criterion] = .notApplicable
                } else if let value = item.value {
                    answers[solution.id, default: [:]][criterion] = item.unknown > item.scored ? .unknown : .score(value)
                }
            }
        }
        self.items = items
        gate = KnockOutGate(rules: library.knockOutRules, applicability: library.applicability).evaluate(
            solutions, answers: answers, verdicts: verdicts)
        notes = [
            "assessors' values combine by \(rule); unknown counts as 0",
            "a criterion N/A for a solution (by the table or by most assessors) takes the solution's weighted mean over the other criteria of its area: in the additive model this is exactly giving its weight to them",
        ]

        let passing = gate.passed
        guard !passing.isEmpty, !criteria.isEmpty else {
            matrix = nil
            return
        }
        var rows: [[Double]] = []
        var spread: [[Double]] = []
        var given: [String: [String: [Double]]] = [:]
        for score in scores {
            if let points = score.value.countedPoints { given[score.solution, default: [:]][score.criterion, default: []].append(points) }
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
        let matrixCriteria = criteria.map { id in
            MatrixCriterion(id: id, weight: weights.first { $0.criterion == id }?.global ?? 0, origin: library.criterion(id)?.origin)
        }
        let built = try DecisionMatrix(alternatives: passing, criteria: matrixCriteria, values: rows)
        matrix = built
        self.spread = spread
        let areaOf = Dictionary(weights.map { ($0.criterion, $0.area) }, uniquingKeysWith: { first, _ in first })
        areas = WeightGroup.grouping(built) { areaOf[$0] ?? $0 }
    }
}
