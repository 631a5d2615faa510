extension SMAA {
    /// One chunk of draws. Without value uncertainty the group values are fixed, so a draw is `G` exponentials, an
    /// `m × G` product, eight alternatives per SIMD step, and a rank count: no sort, no allocation.
    func tally(draws: Int, seed: UInt64, constraints: WeightConstraints.Resolved) throws(SensitivityError) -> Tally {
        let m = model.rowCount, g = model.groups.count
        let lanes = (m + 7) / 8
        var generator = SplitMix64(seed: seed)
        var tally = Tally(m: m, g: g)

        // Working memory for the whole chunk.
        let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: g)
        var ordered = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, constraints.order.count))
        let packed = UnsafeMutablePointer<SIMD8<Double>>.allocate(capacity: lanes * g)
        let scores = UnsafeMutablePointer<SIMD8<Double>>.allocate(capacity: lanes)
        let ranks = UnsafeMutablePointer<Int>.allocate(capacity: m)
        let counts = UnsafeMutablePointer<Double>.allocate(capacity: m * m)
        let central = UnsafeMutablePointer<Double>.allocate(capacity: m * g)
        counts.initialize(repeating: 0, count: m * m)
        central.initialize(repeating: 0, count: m * g)
        defer {
            weights.deallocate()
            ordered.deallocate()
            packed.deallocate()
            scores.deallocate()
            ranks.deallocate()
            counts.deallocate()
            central.deallocate()
        }
        func pack(_ u: [Double]) {
            for k in 0..<lanes {
                for group in 0..<g {
                    var lane = SIMD8<Double>.zero
                    for l in 0..<8 where k * 8 + l < m { lane[l] = u[(k * 8 + l) * g + group] }
                    packed[k * g + group] = lane
                }
            }
        }
        if spread.isEmpty { pack(model.groupValues) }
        // Padding lanes score −∞: they never beat, and never equal, a real alternative.
        var padding = SIMD8<Double>.zero
        for l in 0..<8 where (lanes - 1) * 8 + l >= m { padding[l] = -.infinity }
        let flatScores = UnsafeMutableRawPointer(scores).assumingMemoryBound(to: Double.self)
        let halves = (lanes + 1) / 2
        let narrow = UnsafeMutablePointer<SIMD16<Float>>.allocate(capacity: halves)
        defer { narrow.deallocate() }
        let flatNarrow = UnsafeMutableRawPointer(narrow).assumingMemoryBound(to: Float.self)
        let lowest = SIMD8<Float>(repeating: -.infinity)
        let permutationSum = m * (m - 1) / 2

        while tally.accepted < draws {
            guard
                try drawWeights(
                    weights, ordered: &ordered, constraints: constraints, tally: &tally, generator: &generator, normalised: true,
                    pairs: false)
            else { continue }
            tally.accepted += 1
            if !spread.isEmpty { pack(try drawnGroupValues(using: &generator)) }

            for k in 0..<lanes {
                var accumulator = SIMD8<Double>.zero
                let row = packed + k * g
                for group in 0..<g { accumulator += weights[group] * row[group] }
                scores[k] = accumulator
            }
            scores[lanes - 1] += padding
            // Competition ranks by counting who scores higher, in single precision: rounding is monotone, so when
            // the rounded scores hold no tie their order is exactly that of the doubles. Ranks are a permutation of
            // 0..<m exactly when no two scores are equal; a draw with a tie (in either precision) is recounted in
            // double precision, with equal shares for scores that are really equal.
            for k in 0..<halves {
                let low = SIMD8<Float>(scores[2 * k]), high = 2 * k + 1 < lanes ? SIMD8<Float>(scores[2 * k + 1]) : lowest
                narrow[k] = SIMD16(lowHalf: low, highHalf: high)
            }
            var rankSum = 0
            for i in 0..<m {
                let splat = SIMD16(repeating: flatNarrow[i])
                var above = SIMD16<Int32>.zero
                for k in 0..<halves { above &-= unsafeBitCast(narrow[k] .> splat, to: SIMD16<Int32>.self) }
                let rank = Int(above.wrappedSum())
                ranks[i] = rank
                rankSum += rank
            }
            if rankSum == permutationSum {
                var winner = 0
                for i in 0..<m {
                    counts[i &* m &+ ranks[i]] += 1
                    if ranks[i] == 0 { winner = i }
                }
                let row = central + winner &* g
                for k in 0..<g { row[k] += weights[k] }
            } else {
                tallyShared(
                    scores: flatScores, weights: UnsafePointer(weights.baseAddress!), scale: 1, m: m, g: g, counts: counts,
                    central: central)
            }
        }
        tally.ranks = Array(UnsafeBufferPointer(start: counts, count: m * m))
        tally.central = Array(UnsafeBufferPointer(start: central, count: m * g))
        return tally
    }
}
