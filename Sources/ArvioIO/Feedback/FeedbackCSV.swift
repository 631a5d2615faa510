import ArvioCore
import Foundation

/// Reads customer feedback as a survey tool exports it, one response per row:
///
/// ```
/// response_id,model,unit,channel,month,recommendation,saatavuus,kohtaaminen,turvallisuus,tiedonsaanti,hyodyllisyys,open
/// r-000123,etavastaanotto-vahva-tunnistus,Rovaniemen terveysasema,eta,2025-03,9,5,4,5,0,4,
/// ```
///
/// `channel` is `eta` (remote) or `lahi` (in person); `month` is `YYYY-MM` (a `date` column `YYYY-MM-DD` is read as its
/// month instead: nothing finer is kept); `recommendation` 0–10; a statement's column (its id in the survey) holds an
/// option 1…k, `0` for "don't know / does not concern me", or nothing when unanswered; `open` is optional. Every row is
/// checked before anything is returned, every problem located by line and column (at most ``problemLimit``).
package enum FeedbackCSV {
    package static let problemLimit = 200

    /// The fixed columns; the survey's statement ids are columns too.
    package static let fixedColumns = ["response_id", "model", "unit", "channel", "month", "date", "recommendation", "open"]

    /// A response read, with the line it was on (for "imported before with other answers").
    package struct Row: Sendable {
        package var response: FeedbackResponse
        package var line: Int

        package init(response: FeedbackResponse, line: Int) {
            self.response = response
            self.line = line
        }
    }

    /// A column of the row being read, for a problem's location.
    struct Field {
        var name: String
        var column: Int?
    }

    /// - Parameter models: the operating models whose feedback may be imported, by id.
    package static func responses(
        _ bytes: [UInt8], file: String, survey: Survey, models: [String], illustrative: Bool = false
    ) throws(Diagnostics) -> [Row] {
        let scanner = CSVScanner(bytes: bytes)
        let allowed = fixedColumns + survey.statements.map(\.id)
        var columns: [String: Int] = [:]
        var problems: [Diagnostic] = []
        var rows: [Row] = []
        var seen: [String: Int] = [:]
        let statementIDs = survey.statements.map(\.id)
        let knownModels = Set(models)
        var headerRead = false
        scanner.scanNamed(
            file: file, allowed: allowed, required: ["response_id", "model", "unit", "channel"],
            keepReading: { problems.count < problemLimit }, problem: { problems.append($0) },
            header: { header, line in
                headerRead = true
                columns = header
                if columns["month"] == nil, columns["date"] == nil {
                    problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .missingColumn("month", allowed: allowed)))
                }
                // Without its required columns no row can be read: the header's problems are the file's.
                return ["response_id", "model", "unit", "channel"].allSatisfy { columns[$0] != nil }
                    && (columns["month"] != nil || columns["date"] != nil)
            }
        ) { fields, line in
            var ok = true
            // A field's text and its column; the location is made only for a problem (a million rows make none).
            func value(_ name: String) -> (String, Field)? {
                guard let index = columns[name], index < fields.count else { return nil }
                return (scanner.string(fields[index]), Field(name: name, column: fields[index].column))
            }
            func fail(_ at: Field, _ reason: Diagnostic.Reason) {
                problems.append(Diagnostic(at: SourceLocation(file: file, line: line, column: at.column, field: at.name), reason))
                ok = false
            }
            let (id, idAt) = value("response_id") ?? ("", Field(name: "response_id", column: nil))
            if id.isEmpty {
                fail(idAt, .emptyField("response_id"))
            } else if id.count > 128 || ControlCharacter.first(inName: id) != nil {
                fail(idAt, .invalidID(id))
            } else if let first = seen[id] {
                fail(idAt, .duplicateKey(id, firstLine: first))
            } else {
                seen[id] = line
            }
            let (model, modelAt) = value("model") ?? ("", Field(name: "model", column: nil))
            if !knownModels.contains(model) {
                fail(
                    modelAt,
                    .unknownReference(
                        .operatingModel, model, suggestion: nearest(to: model, in: models), definedIn: ProjectLayout.toolkit))
            }
            let (unit, unitAt) = value("unit") ?? ("", Field(name: "unit", column: nil))
            if unit.isEmpty {
                fail(unitAt, .emptyField("unit"))
            } else if let control = ControlCharacter.first(inName: unit) {
                fail(unitAt, .controlCharacter(field: "unit", code: ControlCharacter.code(control)))
            }
            let (channelText, channelAt) = value("channel") ?? ("", Field(name: "channel", column: nil))
            let channel = FeedbackResponse.Channel(rawValue: channelText.lowercased())
            if channel == nil {
                let allowed = FeedbackResponse.Channel.allCases.map(\.rawValue)
                fail(
                    channelAt,
                    .invalidValue(field: "channel", found: channelText, allowed: allowed, suggestion: nearest(to: channelText, in: allowed))
                )
            }
            var month: YearMonth?
            if let (text, at) = value("month") {
                month = YearMonth(text)
                if month == nil { fail(at, .invalidValue(field: "month", found: text, allowed: ["YYYY-MM"], suggestion: nil)) }
            } else if let (text, at) = value("date") {
                month = text.count >= 10 && text.dropFirst(7).first == "-" ? YearMonth(text.prefix(7)) : nil
                if month == nil || Int(text.dropFirst(8).prefix(2)).map({ !(1...31).contains($0) }) ?? true {
                    month = nil
                    fail(at, .invalidValue(field: "date", found: text, allowed: ["YYYY-MM-DD"], suggestion: nil))
                }
            }
            var recommendation: Int?
            if let (text, at) = value("recommendation"), !text.isEmpty {
                recommendation = Int(text).flatMap { (0...10).contains($0) ? $0 : nil }
                if recommendation == nil {
                    fail(at, .notAWholeNumber(field: "recommendation", found: text, lowest: 0, highest: 10))
                }
            }
            var answers = [Int8](repeating: FeedbackResponse.Answer.unanswered, count: statementIDs.count)
            for (s, statement) in statementIDs.enumerated() {
                guard let (text, at) = value(statement), !text.isEmpty else { continue }
                guard let code = Int(text), (0...survey.scale.count).contains(code) else {
                    fail(at, .notAWholeNumber(field: statement, found: text, lowest: 0, highest: survey.scale.count))
                    continue
                }
                answers[s] = Int8(code)
            }
            var open: String?
            if let (text, at) = value("open"), !text.isEmpty {
                let text = text.replacing("\r\n", with: "\n")
                if let control = ControlCharacter.first(inText: text) {
                    fail(at, .controlCharacter(field: "open", code: ControlCharacter.code(control)))
                }
                open = text
            }
            guard ok, let channel, let month else { return }
            rows.append(
                Row(
                    response: FeedbackResponse(
                        id: id, survey: survey.id, model: model, unit: unit, channel: channel, month: month, recommendation: recommendation,
                        answers: answers, freeText: open, illustrative: illustrative),
                    line: line))
        }
        if !headerRead, problems.isEmpty { problems.append(Diagnostic(at: SourceLocation(file: file, line: 1), .emptyField("header"))) }
        if problems.count >= problemLimit {
            problems = Array(problems.prefix(problemLimit))
            problems.append(Diagnostic(at: SourceLocation(file: file), .tooManyProblems(shown: problemLimit)))
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return rows
    }
}
