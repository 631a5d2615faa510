import ArvioCore
import Foundation

/// A table as a value: a header and rows of cells, rendered for people (aligned text) or machines (CSV).
public struct Table: Hashable, Sendable {
    public enum Alignment: Hashable, Sendable { case left, right }

    public struct Column: Hashable, Sendable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Columns padded to their widest cell, two spaces apart, a rule under the header; no trailing spaces.
    public func text() -> String {
        let widths = columns.indices.map { index in
            ([columns[index].title] + rows.map { index < $0.count ? $0[index] : "" }).map(\.count).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = columns.indices.map { index -> String in
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return columns[index].alignment == .right ? padding + cell : cell + padding
            }
            // Without trailing spaces; found from the end (a reversed String of a reversed String costs seconds at
            // 100,000 rows).
            let text = padded.joined(separator: "  ")
            return text.lastIndex { $0 != " " }.map { String(text[...$0]) } ?? ""
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(columns.map(\.title)), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted. Text that a
    /// spreadsheet would run as a formula is neutralised (``CSVText/neutralised(_:)``).
    public func csv() -> String {
        ([columns.map(\.title)] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String) -> String {
        let field = CSVText.neutralised(text)
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
