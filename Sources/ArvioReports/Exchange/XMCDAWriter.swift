import ArvioCore
import Foundation

/// A decision problem and the rankings Arvio made of it as an XMCDA 3.1.1 document, the exchange format of the
/// Decision Deck tools (diviz, XMCDA web services) and of libraries that read it, such as the `xmcda` Python package.
///
/// What is written, in the order the schema's sequence requires:
/// - `alternatives` (id and name) and `criteria` (id and name);
/// - one `performanceTable` with every value the methods ranked;
/// - per ranking, two `alternativesValues`: `mcdaConcept="scores"` and `mcdaConcept="ranks"` (competition ranks),
///   their `id` the method's name, the parameters in the description;
/// - `criteriaScales`: each criterion's preference direction (`max` for benefit, `min` for cost) and the value scale
///   when one is known (0–5 for a round);
/// - `criteriaValues mcdaConcept="weights"`: the weights scaled to sum to 1, as every Arvio method uses them.
///
/// PROMETHEE's preference functions are not written (XMCDA 3 has no standard concept for them; the thresholds of a
/// `--criteria` CSV stay in that file). Pure: the caller writes the text wherever it wants.
package enum XMCDAWriter {
    package static let namespace = "http://www.decision-deck.org/2019/XMCDA-3.1.1"

    /// What goes into one document.
    package struct Problem: Sendable {
        package var matrix: DecisionMatrix
        package var rankings: [Ranking]
        /// Human-readable names of alternatives and criteria, by id; ids stand in where a name is missing.
        package var names: [String: String]
        /// The scale every value lies on, when there is one (0…5 for a round's scores).
        package var scale: ClosedRange<Double>?
        /// Said in the performance table's description and in a comment at the top: where the values come from,
        /// and the illustrative warning when the data is illustrative.
        package var comments: [String]

        package init(
            matrix: DecisionMatrix, rankings: [Ranking], names: [String: String] = [:], scale: ClosedRange<Double>? = nil,
            comments: [String] = []
        ) {
            self.matrix = matrix
            self.rankings = rankings
            self.names = names
            self.scale = scale
            self.comments = comments
        }
    }

    package static func document(_ problem: Problem) -> String {
        let matrix = problem.matrix
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        for comment in problem.comments { out += "<!-- \(commentText(comment)) -->\n" }
        out += "<xmcda:XMCDA xmlns:xmcda=\"\(namespace)\">\n"

        out += "  <alternatives>\n"
        for id in matrix.alternatives { out += "    <alternative\(identity(id, problem.names))/>\n" }
        out += "  </alternatives>\n  <criteria>\n"
        for criterion in matrix.criteria { out += "    <criterion\(identity(criterion.id, problem.names))/>\n" }
        out += "  </criteria>\n"

        out += "  <performanceTable mcdaConcept=\"performances\">\n"
        out += description(problem.comments, indent: 4)
        for (i, alternative) in matrix.alternatives.enumerated() {
            out += "    <alternativePerformances>\n      <alternativeID>\(Markup.escape(alternative))</alternativeID>\n"
            for (j, criterion) in matrix.criteria.enumerated() {
                out += "      <performance><criterionID>\(Markup.escape(criterion.id))</criterionID>"
                out += "<values><value><real>\(real(matrix[i, j]))</real></value></values></performance>\n"
            }
            out += "    </alternativePerformances>\n"
        }
        out += "  </performanceTable>\n"

        for ranking in problem.rankings {
            let method = ranking.method.rawValue
            let parameters = RankingView.machineParameters(ranking).sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
            let direction = ranking.higherIsBetter ? "higher is better" : "lower is better"
            for (concept, values) in [
                ("scores", ranking.scores.map { "<real>\(real($0))</real>" }), ("ranks", ranking.ranks.map { "<integer>\($0)</integer>" }),
            ] {
                out += "  <alternativesValues id=\"\(Markup.escape(method)).\(concept)\" mcdaConcept=\"\(concept)\">\n"
                out += description(
                    ["\(method) \(concept) (\(concept == "ranks" ? "1 = best, ties share a rank" : direction))"] + parameters, indent: 4)
                for (i, alternative) in ranking.alternatives.enumerated() {
                    out += "    <alternativeValue><alternativeID>\(Markup.escape(alternative))</alternativeID>"
                    out += "<values><value>\(values[i])</value></values></alternativeValue>\n"
                }
                out += "  </alternativesValues>\n"
            }
        }

        out += "  <criteriaScales>\n"
        for criterion in matrix.criteria {
            out += "    <criterionScale><criterionID>\(Markup.escape(criterion.id))</criterionID><scales><scale><quantitative>"
            out += "<preferenceDirection>\(criterion.direction == .benefit ? "max" : "min")</preferenceDirection>"
            if let scale = problem.scale {
                out += "<minimum><real>\(real(scale.lowerBound))</real></minimum><maximum><real>\(real(scale.upperBound))</real></maximum>"
            }
            out += "</quantitative></scale></scales></criterionScale>\n"
        }
        out += "  </criteriaScales>\n  <criteriaValues mcdaConcept=\"weights\">\n"
        for (criterion, weight) in zip(matrix.criteria, matrix.normalizedWeights) {
            out += "    <criterionValue><criterionID>\(Markup.escape(criterion.id))</criterionID>"
            out += "<values><value><real>\(real(weight))</real></value></values></criterionValue>\n"
        }
        out += "  </criteriaValues>\n</xmcda:XMCDA>\n"
        return out
    }

    static func identity(_ id: String, _ names: [String: String]) -> String {
        " id=\"\(Markup.escape(id))\"" + (names[id].map { " name=\"\(Markup.escape($0))\"" } ?? "")
    }

    static func description(_ comments: [String], indent: Int) -> String {
        guard !comments.isEmpty else { return "" }
        let pad = String(repeating: " ", count: indent)
        return "\(pad)<description><comment>\(Markup.escape(comments.joined(separator: "\n")))</comment></description>\n"
    }

    /// `--` may not appear inside an XML comment.
    static func commentText(_ text: String) -> String {
        Markup.escape(text).replacingOccurrences(of: "--", with: "- -")
    }

    /// The shortest text that reads back as the same double (xs:double accepts Swift's `description`).
    static func real(_ value: Double) -> String { value == 0 ? "0" : "\(value)" }
}
