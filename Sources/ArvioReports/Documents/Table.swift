import ArvioCore
import Foundation

/// A table as a value: a header and rows of cells, rendered for people (aligned text) or machines (CSV).
package struct Table: Hashable, Sendable {
    package enum Alignment: Hashable, Sendable { case left, right }

    /// What a cell does when its column must be narrower than the cell to fit the width: numbers keep their width,
    /// names are cut with `…`, prose wraps onto more lines.
    package enum Overflow: Hashable, Sendable { case keep, truncate, wrap }

    package struct Column: Hashable, Sendable {
        package var title: String
        package var alignment: Alignment
        package var overflow: Overflow

        /// Left-aligned text is cut with `…` when the table must narrow, right-aligned numbers never.
        package init(_ title: String, _ alignment: Alignment = .left, _ overflow: Overflow? = nil) {
            self.title = title
            self.alignment = alignment
            self.overflow = overflow ?? (alignment == .left ? .truncate : .keep)
        }

        /// Ids are never cut: the reader types them into the next command.
        package static let id = Column("id", .left, .keep)
    }

    package var columns: [Column]
    package var rows: [[String]]

    package init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The narrowest a cut or wrapped column becomes before the table is let run past the width.
    static let narrowest = 10

    /// Columns padded to their widest cell, two spaces apart, a rule under the header; no trailing spaces. Within
    /// `width` characters when the columns can give way: headings wrap at spaces, numbers keep their width, and the
    /// widest of the text columns narrow first, down to ten characters each.
    package func text(width: Int = .max) -> String {
        guard let widths = fitted(into: width) else { return records(width: width) }
        var out = ""
        /// One line of cells, each padded to its column; without trailing spaces.
        func append(_ cells: [(text: String, count: Int)]) {
            var line = ""
            for (index, cell) in cells.enumerated() {
                if index > 0 { line += "  " }
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                line += columns[index].alignment == .right ? padding + cell.text : cell.text + padding
            }
            // Found from the end (a reversed String of a reversed String costs seconds at 100,000 rows).
            if !out.isEmpty { out += "\n" }
            out += line.lastIndex { $0 != " " }.map { line[...$0] } ?? ""
        }
        func append(_ row: [String], heading: Bool) {
            let cells = columns.indices.map { index in
                let text = index < row.count ? row[index] : ""
                return (text: text, count: text.count)
            }
            guard cells.indices.contains(where: { cells[$0].count > widths[$0] && (heading || columns[$0].overflow != .keep) })
            else { return append(cells) }
            let parts = cells.indices.map { index -> [String] in
                let (cell, width) = (cells[index].text, widths[index])
                guard cells[index].count > width else { return [cell] }
                switch heading ? .wrap : columns[index].overflow {
                case .keep: return [cell]
                case .truncate: return [Self.cut(cell, to: width)]
                case .wrap where heading: return TextLayout.wrapped(words: cell, width: width).map { Self.cut($0, to: width) }
                case .wrap:
                    // A hanging indent, so that the row's continuation lines read as one cell.
                    let first = TextLayout.wrapped(words: cell, width: width)
                    let rest = TextLayout.wrapped(words: first.dropFirst().joined(separator: " "), width: width - 2)
                    return ([first[0]] + (first.count > 1 ? rest.map { "  " + $0 } : [])).map { Self.cut($0, to: width) }
                }
            }
            for line in 0..<(parts.map(\.count).max() ?? 1) {
                append(parts.map { line < $0.count ? $0[line] : "" }.map { (text: $0, count: $0.count) })
            }
        }
        append(columns.map(\.title), heading: true)
        append(widths.map { (text: String(repeating: "-", count: $0), count: $0) })
        for row in rows { append(row, heading: false) }
        return out
    }

    /// A table too wide for any column layout, one record per row: its first cells (the id and name) on a line, the
    /// others as `heading: value` below, indented and wrapped; nothing is cut.
    func records(width: Int) -> String {
        let lead = columns.count > 1 && columns[1].alignment == .left ? 2 : 1
        return rows.map { cells -> String in
            let head = cells.prefix(lead).filter { !$0.isEmpty }.joined(separator: "  ")
            let rest = zip(columns, cells).dropFirst(lead).filter { !$0.1.isEmpty }.map { "\($0.0.title): \($0.1)" }
            let details = rest.isEmpty ? [] : TextLayout.wrapped(words: rest.joined(separator: "; "), width: width - 2).map { "  " + $0 }
            return ([TextLayout.wrapped(head, width: width)] + details).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func cut(_ text: String, to width: Int) -> String {
        text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
    }

    /// The column widths: the natural ones (the widest heading or cell) when they fit; else headings wrap to their
    /// longest word, and the text columns are capped at the largest common width that fits (never below
    /// ``narrowest`` or their own natural width); nil when even that is too wide.
    func fitted(into width: Int) -> [Int]? {
        let cells = columns.indices.map { index in rows.map { index < $0.count ? $0[index].count : 0 }.max() ?? 0 }
        let natural = columns.indices.map { max(columns[$0].title.count, cells[$0]) }
        let separators = 2 * max(0, columns.count - 1)
        guard natural.reduce(separators, +) > width else { return natural }
        let narrow = columns.indices.map { index in
            max(cells[index], columns[index].title.split(separator: " ").map(\.count).max() ?? 0)
        }
        let flexible = columns.indices.filter { columns[$0].overflow != .keep && narrow[$0] > Self.narrowest }
        let fixed = columns.indices.filter { !flexible.contains($0) }.reduce(separators) { $0 + narrow[$1] }
        func used(_ cap: Int) -> Int { flexible.reduce(fixed) { $0 + max(Self.narrowest, min(narrow[$1], cap)) } }
        guard let cap = stride(from: narrow.max() ?? 0, through: Self.narrowest, by: -1).first(where: { used($0) <= width })
        else { return nil }
        return columns.indices.map { flexible.contains($0) ? max(Self.narrowest, min(narrow[$0], cap)) : narrow[$0] }
    }

    /// RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. Text that a
    /// spreadsheet would run as a formula is neutralised (``CSVText/neutralised(_:)``).
    package func csv() -> String {
        ([columns.map(\.title)] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        let field = CSVText.neutralised(text)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
