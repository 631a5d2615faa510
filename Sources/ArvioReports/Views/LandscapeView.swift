import ArvioCore

/// The 2021-style survey summary for people (text) and machines (CSV rows per solution).
package enum LandscapeView {
    package static func text(_ landscape: Landscape, categories: [ArvioCore.Category], _ language: Language, width: Int = .max) -> String {
        let l = language
        let few = "1–\(landscape.widelyUsedThreshold - 1)"
        var lines = [
            Formatting.pick(l, "Etäpalveluratkaisujen kartoitus", "Survey of remote-service solutions"),
            Formatting.pick(
                l, "\(landscape.solutionCount) ratkaisua, \(landscape.organisationCount) organisaatiota",
                "\(landscape.solutionCount) solutions, \(landscape.organisationCount) organisations"),
            "",
        ]
        var byCategory = Table(columns: [
            .init(Formatting.pick(l, "luokka", "category")), .init(Formatting.pick(l, "nimi", "name")),
            .init(Formatting.pick(l, "ratkaisuja", "solutions"), .right),
        ])
        for count in landscape.categories {
            let name = categories.first { $0.id == count.category }?.name[l] ?? count.category
            byCategory.rows.append([count.category, name, "\(count.solutions)"])
        }
        lines += [
            Formatting.pick(l, "Ratkaisut luokittain (pääluokka)", "Solutions per category (main category)"), byCategory.text(width: width),
            "",
        ]

        var distribution = Table(columns: [
            .init(Formatting.pick(l, "organisaatioita", "organisations"), .right),
            .init(Formatting.pick(l, "ratkaisuja", "solutions"), .right), .init(""),
        ])
        for bin in landscape.distribution where bin.solutions > 0 || bin.organisations > 0 {
            distribution.rows.append(["\(bin.organisations)", "\(bin.solutions)", String(repeating: "#", count: bin.solutions)])
        }
        lines += [
            Formatting.pick(l, "Kuinka monen organisaation käytössä ratkaisu on", "How many organisations use each solution"),
            distribution.text(width: width), "",
        ]
        lines.append(
            Formatting.pick(
                l,
                "\(landscape.usedByFew)/\(landscape.solutionCount) ratkaisua on \(few) organisaation käytössä; \(landscape.widelyUsed.count) vähintään \(landscape.widelyUsedThreshold) organisaation käytössä.",
                "\(landscape.usedByFew) of \(landscape.solutionCount) solutions are used by \(few) organisations; \(landscape.widelyUsed.count) by \(landscape.widelyUsedThreshold) or more."
            ))
        lines.append("")

        var widely = Table(columns: [
            .id, .init(Formatting.pick(l, "nimi", "name")),
            .init(Formatting.pick(l, "organisaatioita", "organisations"), .right),
        ])
        for use in landscape.widelyUsed { widely.rows.append([use.solution, use.name, "\(use.organisations)"]) }
        lines += [Formatting.pick(l, "Laajimmin käytetyt", "Most widely used"), widely.text(width: width), ""]

        var shortlist = Table(columns: [
            .id, .init(Formatting.pick(l, "nimi", "name")), .init(Formatting.pick(l, "peruste", "reason"), .left, .wrap),
        ])
        for entry in landscape.shortlist {
            let reasons = entry.reasons.map { reason -> String in
                switch reason {
                case .widelyUsed(let organisations):
                    return Formatting.pick(l, "laajasti käytetty (\(organisations) org.)", "widely used (\(organisations) orgs)")
                case let .promising(text, illustrative):
                    let note = illustrative ? Formatting.pick(l, " [havainnollinen]", " [illustrative]") : ""
                    return Formatting.pick(l, "lupaava: ", "promising: ") + text[l] + note
                }
            }
            shortlist.rows.append([entry.solution, entry.name, reasons.joined(separator: "; ")])
        }
        lines += [
            Formatting.pick(
                l, "Jatkoarviointiin (\(landscape.shortlist.count) ratkaisua)", "Shortlist (\(landscape.shortlist.count) solutions)"),
            shortlist.text(width: width), "",
        ]
        if landscape.illustrative { lines.append(Formatting.illustrativeNotice(l)) }
        lines.append(Formatting.reconstructionNotice(l))
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per solution: its use and whether it is shortlisted.
    package static func table(_ landscape: Landscape) -> Table {
        var table = Table(columns: [
            .init("solution"), .init("name"), .init("category"), .init("status"), .init("organisations"),
            .init("illustrative_organisations"), .init("widely_used"), .init("shortlisted"),
        ])
        let shortlisted = Set(landscape.shortlist.map(\.solution))
        for use in landscape.uses {
            table.rows.append([
                use.solution, use.name, use.category, use.status.rawValue, "\(use.organisations)",
                "\(use.illustrativeOrganisations)", "\(use.organisations >= landscape.widelyUsedThreshold)",
                "\(shortlisted.contains(use.solution))",
            ])
        }
        return table
    }
}
