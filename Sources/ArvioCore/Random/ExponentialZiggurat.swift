import RealModule

/// Standard exponential variates by the ziggurat method (Marsaglia & Tsang 2000, `marsaglia2000ziggurat`), 256
/// layers. About 99 % of draws cost one 64-bit random number, a table look-up and a multiplication; the rest fall back
/// to an exact test under the curve, or to the memoryless tail `r − log U`. Sums of exponentials normalised give
/// weights uniform on the simplex (Rubinstein 1982), which is what SMAA samples by the million.
public struct ExponentialZiggurat: Sendable {
    /// Layer `i` spans heights `f(x[i])…f(x[i+1])` and has width `x[i]`; `x[0]` is the base's virtual width.
    let x: [Double]
    let f: [Double]
    /// `x[i] · 2⁻⁵³`: a 53-bit integer times this is a uniform point of layer `i` (the power of two is exact).
    let scaled: [Double]
    /// The acceptance test in integers: a 53-bit `j` lies under the next layer's width when `j < limit[i]`, so the
    /// common case decides on the random bits alone, before any conversion to floating point.
    let limit: [UInt64]
    /// The same for 24-bit uniforms, two of which come from one 64-bit random number (``fillPairs(_:using:)``).
    let scaled24: [Double]
    let limit24: [UInt32]
    static let r = 7.697117470131050077
    static let area = 0.0039496598225815571993

    public static let shared = ExponentialZiggurat()

    public init() {
        let r = Self.r, v = Self.area
        var x = [Double](repeating: 0, count: 257)
        x[0] = v / Double.exp(-r)
        x[1] = r
        for i in 1..<255 { x[i + 1] = -Double.log(v / x[i] + Double.exp(-x[i])) }
        x[256] = 0
        self.x = x
        f = x.map { Double.exp(-$0) }
        scaled = x.map { $0 * 0x1p-53 }
        limit = (0..<256).map { i in UInt64((x[i + 1] / x[i] * 0x1p53).rounded(.down)) }
        scaled24 = x.map { $0 * 0x1p-24 }
        limit24 = (0..<256).map { i in UInt32((x[i + 1] / x[i] * 0x1p24).rounded(.down)) }
    }

    public func next(using generator: inout SplitMix64) -> Double {
        var value = 0.0
        withUnsafeMutablePointer(to: &value) { fill(UnsafeMutableBufferPointer(start: $0, count: 1), using: &generator) }
        return value
    }

    /// Fills a buffer with exponential variates: the tables are held once for the whole buffer.
    public func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout SplitMix64) {
        x.withUnsafeBufferPointer { x in
            f.withUnsafeBufferPointer { f in
                scaled.withUnsafeBufferPointer { scaled in
                    limit.withUnsafeBufferPointer { limit in
                        fill(buffer, x, f, scaled, limit, &generator)
                    }
                }
            }
        }
    }

    /// Fills a buffer two variates per 64-bit random number: each half gives a layer (8 bits) and a 24-bit uniform,
    /// so an accepted value lies on a grid of 2⁻²⁴ of its layer's width (at most ~5 · 10⁻⁷ apart), which is far finer
    /// than anything SMAA weights resolve. The rare rest (wedges and the tail, ~1 %) take the exact path.
    public func fillPairs(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout SplitMix64) {
        scaled24.withUnsafeBufferPointer { scaled in
            limit24.withUnsafeBufferPointer { limit in
                f.withUnsafeBufferPointer { f in
                    var slot = 0
                    let count = buffer.count
                    while slot < count {
                        let bits = generator.next()
                        for shift in stride(from: UInt64(0), to: 64, by: 32) where slot < count {
                            let half = UInt32(truncatingIfNeeded: bits >> shift)
                            let i = Int(half & 0xFF)
                            let j = half >> 8
                            let value = Double(j) * scaled[i]
                            if j < limit[i] {
                                buffer[slot] = value
                            } else if i == 0 {
                                // The base layer beyond r: the tail, again exponential, shifted.
                                let w = Double(generator.next() >> 11) * 0x1p-53
                                buffer[slot] = Self.r - Double.log(onePlus: -w)
                            } else {
                                // A wedge: accept this value under the curve, or start this variate afresh.
                                let y = f[i] + Double(generator.next() >> 11) * 0x1p-53 * (f[i + 1] - f[i])
                                if y < Double.exp(-value) {
                                    buffer[slot] = value
                                } else {
                                    fill(UnsafeMutableBufferPointer(rebasing: buffer[slot..<(slot + 1)]), using: &generator)
                                }
                            }
                            slot += 1
                        }
                    }
                }
            }
        }
    }

    private func fill(
        _ buffer: UnsafeMutableBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>, _ f: UnsafeBufferPointer<Double>,
        _ scaled: UnsafeBufferPointer<Double>, _ limit: UnsafeBufferPointer<UInt64>, _ generator: inout SplitMix64
    ) {
        for slot in buffer.indices {
            while true {
                let bits = generator.next()
                let i = Int(truncatingIfNeeded: bits & 0xFF)
                let j = bits >> 11
                let value = Double(Int64(bitPattern: j)) * scaled[i]
                if j < limit[i] {
                    buffer[slot] = value
                    break
                }
                if i == 0 {
                    // The tail beyond r is again exponential, shifted.
                    let w = Double(generator.next() >> 11) * 0x1p-53
                    buffer[slot] = Self.r - Double.log(onePlus: -w)
                    break
                }
                let y = f[i] + Double(generator.next() >> 11) * 0x1p-53 * (f[i + 1] - f[i])
                if y < Double.exp(-value) {
                    buffer[slot] = value
                    break
                }
            }
        }
    }
}
