import ArvioCore

/// Reads an AHP comparison matrix: a header row of criterion ids (its first cell is ignored), then one row per
/// criterion in the same order, its first cell the criterion's id. Judgements are numbers or fractions (`1/3`); empty
/// cells below the diagonal are filled with reciprocals.
package enum PairwiseCSV {
    /// - Throws: ``Diagnostics`` located by line and column, or the AHP's own objection as one diagnostic.
    package static func ahp(_ text: String, file: String) throws(Diagnostics) -> AHP {
        let scanner = CSVScanner(text: text)
        var ids: [String] = []
        var rows: [[Double]] = []
        var problems: [Diagnostic] = []
        let unterminated = scanner.scan { fields, line in
            problems += CSVScanner.strayText(in: fields, line: line, file: file)
            if ids.isEmpty {
                ids = fields.dropFirst().map(scanner.string)
                return
            }
            let label = fields.first.map(scanner.string) ?? ""
            let index = rows.count
            if index < ids.count, label != ids[index] {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: line, column: 1),
                        .invalidValue(field: "row", found: label, allowed: [ids[index]], suggestion: ids[index])))
            }
            guard fields.count == ids.count + 1 else {
                problems.append(
                    Diagnostic(
                        at: SourceLocation(file: file, line: line, column: 1), .fieldCount(found: fields.count, expected: ids.count + 1)))
                rows.append([Double](repeating: 1, count: ids.count))
                return
            }
            rows.append(
                fields.dropFirst().enumerated().map { column, field in
                    let raw = scanner.string(field)
                    if raw.isEmpty { return 0 }
                    if let value = judgement(raw, scanner: scanner, field: field) { return value }
                    let name = column < ids.count ? ids[column] : "?"
                    problems.append(
                        Diagnostic(
                            at: SourceLocation(file: file, line: line, column: field.column, field: name),
                            .notANumber(field: name, found: raw)))
                    return 1
                })
        }
        if let line = unterminated { problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .unterminatedQuote)) }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        do {
            return try AHP(ids: ids, judgements: rows)
        } catch {
            throw Diagnostics([Diagnostic(at: SourceLocation(file: file), .worded(error.reason))])
        }
    }

    /// `3`, `0.333`, `1/3` or, in semicolon files, `0,333`.
    static func judgement(_ raw: String, scanner: CSVScanner, field: CSVField) -> Double? {
        if let slash = raw.firstIndex(of: "/") {
            let numerator = CSVScanner(text: String(raw[..<slash]))
            let denominator = CSVScanner(text: String(raw[raw.index(after: slash)...]))
            guard let top = numerator.number(CSVField(range: 0..<numerator.bytes.count, quoted: false, line: 1, column: 1)),
                let bottom = denominator.number(CSVField(range: 0..<denominator.bytes.count, quoted: false, line: 1, column: 1)),
                bottom != 0
            else { return nil }
            return top / bottom
        }
        return scanner.number(field)
    }
}
