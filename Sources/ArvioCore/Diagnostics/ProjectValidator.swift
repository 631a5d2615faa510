/// Checks that a loaded project is consistent across files: ids are unique, references resolve,
/// weights sum, and every catalog fact is sourced or marked unverified.
///
/// Pure: takes the loaded values and returns every problem found, in no particular order.
public struct ProjectValidator: Sendable {
    public init() {}

    public func diagnostics(of project: Project) -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += organisationDiagnostics(project)
        found += solutionDiagnostics(project)
        found += criteriaDiagnostics(project.criteria)
        found += knockOutDiagnostics(project.criteria)
        found += modelDiagnostics(project.criteria)
        found += toolkitDiagnostics(project)
        return found
    }

    // MARK: - Shared checks

    /// Reports the second and later uses of each id.
    func duplicates<Item>(
        _ items: [Item], subject: Diagnostic.Subject, id: (Item) -> String, origin: (Item) -> SourceLocation?,
        fallback: String
    ) -> [Diagnostic] {
        var firstSeen: [String: SourceLocation] = [:]
        var found: [Diagnostic] = []
        for item in items {
            let here = origin(item) ?? SourceLocation(file: fallback)
            if let first = firstSeen[id(item)] {
                found.append(Diagnostic(at: here, .duplicateID(subject, id(item), firstSeen: first)))
            } else {
                firstSeen[id(item)] = here
            }
        }
        return found
    }

    func unknown(
        _ id: String, _ subject: Diagnostic.Subject, among known: [String], definedIn: String, at location: SourceLocation
    ) -> Diagnostic? {
        guard !known.contains(id) else { return nil }
        return Diagnostic(at: location, .unknownReference(subject, id, suggestion: nearest(to: id, in: known), definedIn: definedIn))
    }

    // MARK: - Catalog

    func organisationDiagnostics(_ project: Project) -> [Diagnostic] {
        let file = ProjectLayout.organisations
        var found = duplicates(project.organisations, subject: .organisation, id: \.id, origin: \.origin, fallback: file)
        found += duplicates(project.organisationSources, subject: .source, id: \.id, origin: \.origin, fallback: file)
        let sourceIDs = project.organisationSources.map(\.id)
        for organisation in project.organisations {
            let location = organisation.origin ?? SourceLocation(file: file)
            if organisation.sources.isEmpty, organisation.verification != .unverified {
                found.append(Diagnostic(at: location, .factWithoutSource(field: "verification", verification: organisation.verification)))
            }
            for source in organisation.sources {
                if let problem = unknown(source, .source, among: sourceIDs, definedIn: "\(file) (sources)", at: location) {
                    found.append(problem)
                }
            }
        }
        return found
    }

    func solutionDiagnostics(_ project: Project) -> [Diagnostic] {
        var found = duplicates(project.solutions, subject: .solution, id: \.id, origin: \.origin, fallback: ProjectLayout.solutions)
        let organisationIDs = project.organisations.map(\.id)
        let categoryIDs = project.criteria.applicability.categories.map(\.id)
        for solution in project.solutions {
            let file = solution.origin?.file ?? ProjectLayout.solutions
            func here(_ field: String) -> SourceLocation { SourceLocation(file: file, field: field) }
            let sourceIDs = solution.sources.map(\.id)
            found += duplicates(solution.sources, subject: .source, id: \.id, origin: \.origin, fallback: file)

            for (index, category) in ([solution.category] + solution.otherCategories).enumerated() where !categoryIDs.contains(category) {
                let field = index == 0 ? "category" : "otherCategories[\(index - 1)]"
                found.append(
                    Diagnostic(
                        at: solution.locations[field] ?? here(field),
                        .categoryNotInApplicabilityTable(category, table: ProjectLayout.applicability, known: categoryIDs)))
            }

            found += factDiagnostics(solution.vendor, field: "vendor", isProperty: false, sourceIDs: sourceIDs, file: file)
            found += factDiagnostics(solution.status, field: "status", isProperty: false, sourceIDs: sourceIDs, file: file)
            let properties: [(String, Fact<String>?)] = [
                ("clientIdentification", solution.clientIdentification), ("hosting", solution.hosting),
                ("integrations", solution.integrations), ("accessibilityStatement", solution.accessibilityStatement),
            ]
            for (field, fact) in properties {
                if let fact { found += factDiagnostics(fact, field: field, isProperty: true, sourceIDs: sourceIDs, file: file) }
            }

            var seenOrganisations: [String: SourceLocation] = [:]
            for (index, use) in solution.usage.enumerated() {
                let location = use.origin ?? here("usage[\(index)].organisation")
                if let problem = unknown(
                    use.organisation, .organisation, among: organisationIDs,
                    definedIn: ProjectLayout.organisations, at: location)
                {
                    found.append(problem)
                }
                if let first = seenOrganisations[use.organisation] {
                    found.append(Diagnostic(at: location, .duplicateID(.organisation, use.organisation, firstSeen: first)))
                } else {
                    seenOrganisations[use.organisation] = location
                }
                if use.sources.isEmpty && !use.illustrative {
                    found.append(Diagnostic(at: location, .usageNeitherSourcedNorIllustrative(organisation: use.organisation)))
                }
                for source in use.sources {
                    if let problem = unknown(source, .source, among: sourceIDs, definedIn: "\(file) (sources)", at: location) {
                        found.append(problem)
                    }
                }
            }
        }
        return found
    }

    func factDiagnostics<Value>(
        _ fact: Fact<Value>, field: String, isProperty: Bool, sourceIDs: [String], file: String
    ) -> [Diagnostic] {
        let location = fact.origin ?? SourceLocation(file: file, field: field)
        var found: [Diagnostic] = []
        if fact.sources.isEmpty {
            if isProperty {
                found.append(Diagnostic(at: location, .propertyWithoutSource(field: field)))
            } else if fact.verification != .unverified {
                found.append(Diagnostic(at: location, .factWithoutSource(field: field, verification: fact.verification)))
            }
        }
        for source in fact.sources {
            if let problem = unknown(source, .source, among: sourceIDs, definedIn: "\(file) (sources)", at: location) {
                found.append(problem)
            }
        }
        return found
    }
}
