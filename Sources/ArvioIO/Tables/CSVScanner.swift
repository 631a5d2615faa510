import ArvioCore
import Foundation

/// A field of a CSV record: its bytes in the file, whether it was quoted, and where it starts.
struct CSVField {
    /// Byte range in the scanner's buffer, without the surrounding quotes.
    var range: Range<Int>
    var quoted: Bool
    var line: Int
    var column: Int
    /// The column of text found between a closing quote and the next delimiter (`"a"b,`), which RFC 4180 does not
    /// allow and a reader must not drop silently; nil when there is none.
    var strayColumn: Int? = nil
}

/// RFC 4180 tokenizer over UTF-8 bytes, with ',' ';' or tab as delimiter (chosen from the header line), CRLF or LF
/// line ends, and a byte-order mark skipped. It calls back per field, so a 40 MB matrix is never held as strings.
struct CSVScanner {
    let bytes: [UInt8]
    let delimiter: UInt8

    init(text: String) {
        // A native string's UTF-8 is contiguous: copy it in one go rather than element by element.
        self.init(bytes: text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8))
    }

    /// Scans bytes as read from a file (UTF-8), without making a string of them first.
    init(bytes: [UInt8]) {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        delimiter = Self.delimiter(of: bytes)
    }

    /// The delimiter that the header line uses most: ',' unless ';' or tab is more frequent (Excel in a Finnish
    /// locale writes ';' and decimal commas).
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        let header = bytes.prefix { $0 != UInt8(ascii: "\n") }
        let counts = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")].map { d in (d, header.filter { $0 == d }.count) }
        return counts.max { $0.1 < $1.1 }.flatMap { $0.1 > 0 ? $0.0 : nil } ?? UInt8(ascii: ",")
    }

    var decimalComma: Bool { delimiter != UInt8(ascii: ",") }

    /// The text of a field: unquoted fields trimmed of spaces and tabs, quoted ones with doubled quotes undone.
    func string(_ field: CSVField) -> String {
        if field.quoted {
            return String(decoding: bytes[field.range], as: UTF8.self).replacingOccurrences(of: "\"\"", with: "\"")
        }
        var (start, end) = (field.range.lowerBound, field.range.upperBound)
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A named-column CSV file as rows, each field with its line and column, and a located error for every problem of
    /// the file itself (its header, a row of the wrong width, stray text after a quote, an unterminated quote); the
    /// rows' values are the caller's to check.
    static func namedRows(_ text: String, file: String, allowed: [String], required: [String]) -> (rows: [ScoreRow], problems: [Diagnostic])
    {
        let scanner = CSVScanner(text: text)
        var columns: [String: Int] = [:]
        var problems: [Diagnostic] = []
        var rows: [ScoreRow] = []
        scanner.scanNamed(
            file: file, allowed: allowed, required: required, problem: { problems.append($0) },
            header: { header, _ in
                columns = header
                return true
            },
            record: { fields, line in
                var row = ScoreRow(fields: [:], locations: [:], row: SourceLocation(file: file, line: line))
                for (name, index) in columns where index < fields.count {
                    row.fields[name] = scanner.string(fields[index])
                    row.locations[name] = SourceLocation(file: file, line: line, column: fields[index].column, field: name)
                }
                rows.append(row)
            })
        return (rows, problems)
    }

    /// What every named-column CSV format reads the same way: the header (its columns to `header`, which says whether
    /// to read on), then each record of the header's width to `record` with its line; and a located error to `problem`
    /// for a problem of the file itself (its header, a record of another width, stray text after a quote, an
    /// unterminated quote), in the order met. Records stop reaching `record` once `keepReading` says no (a caller's
    /// cap on the problems it reports).
    func scanNamed(
        file: String, allowed: [String], required: [String], keepReading: () -> Bool = { true },
        problem: (Diagnostic) -> Void, header: (_ columns: [String: Int], _ line: Int) -> Bool,
        record: (_ fields: [CSVField], _ line: Int) -> Void
    ) {
        var width: Int?
        var reading = true
        let unterminated = scan { fields, line in
            guard reading, keepReading() else { return }
            Self.strayText(in: fields, line: line, file: file).forEach(problem)
            guard let expected = width else {
                width = fields.count
                let found = self.header(fields, line: line, file: file, allowed: allowed, required: required)
                found.problems.forEach(problem)
                reading = header(found.columns, line)
                return
            }
            guard fields.count == expected else {
                problem(Diagnostic(at: SourceLocation(file: file, line: line), .fieldCount(found: fields.count, expected: expected)))
                return
            }
            record(fields, line)
        }
        if let line = unterminated { problem(Diagnostic(at: SourceLocation(file: file, line: line), .unterminatedQuote)) }
    }

    /// A header row's columns by lower-cased name (the first of a repeated one), and a located error for every
    /// repeated, unknown or missing column: what every named-column CSV format reads first.
    func header(_ fields: [CSVField], line: Int, file: String, allowed: [String], required: [String]) -> (
        columns: [String: Int], problems: [Diagnostic]
    ) {
        var columns: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for (index, field) in fields.enumerated() {
            let name = string(field).lowercased()
            let at = SourceLocation(file: file, line: line, column: field.column)
            if columns[name] != nil {
                problems.append(Diagnostic(at: at, .duplicateKey(name, firstLine: nil)))
            } else if !allowed.contains(name) {
                problems.append(Diagnostic(at: at, .unknownColumn(name, suggestion: nearest(to: name, in: allowed), allowed: allowed)))
            }
            columns[name] = columns[name] ?? index
        }
        for name in required where columns[name] == nil {
            problems.append(Diagnostic(at: SourceLocation(file: file, line: line), .missingColumn(name, allowed: allowed)))
        }
        return (columns, problems)
    }

    /// A located error for every field of a record that has text after its closing quote.
    static func strayText(in fields: [CSVField], line: Int, file: String) -> [Diagnostic] {
        fields.compactMap { field in
            field.strayColumn.map { Diagnostic(at: SourceLocation(file: file, line: line, column: $0), .textAfterClosingQuote) }
        }
    }

    /// Calls `record` with the fields of each non-empty record and its line. Returns the line of an unterminated quote.
    func scan(_ record: (_ fields: [CSVField], _ line: Int) -> Void) -> Int? {
        scan { fields, line, _ in record(fields, line) }
    }

    /// The same, handing the callback the bytes too, so that hot loops read numbers without re-entering the array.
    func scan(_ record: (_ fields: [CSVField], _ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in scan(bytes, range: 0..<bytes.count, firstLine: 1, record) }
    }

    /// Scans only `range`, which must start at a line's beginning and whose first line is `firstLine`; fields keep
    /// their positions and columns in the whole file.
    func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, firstLine: Int,
        _ record: (_ fields: [CSVField], _ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
    ) -> Int? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        let delimiter = self.delimiter
        var fields: [CSVField] = []
        var index = range.lowerBound, line = firstLine, lineStart = range.lowerBound
        var recordLine = firstLine
        let count = range.upperBound
        func endRecord() {
            if !(fields.count == 1 && fields[0].range.isEmpty && !fields[0].quoted) { record(fields, recordLine, bytes) }
            fields.removeAll(keepingCapacity: true)
        }
        while index <= count {
            // Start of a field.
            let column = index - lineStart + 1
            if index < count, bytes[index] == quote {
                let start = index + 1
                var cursor = start
                let startLine = line
                while true {
                    guard cursor < count else { return startLine }
                    if bytes[cursor] == quote {
                        if cursor + 1 < count, bytes[cursor + 1] == quote { cursor += 2; continue }
                        break
                    }
                    if bytes[cursor] == newline {
                        line += 1
                        lineStart = cursor + 1
                    }
                    cursor += 1
                }
                index = cursor + 1
                // Spaces (and a CR) may follow a closing quote; anything else is noted for the reader to refuse.
                var stray: Int?
                while index < count, bytes[index] != delimiter, bytes[index] != newline {
                    if stray == nil, bytes[index] != 0x20, bytes[index] != 0x09, bytes[index] != carriage { stray = index - lineStart + 1 }
                    index += 1
                }
                fields.append(CSVField(range: start..<cursor, quoted: true, line: startLine, column: column, strayColumn: stray))
            } else {
                let start = index
                while index < count, bytes[index] != delimiter, bytes[index] != newline { index += 1 }
                var end = index
                if end > start, bytes[end - 1] == carriage { end -= 1 }
                fields.append(CSVField(range: start..<end, quoted: false, line: line, column: column))
            }
            if index >= count {
                endRecord()
                break
            }
            if bytes[index] == delimiter {
                index += 1
                continue
            }
            // Newline: the record ends.
            endRecord()
            index += 1
            line += 1
            lineStart = index
            recordLine = line
        }
        return nil
    }

    /// The number in a field, or nil. Decimal commas are accepted when the delimiter is not a comma.
    func number(_ field: CSVField) -> Double? {
        bytes.withUnsafeBufferPointer { number(field, in: $0) }
    }

    /// The same inside a scan, whose callback already holds the bytes.
    func number(_ field: CSVField, in bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        Self.fastNumber(bytes, field.range, decimalComma: decimalComma) ?? slowNumber(field)
    }

    private func slowNumber(_ field: CSVField) -> Double? {
        var start = field.range.lowerBound, end = field.range.upperBound
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard start < end else { return nil }
        // Slow path: strtod on a NUL-terminated copy, refusing hex, infinities and NaN.
        var copy = Array(bytes[start..<end])
        if decimalComma { copy = copy.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 } }
        guard let first = copy.first(where: { $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "-") }),
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || first == UInt8(ascii: "."),
            !copy.contains(UInt8(ascii: "x")), !copy.contains(UInt8(ascii: "X"))
        else { return nil }
        copy.append(0)
        return copy.withUnsafeBufferPointer { buffer -> Double? in
            guard let base = buffer.baseAddress else { return nil }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { text -> Double? in
                var stop: UnsafeMutablePointer<CChar>?
                let value = strtod(text, &stop)
                guard let stop, stop == UnsafeMutablePointer(mutating: text) + (buffer.count - 1), value.isFinite else { return nil }
                return value
            }
        }
    }

    /// Clinger's fast path: `[-+]digits[.digits]` with at most 15 significant digits is exact as one division.
    /// The field, trimmed of spaces, must be such a number and nothing else.
    @inline(__always)
    static func fastNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, decimalComma: Bool) -> Double? {
        var index = range.lowerBound, end = range.upperBound
        while index < end, bytes[index] == 0x20 { index += 1 }
        while end > index, bytes[end - 1] == 0x20 { end -= 1 }
        guard let number = plainNumber(bytes, from: index, to: end, decimalComma: decimalComma), number.next == end else { return nil }
        return number.value
    }

    /// The `[-+]digits[.digits]` that starts at `index` (a decimal comma too when `decimalComma`), read up to the first
    /// byte that cannot continue it, which is `next`; nil without digits or with more than 15 (then a division would
    /// not be exact). The one number grammar of both ``fastNumber(_:_:decimalComma:)`` and ``numericRecord``.
    @inline(__always)
    static func plainNumber(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, decimalComma: Bool)
        -> (value: Double, next: Int)?
    {
        var index = start
        var negative = false
        if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        let point = UInt8(ascii: "."), comma = decimalComma ? UInt8(ascii: ",") : point
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, seenPoint = false
        while index < end {
            let byte = bytes[index]
            let digit = byte &- UInt8(ascii: "0")
            if digit < 10 {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
                fraction += seenPoint ? 1 : 0
            } else if (byte == point || byte == comma) && !seenPoint {
                seenPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        let value = Double(mantissa) / powerOfTen(fraction)
        return (negative ? -value : value, index)
    }

    /// 10^k for k ≤ 15, exact in a double; a switch, so the hot path reads no lazily initialised global.
    @inline(__always)
    static func powerOfTen(_ k: Int) -> Double {
        switch k {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        default: 1e15
        }
    }
}
