extension ProjectValidator {
    func criteriaDiagnostics(_ library: CriteriaLibrary) -> [Diagnostic] {
        var found = duplicates(library.areas, subject: .area, id: \.id, origin: \.origin, fallback: ProjectLayout.areas)
        found += duplicates(library.criteria, subject: .criterion, id: \.id, origin: \.origin, fallback: ProjectLayout.areas)
        found += duplicates(library.scale.values, subject: .scaleValue, id: \.code, origin: \.origin, fallback: ProjectLayout.scale)
        found += scaleDiagnostics(library.scale)

        let table = library.applicability
        let categoryIDs = table.categories.map(\.id)
        let criterionIDs = library.criteria.map(\.id)
        found += duplicates(table.categories, subject: .category, id: \.id, origin: \.origin, fallback: ProjectLayout.applicability)
        found += duplicates(table.rows, subject: .criterion, id: \.criterion, origin: \.origin, fallback: ProjectLayout.applicability)
        for row in table.rows {
            let location = row.origin ?? SourceLocation(file: ProjectLayout.applicability)
            if let problem = unknown(row.criterion, .criterion, among: criterionIDs, definedIn: ProjectLayout.areas, at: location) {
                found.append(problem)
            }
            for category in categoryIDs where row.values[category] == nil {
                found.append(Diagnostic(at: location, .applicabilityRowLacksCategory(criterion: row.criterion, category: category)))
            }
            for category in row.values.keys.sorted() where !categoryIDs.contains(category) {
                found.append(
                    Diagnostic(
                        at: location,
                        .categoryNotInApplicabilityTable(
                            category, table: ProjectLayout.applicability, known: categoryIDs)))
            }
        }
        return found
    }

    func scaleDiagnostics(_ scale: Scale) -> [Diagnostic] {
        let location = scale.origin ?? SourceLocation(file: ProjectLayout.scale)
        var found: [Diagnostic] = []
        for kind in [ScaleValueKind.score, .notApplicable, .unknown] where !scale.values.contains(where: { $0.kind == kind }) {
            found.append(Diagnostic(at: location, .scaleLacksValue(kind.rawValue)))
        }
        return found
    }

    func knockOutDiagnostics(_ library: CriteriaLibrary) -> [Diagnostic] {
        let file = ProjectLayout.knockOutRules
        var found = duplicates(library.knockOutRules, subject: .knockOutRule, id: \.id, origin: \.origin, fallback: file)
        let criterionIDs = library.criteria.map(\.id)
        let categoryIDs = library.applicability.categories.map(\.id)
        for rule in library.knockOutRules {
            let location = rule.origin ?? SourceLocation(file: file)
            if let problem = unknown(
                rule.criterion, .criterion, among: criterionIDs, definedIn: ProjectLayout.areas,
                at: location.appending("criterion"))
            {
                found.append(problem)
            }
            for (index, category) in rule.categories.enumerated() where !categoryIDs.contains(category) {
                found.append(
                    Diagnostic(
                        at: location.appending("categories[\(index)]"),
                        .categoryNotInApplicabilityTable(category, table: ProjectLayout.applicability, known: categoryIDs)))
            }
            if case .minimumScore(let minimum) = rule.requirement, let range = library.scale.range, !range.contains(minimum) {
                found.append(
                    Diagnostic(
                        at: location.appending("minimum"),
                        .minimumOutsideScale(minimum, lowest: range.lowerBound, highest: range.upperBound)))
            }
        }
        return found
    }

    func modelDiagnostics(_ library: CriteriaLibrary) -> [Diagnostic] {
        var found = duplicates(library.models, subject: .weightModel, id: \.id, origin: \.origin, fallback: ProjectLayout.models)
        let areaIDs = library.areas.map(\.id)
        for model in library.models {
            let location = model.origin ?? SourceLocation(file: ProjectLayout.models)
            let areasLocation = location.appending(
                "areas", line: model.areas.first?.origin?.line ?? model.areaJudgements.first?.origin?.line)
            let written =
                model.technique == .ahp
                ? model.areaJudgements.flatMap {
                    [Weight(id: $0.row, value: 1, origin: $0.origin), Weight(id: $0.column, value: 1, origin: $0.origin)]
                }
                : model.areas
            var reported = Set<String>()
            for weight in written where reported.insert(weight.id).inserted {
                let here = weight.origin ?? location.appending("areas.\(weight.id)")
                if let problem = unknown(weight.id, .area, among: areaIDs, definedIn: ProjectLayout.areas, at: here) {
                    found.append(problem)
                }
            }
            for weight in model.areas where weight.value < 0 {
                found.append(Diagnostic(at: weight.origin ?? areasLocation, .negativeWeight(weight.value)))
            }
            let weightedAreas = model.areaIDs
            for area in library.areas where !area.optional && !weightedAreas.contains(area.id) {
                found.append(Diagnostic(at: areasLocation, .areaWithoutWeight(area: area.id)))
            }
            if let sum = model.technique.requiredSum, !model.areas.isEmpty {
                let total = model.areas.map(\.value).reduce(0, +)
                if abs(total - sum) > 1e-6 * sum {
                    found.append(Diagnostic(at: areasLocation, .weightsDoNotSum(area: nil, total: total, expected: sum)))
                }
            }
            found += techniqueDiagnostics(
                model, ids: weightedAreas.filter(areaIDs.contains), values: model.areas, judgements: model.areaJudgements, at: areasLocation
            )

            let localAreas = Set(model.criteria.keys).union(model.criteriaJudgements.keys).sorted()
            for areaID in localAreas {
                let weights = model.criteria[areaID] ?? []
                let judgements = model.criteriaJudgements[areaID] ?? []
                let here = location.appending("criteria.\(areaID)", line: weights.first?.origin?.line ?? judgements.first?.origin?.line)
                guard let area = library.areas.first(where: { $0.id == areaID }) else {
                    if let problem = unknown(areaID, .area, among: areaIDs, definedIn: ProjectLayout.areas, at: here) {
                        found.append(problem)
                    }
                    continue
                }
                let criterionIDs = area.criteria.map(\.id)
                let localIDs = model.localIDs(of: areaID)
                for id in localIDs where !criterionIDs.contains(id) {
                    let at =
                        weights.first { $0.id == id }?.origin ?? judgements.first { $0.row == id || $0.column == id }?.origin
                        ?? here.appending(id)
                    if let problem = unknown(
                        id, .criterion, among: criterionIDs, definedIn: area.origin?.file ?? ProjectLayout.areas, at: at)
                    {
                        found.append(problem)
                    }
                }
                for weight in weights where weight.value < 0 {
                    found.append(Diagnostic(at: weight.origin ?? here.appending(weight.id), .negativeWeight(weight.value)))
                }
                if let sum = model.technique.requiredSum {
                    let total = weights.map(\.value).reduce(0, +)
                    if abs(total - sum) > 1e-6 * sum {
                        found.append(Diagnostic(at: here, .weightsDoNotSum(area: areaID, total: total, expected: sum)))
                    }
                }
                found += techniqueDiagnostics(
                    model, ids: localIDs.filter(criterionIDs.contains), values: weights, judgements: judgements, at: here)
            }
        }
        return found
    }

    /// What the model's technique objects to in one level's numbers, and an AHP level's inconsistency.
    func techniqueDiagnostics(_ model: WeightModel, ids: [String], values: [Weight], judgements: [Judgement], at location: SourceLocation)
        -> [Diagnostic]
    {
        guard !ids.isEmpty, model.technique != .directPercentage, model.technique != .directPoints else { return [] }
        do {
            if model.technique == .ahp {
                let result = try Judgement.ahp(ids: ids, judgements).priorities()
                if !result.isAcceptable, let worst = result.mostInconsistent {
                    let origin = judgements.first {
                        ($0.row, $0.column) == (worst.row, worst.column) || ($0.row, $0.column) == (worst.column, worst.row)
                    }?.origin
                    return [
                        Diagnostic(
                            at: origin ?? location,
                            .inconsistentJudgements(
                                ratio: result.consistencyRatio, row: worst.row, column: worst.column, given: worst.given,
                                consistent: worst.consistentValue))
                    ]
                }
            } else {
                _ = try model.technique.weights(ids: ids, values: values, judgements: judgements)
            }
            return []
        } catch {
            return [Diagnostic(at: location, .worded(error.reason))]
        }
    }
}
