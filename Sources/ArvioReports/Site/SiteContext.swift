import ArvioCore
import Foundation

extension ToolkitSite {
    /// One language's pages: paths, relative links, the shared layout.
    struct Context {
        let input: Input
        let language: Language
        var l: Language { language }
        var project: Project { input.project }

        func e(_ text: String) -> String { Markup.escape(text) }
        func pick(_ fi: String, _ en: String) -> String { Formatting.pick(l, fi, en) }

        /// ` lang="fi"` on an English page, for an element whose text the project holds in Finnish only; nothing on a
        /// Finnish page.
        var finnishOnly: String { l == .en ? " lang=\"fi\"" : "" }

        /// The path of a page of this language from the site's root.
        func path(_ page: String) -> String { l == .fi ? page : "en/" + page }

        /// A link from one page to another, relative, so the site works from a folder or a file system.
        func href(from page: String, to target: String) -> String {
            String(repeating: "../", count: page.split(separator: "/").count - 1) + target
        }

        /// The same page in the other language.
        func counterpart(_ page: String) -> String { l == .fi ? "en/" + page : String(page.dropFirst(3)) }

        var round: Round? { input.report?.round }

        /// True when a page shows data that is illustrative (usage counts, the sample round's scores).
        func illustrative(solutions: [Solution]) -> Bool {
            solutions.contains(where: \.hasIllustrativeData) || (input.report.map { $0.isIllustrative } ?? false)
        }

        /// A page of the site in the one page layout (``PageLayout``), its style inline so that it works from disk.
        /// - Parameter script: the relative path of a same-origin script file, or nil.
        func layout(page: String, title: String, body: String, illustrative: Bool, script: String? = nil) -> String {
            var menu = [
                PageLayout.Link(pick("Toimintamallit", "Operating models"), href: href(from: page, to: path("index.html"))),
                PageLayout.Link(pick("Ratkaisut", "Solutions"), href: href(from: page, to: path("solutions/index.html"))),
                PageLayout.Link(pick("Seuranta", "Follow-up"), href: href(from: page, to: path("evidence.html"))),
            ]
            if input.report != nil {
                menu.append(
                    PageLayout.Link(pick("Vertailuraportti", "Comparison report"), href: href(from: page, to: path("report/index.html"))))
            }
            let banner = input.report.map { HTMLReport.banner($0, l) } ?? Formatting.illustrativeNotice(l)
            let footer =
                "Arvio \(input.version), \(input.generated)"
                + (round.map { " · " + pick("arviointikierros", "evaluation round") + " " + $0.id } ?? "")
            return PageLayout(
                language: l, title: title, siteName: pick("Etäpalvelujen työkalupakki", "Remote-service toolkit"),
                head: .inline(style: ToolkitSite.style, policy: Markup.policy), skip: pick("Siirry sisältöön", "Skip to content"),
                menuLabel: pick("Päävalikko", "Main menu"), menu: menu,
                otherLanguage: PageLayout.Link(l == .fi ? "In English" : "Suomeksi", href: href(from: page, to: counterpart(page))),
                banner: illustrative ? banner : nil, body: body, footer: [footer], script: script
            ).html()
        }

        func categoryName(_ id: String?) -> String {
            guard let id else { return pick("Palvelurajat ylittävä", "Cross-cutting") }
            let name = project.criteria.applicability.categories.first { $0.id == id }?.name[l]
            return name.map { "\($0) (\(id))" } ?? id
        }

        func criterionLabel(_ id: String) -> String {
            project.criteria.criterion(id).map { "\(id) \($0.name[l])" } ?? id
        }

        /// "Täyttää pakolliset vaatimukset", "Ei täytä: KO-T2 (T2 = 2.5)", "Ei arvioitu".
        func statusText(_ status: GateStatus) -> String {
            switch status {
            case .passed:
                return pick("Täyttää pakolliset vaatimukset", "Meets the must-have requirements")
            case .failed(let failures):
                let rules = failures.map { failure in
                    "\(failure.rule) (\(criterionLabel(failure.criterion)))"
                }
                return pick("Ei täytä: ", "Fails: ") + rules.joined(separator: ", ")
            case .notEvaluated:
                return pick("Ei arvioitu", "Not evaluated")
            }
        }

        /// A text badge: the word carries the meaning, the colour only repeats it.
        func statusBadge(_ status: GateStatus) -> String {
            let kind: String
            switch status {
            case .passed: kind = "ok"
            case .failed: kind = "fail"
            case .notEvaluated: kind = "none"
            }
            return "<span class=\"status \(kind)\">\(e(statusText(status)))</span>"
        }
    }

    package static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff;line-height:1.55;margin:0}
        header,main,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
        header{border-bottom:2px solid #1f4e79}header ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:.75rem 0}
        a{color:#0b4a8b}a:focus,input:focus,select:focus,button:focus,summary:focus{outline:3px solid #1f4e79;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
        h1{font-size:1.7rem;line-height:1.25}h2{font-size:1.3rem;border-bottom:1px solid #8a8a8a;margin-top:2rem}h3{font-size:1.1rem}
        .banner{border:2px solid #7a3b00;background:#fff6e8;padding:.6rem .8rem}
        .summary{font-size:1.1rem}
        dl.meta{display:grid;grid-template-columns:minmax(0,max-content) minmax(0,1fr);gap:.2rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
        main,h1,h2,h3,p,li,dd,td,th,caption{overflow-wrap:anywhere}h1,h2,h3{hyphens:auto}
        .chart svg{font-size:12px}.chart .label,.chart .value{fill:#1b1b1b}figure.chart{margin:1rem 0}
        .note{font-style:italic;color:#3d3d3d;margin:.25rem 0}.scroll{overflow-x:auto}.scroll:focus{outline:3px solid #1f4e79;outline-offset:2px}
        @media (max-width:30rem){dl.meta{grid-template-columns:minmax(0,1fr)}dl.meta dd{margin:0 0 .4rem}}
        table{border-collapse:collapse;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600}
        th,td{border:1px solid #8a8a8a;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .status{display:inline-block;font-weight:600;padding:0 .3rem;border:1px solid}.status.ok{color:#1d5e20}.status.fail{color:#8b1a1a}.status.none{color:#4a4a4a}
        .unverified{border:1px dashed #7a3b00;color:#7a3b00;padding:0 .25rem;font-weight:600}
        ul.models{list-style:none;padding:0}ul.models li{border:1px solid #b0b0b0;padding:.6rem .8rem;margin:.6rem 0}
        ul.models h2{font-size:1.15rem;border:0;margin:0}.facts{color:#3d3d3d;font-size:.95rem;margin:.2rem 0 0}
        ul.checklist{list-style:none;padding-left:0}ul.checklist li{margin:.35rem 0;display:flex;gap:.5rem;align-items:flex-start}
        ul.checklist input{width:1.2rem;height:1.2rem;margin-top:.2rem;flex:none}
        form.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem 1rem;margin:1rem 0}
        form.filters label{display:block;font-weight:600}form.filters input,form.filters select{width:100%;font-size:1rem;padding:.3rem}
        footer{border-top:1px solid #8a8a8a;margin-top:2rem;font-size:.9rem}
        @media print{header nav,.skip,form.filters,.noprint{display:none}a{color:#000}h2{break-after:avoid}li,tr{break-inside:avoid}}
        """
}
