import ArvioCore

/// Everything the comparison report shows, computed once from a round and the project; every format renders this
/// value, so the HTML, Markdown, JSON and CSV cannot disagree.
package struct ComparisonReport: Sendable {
    package var project: Project
    package var evaluation: RoundEvaluation
    package var scores: [ExpertScore]
    /// The consensus meeting's agreed values (each already in ``evaluation``'s items), with their rationale.
    package var agreed: [AgreedScore]
    package var landscape: Landscape
    /// The additive model the summary, contributions and sensitivity use (weighted sum on the experts' scale).
    package var model: AdditiveModel?
    package var rankings: [Ranking]
    /// Methods that could not take the matrix, with their reason (e.g. the weighted product with a zero score).
    package var methodsLeftOut: [MethodLeftOut]
    package var consensus: Ranking?
    package var stability: WeightStability?
    package var smaa: SMAA.Result?
    /// The stakeholders' own weights, the group's, their rankings and SMAA-2 between their views; nil without any.
    package var stakeholders: StakeholderAnalysis?
    /// The round holds stakeholders' weights, but for its own weight model, not the one this report uses instead.
    package var stakeholdersOfAnotherModel = false
    package var concordance: [Agreement.AreaConcordance]
    package var disagreements: [Agreement.Disagreement]
    package var metadata: Metadata
    /// The feedback and indicators of the operating models that use each solution ("evidence from use"); nil when the
    /// caller has none to give (the report then says nothing of it).
    package var evidence: EvidenceView.Source?

    /// What makes the report reproducible; the date comes from the caller (the core has no clock).
    package struct Metadata: Hashable, Sendable, Codable {
        package var version: String
        package var generated: String
        package var samples: Int
        package var seed: UInt64
        /// The audit log's head (`sequence:hash`) when the round was read: published with the report, it lets anyone
        /// prove later with `arvio audit verify --head` that the log behind these results was not rewritten.
        package var auditHead: String?

        package init(version: String, generated: String, samples: Int = 10_000, seed: UInt64 = 1, auditHead: String? = nil) {
            self.version = version
            self.generated = generated
            self.samples = samples
            self.seed = seed
            self.auditHead = auditHead
        }
    }

    package var round: Round { evaluation.round }
    package var weightModel: WeightModel? { project.criteria.model(round.model) }
    package var isIllustrative: Bool {
        round.illustrative || landscape.illustrative
            || project.hasIllustrativeSolutions(in: round)
    }

    /// - Parameters:
    ///   - record: the round with its scores and recorded verdicts (the caller may have replaced its weight model).
    ///   - threads: for SMAA-2; the numbers do not depend on it.
    /// - Parameter progress: told the share of the SMAA-2 draws done, as ``SMAA/analyse(samples:seed:constraints:threads:progress:)`` says.
    package init(
        project: Project, record: RoundRecord, metadata: Metadata, threads: Int = 1, progress: (@Sendable (Double) -> Void)? = nil
    ) throws {
        let round = record.round
        self.project = project
        self.scores = record.scores
        self.agreed = record.agreed
        self.metadata = metadata
        evaluation = try RoundEvaluation(record, project: project)
        landscape = Landscape(of: project)
        concordance = Agreement.concordance(
            scores,
            areas: project.criteria.areas.filter { area in
                project.criteria.model(round.model)?.areaIDs.contains(area.id) ?? true
            })
        disagreements = Agreement.disagreements(evaluation.items)
        rankings = []
        methodsLeftOut = []
        guard let matrix = evaluation.matrix else { return }
        (rankings, methodsLeftOut) = MethodComparison.rankings(
            of: matrix, by: MethodName.compared.map { $0.makeMethod(MethodParameters(weightedSumNormalization: Self.normalization)) })
        consensus = RankAgreement.consensus(rankings)
        let smaa = try SMAA(matrix, normalization: Self.normalization, groups: evaluation.areas, spread: evaluation.spread)
        model = smaa.model
        stability = WeightStability(smaa.model)
        self.smaa = try smaa.analyse(samples: metadata.samples, seed: metadata.seed, threads: threads, progress: progress)
        // Weights given for the round's own model do not fit another one the caller chose instead: left out, and said.
        let fits = weightModel.map { base in
            record.stakeholders.allSatisfy { $0.problems(base: base, areas: project.criteria.areas).isEmpty }
        }
        stakeholdersOfAnotherModel = !record.stakeholders.isEmpty && fits != true
        if !record.stakeholders.isEmpty, fits == true {
            stakeholders = try StakeholderAnalysis(
                evaluation, library: project.criteria, members: record.stakeholders, normalization: Self.normalization,
                samples: metadata.samples, seed: metadata.seed, threads: threads)
        }
    }

    /// The SMAA-2 the summary's robustness sentence and its first-place column rest on: draws between the
    /// stakeholders' own weights when they gave any (the sentence says so), else uniform on the simplex.
    package var robustness: SMAA.Result? { stakeholders?.outcome?.smaa ?? smaa }

    /// Rounds are ranked on the experts' own 0–5 scale: a solution's value does not depend on which others are in the
    /// round, so the gate cannot reorder the ones that pass.
    package static let normalization = Normalization.scale

    package func name(_ solution: String) -> String { project.solution(solution)?.name ?? solution }

    /// The aggregated score of one item, if any assessor scored it.
    package func item(_ solution: String, _ criterion: String) -> AggregatedScore? {
        evaluation.items.first { $0.solution == solution && $0.criterion == criterion }
    }

    /// The model's criteria in tree order with their weights, as the evaluation derived them.
    package var weights: [CriterionWeight] { evaluation.weights }

    /// Each area's part of each passing solution's weighted-sum score: `[solution][area]`.
    package var contributions: [(solution: String, parts: [(area: String, value: Double)])] {
        guard let model else { return [] }
        let n = model.columnCount
        return model.alternatives.enumerated().map { i, solution in
            (
                solution,
                model.groups.map { group in (group.id, group.columns.reduce(0) { $0 + model.weights[$1] * model.values[i * n + $1] }) }
            )
        }
    }

    /// The leader and the runner-up of the weighted sum head to head: what makes the difference between them.
    package var headToHead: HeadToHead? {
        guard let model, let order = stability?.order, order.count > 1 else { return nil }
        return HeadToHead(model, first: order[0], second: order[1])
    }

    /// A solution's mean aggregated score per area of the model (0–5), for its profile.
    package func areaMeans(_ solution: String) -> [(area: String, mean: Double?)] {
        let areas = project.criteria.areas.filter { weightModel?.areaIDs.contains($0.id) ?? true }
        return areas.map { area in
            let values = area.criteria.compactMap { item(solution, $0.id) }.filter { !$0.isNotApplicable }.compactMap(\.value)
            return (area.id, values.isEmpty ? nil : values.reduce(0, +) / Double(values.count))
        }
    }
}
