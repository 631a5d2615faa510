/// What is known about the weights when they are uncertain: nothing (uniform on the simplex), an interval per weight,
/// an order of importance such as T ≥ U ≥ I, or the stakeholders' own weights, between which the truth lies. Names are
/// weight-group ids (areas, or criteria of a flat matrix).
public struct WeightConstraints: Hashable, Sendable, Codable {
    public var bounds: [String: ClosedRange<Double>]
    /// Most important first: `w[order[0]] ≥ w[order[1]] ≥ …`; weights not named are free.
    public var order: [String]
    /// The stakeholders' weight vectors over the groups (in group order): when given, every draw is a random convex
    /// combination of them, its coefficients Dirichlet(1, …, 1) — uniform over whose view is right and every mixture
    /// between — instead of a draw from the whole simplex. Not combined with bounds or an order.
    public var hull: [[Double]]

    public init(bounds: [String: ClosedRange<Double>] = [:], order: [String] = [], hull: [[Double]] = []) {
        self.bounds = bounds
        self.order = order
        self.hull = hull
    }

    public var isEmpty: Bool { bounds.isEmpty && order.isEmpty && hull.isEmpty }

    /// Indexes into the groups, checked.
    struct Resolved: Sendable {
        var lower: [Double]
        var upper: [Double]
        var order: [Int]
        var bounded: Bool
        /// The hull's vertices, each scaled to sum to 1.
        var hull: [[Double]] = []
    }

    func resolved(_ groups: [String]) throws(SensitivityError) -> Resolved {
        if !hull.isEmpty {
            guard bounds.isEmpty, order.isEmpty else { throw SensitivityError(.hullWithConstraints) }
            var vertices: [[Double]] = []
            for (index, vertex) in hull.enumerated() {
                let total = vertex.reduce(0, +)
                guard vertex.count == groups.count, vertex.allSatisfy({ $0 >= 0 && $0.isFinite }), total > 0 else {
                    throw SensitivityError(.badHullVertex(index + 1, expected: groups.count, found: vertex.count))
                }
                vertices.append(vertex.map { $0 / total })
            }
            let none = [Double](repeating: 0, count: groups.count)
            return Resolved(lower: none, upper: none.map { _ in 1 }, order: [], bounded: false, hull: vertices)
        }
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
