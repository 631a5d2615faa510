import ArvioCore

/// The cells of one worksheet part that Arvio reads (columns A–G), each resolved to its text and checked: a reference
/// beyond the sheet's limits, a cell given twice, a formula without a saved value, a TRUE/FALSE, error or date cell and
/// a shared string that does not exist are problems named by sheet and cell. Linear in the part's size: only the cells
/// present are visited, never a range between references.
struct Sheet {
    private(set) var values: [String: String] = [:]
    /// The row numbers that hold a read cell, in order.
    private(set) var rows: [Int] = []
    private(set) var problems: [Diagnostic] = []

    static let readColumns: Set<String> = ["A", "B", "C", "D", "E", "F", "G", "H"]

    init(_ elements: [XMLElement], name sheet: String, file: String, sharedStrings: [String]) {
        var rowSet = Set<Int>()
        var index = 0
        while index < elements.count {
            guard elements[index].name == "c" else {
                index += 1
                continue
            }
            let cell = elements[index]
            var value: String?, inline = "", hasFormula = false, hasInline = false
            var child = index + 1
            while child < elements.count, elements[child].depth > cell.depth {
                switch elements[child].name {
                case "v": value = (value ?? "") + elements[child].text
                case "f": hasFormula = true
                case "t" where elements[child].depth > cell.depth + 1:
                    inline += elements[child].text
                    hasInline = true
                default: break
                }
                child += 1
            }
            index = child
            func fail(_ problem: WorkbookProblem, _ reference: String) {
                problems.append(Diagnostic(at: SourceLocation(file: file, field: "\(sheet)!\(reference)"), .workbook(problem)))
            }
            guard let reference = cell.attributes["r"] else {
                fail(.badCellReference("(none)"), "?")
                continue
            }
            guard let (column, row) = Self.parse(reference) else {
                fail(.badCellReference(reference), reference)
                continue
            }
            guard row <= WorkbookProblem.rowLimit, Self.columnNumber(column) <= WorkbookProblem.columnLimit else {
                fail(.cellBeyondLimits(reference), reference)
                continue
            }
            guard Self.readColumns.contains(column) else { continue }
            guard values[reference] == nil else {
                fail(.duplicateCell(reference), reference)
                continue
            }
            let text: String
            switch cell.attributes["t"] ?? "n" {
            case "s":
                guard let number = value.flatMap({ Int($0) }), sharedStrings.indices.contains(number) else {
                    fail(.sharedStringOutOfRange(index: value ?? "", count: sharedStrings.count), reference)
                    continue
                }
                text = sharedStrings[number]
            case "inlineStr": text = hasInline ? inline : (value ?? "")
            case "b":
                fail(.cellType("TRUE/FALSE"), reference)
                continue
            case "e":
                fail(.cellType(value.map { "error \($0)" } ?? "error"), reference)
                continue
            case "d":
                fail(.cellType("date"), reference)
                continue
            default:
                if hasFormula, value == nil {
                    fail(.formulaWithoutValue, reference)
                    continue
                }
                text = value ?? ""
            }
            values[reference] = text
            rowSet.insert(row)
        }
        rows = rowSet.sorted()
    }

    func text(_ reference: String) -> String? { values[reference] }

    /// `AB12` as ("AB", 12): one to three capital letters, then a row number without leading zeros.
    static func parse(_ reference: String) -> (column: String, row: Int)? {
        let letters = reference.prefix { ("A"..."Z").contains($0) }
        let digits = reference.dropFirst(letters.count)
        guard (1...3).contains(letters.count), (1...7).contains(digits.count), digits.first != "0",
            digits.allSatisfy({ ("0"..."9").contains($0) }), let row = Int(digits)
        else { return nil }
        return (String(letters), row)
    }

    static func columnNumber(_ letters: String) -> Int {
        letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
    }

    /// The texts of `xl/sharedStrings.xml`, each `<si>` joined from its runs.
    static func sharedStrings(_ elements: [XMLElement]) -> [String] {
        var strings: [String] = []
        var current: String?
        for element in elements {
            if element.name == "si" {
                if let current { strings.append(current) }
                current = ""
            } else if element.name == "t", current != nil {
                current? += element.text
            }
        }
        if let current { strings.append(current) }
        return strings
    }
}
