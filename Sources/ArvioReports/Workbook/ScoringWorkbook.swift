import ArvioCore

/// An assessor's scoring workbook for a round, as the parts of an .xlsx (Office Open XML) package: a guide sheet, one
/// sheet per area they are competent in, and a hidden sheet that names the round and the assessor for the import.
/// ArvioIO zips the parts (`XLSXPackage`).
package enum ScoringWorkbook {
    static let firstRow = ScoringWorkbookLayout.firstRow
    static let scoreColumn = ScoringWorkbookLayout.scoreColumn
    static let format = ScoringWorkbookLayout.format

    /// - Parameters:
    ///   - ownScores: the assessor's own scores in the round, prefilled (never anyone else's: scoring is blind).
    ///   - excluded: the solutions the coordinator has excluded the assessor from: left out of the sheets.
    package static func parts(
        round: Round, assessor: Assessor, project: Project, ownScores: [ExpertScore], excluding excluded: Set<String> = [],
        language: Language
    ) -> [(path: String, text: String)] {
        let l = language
        var round = round
        round.solutions.removeAll(where: excluded.contains)
        var sheets: [(name: String, xml: String, hidden: Bool)] = []
        sheets.append((Formatting.pick(l, "Ohje", "Guide"), guideSheet(round: round, assessor: assessor, project: project, l), false))
        for area in project.criteria.areas where assessor.areas.contains(area.id) {
            sheets.append((area.id, areaSheet(area, round: round, assessor: assessor, project: project, ownScores: ownScores, l), false))
        }
        if let model = project.criteria.model(round.model) {
            sheets.append((ScoringWorkbookLayout.weightsSheet, weightsSheet(model, assessor: assessor), false))
        }
        sheets.append(("arvio", metaSheet(round: round, assessor: assessor), true))

        return package(sheets: sheets)
    }

    /// The parts of a package around the given sheets: content types, relationships, the workbook and its styles.
    static func package(sheets: [(name: String, xml: String, hidden: Bool)]) -> [(path: String, text: String)] {
        var parts: [(path: String, text: String)] = []
        func add(_ path: String, _ text: String) { parts.append((path, text)) }
        let overrides = sheets.indices.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        add(
            "[Content_Types].xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            \(overrides)</Types>
            """)
        add(
            "_rels/.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
            </Relationships>
            """)
        let sheetEntries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }.joined()
        add(
            "xl/workbook.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(sheetEntries)</sheets></workbook>
            """)
        let relationships = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        add(
            "xl/_rels/workbook.xml.rels",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)\
            <Relationship Id="rId\(sheets.count + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
            </Relationships>
            """)
        // Style 1: bold (headers); style 2: wrapped text (guides and rationale).
        add(
            "xl/styles.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>\
            <cellXfs count="3"><xf/><xf fontId="1" applyFont="1"/><xf applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>\
            </styleSheet>
            """)
        for (index, sheet) in sheets.enumerated() { add("xl/worksheets/sheet\(index + 1).xml", sheet.xml) }
        return parts
    }

    static func areaSheet(_ area: Area, round: Round, assessor: Assessor, project: Project, ownScores: [ExpertScore], _ l: Language)
        -> String
    {
        let banner =
            round.illustrative
            ? Formatting.illustrativeRoundNotice(l)
            : "\(area.name[l]) — \(round.name)"
        var rows = [row(1, [cell("A", 1, banner, style: 1)])]
        let headers = [
            Formatting.pick(l, "ratkaisu (tunnus)", "solution (id)"), Formatting.pick(l, "ratkaisu", "solution"),
            Formatting.pick(l, "kriteeri (tunnus)", "criterion (id)"), Formatting.pick(l, "kriteeri", "criterion"),
            Formatting.pick(l, "pisteet (0–5, na, unknown)", "score (0–5, na, unknown)"), Formatting.pick(l, "perustelu", "rationale"),
            Formatting.pick(l, "näyttö (linkit)", "evidence (links)"), Formatting.pick(l, "0 =", "0 ="), Formatting.pick(l, "3 =", "3 ="),
            Formatting.pick(l, "5 =", "5 ="),
        ]
        let columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"]
        rows.append(row(2, zip(columns, headers).map { cell($0, 2, $1, style: 1) }))
        var number = firstRow
        for solutionID in round.solutions {
            guard let solution = project.solution(solutionID) else { continue }
            for criterion in area.criteria {
                let own = ownScores.first { $0.solution == solutionID && $0.criterion == criterion.id }
                let notApplicable = project.criteria.applicability.applicability(of: criterion.id, for: solution.category) == .notApplicable
                let score = own?.value ?? (notApplicable ? .notApplicable : nil)
                var cells = [
                    cell("A", number, solution.id), cell("B", number, solution.name), cell("C", number, criterion.id),
                    cell("D", number, criterion.name[l], style: 2),
                ]
                if case .points(let points)? = score {
                    cells.append("<c r=\"E\(number)\"><v>\(Formatting.decimal(points))</v></c>")
                } else if let score {
                    cells.append(cell("E", number, score.code))
                }
                let rationale =
                    own?.rationale
                    ?? (notApplicable
                        ? Formatting.pick(l, "Ei sovellu ratkaisun luokkaan.", "Does not apply to the solution's category.") : "")
                if !rationale.isEmpty { cells.append(cell("F", number, rationale, style: 2)) }
                if let evidence = own?.evidence, !evidence.isEmpty { cells.append(cell("G", number, evidence.joined(separator: " "))) }
                cells += [
                    cell("H", number, criterion.guide.zero[l], style: 2), cell("I", number, criterion.guide.three[l], style: 2),
                    cell("J", number, criterion.guide.five[l], style: 2),
                ]
                rows.append(row(number, cells))
                number += 1
            }
        }
        let last = max(number - 1, firstRow)
        let widths = [(1, 18), (2, 28), (3, 10), (4, 36), (5, 14), (6, 40), (7, 30), (8, 36), (9, 36), (10, 36)]
            .map { "<col min=\"\($0.0)\" max=\"\($0.0)\" width=\"\($0.1)\" customWidth=\"1\"/>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>\
            <cols>\(widths)</cols><sheetData>\(rows.joined())</sheetData>\
            <dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" \
            errorTitle="\(escape(Formatting.pick(l, "Pisteet", "Score")))" error="\(escape(Formatting.pick(l, "Käytä arvoja 0–5, na tai unknown.", "Use 0–5, na or unknown.")))" \
            sqref="\(scoreColumn)\(firstRow):\(scoreColumn)\(last)"><formula1>"0,1,2,3,4,5,na,unknown"</formula1></dataValidation></dataValidations>\
            </worksheet>
            """
    }

    static func guideSheet(round: Round, assessor: Assessor, project: Project, _ l: Language) -> String {
        var lines: [(String, Int)] = []
        if round.illustrative {
            lines.append(
                (
                    Formatting.illustrativeRoundNotice(l), 1
                ))
        }
        lines += [
            ("\(Formatting.pick(l, "Arviointikierros", "Round")): \(round.name) (\(round.id))", 1),
            ("\(Formatting.pick(l, "Arvioija", "Assessor")): \(assessor.name) (\(assessor.id)), \(assessor.role)", 0),
            (
                Formatting.pick(
                    l,
                    "Pisteytä kunkin alueen välilehdellä sarakkeeseen E. Kirjoita perustelu (F) ja näyttö (G). Toisten arvioijien pisteet eivät näy ennen kuin kierros avataan.",
                    "Score in column E of each area's sheet; give the rationale (F) and evidence (G). Other assessors' scores stay hidden until the round is revealed."
                ), 0
            ),
            (
                Formatting.pick(
                    l,
                    "Omat painosi sidosryhmänä: välilehden 'painot' sarakkeeseen H pisteet kullekin alueelle (ne muutetaan osuuksiksi summastaan); tuonti: arvio weights import --round \(round.id) tiedosto.xlsx. Verkkosovelluksessa painot annetaan sivulla /painot, eikä työkirjan lataus tuo niitä.",
                    "Your own weights as a stakeholder: points for each area in column H of the sheet 'painot' (they become shares of their sum); imported with: arvio weights import --round \(round.id) file.xlsx. In the web app, weights are given at /painot; uploading the workbook does not import them."
                ), 0
            ),
            (
                Formatting.pick(
                    l, "Palauta tiedosto koordinaattorille; tuonti: arvio import tiedosto.xlsx",
                    "Return the file to the coordinator, who imports it: arvio import file.xlsx"), 0
            ),
            ("", 0),
            (Formatting.pick(l, "Asteikko", "Scale"), 1),
        ]
        lines += project.criteria.scale.values.map { ("\($0.code): \($0.label[l])", 0) }
        let rows = lines.enumerated().map { index, line in
            row(index + 1, line.0.isEmpty ? [] : [cell("A", index + 1, line.0, style: line.1)])
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <cols><col min="1" max="1" width="120" customWidth="1"/></cols><sheetData>\(rows.joined())</sheetData></worksheet>
            """
    }

    /// The assessor's own weights as a stakeholder, ready to fill: one row per area of the round's model with the
    /// points left empty; rows for an area's criteria (column E = the area) may be added.
    static func weightsSheet(_ model: WeightModel, assessor: Assessor) -> String {
        let columns = ["A", "B", "C", "D", "E", "F", "G", "H"]
        let header = row(1, zip(columns, ScoringWorkbookLayout.weightColumns).map { cell($0, 1, $1, style: 1) })
        let rows = model.areaIDs.enumerated().map { index, area in
            row(index + 2, zip(columns, [assessor.id, assessor.name, "1", "points", "", area, "", ""]).map { cell($0, index + 2, $1) })
        }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(([header] + rows).joined())</sheetData></worksheet>
            """
    }

    static func metaSheet(round: Round, assessor: Assessor) -> String {
        let rows = [("format", format), ("round", round.id), ("assessor", assessor.id), ("contentHash", round.contentHash)]
            .enumerated().map { index, pair in row(index + 1, [cell("A", index + 1, pair.0), cell("B", index + 1, pair.1)]) }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(rows.joined())</sheetData></worksheet>
            """
    }

    static func row(_ number: Int, _ cells: [String]) -> String { "<row r=\"\(number)\">\(cells.joined())</row>" }

    static func cell(_ column: String, _ row: Int, _ text: String, style: Int = 0) -> String {
        "<c r=\"\(column)\(row)\" t=\"inlineStr\"\(style > 0 ? " s=\"\(style)\"" : "")><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
    }

    static func escape(_ text: String) -> String { Markup.escape(text) }
}
