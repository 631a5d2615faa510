import ArvioCore
import Foundation

extension ToolkitSite.Context {
    // MARK: - The toolkit index

    func index() -> String {
        let page = path("index.html")
        let models = project.toolkit.filter { $0.status != .archived }
        var body = "<h1>\(pick("Etäpalvelujen työkalupakki", "Remote-service toolkit"))</h1>\n"
        body +=
            "<p class=\"summary\">\(pick("Toimintamallit sosiaali- ja terveyspalvelujen tuottamiseen etänä: valmistelu, käyttöönotto ja jokainen etäkontakti, ja mitkä arvioidut ratkaisut sopivat kuhunkin.", "Operating models for delivering social and health services remotely: preparation, deployment and every remote contact, and which evaluated solutions fit each."))</p>\n"
        func options(_ values: [String]) -> String {
            values.map { "<option value=\"\(e($0))\"\(finnishOnly)>\(e($0))</option>" }.joined()
        }
        let categories = Array(Set(models.compactMap(\.category))).sorted()
        let areas = Array(Set(models.flatMap(\.serviceAreas))).sorted()
        let phases = Array(Set(models.map(\.developmentPhase).filter { !$0.isEmpty })).sorted()
        // Shown by the script: without JavaScript the full list below is the page.
        body += """
            <form class="filters" id="filters" role="search" hidden="hidden">
            <div><label for="q">\(pick("Hae", "Search"))</label><input type="search" id="q" autocomplete="off"/></div>
            <div><label for="category">\(pick("Luokka", "Category"))</label><select id="category"><option value="">\(pick("Kaikki", "All"))</option>\(categories.map { "<option value=\"\(e($0))\">\(e(categoryName($0)))</option>" }.joined())</select></div>
            <div><label for="area">\(pick("Palvelualue", "Service area"))</label><select id="area"><option value="">\(pick("Kaikki", "All"))</option>\(options(areas))</select></div>
            <div><label for="phase">\(pick("Vaihe", "Phase"))</label><select id="phase"><option value="">\(pick("Kaikki", "All"))</option>\(options(phases))</select></div>
            </form>
            <p id="count" aria-live="polite" data-unit="\(pick("toimintamallia", "operating models"))">\(models.count) \(pick("toimintamallia", "operating models"))</p>
            <ul class="models" id="models">

            """
        for model in models {
            let target = href(from: page, to: path("models/\(model.id).html"))
            let search = ([model.title.fi, model.title.en, model.summary.fi, model.summary.en] + model.tags + model.serviceAreas)
                .joined(separator: " ").lowercased()
            body += """
                <li data-category="\(e(model.category ?? ""))" data-areas="\(e(model.serviceAreas.joined(separator: "|")))" data-phase="\(e(model.developmentPhase))" data-search="\(e(search))">
                <h2><a href="\(target)">\(e(model.title[l]))</a></h2>
                <p>\(e(model.summary[l]))</p>
                <p class="facts">\(e(categoryName(model.category))) · <span\(finnishOnly)>\(e(model.serviceAreas.joined(separator: ", ")))</span> · \(pick("vaihe", "phase")): <span\(finnishOnly)>\(e(model.developmentPhase))</span></p>
                </li>

                """
        }
        body += "</ul>\n"
        return layout(
            page: page, title: pick("Toimintamallit", "Operating models"), body: body, illustrative: false,
            script: href(from: page, to: ToolkitSite.filterScriptPath))
    }

    /// Filters the list by search words, category, service area and phase; announces the count. A file of its own,
    /// shared by both languages (the unit word is on the page), so that the pages' Content-Security-Policy allows no
    /// inline script.
    static let filterScript = """
        (function () {
          var form = document.getElementById('filters'), items = document.querySelectorAll('#models > li');
          var count = document.getElementById('count'), unit = count.dataset.unit;
          form.hidden = false;
          function apply() {
            var words = document.getElementById('q').value.toLowerCase().split(/\\s+/).filter(Boolean);
            var c = document.getElementById('category').value, a = document.getElementById('area').value;
            var p = document.getElementById('phase').value, shown = 0;
            items.forEach(function (li) {
              var ok = (!c || li.dataset.category === c) && (!a || li.dataset.areas.split('|').indexOf(a) >= 0)
                && (!p || li.dataset.phase === p) && words.every(function (w) { return li.dataset.search.indexOf(w) >= 0; });
              li.hidden = !ok; if (ok) { shown += 1; }
            });
            count.textContent = shown + ' / ' + items.length + ' ' + unit;
          }
          form.addEventListener('input', apply);
          form.addEventListener('submit', function (event) { event.preventDefault(); });
        })();

        """

    // MARK: - One operating model

    func modelPage(_ model: OperatingModel) -> String {
        let page = path("models/\(model.id).html")
        let fitting = ToolkitSite.fitting(model, in: project)
        var body =
            "<nav aria-label=\"\(pick("Murupolku", "Breadcrumb"))\" class=\"noprint\"><a href=\"\(href(from: page, to: path("index.html")))\">\(pick("Toimintamallit", "Operating models"))</a> › \(e(model.title[l]))</nav>\n"
        body += "<h1>\(e(model.title[l]))</h1>\n<p class=\"summary\">\(e(model.summary[l]))</p>\n"
        if model.status == .draft {
            body +=
                "<p class=\"banner\" role=\"note\"><strong>\(pick("Luonnos: mallia ei ole vielä hyväksytty käyttöön.", "Draft: this model is not yet approved for use."))</strong></p>\n"
        }
        body +=
            "<p class=\"noprint\"><a href=\"\(href(from: page, to: path("models/\(model.id)-checklist.html")))\">\(pick("Tulostettava tarkistuslista", "Printable checklist"))</a> · <a href=\"\(href(from: page, to: "models/\(model.id).bpmn"))\" download=\"\(model.id).bpmn\">\(pick("Prosessikaavio (BPMN 2.0)", "Process diagram (BPMN 2.0)"))</a></p>\n"
        body += "<dl class=\"meta\">\n"
        func row(_ term: String, _ value: String, finnish: Bool = false) {
            if !value.isEmpty { body += "<dt>\(term)</dt><dd\(finnish ? finnishOnly : "")>\(value)</dd>\n" }
        }
        // The model file writes these in Finnish only; the English page marks them so (lang="fi").
        row(pick("Luokka", "Category"), e(categoryName(model.category)))
        row(pick("Palvelualueet", "Service areas"), e(model.serviceAreas.joined(separator: ", ")), finnish: true)
        row(pick("Kohderyhmät", "Target groups"), e(model.targetGroups.joined(separator: ", ")), finnish: true)
        row(pick("Kehittämisen vaihe", "Development phase"), e(model.developmentPhase), finnish: true)
        row(pick("Toteutuspaikka", "Place"), e(model.place), finnish: true)
        row(pick("Omistaja", "Owner"), e(model.owner), finnish: true)
        row(pick("Säädöspohja", "Legal basis"), e(model.legalBasis.joined(separator: ", ")))
        row(pick("Versio", "Version"), e("\(model.version), \(pick("päivitetty", "updated")) \(model.updated)"))
        if let url = model.innokylaURL { row("Innokylä", "<a href=\"\(e(url))\">\(e(url))</a>") }
        body += "</dl>\n"

        body += "<section aria-labelledby=\"ratkaisut\"><h2 id=\"ratkaisut\">\(pick("Sopivat ratkaisut", "Fitting solutions"))</h2>\n"
        if model.requiredCriteria.isEmpty {
            body +=
                "<p>\(pick("Mallilla ei ole omia pakollisia vaatimuksia.", "This model has no must-have requirements of its own."))</p>\n"
        } else {
            body +=
                "<p>\(pick("Ratkaisun on täytettävä nämä pakolliset vaatimukset:", "The solution must meet these must-have requirements:"))</p>\n<ul>"
            body += model.requiredCriteria.map { "<li>\(e(criterionLabel($0)))</li>" }.joined() + "</ul>\n"
        }
        if fitting.isEmpty {
            body += "<p>\(pick("Luettelossa ei ole tämän luokan ratkaisuja.", "The catalog has no solutions of this category."))</p>\n"
        } else {
            let roundText = round.map { "\(pick("Tila kierroksella", "Status in round")) \(e($0.name))" } ?? pick("Tila", "Status")
            body +=
                "<table><caption>\(pick("Luettelon ratkaisut ja niiden tila viimeisimmällä arviointikierroksella", "Catalog solutions and their status in the latest evaluation round"))</caption>"
            body +=
                "<thead><tr><th scope=\"col\">\(pick("Ratkaisu", "Solution"))</th><th scope=\"col\">\(roundText)</th></tr></thead><tbody>\n"
            for solution in fitting {
                let link = href(from: page, to: path("solutions/\(solution.id).html"))
                body +=
                    "<tr><th scope=\"row\"><a href=\"\(link)\">\(e(solution.name))</a></th><td>\(statusBadge(ToolkitSite.status(of: solution.id, in: input.report)))</td></tr>\n"
            }
            body += "</tbody></table>\n"
        }
        body += "</section>\n"
        body += evidenceSection(model, page: page)

        for section in model.sections {
            let id = "s-\(SectionKind.allCases.firstIndex(of: section.kind) ?? 0)"
            body += "<section aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(e(section.kind.heading(l)))</h2>\n"
            // The English page shows the section's English text where the model has one; else the Finnish, saying so to
            // the reader and to the browser and the screen reader (lang="fi").
            let english = l == .en ? section.english : nil
            var markdown = english ?? section.markdown
            if SectionKind.phases.contains(section.kind) {
                markdown = markdown.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { ChecklistItem.text(ofLine: $0) == nil }.joined(separator: "\n")
            }
            if english != nil {
                body += "<div>\(MarkdownHTML.html(markdown, .en))</div>\n"
            } else {
                if l == .en, !markdown.allSatisfy(\.isWhitespace) {
                    body += "<p class=\"note\">Available in Finnish only.</p>\n"
                }
                body += "<div\(finnishOnly)>\(MarkdownHTML.html(markdown, .fi))</div>\n"
            }
            if SectionKind.phases.contains(section.kind) {
                if l == .en { body += "<p class=\"note\">The checklist is available in Finnish only.</p>\n" }
                body += checklist(model, section.kind)
            }
            body += "</section>\n"
        }
        let shown = (illustrative(solutions: fitting) && !fitting.isEmpty) || (input.feedback?.illustrative ?? false)
        return layout(page: page, title: model.title[l], body: body, illustrative: shown)
    }

    func checklist(_ model: OperatingModel, _ phase: SectionKind) -> String {
        let items = model.checklists.enumerated().filter { $0.element.phase == phase }
        var html = "<ul class=\"checklist\"\(l == .fi ? "" : " lang=\"fi\"")>\n"
        for (index, item) in items {
            html +=
                "<li><input type=\"checkbox\" id=\"c\(index)\"/><label for=\"c\(index)\">\(MarkdownHTML.inline(item.text))</label></li>\n"
        }
        return html + "</ul>\n"
    }

    func checklistPage(_ model: OperatingModel) -> String {
        let page = path("models/\(model.id)-checklist.html")
        var body =
            "<p class=\"noprint\"><a href=\"\(href(from: page, to: path("models/\(model.id).html")))\">← \(e(model.title[l]))</a></p>\n"
        body += "<h1>\(pick("Tarkistuslista", "Checklist")): \(e(model.title[l]))</h1>\n"
        body +=
            "<p>\(pick("Yksikkö", "Unit")): ____________________ \(pick("Päiväys", "Date")): ____________ \(pick("Vastuuhenkilö", "Responsible")): ____________________</p>\n"
        let form = formLink(model)
        if !form.isEmpty {
            body +=
                "<section aria-labelledby=\"palaute\"><h2 id=\"palaute\">\(pick("Asiakaspalaute", "Customer feedback"))</h2>\n\(form)</section>\n"
        }
        for phase in SectionKind.phases {
            let id = "p-\(phase.english.lowercased())"
            body +=
                "<section aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(e(phase.heading(l)))</h2>\n\(checklist(model, phase))</section>\n"
        }
        return layout(page: page, title: pick("Tarkistuslista", "Checklist") + ": " + model.title[l], body: body, illustrative: false)
    }

    // MARK: - Solutions

    func solutionIndex() -> String {
        let page = path("solutions/index.html")
        var body = "<h1>\(pick("Ratkaisuluettelo", "Solution catalog"))</h1>\n"
        body +=
            "<p>\(pick("Alueella käytössä olevat etäpalveluratkaisut ja niiden tila viimeisimmällä arviointikierroksella.", "Remote-service solutions in use in the region and their status in the latest evaluation round."))</p>\n"
        body +=
            "<table><caption>\(pick("Ratkaisut luokittain", "Solutions by category"))</caption><thead><tr><th scope=\"col\">\(pick("Ratkaisu", "Solution"))</th><th scope=\"col\">\(pick("Luokka", "Category"))</th><th scope=\"col\">\(pick("Arviointi", "Evaluation"))</th></tr></thead><tbody>\n"
        for solution in project.solutions.sorted(by: { ($0.category, $0.name) < ($1.category, $1.name) }) {
            body +=
                "<tr><th scope=\"row\"><a href=\"\(href(from: page, to: path("solutions/\(solution.id).html")))\">\(e(solution.name))</a></th><td>\(e(categoryName(solution.category)))</td><td>\(statusBadge(ToolkitSite.status(of: solution.id, in: input.report)))</td></tr>\n"
        }
        body += "</tbody></table>\n"
        return layout(
            page: page, title: pick("Ratkaisut", "Solutions"), body: body, illustrative: illustrative(solutions: project.solutions))
    }

    func solutionPage(_ solution: Solution) -> String {
        let page = path("solutions/\(solution.id).html")
        var body =
            "<nav aria-label=\"\(pick("Murupolku", "Breadcrumb"))\"><a href=\"\(href(from: page, to: path("solutions/index.html")))\">\(pick("Ratkaisut", "Solutions"))</a> › \(e(solution.name))</nav>\n"
        body += "<h1>\(e(solution.name))</h1>\n<p class=\"summary\">\(e(solution.description[l]))</p>\n<dl class=\"meta\">\n"
        func fact(_ label: String, _ fact: Fact<String>?) {
            guard let fact else {
                body += "<dt>\(label)</dt><dd>\(pick("ei dokumentoitu", "not documented"))</dd>\n"
                return
            }
            let sources = fact.sources.compactMap { id in solution.sources.first { $0.id == id } }
                .map { "<a href=\"\(e($0.url))\">\(e($0.id))</a>" }.joined(separator: ", ")
            let mark =
                fact.verification == .unverified
                ? "<strong class=\"unverified\">\(e(Formatting.verification(fact.verification, l)))</strong>"
                : e(Formatting.verification(fact.verification, l))
            body += "<dt>\(label)</dt><dd>\(e(fact.value)) (\(mark)\(sources.isEmpty ? "" : "; " + sources))</dd>\n"
        }
        fact(pick("Toimittaja", "Vendor"), solution.vendor)
        body +=
            "<dt>\(pick("Luokka", "Category"))</dt><dd>\(e(([solution.category] + solution.otherCategories).map(categoryName).joined(separator: ", ")))</dd>\n"
        body += "<dt>\(pick("Käyttäjät", "Audience"))</dt><dd>\(e(Formatting.audience(solution.audience, l)))</dd>\n"
        fact(
            pick("Tila", "Status"),
            Fact(Formatting.status(solution.status.value, l), verification: solution.status.verification, sources: solution.status.sources))
        fact(pick("Asiakkaan tunnistaminen", "Client identification"), solution.clientIdentification)
        fact(pick("Palvelimen sijainti", "Hosting"), solution.hosting)
        fact(pick("Integraatiot", "Integrations"), solution.integrations)
        fact(pick("Saavutettavuusseloste", "Accessibility statement"), solution.accessibilityStatement)
        let illustrativeUsage = solution.usage.filter(\.illustrative).count
        body +=
            "<dt>\(pick("Käyttävät organisaatiot", "Organisations using it"))</dt><dd>\(solution.usage.count)\(illustrativeUsage > 0 ? " (" + pick("havainnollinen", "illustrative") + " \(illustrativeUsage))" : "")</dd>\n"
        body +=
            "<dt>\(pick("Arviointi", "Evaluation"))</dt><dd>\(statusBadge(ToolkitSite.status(of: solution.id, in: input.report)))</dd>\n</dl>\n"

        let models = ToolkitSite.models(using: solution, in: project)
        body += "<section aria-labelledby=\"mallit\"><h2 id=\"mallit\">\(pick("Toimintamallit", "Operating models"))</h2>\n"
        if models.isEmpty {
            body += "<p>\(pick("Mikään toimintamalli ei vielä käytä tätä ratkaisua.", "No operating model uses this solution yet."))</p>\n"
        } else {
            body +=
                "<ul>"
                + models.map { "<li><a href=\"\(href(from: page, to: path("models/\($0.id).html")))\">\(e($0.title[l]))</a></li>" }.joined()
                + "</ul>\n"
        }
        body += "</section>\n"
        if !solution.sources.isEmpty {
            body += "<section aria-labelledby=\"lahteet\"><h2 id=\"lahteet\">\(pick("Lähteet", "Sources"))</h2><ul>"
            body += solution.sources.map { "<li>\(e($0.id)): <a href=\"\(e($0.url))\">\(e($0.url))</a> – \(e($0.supports[l]))</li>" }
                .joined()
            body += "</ul></section>\n"
        }
        return layout(page: page, title: solution.name, body: body, illustrative: illustrative(solutions: [solution]))
    }
}
