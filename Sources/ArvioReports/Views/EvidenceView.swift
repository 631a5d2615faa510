import ArvioCore

/// The evidence from use beside a solution's evaluation: for each operating model that uses it, the model's customer
/// feedback as published (``PublishedFeedback``: a model under five responses, or one its figures could be worked
/// out from, is said to be hidden) and the latest value of each of its indicators.
package enum EvidenceView {
    /// What the evidence is drawn from: the project's models and indicators, and the stored feedback counted.
    package struct Source: Hashable, Sendable {
        package var overview: PublishedFeedback.Breakdown?
        package var surveyID: String?

        package init(project: Project, feedback: FeedbackTally?) {
            surveyID = project.survey?.id
            overview = feedback.map { PublishedFeedback.overview($0, models: project.toolkit.map(\.id)) }
        }
    }

    package struct Indicator: Hashable, Sendable, Codable {
        package var id: String
        package var name: String
        package var period: String
        package var value: Double
        package var atLeast: Bool
        package var verification: String
    }

    /// One model's evidence in machine form; `feedbackSuppressed` when the model has feedback that may not be shown.
    package struct Model: Hashable, Sendable, Codable {
        package var model: String
        package var title: String
        package var responses: Int?
        package var feedbackSuppressed: Bool
        package var nps: FeedbackView.Score?
        package var illustrativeFeedback: Bool
        package var indicators: [Indicator]
    }

    /// The models using `solution` that have feedback or an indicator with values; empty when none has.
    package static func models(for solution: String, project: Project, source: Source?, _ l: Language) -> [Model] {
        guard let item = project.solution(solution) else { return [] }
        return ToolkitSite.models(using: item, in: project).compactMap { model in
            let group =
                model.feedbackSurvey != nil && model.feedbackSurvey == source?.surveyID
                ? source?.overview?.parts.first { $0.label == model.id } : nil
            let hasFeedback = group.map { $0.responses != 0 } ?? false
            let indicators = model.kpis.compactMap(project.kpi).compactMap { kpi in
                kpi.latest.map {
                    Indicator(
                        id: kpi.id, name: kpi.name[l], period: $0.period, value: $0.value, atLeast: $0.atLeast,
                        verification: $0.verification.rawValue)
                }
            }
            guard hasFeedback || !indicators.isEmpty else { return nil }
            return Model(
                model: model.id, title: model.title[l], responses: hasFeedback ? group?.responses : nil,
                feedbackSuppressed: hasFeedback && group?.isSuppressed == true, nps: FeedbackView.score(group?.nps),
                illustrativeFeedback: hasFeedback && source?.overview?.illustrative == true, indicators: indicators)
        }
    }

    /// One line per model: its feedback and its indicators' latest values, each marked as its data is.
    package static func lines(_ models: [Model], project: Project, _ l: Language) -> [String] {
        models.map { m in
            var parts: [String] = []
            if let responses = m.responses, let nps = m.nps {
                parts.append(
                    Formatting.pick(l, "suositteluindeksi", "recommendation index")
                        + " \(FeedbackView.signed(nps.score, l)) (\(FeedbackView.signed(nps.low, l)) … \(FeedbackView.signed(nps.high, l))), \(responses) "
                        + Formatting.pick(l, "vastausta", "responses")
                        + (m.illustrativeFeedback ? " (" + Formatting.pick(l, "havainnollinen", "illustrative") + ")" : ""))
            } else if m.feedbackSuppressed {
                parts.append(Formatting.pick(l, "palautetta alle 5 vastausta, ei näytetä", "feedback under 5 responses, not shown"))
            }
            for indicator in m.indicators {
                guard let kpi = project.kpi(indicator.id), let value = kpi.latest else { continue }
                let mark = value.verification == .unverified ? ", " + Formatting.verification(.unverified, l) : ""
                parts.append("\(indicator.name) \(KPIView.value(value, kpi, l)) (\(indicator.period)\(mark))")
            }
            return "\(m.title): " + parts.joined(separator: "; ")
        }
    }

    package static func heading(_ l: Language) -> String { Formatting.pick(l, "Näyttö käytöstä", "Evidence from use") }
}
