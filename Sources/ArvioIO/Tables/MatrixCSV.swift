import ArvioCore
import Foundation

/// Reads a decision matrix from two CSV files, as `arvio rank` takes them:
/// `m.csv` is `alternative,c1,…,cn` (a header, then one row per alternative) and `c.csv` is
/// `id,weight,type[,preference_function,q,p,s]` with type `benefit` or `cost`. Columns of `c.csv` are found by name.
/// Every problem is reported with file, line and column; at most ``problemLimit`` at once.
package enum MatrixCSV {
    package static let problemLimit = 50
    static let criteriaColumns = ["id", "weight", "type", "preference_function", "q", "p", "s"]

    /// - Throws: ``Diagnostics`` with every problem of both files, or the matrix's own ``ScoringError`` as a diagnostic.
    package static func matrix(matrixText: String, matrixFile: String, criteriaText: String, criteriaFile: String)
        throws(Diagnostics) -> DecisionMatrix
    {
        try matrix(matrixBytes: Array(matrixText.utf8), matrixFile: matrixFile, criteriaText: criteriaText, criteriaFile: criteriaFile)
    }

    /// The same from the matrix file's bytes, as read from disk (the fast path for large matrices). Three steps: the
    /// criteria file, the matrix's header and records, then the columns matched to the criteria.
    package static func matrix(matrixBytes: [UInt8], matrixFile: String, criteriaText: String, criteriaFile: String)
        throws(Diagnostics) -> DecisionMatrix
    {
        var problems: [Diagnostic] = []
        let criteria = self.criteria(criteriaText, file: criteriaFile, problems: &problems)
        var reading = Reading(file: matrixFile, scanner: CSVScanner(bytes: matrixBytes), problems: problems)
        let values = reading.records()
        let ordered = reading.columns(matching: criteria, criteriaFile: criteriaFile)
        if reading.problems.count >= problemLimit {
            reading.problems.append(Diagnostic(at: SourceLocation(file: matrixFile), .tooManyProblems(shown: problemLimit)))
        }
        guard reading.problems.isEmpty else { throw Diagnostics(reading.problems) }
        do {
            return try DecisionMatrix(
                alternatives: reading.alternatives, criteria: ordered, flatValues: values, rowOrigins: reading.rowOrigins)
        } catch {
            throw Diagnostics([error.asDiagnostic(file: matrixFile)])
        }
    }

    /// The matrix file as it is read: its header, the alternatives and where each row began, and every problem.
    struct Reading {
        let file: String
        let scanner: CSVScanner
        var problems: [Diagnostic]
        var header: [String] = []
        var headerFields: [CSVField] = []
        var alternatives: [String] = []
        var rowOrigins: [SourceLocation?] = []
        /// Alternative → the line it was first given on.
        var seen: [String: Int] = [:]
        /// Lines in the file, counted in one pass over the bytes, to reserve for the whole table.
        let lineCount: Int

        init(file: String, scanner: CSVScanner, problems: [Diagnostic]) {
            self.file = file
            self.scanner = scanner
            self.problems = problems
            lineCount = scanner.bytes.withUnsafeBufferPointer { bytes in
                var count = 0
                for byte in bytes where byte == 0x0A { count += 1 }
                return count
            }
            rowOrigins.reserveCapacity(lineCount + 1)
            alternatives.reserveCapacity(lineCount + 1)
            seen.reserveCapacity(lineCount + 1)
        }

        /// The reason is built only while it will be shown: a did-you-mean over 100,000 unknown columns would otherwise
        /// cost 100,000² edit distances.
        mutating func report(_ location: SourceLocation, _ reason: @autoclosure () -> Diagnostic.Reason) {
            if problems.count < problemLimit { problems.append(Diagnostic(at: location, reason())) }
        }

        mutating func addRow(_ name: String, line: Int) {
            // Locals, as a report's reason (an autoclosure) may not read `self` while the report changes it.
            let (file, column) = (self.file, header.first ?? "alternative")
            let location = SourceLocation(file: file, line: line, column: 1)
            if name.isEmpty { report(location, .emptyField(column)) }
            if let control = ControlCharacter.first(inName: name) {
                report(location, .controlCharacter(field: column, code: ControlCharacter.code(control)))
            }
            if let first = seen.updateValue(line, forKey: name) {
                seen[name] = first
                report(location, .duplicateID(.alternative, name, firstSeen: SourceLocation(file: file, line: first, column: 1)))
            }
            alternatives.append(name)
            rowOrigins.append(SourceLocation(file: file, line: line))
        }

        /// The header, then every record's values, row after row; a bad number is reported and stored as 0.
        mutating func records() -> [Double] {
            var unterminated: Int?
            // Local copies: the closures below change `self` while these are read.
            let (scanner, file, lineCount) = (self.scanner, self.file, self.lineCount)
            let values = scanner.bytes.withUnsafeBufferPointer { bytes in
                // The header decides the width, so it is read first; a quoted header may span lines.
                let headerEnd = MatrixCSV.headerEnd(bytes)
                unterminated = scanner.scan(bytes, range: 0..<headerEnd, firstLine: 1) { fields, line, _ in
                    for problem in CSVScanner.strayText(in: fields, line: line, file: file) { report(problem.location, problem.reason) }
                    headerFields = fields
                    header = fields.map(scanner.string)
                }
                let firstDataLine = 1 + bytes[0..<headerEnd].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                let width = max(header.count - 1, 0)
                return [Double](unsafeUninitializedCapacity: max((lineCount + 1) * width, 1)) { buffer, filled in
                    guard let base = buffer.baseAddress, !header.isEmpty else { return }
                    // A quote anywhere after the header can span lines: then the general scanner reads the rest.
                    guard width > 0, !MatrixCSV.contains(bytes, from: headerEnd, byte: 0x22) else {
                        unterminated = scanner.scan(bytes, range: headerEnd..<bytes.count, firstLine: firstDataLine) {
                            fields, line, bytes in
                            general(fields, line, bytes, into: base, filled: &filled)
                        }
                        return
                    }
                    var start = headerEnd, line = firstDataLine
                    while start < bytes.count {
                        if let record = CSVScanner.numericRecord(
                            bytes, at: start, delimiter: scanner.delimiter, decimalComma: scanner.decimalComma, count: width,
                            into: base + filled)
                        {
                            addRow(scanner.string(CSVField(range: record.name, quoted: false, line: line, column: 1)), line: line)
                            filled += width
                            start = record.next
                        } else {
                            // Without quotes a line is a record: read this one the general way.
                            var next = start
                            while next < bytes.count, bytes[next] != 0x0A { next += 1 }
                            next = min(next + 1, bytes.count)
                            _ = scanner.scan(bytes, range: start..<next, firstLine: line) { fields, line, bytes in
                                general(fields, line, bytes, into: base, filled: &filled)
                            }
                            start = next
                        }
                        line += 1
                    }
                }
            }
            if let line = unterminated { report(SourceLocation(file: file, line: line), .unterminatedQuote) }
            if header.isEmpty { report(SourceLocation(file: file, line: 1), .emptyField("header")) }
            return values
        }

        /// A record that is not plain numbers, with its exact diagnostics.
        mutating func general(
            _ fields: [CSVField], _ line: Int, _ bytes: UnsafeBufferPointer<UInt8>, into base: UnsafeMutablePointer<Double>,
            filled: inout Int
        ) {
            for problem in CSVScanner.strayText(in: fields, line: line, file: file) { report(problem.location, problem.reason) }
            let count = header.count
            guard fields.count == count else {
                report(SourceLocation(file: file, line: line, column: 1), .fieldCount(found: fields.count, expected: count))
                return
            }
            let (scanner, header, file) = (self.scanner, self.header, self.file)
            addRow(scanner.string(fields[0]), line: line)
            for index in 1..<fields.count {
                let field = fields[index]
                if let value = scanner.number(field, in: bytes) {
                    base[filled] = value
                } else {
                    base[filled] = 0
                    report(
                        SourceLocation(file: file, line: line, column: field.column, field: header[index]),
                        .notANumber(field: header[index], found: scanner.string(field)))
                }
                filled += 1
            }
        }

        /// The criteria in the order of the matrix's columns, matched by id both ways (by dictionary, so that 100,000
        /// columns take linear, not quadratic, time).
        mutating func columns(matching criteria: [MatrixCriterion], criteriaFile: String) -> [MatrixCriterion] {
            let file = self.file
            var ordered: [MatrixCriterion] = []
            let columnIDs = Array(header.dropFirst())
            let byID = Dictionary(criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let columnSet = Set(columnIDs)
            for (index, id) in columnIDs.enumerated() {
                if let criterion = byID[id] {
                    ordered.append(criterion)
                } else if !criteria.isEmpty || problems.isEmpty {
                    let field = headerFields[index + 1]
                    report(
                        SourceLocation(file: file, line: 1, column: field.column, field: id),
                        .unknownReference(.criterion, id, suggestion: nearest(to: id, in: criteria.map(\.id)), definedIn: criteriaFile))
                }
            }
            for criterion in criteria where !columnSet.contains(criterion.id) {
                report(
                    criterion.origin ?? SourceLocation(file: criteriaFile),
                    .unknownReference(
                        .criterion, criterion.id, suggestion: nearest(to: criterion.id, in: columnIDs), definedIn: "\(file) (header)"))
            }
            return ordered
        }
    }

    /// The offset after the header: the first record that is not an empty line, which may hold quoted line breaks.
    static func headerEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0, quoted = false, empty = true
        while index < bytes.count {
            switch bytes[index] {
            case 0x22: quoted.toggle(); empty = false
            case 0x0A where !quoted:
                if !empty { return index + 1 }
            case 0x0D: break
            default: empty = false
            }
            index += 1
        }
        return bytes.count
    }

    /// Whether `byte` occurs in `bytes` from `start` on (memchr: the C library's vectorised search).
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, byte: UInt8) -> Bool {
        guard let base = bytes.baseAddress, start < bytes.count else { return false }
        return memchr(base + start, Int32(byte), bytes.count - start) != nil
    }

    /// The criteria file: by header name, so columns may come in any order and optional ones may be left out.
    static func criteria(_ text: String, file: String, problems: inout [Diagnostic]) -> [MatrixCriterion] {
        let scanner = CSVScanner(text: text)
        var columns: [String: Int] = [:]
        var result: [MatrixCriterion] = []
        var seen: [String: SourceLocation] = [:]
        var local: [Diagnostic] = []
        var stray: [Diagnostic] = []
        let unterminated = scanner.scan { fields, line in
            stray += CSVScanner.strayText(in: fields, line: line, file: file)
            if columns.isEmpty && result.isEmpty && local.isEmpty {
                for (index, field) in fields.enumerated() {
                    let name = scanner.string(field).lowercased()
                    if criteriaColumns.contains(name) {
                        columns[name] = index
                    } else {
                        local.append(
                            Diagnostic(
                                at: SourceLocation(file: file, line: line, column: field.column),
                                .unknownColumn(name, suggestion: nearest(to: name, in: criteriaColumns), allowed: criteriaColumns)))
                    }
                }
                for required in ["id", "weight", "type"] where columns[required] == nil {
                    local.append(Diagnostic(at: SourceLocation(file: file, line: line), .missingColumn(required, allowed: criteriaColumns)))
                }
                if columns.isEmpty { columns["?"] = -1 }
                return
            }
            guard columns["id"] != nil, columns["weight"] != nil, columns["type"] != nil else { return }
            func cell(_ name: String) -> CSVField? { columns[name].flatMap { $0 < fields.count ? fields[$0] : nil } }
            func here(_ name: String) -> SourceLocation {
                SourceLocation(file: file, line: line, column: cell(name)?.column ?? 1, field: name)
            }
            func number(_ name: String) -> Double? {
                guard let field = cell(name) else { return nil }
                let raw = scanner.string(field)
                if raw.isEmpty { return nil }
                if let value = scanner.number(field) { return value }
                local.append(Diagnostic(at: here(name), .notANumber(field: name, found: raw)))
                return nil
            }
            guard let idField = cell("id") else { return }
            let id = scanner.string(idField)
            let origin = SourceLocation(file: file, line: line)
            if id.isEmpty { local.append(Diagnostic(at: here("id"), .emptyField("id"))) }
            if let first = seen[id] {
                local.append(Diagnostic(at: here("id"), .duplicateID(.criterion, id, firstSeen: first)))
            } else {
                seen[id] = origin
            }
            let weight = number("weight")
            if cell("weight").map({ scanner.string($0).isEmpty }) ?? true {
                local.append(Diagnostic(at: here("weight"), .emptyField("weight")))
            }
            if let weight, weight < 0 { local.append(Diagnostic(at: here("weight"), .negativeWeight(weight))) }
            let typeText = cell("type").map(scanner.string) ?? ""
            let direction = Direction(rawValue: typeText.lowercased())
            if direction == nil {
                let allowed = Direction.allCases.map(\.rawValue)
                local.append(
                    Diagnostic(
                        at: here("type"),
                        .invalidValue(field: "type", found: typeText, allowed: allowed, suggestion: nearest(to: typeText, in: allowed))))
            }
            let functionName = cell("preference_function").map(scanner.string).flatMap { $0.isEmpty ? nil : $0.lowercased() } ?? "usual"
            let (q, p, s) = (number("q"), number("p"), number("s"))
            var preference: PreferenceFunction?
            switch functionName {
            case "usual": preference = .usual
            case "u-shape": preference = q.map { .uShape(q: $0) }
            case "v-shape": preference = p.map { .vShape(p: $0) }
            case "level": preference = q.flatMap { q in p.map { .level(q: q, p: $0) } }
            case "linear": preference = q.flatMap { q in p.map { .linear(q: q, p: $0) } }
            case "gaussian": preference = s.map { .gaussian(s: $0) }
            default:
                let allowed = PreferenceFunction.names
                local.append(
                    Diagnostic(
                        at: here("preference_function"),
                        .invalidValue(
                            field: "preference_function", found: functionName, allowed: allowed,
                            suggestion: nearest(to: functionName, in: allowed))))
            }
            if preference == nil, PreferenceFunction.names.contains(functionName) {
                let needed =
                    ["u-shape": "q", "v-shape": "p", "level": q == nil ? "q" : "p", "linear": q == nil ? "q" : "p", "gaussian": "s"][
                        functionName] ?? "q"
                local.append(Diagnostic(at: here(needed), .missingField(needed)))
            }
            if let weight, let direction, let preference, !id.isEmpty {
                result.append(MatrixCriterion(id: id, weight: weight, direction: direction, preference: preference, origin: origin))
            }
        }
        if let line = unterminated { local.append(Diagnostic(at: SourceLocation(file: file, line: line), .unterminatedQuote)) }
        problems += local + stray
        return result
    }
}

extension ScoringError {
    /// The same problem as a located diagnostic of a file.
    func asDiagnostic(file: String) -> Diagnostic {
        Diagnostic(at: location ?? SourceLocation(file: file), .worded(reason))
    }
}
