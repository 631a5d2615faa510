import ArvioCore

/// A round's scores for export, in the columns `arvio import` reads back.
package enum ExportView {
    package static func table(_ scores: [ExpertScore]) -> Table {
        var table = Table(
            columns: ["round", "solution", "criterion", "assessor", "score", "rationale", "evidence", "recorded_at"].map { .init($0) })
        for score in scores {
            table.rows.append([
                score.round, score.solution, score.criterion, score.assessor, score.value.code, score.rationale,
                score.evidence.joined(separator: " "), score.recordedAt,
            ])
        }
        return table
    }

    /// A one-sheet workbook of the table, with a title row above the header.
    package static func workbookParts(_ table: Table, title: String) -> [(path: String, text: String)] {
        let columns = (0..<table.columns.count).map { index -> String in
            let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
        }
        var rows = [ScoringWorkbook.row(1, [ScoringWorkbook.cell("A", 1, title, style: 1)])]
        rows.append(ScoringWorkbook.row(2, zip(columns, table.columns).map { ScoringWorkbook.cell($0, 2, $1.title, style: 1) }))
        for (offset, values) in table.rows.enumerated() {
            let number = offset + 3
            rows.append(
                ScoringWorkbook.row(
                    number,
                    zip(columns, values).map { column, value in
                        if column == "E", let points = Double(value) {
                            return "<c r=\"E\(number)\"><v>\(Formatting.decimal(points))</v></c>"
                        }
                        return ScoringWorkbook.cell(column, number, value)
                    }))
        }
        let sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows.joined())</sheetData></worksheet>
            """
        return ScoringWorkbook.package(sheets: [("scores", sheet, false)])
    }
}
