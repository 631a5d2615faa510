import ArvioCore
import Foundation

/// The comparison report as one self-contained HTML document: inline CSS and SVG, no script, no external asset.
/// Semantic headings, captioned tables with header scopes, a text alternative for every chart, `lang` set.
package enum HTMLReport {
    static func e(_ text: String) -> String { SVGChart.escape(text) }

    /// - Parameter home: a link back to the page that holds this report (the toolkit site's index), if any.
    package static func document(_ report: ComparisonReport, _ l: Language, home: String? = nil) -> String {
        let title =
            Formatting.pick(l, "Etäpalveluratkaisujen vertailu", "Comparison of remote-service solutions") + ": \(report.round.name)"
        var sections: [(id: String, heading: String, body: String)] = []
        sections.append(("yhteenveto", Formatting.pick(l, "Yhteenveto", "Summary"), summary(report, l)))
        sections.append(("kartoitus", Formatting.pick(l, "Ratkaisukartoitus", "The landscape"), landscape(report, l)))
        sections.append(("kriteerit", Formatting.pick(l, "Kriteerit ja painot", "Criteria and weights"), criteria(report, l)))
        sections.append(("pakolliset", Formatting.pick(l, "Pakolliset vaatimukset", "Must-have gate"), gate(report, l)))
        sections.append(("pisteet", Formatting.pick(l, "Pisteet", "Scores"), heatmap(report, l)))
        sections.append(("jarjestykset", Formatting.pick(l, "Järjestykset menetelmittäin", "Rankings by method"), rankings(report, l)))
        sections.append(("osuudet", Formatting.pick(l, "Osa-alueiden osuudet", "Contributions of the areas"), contributions(report, l)))
        sections.append(("profiilit", Formatting.pick(l, "Ratkaisukohtaiset profiilit", "Profiles of the solutions"), profiles(report, l)))
        sections.append(("yksimielisyys", Formatting.pick(l, "Arvioijien yksimielisyys", "Assessor agreement"), agreement(report, l)))
        if report.smaa != nil {
            sections.append(("herkkyys", Formatting.pick(l, "Herkkyysanalyysi", "Sensitivity analysis"), sensitivity(report, l)))
        }
        if report.stakeholders != nil || report.stakeholdersOfAnotherModel {
            sections.append(("sidosryhmat", StakeholderView.heading(l), stakeholders(report, l)))
        }
        sections.append(
            ("liite", Formatting.pick(l, "Liite: perustelut ja näyttö", "Appendix: rationales and evidence"), appendix(report, l)))

        // The one page layout: the way back to the toolkit (when the report is one of its pages) in the menu, the
        // banner first in the main part, then the title, the contents and the sections.
        var body = "<h1>\(e(title))</h1>\n"
        body +=
            "<nav aria-label=\"\(Formatting.pick(l, "Sisällys", "Contents"))\"><h2>\(Formatting.pick(l, "Sisällys", "Contents"))</h2><ol>"
        for section in sections { body += "<li><a href=\"#\(section.id)\">\(e(section.heading))</a></li>" }
        body += "</ol></nav>\n"
        for section in sections {
            body +=
                "<section id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\">\n<h2 id=\"\(section.id)-h\">\(e(section.heading))</h2>\n"
            body += section.body + "</section>\n"
        }
        let toolkit = Formatting.pick(l, "Etäpalvelujen työkalupakki", "Remote-service toolkit")
        return PageLayout(
            language: l, title: title, siteName: "Arvio", head: .inline(style: style, policy: Markup.policy),
            skip: Formatting.pick(l, "Siirry sisältöön", "Skip to content"), menuLabel: Formatting.pick(l, "Päävalikko", "Main menu"),
            menu: home.map { [PageLayout.Link("← " + toolkit, href: $0)] } ?? [], otherLanguage: nil,
            banner: report.isIllustrative ? banner(report, l) : nil, body: body, footer: footerLines(report, l)
        ).html()
    }

    static func banner(_ report: ComparisonReport, _ l: Language) -> String {
        report.round.illustrative
            ? Formatting.pick(
                l,
                "HAVAINNOLLINEN AINEISTO: tämän kierroksen pisteet on keksitty työkalun esittelyä varten; ne eivät ole todellisia arviointituloksia.",
                "ILLUSTRATIVE DATA: this round's scores are invented to show the tool; they are not real evaluation results.")
            : Formatting.illustrativeNotice(l)
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;line-height:1.5;margin:0 auto;max-width:60rem;padding:1rem}
        a{color:#004b87}a:focus,summary:focus{outline:3px solid #b35900;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        .banner{border:3px solid #7a3b00;background:#fff4e5;padding:.75rem;color:#1b1b1b}
        .warning{border-left:4px solid #7a3b00;padding-left:.75rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
        main,h1,h2,h3,p,li,dd,td,th,caption{overflow-wrap:anywhere}h1,h2,h3{hyphens:auto}
        th,td{border:1px solid #8a8a8a;padding:.2rem .4rem;text-align:left;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums}
        thead{display:table-header-group}tr{break-inside:avoid}
        .heat td.s{text-align:center;min-width:2.2rem}.s0{background:#f7f7f7}.s1{background:#e5eef8}.s2{background:#cfe0f2}.s3{background:#b5cfeb}.s4{background:#9bbfe3}.s5{background:#7fa8d6}
        .unknown{background:#fff;border:2px dashed #5c5c5c}.na{background:repeating-linear-gradient(45deg,#eee,#eee 4px,#ddd 4px,#ddd 8px)}
        .chart svg{font-size:12px}.chart .label,.chart .value{fill:#1b1b1b}.chart .inbar{fill:#fff;font-weight:600}
        figure{margin:1rem 0;break-inside:avoid}.scroll{overflow-x:auto}.scroll:focus{outline:3px solid #1f4e79;outline-offset:2px}figcaption{font-style:italic}
        h2{border-bottom:2px solid #004b87;break-after:avoid}h3{break-after:avoid}
        .profile{border:1px solid #8a8a8a;padding:.5rem 1rem;margin:1rem 0;break-inside:avoid}
        footer{border-top:1px solid #8a8a8a;margin-top:2rem;font-size:.85rem}footer p{margin:.25rem 0}
        @media print{nav,.skip,.noprint{display:none}body{max-width:none}a{color:#1b1b1b}section{break-before:auto}}
        """

    static func table(
        caption: String, headers: [String], rows: [[String]], numeric: Set<Int> = [], rowHeader: Bool = true, raw: Bool = false
    )
        -> String
    {
        // A table wider than a phone scrolls inside its own labelled, keyboard-focusable region, not the page.
        var html =
            "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(caption))\"><table><caption>\(e(caption))</caption><thead><tr>"
        for header in headers { html += "<th scope=\"col\">\(e(header))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (k, cell) in row.enumerated() {
                let content = raw ? cell : e(cell)
                if k == 0, rowHeader {
                    html += "<th scope=\"row\">\(content)</th>"
                } else {
                    html += numeric.contains(k) ? "<td class=\"n\">\(content)</td>" : "<td>\(content)</td>"
                }
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>\n"
    }

    static func paragraph(_ text: String) -> String { "<p>\(e(text))</p>\n" }

    static func decimal(_ value: Double, _ l: Language, places: Int = 3) -> String {
        let text = String(format: "%.\(places)f", value)
        return Formatting.decimalMark(text, l)
    }

    static func footerLines(_ report: ComparisonReport, _ l: Language) -> [String] {
        let methods = report.rankings.map { ranking in
            "\(ranking.method.name(in: l)) (" + ranking.parameters.map { $0.text(in: l) }.joined(separator: "; ") + ")"
        }
        var lines = [
            Formatting.pick(
                l, "Arvio \(report.metadata.version), luotu \(report.metadata.generated)",
                "Arvio \(report.metadata.version), generated \(report.metadata.generated)"),
            Formatting.pick(
                l, "Kierros \(report.round.id), sisältötiiviste (SHA-256) \(report.round.contentHash)",
                "Round \(report.round.id), content hash (SHA-256) \(report.round.contentHash)"),
            Formatting.pick(l, "Painotusmalli \(report.round.model)", "Weight model \(report.round.model)"),
            Formatting.pick(l, "Menetelmät: ", "Methods: ") + methods.joined(separator: "; "),
        ]
        if let smaa = report.smaa { lines.append(SensitivityView.settings(smaa, l)) }
        if let head = report.metadata.auditHead { lines.append(auditHeadLine(head, l)) }
        return lines
    }

    /// The audit log's head, with how to check it later.
    static func auditHeadLine(_ head: String, _ l: Language) -> String {
        Formatting.pick(
            l, "Tarkastuslokin pää \(head) (tarkistus: arvio audit verify --head \(head))",
            "Audit log head \(head) (check: arvio audit verify --head \(head))")
    }
}
