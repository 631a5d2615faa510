import RealModule

/// The analytic hierarchy process's pairwise weighting (Saaty 1977, `saaty1977scaling`; 1980): a positive reciprocal
/// matrix of judgements `aᵢⱼ` ("how many times more important is i than j") turned into priorities.
public struct AHP: Sendable {
    /// How priorities are derived from the judgements.
    public enum Prioritization: String, Hashable, Sendable, CaseIterable, Codable {
        /// The principal right eigenvector (Saaty), by power iteration. The default.
        case eigenvector
        /// The normalised geometric mean of each row (Crawford & Williams 1985); equals the eigenvector for n ≤ 3.
        case geometricMean = "geometric"
    }

    /// Random consistency indices by matrix size, from a named source. Beyond the table's largest size no CR can be
    /// computed, so a larger matrix is refused with a message that says to compare fewer items at once.
    public enum RandomIndexTable: String, Hashable, Sendable, CaseIterable, Codable {
        /// The default: Saaty (1980) for n = 1…10 as widely reprinted (0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
        /// 1.45, 1.49), then Tummala & Ling (1998) for n = 11…15.
        case saaty1980 = "saaty-1980+tummala-ling-1998"
        /// Tummala & Ling (1998), Theory and Decision 44(3) 221–230, the mean random index for n = 1…15 (values as
        /// transcribed in pymcdm's AHP, which cites the paper; the paper itself was not available here).
        case tummalaLing1998 = "tummala-ling-1998"

        static let tummalaLing: [Double] = [
            0, 0, 0.5799, 0.8921, 1.1159, 1.2358, 1.3322, 1.3952, 1.4537, 1.4882, 1.5117, 1.5356, 1.5571, 1.5714, 1.5831,
        ]

        public var values: [Double] {
            switch self {
            case .saaty1980: [0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49] + Self.tummalaLing[10...]
            case .tummalaLing1998: Self.tummalaLing
            }
        }

        /// Where the index for a matrix of this size comes from, for the output.
        public func source(for size: Int) -> String {
            switch self {
            case .saaty1980: size <= 10 ? "Saaty 1980" : "Tummala & Ling 1998"
            case .tummalaLing1998: "Tummala & Ling 1998"
            }
        }

        public func index(for size: Int) -> Double? { size >= 1 && size <= values.count ? values[size - 1] : nil }
    }

    /// One judgement that strays furthest from what the priorities imply.
    public struct Judgement: Hashable, Sendable, Codable {
        public var row: String
        public var column: String
        public var given: Double
        /// `wᵢ / wⱼ`: the value consistent with the derived priorities (Saaty's revision suggestion).
        public var consistentValue: Double
    }

    public struct Result: Hashable, Sendable, Codable {
        public var ids: [String]
        public var weights: [Double]
        public var prioritization: Prioritization
        public var lambdaMax: Double
        public var consistencyIndex: Double
        public var randomIndexTable: RandomIndexTable
        public var randomIndex: Double?
        /// The publication the random index was taken from ("Saaty 1980", "Tummala & Ling 1998").
        public var randomIndexSource: String
        /// nil for n ≤ 2 (always consistent) — CR is then reported as 0.
        public var consistencyRatio: Double
        /// CR ≤ 0.10, Saaty's threshold.
        public var isAcceptable: Bool { consistencyRatio <= 0.10 + 1e-12 }
        /// The judgement with the largest |ln(aᵢⱼ wⱼ / wᵢ)|, when the matrix is not perfectly consistent.
        public var mostInconsistent: Judgement?
    }

    public var ids: [String]
    public var judgements: [[Double]]

    /// - Parameters:
    ///   - judgements: a square matrix; zeros (or missing values given as 0) below the diagonal are filled in as the
    ///     reciprocals of the upper triangle.
    /// - Throws: ``WeightingError`` for a non-square matrix, non-positive judgements, a diagonal other than 1, or
    ///   judgements that are not reciprocal (within 1 %, as 1/3 is written 0.33).
    public init(ids: [String], judgements: [[Double]]) throws(WeightingError) {
        let n = ids.count
        guard n > 0 else { throw WeightingError(.empty) }
        guard judgements.count == n, judgements.allSatisfy({ $0.count == n }) else {
            throw WeightingError(.notSquare(rows: judgements.count, columns: judgements.first?.count ?? 0))
        }
        var filled = judgements
        for i in 0..<n {
            for j in 0..<n where i > j && filled[i][j] == 0 && filled[j][i] > 0 { filled[i][j] = 1 / filled[j][i] }
        }
        for i in 0..<n {
            guard filled[i][i] == 1 else { throw WeightingError(.diagonalNotOne(criterion: ids[i], value: filled[i][i])) }
            for j in 0..<n {
                let value = filled[i][j]
                guard value > 0, value.isFinite else { throw WeightingError(.notPositive(row: ids[i], column: ids[j], value: value)) }
                if j > i, abs(value * filled[j][i] - 1) > 0.01 {
                    throw WeightingError(.notReciprocal(row: ids[i], column: ids[j], value: value, mirror: filled[j][i]))
                }
            }
        }
        self.ids = ids
        self.judgements = filled
    }

    /// Priorities, λmax, CI = (λmax − n)/(n − 1), CR = CI / RI and the most inconsistent judgement.
    /// - Throws: ``WeightingError/Reason/tooLargeForRandomIndex(size:largest:)`` beyond the table's sizes.
    /// - Complexity: O(*n*² · iterations) for the eigenvector (at most 10,000 power iterations to 1e-15).
    public func priorities(_ prioritization: Prioritization = .eigenvector, table: RandomIndexTable = .saaty1980) throws(WeightingError)
        -> Result
    {
        let n = ids.count
        guard let randomIndex = table.index(for: n) else {
            throw WeightingError(.tooLargeForRandomIndex(size: n, largest: table.values.count))
        }
        let weights: [Double]
        switch prioritization {
        case .geometricMean:
            let means = judgements.map { row in Double.exp(row.reduce(0) { $0 + .log($1) } / Double(n)) }
            let total = means.reduce(0, +)
            weights = means.map { $0 / total }
        case .eigenvector:
            var w = [Double](repeating: 1 / Double(n), count: n)
            for _ in 0..<10_000 {
                var next = (0..<n).map { i in (0..<n).reduce(0) { $0 + judgements[i][$1] * w[$1] } }
                let total = next.reduce(0, +)
                next = next.map { $0 / total }
                let change = zip(next, w).map { abs($0 - $1) }.max() ?? 0
                w = next
                if change < 1e-15 { break }
            }
            weights = w
        }
        // λmax as the mean of (A w)ᵢ / wᵢ (exact for the eigenvector; Saaty's estimate for other priorities).
        let lambdaMax =
            (0..<n).reduce(0) { sum, i in sum + (0..<n).reduce(0) { $0 + judgements[i][$1] * weights[$1] } / weights[i] } / Double(n)
        let ci = n > 1 ? max(0, (lambdaMax - Double(n)) / Double(n - 1)) : 0
        let cr = randomIndex > 0 ? ci / randomIndex : 0
        var worst: Judgement?
        var worstError = 1e-9
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) {
                let error = abs(Double.log(judgements[i][j] * weights[j] / weights[i]))
                if error > worstError {
                    worstError = error
                    worst = Judgement(row: ids[i], column: ids[j], given: judgements[i][j], consistentValue: weights[i] / weights[j])
                }
            }
        }
        return Result(
            ids: ids, weights: weights, prioritization: prioritization, lambdaMax: lambdaMax, consistencyIndex: ci,
            randomIndexTable: table, randomIndex: randomIndex, randomIndexSource: table.source(for: n), consistencyRatio: cr,
            mostInconsistent: worst)
    }
}
