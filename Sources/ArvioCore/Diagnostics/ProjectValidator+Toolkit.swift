extension ProjectValidator {
    /// The toolkit's references into the catalog and the criteria: categories, solutions and must-have criteria.
    func toolkitDiagnostics(_ project: Project) -> [Diagnostic] {
        let library = project.criteria
        var found = duplicates(
            project.toolkit, subject: .operatingModel, id: \.id, origin: \.origin, fallback: ProjectLayout.toolkit)
        let categories = library.applicability.categories.map(\.id)
        let solutions = project.solutions.map(\.id)
        let criteria = library.criteria.map(\.id)
        let mustHaves = Array(Set(library.knockOutRules.map(\.criterion))).sorted()
        // A rule naming an unknown criterion is reported where it is written; every model listing the criterion the
        // rule meant would otherwise repeat that one mistake.
        let rulesResolve = mustHaves.allSatisfy(criteria.contains)
        for model in project.toolkit {
            func at(_ field: String) -> SourceLocation {
                model.locations[field] ?? model.origin ?? SourceLocation(file: "\(ProjectLayout.toolkit)/\(model.id).md")
            }
            if let category = model.category,
                let problem = unknown(category, .category, among: categories, definedIn: ProjectLayout.applicability, at: at("category"))
            {
                found.append(problem)
            }
            for (index, solution) in model.solutions.enumerated() {
                if let problem = unknown(
                    solution, .solution, among: solutions, definedIn: ProjectLayout.solutions, at: at("solutions[\(index)]"))
                {
                    found.append(problem)
                }
            }
            if let survey = model.feedbackSurvey, let known = project.survey, survey != known.id {
                found.append(
                    Diagnostic(
                        at: at("feedback_survey"),
                        .unknownReference(.survey, survey, suggestion: known.id, definedIn: ProjectLayout.survey)))
            }
            for (index, criterion) in model.requiredCriteria.enumerated() {
                let location = at("required_criteria[\(index)]")
                if let problem = unknown(criterion, .criterion, among: criteria, definedIn: ProjectLayout.areas, at: location) {
                    found.append(problem)
                } else if rulesResolve, !mustHaves.contains(criterion) {
                    found.append(Diagnostic(at: location, .notAMustHave(criterion: criterion, mustHaves: mustHaves)))
                }
            }
        }
        return found
    }
}
