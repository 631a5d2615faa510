import ArvioCore

/// The catalog as tables and text: the list of solutions and one solution's facts with their sources.
package enum CatalogView {
    /// One row per solution; an asterisk marks a count that includes illustrative use.
    package static func table(_ solutions: [Solution], _ language: Language) -> Table {
        let l = language
        var table = Table(columns: [
            .id, .init(Formatting.pick(l, "nimi", "name")), .init(Formatting.pick(l, "luokka", "category")),
            .init(Formatting.pick(l, "käyttäjät", "audience")), .init(Formatting.pick(l, "tila", "status")),
            .init(Formatting.pick(l, "org.", "orgs"), .right), .init(Formatting.pick(l, "lähteitä", "sources"), .right),
        ])
        for solution in solutions {
            let organisations = Set(solution.usage.map(\.organisation)).count
            let mark = solution.usage.contains { $0.illustrative } ? "*" : ""
            table.rows.append([
                solution.id, solution.name, ([solution.category] + solution.otherCategories).joined(separator: "+"),
                Formatting.audience(solution.audience, l), Formatting.status(solution.status.value, l),
                "\(organisations)\(mark)", "\(solution.sources.count)",
            ])
        }
        return table
    }

    /// The list for people: the table, a count, and the notices its data calls for.
    package static func text(_ solutions: [Solution], _ language: Language, width: Int = .max) -> String {
        var lines = [table(solutions, language).text(width: width), ""]
        lines.append(Formatting.pick(language, "\(solutions.count) ratkaisua", "\(solutions.count) solutions"))
        if solutions.contains(where: \.hasIllustrativeData) {
            lines.append(Formatting.pick(language, "* sisältää havainnollista käyttöä", "* includes illustrative use"))
            lines.append(Formatting.illustrativeNotice(language))
        }
        lines.append(Formatting.reconstructionNotice(language))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every fact of one solution with its verification mark and sources, then the sources themselves.
    package static func detail(_ solution: Solution, organisations: [Organisation], _ language: Language) -> String {
        let l = language
        func fact(_ label: String, _ fact: Fact<String>?) -> String {
            guard let fact else { return "\(label): \(Formatting.pick(l, "ei dokumentoitu", "not documented"))" }
            let cited = fact.sources.isEmpty ? "" : ", " + fact.sources.map { "[\($0)]" }.joined(separator: " ")
            return "\(label): \(fact.value) (\(Formatting.verification(fact.verification, l))\(cited))"
        }
        var lines = ["\(solution.name) (\(solution.id))", ""]
        lines.append(fact(Formatting.pick(l, "Toimittaja", "Vendor"), solution.vendor))
        lines.append(
            "\(Formatting.pick(l, "Luokka", "Category")): \(([solution.category] + solution.otherCategories).joined(separator: ", "))")
        lines.append("\(Formatting.pick(l, "Käyttäjät", "Audience")): \(Formatting.audience(solution.audience, l))")
        let status = solution.status
        lines.append(
            fact(
                Formatting.pick(l, "Tila", "Status"),
                Fact(Formatting.status(status.value, l), verification: status.verification, sources: status.sources)))
        lines.append("")
        lines.append(solution.description[l])
        lines.append("")
        lines.append(fact(Formatting.pick(l, "Asiakkaan tunnistaminen", "Client identification"), solution.clientIdentification))
        lines.append(fact(Formatting.pick(l, "Palvelimen sijainti", "Hosting"), solution.hosting))
        lines.append(fact(Formatting.pick(l, "Integraatiot", "Integrations"), solution.integrations))
        lines.append(fact(Formatting.pick(l, "Saavutettavuusseloste", "Accessibility statement"), solution.accessibilityStatement))
        lines.append("")
        lines.append(Formatting.pick(l, "Käyttävät organisaatiot:", "Used by:"))
        if solution.usage.isEmpty { lines.append("  " + Formatting.pick(l, "ei tiedossa", "not known")) }
        for use in solution.usage {
            let name = organisations.first { $0.id == use.organisation }?.name[l] ?? use.organisation
            let basis =
                use.illustrative
                ? Formatting.pick(l, "havainnollinen", "illustrative")
                : use.sources.map { "[\($0)]" }.joined(separator: " ")
            lines.append("  - \(name) (\(basis))")
        }
        if let promising = solution.promising {
            let note = promising.illustrative ? Formatting.pick(l, " (havainnollinen)", " (illustrative)") : ""
            lines.append("")
            lines.append(Formatting.pick(l, "Lupaava: ", "Promising: ") + promising.reason[l] + note)
        }
        lines.append("")
        lines.append(Formatting.pick(l, "Lähteet:", "Sources:"))
        if solution.sources.isEmpty {
            lines.append("  " + Formatting.pick(l, "ei lähteitä: tiedot ovat varmentamattomia", "none: the entry is unverified"))
        }
        for source in solution.sources {
            lines.append("  [\(source.id)] \(source.url)")
            lines.append("      \(source.supports[l])")
        }
        if solution.hasIllustrativeData {
            lines.append("")
            lines.append(Formatting.illustrativeNotice(l))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per fact, for spreadsheets: field, value, verification, sources.
    package static func detailTable(_ solution: Solution) -> Table {
        var table = Table(columns: [.init("field"), .init("value"), .init("verification"), .init("sources")])
        func add(_ field: String, _ fact: Fact<String>?) {
            guard let fact else { return }
            table.rows.append([field, fact.value, fact.verification.rawValue, fact.sources.joined(separator: " ")])
        }
        add("vendor", solution.vendor)
        add("status", Fact(solution.status.value.rawValue, verification: solution.status.verification, sources: solution.status.sources))
        add("clientIdentification", solution.clientIdentification)
        add("hosting", solution.hosting)
        add("integrations", solution.integrations)
        add("accessibilityStatement", solution.accessibilityStatement)
        for use in solution.usage {
            table.rows.append([
                "usage", use.organisation, use.illustrative ? "illustrative" : "verified", use.sources.joined(separator: " "),
            ])
        }
        return table
    }
}
