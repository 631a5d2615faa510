import Dispatch
import Synchronization

/// SMAA-2, stochastic multicriteria acceptability analysis for the additive model (Lahdelma & Salminen 2001,
/// `lahdelma2001smaa2`): weights drawn uniformly on the simplex (or on its part the constraints leave), and, when the
/// assessors disagreed, each cell's value drawn from the values the assessors gave, so that disagreement becomes
/// uncertainty. Counts how often each alternative takes each rank.
///
/// The draws are split into a fixed number of chunks, each with its own SplitMix64 stream derived from the seed and
/// merged in chunk order: the same seed gives the same numbers on one thread or many.
public struct SMAA: Sendable {
    public let matrix: DecisionMatrix
    public let model: AdditiveModel
    /// Per cell (row-major, `m × n`), the values the assessors gave; an empty list keeps the cell at the matrix's value.
    public let spread: [[Double]]

    /// - Parameter spread: empty, or one list per cell; cells whose list has fewer than two distinct values are fixed.
    public init(_ matrix: DecisionMatrix, normalization: Normalization = .minMax, groups: [WeightGroup]? = nil, spread: [[Double]] = [])
        throws(ScoringError)
    {
        self.matrix = matrix
        model = try AdditiveModel(matrix, normalization: normalization, groups: groups)
        let varying = spread.count == matrix.values.count ? spread.map { Set($0).count > 1 ? $0 : [] } : []
        self.spread = varying.contains { !$0.isEmpty } ? varying : []
    }

    /// The number of cells whose value is drawn.
    public var uncertainCells: Int { spread.filter { !$0.isEmpty }.count }

    public struct Result: Hashable, Sendable, Codable {
        public var alternatives: [String]
        /// The weights sampled: groups (areas), or criteria of a flat matrix.
        public var weights: [String]
        public var samples: Int
        public var seed: UInt64
        public var constraints: WeightConstraints
        /// Share of uniform draws the constraints accepted (1 without bounds).
        public var acceptanceRate: Double
        public var uncertainCells: Int
        public var normalization: Normalization
        /// `rankAcceptability[i][r]`: the share of draws in which alternative `i` took rank `r + 1`. Exact ties share
        /// the ranks they span equally, so every row and every column sums to 1.
        public var rankAcceptability: [[Double]]
        /// The mean weight vector of the draws in which the alternative ranked first; nil when it never did.
        public var centralWeights: [[Double]?]
        /// How often the alternative ranks first with its central weights, over the value draws (1 or 0 without
        /// value uncertainty); nil without central weights.
        public var confidence: [Double?]
        /// `Σ_r α_r · b_i^r` with linear meta-weights `α_r = (m − r)/(m − 1)`.
        public var holisticAcceptability: [Double]
        public static let metaWeights = "linear: α_r = (m − r)/(m − 1)"
    }

    /// Draws, tallied.
    struct Tally {
        var ranks: [Double]
        var central: [Double]
        var accepted = 0
        var attempts = 0

        init(m: Int, g: Int) {
            ranks = [Double](repeating: 0, count: m * m)
            central = [Double](repeating: 0, count: m * g)
        }

        mutating func add(_ other: Tally) {
            for k in ranks.indices { ranks[k] += other.ranks[k] }
            for k in central.indices { central[k] += other.central[k] }
            accepted += other.accepted
            attempts += other.attempts
        }
    }

    static let chunks = 64
    /// Value draws per confidence factor: a standard error of at most 1.1 percentage points.
    public static let confidenceDraws = 2_000

    /// - Parameters:
    ///   - samples: accepted weight draws, 1…100,000,000.
    ///   - threads: how many chunks run at once; the numbers do not depend on it.
    /// - Parameter progress: told the share of the draws done (0…1) as each of the 64 chunks finishes, from whichever
    ///   thread ran it; the result does not depend on it.
    public func analyse(
        samples: Int, seed: UInt64, constraints: WeightConstraints = .init(), threads: Int = 1,
        progress: (@Sendable (Double) -> Void)? = nil
    ) throws(SensitivityError) -> Result {
        guard (1...100_000_000).contains(samples) else { throw SensitivityError(.sampleCount(samples)) }
        let resolved = try constraints.resolved(model.groups.map(\.id))
        let m = model.rowCount, g = model.groups.count
        var seeder = SplitMix64(seed: seed)
        let chunkCount = min(Self.chunks, samples)
        let seeds = (0..<chunkCount).map { _ in seeder.next() }
        let confidenceSeed = seeder.next()
        let counts = (0..<chunkCount).map { samples / chunkCount + ($0 < samples % chunkCount ? 1 : 0) }

        var outcomes = [Swift.Result<Tally, SensitivityError>?](repeating: nil, count: chunkCount)
        let done = Atomic<Int>(0)
        let work: @Sendable (Int) -> Swift.Result<Tally, SensitivityError> = { (k: Int) -> Swift.Result<Tally, SensitivityError> in
            let outcome = Swift.Result { () throws(SensitivityError) in
                if self.spread.isEmpty {
                    return try self.tallyBatched(draws: counts[k], seed: seeds[k], constraints: resolved)
                }
                return try self.tally(draws: counts[k], seed: seeds[k], constraints: resolved)
            }
            if let progress {
                progress(Double(done.add(1, ordering: .relaxed).newValue) / Double(chunkCount))
            }
            return outcome
        }
        if threads > 1 {
            outcomes.withUnsafeMutableBufferPointer { buffer in
                let slots = SendableBuffer(buffer)
                DispatchQueue.concurrentPerform(iterations: chunkCount) { k in slots.buffer[k] = work(k) }
            }
        } else {
            for k in 0..<chunkCount { outcomes[k] = work(k) }
        }
        var total = Tally(m: m, g: g)
        for outcome in outcomes {
            switch outcome {
            case .success(let tally): total.add(tally)
            case .failure(let error): throw error
            case nil: preconditionFailure("a chunk did not run")
            }
        }

        let n = Double(samples)
        let acceptability = (0..<m).map { i in (0..<m).map { total.ranks[i * m + $0] / n } }
        let central: [[Double]?] = (0..<m).map { i in
            let first = total.ranks[i * m]
            return first > 0 ? (0..<g).map { total.central[i * g + $0] / first } : nil
        }
        var generator = SplitMix64(seed: confidenceSeed)
        var confidence: [Double?] = []
        for i in 0..<m {
            guard let weights = central[i] else {
                confidence.append(nil)
                continue
            }
            confidence.append(try confidenceFactor(i, weights: weights, draws: min(samples, Self.confidenceDraws), using: &generator))
        }
        let meta = (0..<m).map { m > 1 ? Double(m - 1 - $0) / Double(m - 1) : 1 }
        return Result(
            alternatives: model.alternatives, weights: model.groups.map(\.id), samples: samples, seed: seed,
            constraints: constraints, acceptanceRate: total.attempts > 0 ? Double(total.accepted) / Double(total.attempts) : 1,
            uncertainCells: uncertainCells, normalization: model.normalization, rankAcceptability: acceptability,
            centralWeights: central, confidence: confidence,
            holisticAcceptability: acceptability.map { row in zip(row, meta).reduce(0) { $0 + $1.0 * $1.1 } })
    }

    /// The share of value draws in which alternative `i` ranks first under fixed weights.
    func confidenceFactor(_ i: Int, weights: [Double], draws: Int, using generator: inout SplitMix64) throws(SensitivityError)
        -> Double
    {
        let g = model.groups.count
        let rounds = spread.isEmpty ? 1 : draws
        var wins = 0.0
        for _ in 0..<rounds {
            let u = spread.isEmpty ? model.groupValues : try drawnGroupValues(using: &generator)
            let scores = (0..<model.rowCount).map { row in (0..<g).reduce(0) { $0 + weights[$1] * u[row * g + $1] } }
            let best = scores.max() ?? 0
            if scores[i] == best { wins += 1 / Double(scores.filter { $0 == best }.count) }
        }
        return wins / Double(rounds)
    }

    /// Group values (`m × G`) for one draw of the uncertain cells.
    func drawnGroupValues(using generator: inout SplitMix64) throws(SensitivityError) -> [Double] {
        var values = matrix.values
        for (cell, choices) in spread.enumerated() where !choices.isEmpty {
            values[cell] = choices[Int(generator.next() % UInt64(choices.count))]
        }
        do {
            let drawn = matrix.replacingValues(values)
            return try AdditiveModel(drawn, normalization: model.normalization, groups: model.groups).groupValues
        } catch {
            throw SensitivityError(at: error.location, .scoring(error.reason))
        }
    }
}

/// Lets the chunks write their own slots of one array from several threads; each index is written once.
struct SendableBuffer<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
    init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}
