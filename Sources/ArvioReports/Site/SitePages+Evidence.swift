import ArvioCore
import Foundation

/// The evidence from use: each operating model's indicators against their targets and its customer feedback, and an
/// overview comparing the models. Feedback is published only as ``PublishedFeedback`` allows.
extension ToolkitSite.Context {
    var survey: Survey? { project.survey }

    /// The section of a model's page: its indicators (a chart with the target line and a table), then its feedback.
    func evidenceSection(_ model: OperatingModel, page: String) -> String {
        var body =
            "<section aria-labelledby=\"seuranta\"><h2 id=\"seuranta\">\(pick("Mittarit ja asiakaspalaute", "Indicators and customer feedback"))</h2>\n"
        let known = model.kpis.compactMap(project.kpi)
        // The recommendation index and the statements are the feedback below, not indicator files.
        let missing = model.kpis.filter { project.kpi($0) == nil && !["nps", "perusvaittamat"].contains($0) }
        for (index, kpi) in known.enumerated() { body += kpiBlock(kpi, id: "k\(index)") }
        if !missing.isEmpty {
            body +=
                "<p>\(pick("Mittarit, joille ei vielä ole julkaistuja arvoja", "Indicators without published values yet")): <span\(finnishOnly)>\(e(missing.joined(separator: ", ")))</span></p>\n"
        }
        let feedback = feedbackBlock(model)
        guard !known.isEmpty || !missing.isEmpty || !feedback.isEmpty else { return "" }
        return body + feedback + "</section>\n"
    }

    func kpiBlock(_ kpi: KPI, id: String) -> String {
        var html = "<h3>\(e(kpi.name[l]))</h3>\n<p>\(e(kpi.definition[l]))</p>\n"
        if kpi.illustrative { html += "<p class=\"banner\" role=\"note\">\(e(Formatting.illustrativeNotice(l)))</p>\n" }
        guard !kpi.values.isEmpty else {
            return html + "<p>\(pick("Ei vielä arvoja.", "No values yet."))</p>\n"
        }
        let description =
            kpi.values.map { "\($0.period): \(KPIView.value($0, kpi, l))" }.joined(separator: "; ")
            + (kpi.targets.isEmpty ? "" : ". " + kpi.targets.map { KPIView.targetText($0, kpi, l) }.joined(separator: "; "))
        html += SVGChart.series(
            id: id, caption: kpi.name[l], description: description,
            points: kpi.values.map {
                ($0.period, $0.value, KPIView.value($0, kpi, l).replacingOccurrences(of: " " + kpi.unit[l], with: ""))
            },
            targets: kpi.targets.map { ("\($0.label[l]) \(KPIView.amount($0.value, kpi, l))", $0.value) }, floor: 0)
        func cite(_ verification: Verification, _ ids: [String]) -> String {
            let links = ids.compactMap { id in kpi.sources.first { $0.id == id } }.map { "<a href=\"\(e($0.url))\">\(e($0.id))</a>" }
            let mark =
                verification == .unverified
                ? "<strong class=\"unverified\">\(e(Formatting.verification(verification, l)))</strong>"
                : e(Formatting.verification(verification, l))
            return mark + (links.isEmpty ? "" : "; " + links.joined(separator: ", "))
        }
        // Raw cells: each is escaped here, and the source column holds its links.
        let rows =
            kpi.values.map { [e($0.period), e(KPIView.value($0, kpi, l)), cite($0.verification, $0.sources)] }
            + kpi.targets.map { [pick("Tavoite", "Target"), e(KPIView.targetText($0, kpi, l)), cite($0.verification, $0.sources)] }
        return html
            + HTMLReport.table(
                caption: "\(kpi.name[l]): \(pick("arvot ja lähteet", "values and sources"))",
                headers: [pick("Kausi", "Period"), pick("Arvo", "Value"), pick("Lähde", "Source")], rows: rows, raw: true)
    }

    func feedbackBlock(_ model: OperatingModel) -> String {
        guard let survey, model.feedbackSurvey == survey.id else { return "" }
        var html = "<h3>\(pick("Asiakaspalaute", "Customer feedback"))</h3>\n"
        html += formLink(model)
        guard let tally = input.feedback, let overview = input.overview else {
            return html + "<p>\(pick("Palautetta ei ole vielä kerätty.", "No feedback has been collected yet."))</p>\n"
        }
        let total = PublishedFeedback.model(model.id, by: .month, tally, overview: overview)
        if tally.illustrative { html += "<p class=\"banner\" role=\"note\">\(e(FeedbackView.illustrativeNotice(l)))</p>\n" }
        guard let responses = total.total.responses, responses > 0 else {
            return html
                + "<p>\(total.total.responses == 0 ? pick("Palautetta ei ole vielä kerätty.", "No feedback has been collected yet.") : e(FeedbackView.suppressionRule(l)))</p>\n"
        }
        html +=
            "<p class=\"summary\">\(pick("Suositteluindeksi", "Recommendation index")) (NPS) \(e(FeedbackView.npsText(total.total.nps, l))), \(pick("95 %:n luottamusväli", "95 % confidence interval")) \(e(FeedbackView.intervalText(total.total.nps, l))); \(responses) \(pick("vastausta", "responses")).</p>\n"
        // The trend: months whose figures may be shown.
        let months = total.parts.filter { $0.nps?.score != nil }
        if months.count > 1 {
            html += SVGChart.series(
                id: "nps-\(model.id)", caption: pick("Suositteluindeksi kuukausittain", "Recommendation index by month"),
                description: total.parts.map {
                    "\($0.label): \($0.nps.map { FeedbackView.npsText($0, l) } ?? FeedbackView.suppressedMark(l))"
                }
                .joined(separator: "; "),
                points: months.map { ($0.label, $0.nps?.score ?? 0, FeedbackView.npsText($0.nps, l)) }, targets: [], floor: -100)
        }
        html += breakdownTable(total, caption: pick("Suositteluindeksi kuukausittain", "Recommendation index by month"), label: { $0 })
        for dimension in [PublishedFeedback.Dimension.unit, .channel] {
            let breakdown = PublishedFeedback.model(model.id, by: dimension, tally, overview: overview)
            html += breakdownTable(
                breakdown,
                caption: dimension == .unit
                    ? pick("Suositteluindeksi yksiköittäin", "Recommendation index by unit")
                    : pick("Suositteluindeksi kanavittain", "Recommendation index by channel"),
                label: { dimension == .channel ? FeedbackView.channelName($0, l) : $0 })
        }
        html += statementsTable(total.total, survey: survey)
        html += "<p class=\"note\">\(e(FeedbackView.suppressionRule(l))) \(e(NPS.intervalMethod(l))) \(e(FeedbackView.openAnswersNote(l)))"
        if let note = FeedbackView.unverifiedWordingNote(survey, l) { html += " \(e(note))" }
        return html + "</p>\n"
    }

    /// The feedback form's address for clients, as a link and a QR code, when the site is served by the web app (a
    /// static site has no form); empty otherwise.
    func formLink(_ model: OperatingModel) -> String {
        guard let address = input.formAddress, let survey, model.feedbackSurvey == survey.id else { return "" }
        let link = address + "/palaute/" + model.id + (l == .en ? "?lang=en" : "")
        var html =
            "<p>\(pick("Palautelinkki asiakkaalle (liitä etäasioinnin chattiin; lisää yksikkö: ?yksikko=Nimi)", "The feedback link for clients (paste it into the appointment's chat; add the unit: ?yksikko=Name)")): <a href=\"\(e(link))\">\(e(link))</a></p>\n"
        if let code = QRCode(link) {
            html +=
                "<figure class=\"qr\">\(code.svg(label: pick("QR-koodi palautelomakkeeseen", "QR code to the feedback form") + ": " + link))<figcaption>\(pick("QR-koodi palautelomakkeeseen", "QR code to the feedback form"))</figcaption></figure>\n"
        }
        return html
    }

    func breakdownTable(_ breakdown: PublishedFeedback.Breakdown, caption: String, label: (String) -> String) -> String {
        var html =
            "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(e(caption))\"><table><caption>\(e(caption))</caption><thead><tr><th scope=\"col\">\(pick("Ryhmä", "Group"))</th><th scope=\"col\">\(pick("Vastauksia", "Responses"))</th><th scope=\"col\">NPS</th><th scope=\"col\">\(pick("95 %:n väli", "95 % interval"))</th></tr></thead><tbody>\n"
        for group in breakdown.parts {
            html += "<tr><th scope=\"row\">\(e(label(group.label)))</th>"
            if let responses = group.responses {
                html +=
                    "<td>\(responses)</td><td>\(e(FeedbackView.npsText(group.nps, l)))</td><td>\(e(FeedbackView.intervalText(group.nps, l)))</td></tr>\n"
            } else {
                html += "<td colspan=\"3\">\(e(FeedbackView.suppressedMark(l)))</td></tr>\n"
            }
        }
        return html + "</tbody></table></div>\n"
    }

    func statementsTable(_ group: PublishedFeedback.Group, survey: Survey) -> String {
        let table = FeedbackView.statementTable(group, survey: survey, l)
        return HTMLReport.table(
            caption: pick("Perusväittämät: vastausten jakauma", "Basic statements: the answers"), headers: table.columns.map(\.title),
            rows: table.rows)
    }

    /// The overview: every model's feedback side by side, and every indicator against its targets.
    func evidencePage() -> String {
        let page = path("evidence.html")
        var body = "<h1>\(pick("Seuranta: mittarit ja asiakaspalaute", "Follow-up: indicators and customer feedback"))</h1>\n"
        body +=
            "<p class=\"summary\">\(pick("Miten valitut ratkaisut toimivat käytössä: toimintamallien mittarit tavoitteineen ja asiakkaiden palaute etäasioinnin jälkeen.", "How the chosen solutions work in use: the operating models' indicators against their targets, and clients' feedback after remote contacts."))</p>\n"
        body += "<h2 id=\"palaute\">\(pick("Asiakaspalaute toimintamalleittain", "Customer feedback by operating model"))</h2>\n"
        if let overview = input.overview, let tally = input.feedback {
            if tally.illustrative { body += "<p class=\"banner\" role=\"note\">\(e(FeedbackView.illustrativeNotice(l)))</p>\n" }
            let models = Dictionary(uniqueKeysWithValues: project.toolkit.map { ($0.id, $0) })
            var shown = overview
            shown.parts = overview.parts.filter { part in models[part.label]?.feedbackSurvey == survey?.id }
            body += breakdownTable(
                shown, caption: pick("Suositteluindeksi toimintamalleittain", "Recommendation index by operating model"),
                label: { models[$0]?.title[l] ?? $0 })
            body += "<p class=\"note\">\(e(FeedbackView.suppressionRule(l))) \(e(NPS.intervalMethod(l)))</p>\n"
        } else {
            body += "<p>\(pick("Palautetta ei ole vielä kerätty.", "No feedback has been collected yet."))</p>\n"
        }
        body += "<h2 id=\"mittarit\">\(pick("Mittarit", "Indicators"))</h2>\n"
        if project.kpis.isEmpty {
            body += "<p>\(pick("Projektissa ei ole mittareita.", "The project has no indicators."))</p>\n"
        } else {
            // Raw cells: each is escaped here, and the last holds the links to the models' pages.
            let rows = project.kpis.map { kpi in
                let latest = kpi.latest.map { "\(KPIView.value($0, kpi, l)) (\($0.period))" } ?? "–"
                let targets =
                    kpi.targets.isEmpty
                    ? pick("ei julkaistua tavoitetta", "no published target")
                    : kpi.targets.map { KPIView.targetText($0, kpi, l) }.joined(separator: "; ")
                let models = project.toolkit.filter { $0.kpis.contains(kpi.id) }
                    .map { "<a href=\"\(href(from: page, to: path("models/\($0.id).html")))#seuranta\">\(e($0.title[l]))</a>" }
                return [e(kpi.name[l]), e(latest), e(targets), models.joined(separator: ", ")]
            }
            body += HTMLReport.table(
                caption: pick("Mittarit tavoitteineen", "Indicators against their targets"),
                headers: [
                    pick("Mittari", "Indicator"), pick("Viimeisin", "Latest"), pick("Tavoitteet", "Targets"),
                    pick("Toimintamallit", "Operating models"),
                ],
                rows: rows, raw: true)
        }
        return layout(page: page, title: pick("Seuranta", "Follow-up"), body: body, illustrative: input.feedback?.illustrative ?? false)
    }
}
