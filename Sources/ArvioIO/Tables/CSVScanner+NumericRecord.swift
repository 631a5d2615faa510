/// The fast path of a large decision matrix: a record of a file without quotes, read in one pass that finds the
/// fields and converts the numbers together, so no field list is built and no byte is visited twice.
extension CSVScanner {
    /// The record that starts at `start`: its first field's byte range, and `count` numbers written to `values`.
    /// Returns the offset after the line end, or nil when the line needs the general path — a field that is not a plain
    /// `[-+]digits[.digits]` of at most 15 digits (spaces, text, an exponent), another number of fields, or an empty
    /// line; the caller then reads the line again with ``scan(_:range:firstLine:_:)`` for its exact diagnostics.
    /// Exact for the numbers it accepts (Clinger's fast path, as ``fastNumber(_:_:decimalComma:)``).
    @inline(__always)
    static func numericRecord(
        _ bytes: UnsafeBufferPointer<UInt8>, at start: Int, delimiter: UInt8, decimalComma: Bool, count: Int,
        into values: UnsafeMutablePointer<Double>
    ) -> (name: Range<Int>, next: Int)? {
        let end = bytes.count
        let newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
        let point = UInt8(ascii: "."), comma = decimalComma ? UInt8(ascii: ",") : point
        var index = start
        while index < end, bytes[index] != delimiter, bytes[index] != newline { index += 1 }
        guard index < end, bytes[index] == delimiter else { return nil }
        let name = start..<index
        index += 1
        for k in 0..<count {
            var negative = false
            if index < end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                negative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
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
            values[k] = negative ? -value : value
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
