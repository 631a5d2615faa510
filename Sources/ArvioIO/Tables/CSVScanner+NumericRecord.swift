/// The fast path of a large decision matrix: a record of a file without quotes, read in one pass that finds the
/// fields and converts the numbers together, so no field list is built and no byte is visited twice.
extension CSVScanner {
    /// The record that starts at `start`: its first field's byte range, and `count` numbers written to `values`.
    /// Returns the offset after the line end, or nil when the line needs the general path — a field that is not a plain
    /// `[-+]digits[.digits]` of at most 15 digits (spaces, text, an exponent), another number of fields, or an empty
    /// line; the caller then reads the line again with ``scan(_:range:firstLine:_:)`` for its exact diagnostics.
    /// Numbers are read by ``plainNumber(_:from:to:decimalComma:)``, the grammar of ``fastNumber(_:_:decimalComma:)``.
    @inline(__always)
    static func numericRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, delimiter: UInt8, decimalComma: Bool, count: Int,
        into values: UnsafeMutablePointer<Double>
    ) -> (name: Range<Int>, next: Int)? {
        let end = bytes.count
        let newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        var index = start
        while index < end, bytes[index] != delimiter, bytes[index] != newline { index += 1 }
        guard index < end, bytes[index] == delimiter else { return nil }
        let name = start..<index
        index += 1
        for k in 0..<count {
            guard let number = plainNumber(bytes, from: index, to: end, decimalComma: decimalComma) else { return nil }
            values[k] = number.value
            index = number.next
            if k < count - 1 {
                guard index < end, bytes[index] == delimiter else { return nil }
                index += 1
            }
        }
        if index < end, bytes[index] == carriage { index += 1 }
        if index < end {
            guard bytes[index] == newline else { return nil }
            index += 1
        }
        return (name, index)
    }
}
