/// Where a value came from: a file relative to the project root, a 1-based line, and the field path
/// as the user typed it (`usage[2].organisation`). Core values keep one so that core errors cite files.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// 1-based; set for CSV cells.
    public var column: Int?
    public var field: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// Compiler style, so that editors jump to it: `criteria/areas/U.yaml:7 (criteria[2].id)`, `m.csv:4:9 (c2)`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        if let field, !field.isEmpty { text += " (\(field))" }
        return text
    }

    /// The same place, one field deeper.
    public func appending(_ component: String, line: Int? = nil) -> SourceLocation {
        let path: String
        if component.hasPrefix("[") {
            path = (field ?? "") + component
        } else {
            path = (field.map { $0.isEmpty ? "" : $0 + "." } ?? "") + component
        }
        return SourceLocation(file: file, line: line ?? self.line, column: column, field: path)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return (lhs.line ?? 0) < (rhs.line ?? 0) }
        if lhs.column != rhs.column { return (lhs.column ?? 0) < (rhs.column ?? 0) }
        return (lhs.field ?? "") < (rhs.field ?? "")
    }
}
