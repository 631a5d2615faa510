extension SMAA {
    /// Draws one weight vector uniform on the simplex (standard exponentials, normalised), from the stakeholders' hull,
    /// or within the constraints:
    /// an order is imposed by sorting the named weights, which maps the simplex onto the ordered part uniformly, and
    /// bounds by rejection. Returns false for a rejected draw; throws when fewer than 0.1 % of at least 20,000 draws
    /// fall within the bounds.
    /// - Parameters:
    ///   - normalised: false leaves the weights unnormalised when no bound needs the sum (ranks and orders do not
    ///     change with the scale); the batched kernel scales eight draws at once afterwards.
    ///   - pairs: two exponentials per random number (``ExponentialZiggurat/fillPairs(_:using:)``).
    @inline(__always)
    func drawWeights(
        _ weights: UnsafeMutableBufferPointer<Double>, ordered: inout UnsafeMutableBufferPointer<Double>,
        constraints: WeightConstraints.Resolved, tally: inout Tally, generator: inout SplitMix64, normalised: Bool, pairs: Bool
    ) throws(SensitivityError) -> Bool {
        let g = weights.count
        if !constraints.hull.isEmpty {
            // A Dirichlet(1, …, 1) mixture of the vertices: independent exponentials as unnormalised coefficients.
            for k in 0..<g { weights[k] = 0 }
            for vertex in constraints.hull {
                let e = ExponentialZiggurat.shared.next(using: &generator)
                for k in 0..<g { weights[k] += e * vertex[k] }
            }
            if normalised {
                var sum = 0.0
                for k in 0..<g { sum += weights[k] }
                for k in 0..<g { weights[k] /= sum }
            }
            return true
        }
        if pairs {
            ExponentialZiggurat.shared.fillPairs(weights, using: &generator)
        } else {
            ExponentialZiggurat.shared.fill(weights, using: &generator)
        }
        if normalised || constraints.bounded {
            var sum = 0.0
            for k in 0..<g { sum += weights[k] }
            let scale = 1 / sum
            for k in 0..<g { weights[k] *= scale }
        }
        if !constraints.order.isEmpty {
            for (slot, k) in constraints.order.enumerated() { ordered[slot] = weights[k] }
            ordered.sort(by: >)
            for (slot, k) in constraints.order.enumerated() { weights[k] = ordered[slot] }
        }
        guard constraints.bounded else { return true }
        tally.attempts += 1
        for k in 0..<g where weights[k] < constraints.lower[k] || weights[k] > constraints.upper[k] {
            if tally.attempts >= 20_000, tally.accepted * 1000 < tally.attempts {
                throw SensitivityError(.constraintsTooNarrow(accepted: tally.accepted, attempts: tally.attempts))
            }
            return false
        }
        return true
    }
}

extension SMAA {
    /// Tallies one draw from exact (double-precision) scores, for the draws whose fast count met a tie: an alternative
    /// takes an equal share of every rank its group of equal scores spans, and those sharing first place share the
    /// draw's weights (times `scale`) in the central weights. Without a tie this is the plain count.
    func tallyShared(
        scores: UnsafePointer<Double>, weights: UnsafePointer<Double>, scale: Double, m: Int, g: Int, counts: UnsafeMutablePointer<Double>,
        central: UnsafeMutablePointer<Double>
    ) {
        for i in 0..<m {
            var above = 0, equal = 0
            for j in 0..<m {
                if scores[j] > scores[i] { above += 1 } else if scores[j] == scores[i] { equal += 1 }
            }
            let share = 1 / Double(equal)
            for r in above..<(above + equal) { counts[i * m + r] += share }
            if above == 0 { for k in 0..<g { central[i * g + k] += share * scale * weights[k] } }
        }
    }
}
