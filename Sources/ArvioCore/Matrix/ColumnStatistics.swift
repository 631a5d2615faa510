/// Per-criterion minimum, maximum, sum and sum of squares, gathered in one row-major pass over the matrix.
public struct ColumnStatistics: Hashable, Sendable {
    public var minimum: [Double]
    public var maximum: [Double]
    public var sum: [Double]
    public var sumOfSquares: [Double]

    /// - Complexity: O(*m* × *n*), one pass over contiguous memory, eight columns per SIMD step.
    public init(_ matrix: DecisionMatrix) {
        let n = matrix.columnCount, m = matrix.rowCount
        let chunks = n / 8, tail = chunks * 8
        var low = [SIMD8<Double>](repeating: SIMD8(repeating: .infinity), count: chunks)
        var high = [SIMD8<Double>](repeating: SIMD8(repeating: -.infinity), count: chunks)
        var total = [SIMD8<Double>](repeating: .zero, count: chunks)
        var square = [SIMD8<Double>](repeating: .zero, count: chunks)
        var minimum = [Double](repeating: .infinity, count: n)
        var maximum = [Double](repeating: -.infinity, count: n)
        var sum = [Double](repeating: 0, count: n)
        var squares = [Double](repeating: 0, count: n)
        // Rows in blocks that fit the L1 cache, so each 8-column chunk accumulates in registers within a block.
        let block = 64
        matrix.values.withUnsafeBytes { raw in
            let values = raw.bindMemory(to: Double.self)
            var start = 0
            while start < m {
                let end = Swift.min(m, start + block)
                for k in 0..<chunks {
                    var (lo, hi, su, sq) = (low[k], high[k], total[k], square[k])
                    var offset = (start * n + k * 8) * MemoryLayout<Double>.stride
                    for _ in start..<end {
                        let x = raw.loadUnaligned(fromByteOffset: offset, as: SIMD8<Double>.self)
                        lo = pointwiseMin(lo, x)
                        hi = pointwiseMax(hi, x)
                        su += x
                        sq += x * x
                        offset += n * MemoryLayout<Double>.stride
                    }
                    (low[k], high[k], total[k], square[k]) = (lo, hi, su, sq)
                }
                for i in start..<end {
                    let row = i * n
                    for j in tail..<n {
                        let x = values[row + j]
                        minimum[j] = Swift.min(minimum[j], x)
                        maximum[j] = Swift.max(maximum[j], x)
                        sum[j] += x
                        squares[j] += x * x
                    }
                }
                start = end
            }
        }
        for k in 0..<chunks {
            for lane in 0..<8 {
                minimum[k * 8 + lane] = low[k][lane]
                maximum[k * 8 + lane] = high[k][lane]
                sum[k * 8 + lane] = total[k][lane]
                squares[k * 8 + lane] = square[k][lane]
            }
        }
        self.minimum = minimum
        self.maximum = maximum
        self.sum = sum
        self.sumOfSquares = squares
    }

    /// `Σⱼ coefficients[j] · x[i, j]` for every row `i`, eight columns per SIMD step.
    static func rowDotProducts(_ matrix: DecisionMatrix, _ coefficients: [Double]) -> [Double] {
        let n = matrix.columnCount, m = matrix.rowCount
        let chunks = n / 8, tail = chunks * 8
        let packed = (0..<chunks).map { k in SIMD8<Double>((0..<8).map { coefficients[k * 8 + $0] }) }
        var result = [Double](repeating: 0, count: m)
        matrix.values.withUnsafeBytes { raw in
            let values = raw.bindMemory(to: Double.self)
            for i in 0..<m {
                let row = i * n
                var accumulator = SIMD8<Double>.zero
                for k in 0..<chunks {
                    let x = raw.loadUnaligned(fromByteOffset: (row + k * 8) * MemoryLayout<Double>.stride, as: SIMD8<Double>.self)
                    accumulator += packed[k] * x
                }
                var total = accumulator.sum()
                for j in tail..<n { total += coefficients[j] * values[row + j] }
                result[i] = total
            }
        }
        return result
    }

    /// For every row, `Σⱼ (sⱼ·x + oⱼ − aⱼ)²` and `Σⱼ (sⱼ·x + oⱼ − bⱼ)²`: TOPSIS's squared distances to `a` and `b`.
    static func rowSquaredDistances(
        _ matrix: DecisionMatrix, scales: [Double], offsets: [Double], to a: [Double], and b: [Double]
    ) -> (toA: [Double], toB: [Double]) {
        let n = matrix.columnCount, m = matrix.rowCount
        let chunks = n / 8, tail = chunks * 8
        func pack(_ values: [Double]) -> [SIMD8<Double>] { (0..<chunks).map { k in SIMD8<Double>((0..<8).map { values[k * 8 + $0] }) } }
        let (s, o, pa, pb) = (pack(scales), pack(offsets), pack(a), pack(b))
        var toA = [Double](repeating: 0, count: m), toB = [Double](repeating: 0, count: m)
        matrix.values.withUnsafeBytes { raw in
            let values = raw.bindMemory(to: Double.self)
            for i in 0..<m {
                let row = i * n
                var accumulatorA = SIMD8<Double>.zero, accumulatorB = SIMD8<Double>.zero
                for k in 0..<chunks {
                    let x = raw.loadUnaligned(fromByteOffset: (row + k * 8) * MemoryLayout<Double>.stride, as: SIMD8<Double>.self)
                    let v = s[k] * x + o[k]
                    let da = v - pa[k], db = v - pb[k]
                    accumulatorA += da * da
                    accumulatorB += db * db
                }
                var sumA = accumulatorA.sum(), sumB = accumulatorB.sum()
                for j in tail..<n {
                    let v = scales[j] * values[row + j] + offsets[j]
                    sumA += (v - a[j]) * (v - a[j])
                    sumB += (v - b[j]) * (v - b[j])
                }
                toA[i] = sumA
                toB[i] = sumB
            }
        }
        return (toA, toB)
    }

    public func isConstant(_ j: Int) -> Bool { minimum[j] == maximum[j] }
}

/// How a normalisation maps one criterion's value `x` to `r`: `scale · x + offset`, or `scale / x`.
public enum ColumnTransform: Hashable, Sendable {
    case affine(scale: Double, offset: Double)
    case reciprocal(scale: Double)

    @inlinable
    public func apply(_ x: Double) -> Double {
        switch self {
        case .affine(let scale, let offset): scale * x + offset
        case .reciprocal(let scale): scale / x
        }
    }

    /// True when the transform's coefficients are finite numbers and a scale is not zero by underflow.
    public var isFinite: Bool {
        switch self {
        case .affine(let scale, let offset): scale.isFinite && offset.isFinite
        case .reciprocal(let scale): scale.isFinite && scale != 0
        }
    }

    /// The smallest and largest transformed values of a column with these bounds (transforms are monotone).
    public func range(low: Double, high: Double) -> (Double, Double) {
        let (a, b) = (apply(low), apply(high))
        return (min(a, b), max(a, b))
    }
}
