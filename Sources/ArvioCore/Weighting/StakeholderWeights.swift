/// One stakeholder's own weights for a round's weight model: the areas the model weights, and optionally the criteria
/// within some of them, all by one technique — direct points, swing points, or AHP pairwise judgements. Where a
/// stakeholder leaves an area's criteria out, the model's own local weights stand for them.
public struct StakeholderWeights: Hashable, Sendable {
    /// How the stakeholder gave their numbers (the spelling users type and the store keeps).
    public enum Technique: String, Hashable, Sendable, CaseIterable, Codable {
        /// Points, normalised by their sum (0 allowed, not all 0).
        case points
        /// Swing points 0–100, the most valued swing 100.
        case swing
        /// Pairwise judgements on Saaty's 1/9…9 scale (upper triangle); principal eigenvector.
        case ahp
    }

    /// What was given for one level: the areas, or one area's criteria.
    public struct Level: Hashable, Sendable, Codable {
        /// Points or swings (empty for AHP).
        public var weights: [Weight]
        /// AHP judgements (empty otherwise).
        public var judgements: [Judgement]

        public init(weights: [Weight] = [], judgements: [Judgement] = []) {
            self.weights = weights
            self.judgements = judgements
        }

        /// The ids the level names, in the order written.
        public var ids: [String] { judgements.isEmpty ? weights.map(\.id) : WeightModel.ids(of: judgements) }

        /// The level's judgements as an AHP comparison of `ids` (reciprocals filled in).
        func comparison(_ ids: [String]) throws(WeightingError) -> AHP { try Judgement.ahp(ids: ids, judgements) }

        /// Where the level was written: its first item's location.
        var origin: SourceLocation? { weights.first?.origin ?? judgements.first?.origin }

        /// The judgements of a comparison matrix, upper triangle, in its order.
        public init(_ comparison: AHP, origin: SourceLocation? = nil) {
            let ids = comparison.ids
            weights = []
            judgements = ids.indices.flatMap { i in
                ((i + 1)..<ids.count).map { j in Judgement(row: ids[i], column: ids[j], value: comparison.judgements[i][j], origin: origin)
                }
            }
        }
    }

    public var stakeholder: String
    public var name: String
    /// Their part in the group's weights (TransparentChoice's "vote strength"); 0 = heard but not counted.
    public var importance: Double
    /// Invented for the sample round: every output built from them says so.
    public var illustrative: Bool
    public var technique: Technique
    public var areas: Level
    /// Local levels by area id; an area left out takes the model's local weights.
    public var criteria: [String: Level]
    public var recordedBy: String
    public var recordedAt: String

    public init(
        stakeholder: String, name: String, importance: Double = 1, illustrative: Bool = false, technique: Technique, areas: Level,
        criteria: [String: Level] = [:], recordedBy: String = "", recordedAt: String = ""
    ) {
        self.stakeholder = stakeholder
        self.name = name
        self.importance = importance
        self.illustrative = illustrative
        self.technique = technique
        self.areas = areas
        self.criteria = criteria
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }

    /// Everything wrong with these weights for a round weighted by `base` over the library's `areas`: every missing
    /// or unknown area and criterion and every unusable number, each located where it was written. Empty when usable.
    public func problems(base: WeightModel, areas library: [Area]) -> [WeightingError] {
        var problems: [WeightingError] = []
        if !(importance >= 0 && importance.isFinite) {
            problems.append(WeightingError(at: areas.origin, .importance(person: nil, value: importance)))
        }
        problems += check(areas, expected: base.areaIDs, area: nil)
        for (area, level) in criteria.sorted(by: { $0.key < $1.key }) {
            guard base.areaIDs.contains(area), let criteria = library.first(where: { $0.id == area })?.criteria.map(\.id) else {
                problems.append(WeightingError(at: level.origin, .unknownWeight(area: nil, id: area, known: base.areaIDs)))
                continue
            }
            problems += check(level, expected: criteria, area: area)
        }
        return problems
    }

    private func check(_ level: Level, expected: [String], area: String?) -> [WeightingError] {
        // Each number on its own first, so that a bad one is named even when an item is missing.
        var problems: [WeightingError] = level.weights.compactMap { weight in
            switch technique {
            case .points where !(weight.value >= 0 && weight.value.isFinite):
                WeightingError(at: weight.origin, .negativePoints(id: weight.id, points: weight.value))
            case .swing where !(weight.value >= 0 && weight.value <= 100):
                WeightingError(at: weight.origin, .swingOutOfRange(criterion: weight.id, points: weight.value))
            default: nil
            }
        }
        var seen = Set<String>()
        for weight in level.weights where !seen.insert(weight.id).inserted {
            problems.append(WeightingError(at: weight.origin, .repeated(id: weight.id)))
        }
        for judgement in level.judgements {
            if judgement.row == judgement.column {
                if judgement.value != 1 {
                    problems.append(WeightingError(at: judgement.origin, .diagonalNotOne(criterion: judgement.row, value: judgement.value)))
                }
            } else if !seen.insert([judgement.row, judgement.column].sorted().joined(separator: " : ")).inserted {
                problems.append(WeightingError(at: judgement.origin, .repeated(id: "\(judgement.row) : \(judgement.column)")))
            }
        }
        let given = level.ids
        for id in given where !expected.contains(id) {
            let origin = level.weights.first { $0.id == id }?.origin ?? level.judgements.first { $0.row == id || $0.column == id }?.origin
            problems.append(WeightingError(at: origin, .unknownWeight(area: area, id: id, known: expected)))
        }
        for id in expected where !given.contains(id) {
            problems.append(WeightingError(at: level.origin, .missingWeight(area: area, id: id)))
        }
        guard problems.isEmpty else { return problems }
        do {
            _ = try shares(level, ids: expected)
        } catch {
            return [error.location == nil ? WeightingError(at: level.origin, error.reason) : error]
        }
        return []
    }

    /// One level's weights (summing to 1) in `ids` order, by the stakeholder's technique.
    func shares(_ level: Level, ids: [String]) throws(WeightingError) -> [Double] {
        switch technique {
        case .points:
            let given = ids.map { id in level.weights.first { $0.id == id }?.value ?? 0 }
            for (id, value) in zip(ids, given) where !(value >= 0 && value.isFinite) {
                throw WeightingError(at: level.weights.first { $0.id == id }?.origin, .negativePoints(id: id, points: value))
            }
            let total = given.reduce(0, +)
            guard total > 0 else { throw WeightingError(.noPoints) }
            return given.map { $0 / total }
        case .swing:
            return try SurrogateWeights.swing(points: ids.map { id in level.weights.first { $0.id == id }?.value ?? -1 }, ids: ids)
        case .ahp:
            return try level.comparison(ids).priorities().weights
        }
    }

    /// The consistency of each AHP comparison the stakeholder made (areas first, then areas' criteria in order), to
    /// show back to them; empty for points and swing.
    public func consistency(base: WeightModel, prioritization: AHP.Prioritization = .eigenvector) throws(WeightingError) -> [(
        area: String?, result: AHP.Result
    )] {
        guard technique == .ahp else { return [] }
        var results: [(area: String?, result: AHP.Result)] = [(nil, try areas.comparison(base.areaIDs).priorities(prioritization))]
        for area in base.areaIDs {
            guard let level = criteria[area] else { continue }
            results.append((area, try level.comparison(level.ids).priorities(prioritization)))
        }
        return results
    }

    /// The area weights by area id and the local weights by area and criterion id (the model's where none were
    /// given; equal where the model gives none).
    /// - Precondition: ``problems(base:areas:)`` is empty.
    public func levels(base: WeightModel, areas library: [Area]) throws(WeightingError) -> Levels {
        let ids = base.areaIDs
        let areaShares = try shares(areas, ids: ids)
        var local: [String: [String: Double]] = [:]
        for area in ids {
            let criteriaIDs = library.first { $0.id == area }?.criteria.map(\.id) ?? []
            if let level = criteria[area] {
                local[area] = Dictionary(uniqueKeysWithValues: zip(criteriaIDs, try shares(level, ids: criteriaIDs)))
            } else {
                local[area] = Levels.modelLocal(base, area: area, criteria: criteriaIDs)
            }
        }
        return Levels(areas: Dictionary(uniqueKeysWithValues: zip(ids, areaShares)), local: local)
    }

    /// Weights level by level: what a hierarchy of areas and criteria needs to be flattened.
    public struct Levels: Hashable, Sendable {
        /// Area weights by id, summing to 1.
        public var areas: [String: Double]
        /// Each area's criteria's local weights by id, summing to 1 per area.
        public var local: [String: [String: Double]]

        public init(areas: [String: Double], local: [String: [String: Double]]) {
            self.areas = areas
            self.local = local
        }

        /// The model's local weights of one area's criteria (equal when it gives none).
        static func modelLocal(_ base: WeightModel, area: String, criteria: [String]) -> [String: Double] {
            let given = base.localShares(of: area)
            let values = criteria.map { given == nil ? 1 : given?[$0] ?? 0 }
            let total = values.reduce(0, +)
            return Dictionary(uniqueKeysWithValues: zip(criteria, values.map { total > 0 ? $0 / total : 1 / Double(criteria.count) }))
        }

        /// These weights as a weight model of direct points, so that they flatten exactly as a round's model does
        /// (``WeightModel/criterionWeights(of:notApplicable:)``).
        public func model(id: String, order: [String], areas library: [Area]) -> WeightModel {
            WeightModel(
                id: id, name: LocalizedText(fi: id, en: id), description: LocalizedText(fi: "", en: ""), technique: .directPoints,
                areas: order.map { Weight(id: $0, value: areas[$0] ?? 0) },
                criteria: Dictionary(
                    uniqueKeysWithValues: order.map { area in
                        let ids = library.first { $0.id == area }?.criteria.map(\.id) ?? []
                        return (area, ids.map { Weight(id: $0, value: local[area]?[$0] ?? 0) })
                    }))
        }
    }
}
