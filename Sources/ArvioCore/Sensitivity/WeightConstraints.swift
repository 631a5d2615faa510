/// What is known about the weights when they are uncertain: nothing (uniform on the simplex), an interval per weight,
/// or an order of importance such as T ≥ U ≥ I. Names are weight-group ids (areas, or criteria of a flat matrix).
public struct WeightConstraints: Hashable, Sendable, Codable {
    public var bounds: [String: ClosedRange<Double>]
    /// Most important first: `w[order[0]] ≥ w[order[1]] ≥ …`; weights not named are free.
    public var order: [String]

    public init(bounds: [String: ClosedRange<Double>] = [:], order: [String] = []) {
        self.bounds = bounds
        self.order = order
    }

    public var isEmpty: Bool { bounds.isEmpty && order.isEmpty }

    /// Indexes into the groups, checked.
    struct Resolved: Sendable {
        var lower: [Double]
        var upper: [Double]
        var order: [Int]
        var bounded: Bool
    }

    func resolved(_ groups: [String]) throws(SensitivityError) -> Resolved {
        func index(_ name: String) throws(SensitivityError) -> Int {
            guard let k = groups.firstIndex(of: name) else { throw SensitivityError(.unknownWeight(name, known: groups)) }
            return k
        }
        var lower = [Double](repeating: 0, count: groups.count), upper = [Double](repeating: 1, count: groups.count)
        for (name, range) in bounds.sorted(by: { $0.key < $1.key }) {
            let k = try index(name)
            guard range.lowerBound >= 0, range.upperBound <= 1 else {
                throw SensitivityError(.badBound(weight: name, lower: range.lowerBound, upper: range.upperBound))
            }
            (lower[k], upper[k]) = (range.lowerBound, range.upperBound)
        }
        let (lowSum, highSum) = (lower.reduce(0, +), upper.reduce(0, +))
        guard lowSum <= 1 + 1e-12, highSum >= 1 - 1e-12 else {
            throw SensitivityError(.infeasibleBounds(lowerSum: lowSum, upperSum: highSum))
        }
        var seen = Set<Int>()
        var order: [Int] = []
        for name in self.order {
            let k = try index(name)
            guard seen.insert(k).inserted else { throw SensitivityError(.repeatedInOrder(name)) }
            order.append(k)
        }
        return Resolved(lower: lower, upper: upper, order: order, bounded: lower.contains { $0 > 0 } || upper.contains { $0 < 1 })
    }
}
