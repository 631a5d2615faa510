extension SMAA {
    /// One chunk of draws when the values are fixed (no assessors' spread): eight draws at a time, one per SIMD lane.
    ///
    /// Lanes holding draws rather than alternatives make every step independent work: the scores of eight draws are
    /// `m × G` multiply-adds with four accumulators in flight, and each pair of alternatives is compared once for all
    /// eight draws, adding to both ranks. Scores are summed in single precision. Rounding is monotone, so an alternative
    /// that dominates another never scores below it; two scores can come out in the other order than their exact
    /// values only when they agree to about 10⁻⁶ of their size, which moves an acceptability by far less than its
    /// Monte Carlo error. A draw with a tie in single precision is recounted from double-precision scores, with equal
    /// shares for exact ties.
    func tallyBatched(draws: Int, seed: UInt64, constraints: WeightConstraints.Resolved) throws(SensitivityError) -> Tally {
        let m = model.rowCount, g = model.groups.count
        var generator = SplitMix64(seed: seed)
        var tally = Tally(m: m, g: g)
        let values = model.groupValues
        let narrowValues = values.map(Float.init)

        let batch = UnsafeMutablePointer<Double>.allocate(capacity: 8 * g)  // draw d's weights at d * g
        var ordered = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(1, constraints.order.count))
        let lanes = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: g)  // weight k of the eight draws
        let scores = UnsafeMutablePointer<SIMD8<Float>>.allocate(capacity: m)
        let ranks = UnsafeMutablePointer<SIMD8<Int32>>.allocate(capacity: m)
        let exact = UnsafeMutablePointer<Double>.allocate(capacity: m)
        let counts = UnsafeMutablePointer<Double>.allocate(capacity: m * m)
        let central = UnsafeMutablePointer<Double>.allocate(capacity: m * g)
        counts.initialize(repeating: 0, count: m * m)
        central.initialize(repeating: 0, count: m * g)
        defer {
            batch.deallocate()
            ordered.deallocate()
            lanes.deallocate()
            scores.deallocate()
            ranks.deallocate()
            exact.deallocate()
            counts.deallocate()
            central.deallocate()
        }

        while tally.accepted < draws {
            // Up to eight accepted draws, each uniform on the simplex (normalised exponentials), then constrained.
            let wanted = min(8, draws - tally.accepted)
            var filled = 0
            while filled < wanted {
                let weights = UnsafeMutableBufferPointer(start: batch + filled * g, count: g)
                guard
                    try drawWeights(
                        weights, ordered: &ordered, constraints: constraints, tally: &tally, generator: &generator,
                        normalised: false, pairs: true)
                else { continue }
                filled += 1
                tally.accepted += 1
            }
            // Transpose: lanes past `filled` repeat draw 0 and are not counted. The sums of the eight draws' weights
            // give the scale of each draw's weights on the simplex.
            var sums = SIMD8<Double>()
            for k in 0..<g {
                var lane = SIMD8<Double>()
                for d in 0..<8 { lane[d] = batch[(d < filled ? d : 0) * g + k] }
                sums += lane
                lanes[k] = SIMD8<Float>(lane)
            }
            let scales = 1 / sums

            // Scores of the eight draws, four alternatives at a time.
            var i = 0
            narrowValues.withUnsafeBufferPointer { u in
                while i + 4 <= m {
                    var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
                    let r0 = i * g, r1 = r0 + g, r2 = r1 + g, r3 = r2 + g
                    for k in 0..<g {
                        let w = lanes[k]
                        a0 += u[r0 + k] * w
                        a1 += u[r1 + k] * w
                        a2 += u[r2 + k] * w
                        a3 += u[r3 + k] * w
                    }
                    scores[i] = a0
                    scores[i + 1] = a1
                    scores[i + 2] = a2
                    scores[i + 3] = a3
                    i += 4
                }
                while i < m {
                    var a = SIMD8<Float>()
                    for k in 0..<g { a += u[i * g + k] * lanes[k] }
                    scores[i] = a
                    i += 1
                }
            }

            // Ranks: the number of higher scores, eight draws at once, kept in registers (no read-modify-write of
            // another alternative's count). In a lane without ties the ranks are a permutation of 0..<m, so their
            // sum is m(m − 1)/2; a tie makes it smaller, and that draw is recounted exactly.
            var rankSums = SIMD8<Int32>()
            for i in 0..<m {
                let si = scores[i]
                var ri = SIMD8<Int32>()
                for j in 0..<m { ri &-= unsafeBitCast(scores[j] .> si, to: SIMD8<Int32>.self) }
                ranks[i] = ri
                rankSums &+= ri
            }
            let tied = rankSums .!= SIMD8(repeating: Int32(m * (m - 1) / 2))

            for d in 0..<filled {
                let weights = batch + d * g
                if !tied[d] {
                    var winner = 0
                    for i in 0..<m {
                        let rank = Int(ranks[i][d])
                        counts[i &* m &+ rank] += 1
                        if rank == 0 { winner = i }
                    }
                    let row = central + winner &* g
                    let scale = scales[d]
                    for k in 0..<g { row[k] += scale * weights[k] }
                    continue
                }
                // The exact recount, in double precision, with equal shares for really equal scores.
                for i in 0..<m {
                    var score = 0.0
                    for k in 0..<g { score += weights[k] * values[i * g + k] }
                    exact[i] = score
                }
                tallyShared(scores: exact, weights: weights, scale: scales[d], m: m, g: g, counts: counts, central: central)
            }
        }
        tally.ranks = Array(UnsafeBufferPointer(start: counts, count: m * m))
        tally.central = Array(UnsafeBufferPointer(start: central, count: m * g))
        return tally
    }
}
