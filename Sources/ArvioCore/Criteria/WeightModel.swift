/// How a weight model's numbers were elicited, and so how they become weights.
public enum WeightingTechnique: String, Hashable, Sendable, CaseIterable, Codable {
    /// Percentages given directly; each level must sum to 100.
    case directPercentage = "direct-percentage"
    /// Points given directly; each level is normalised by its sum.
    case directPoints = "direct-points"
    /// Ranks (1 = most important) turned into rank-order-centroid weights (Barron & Barrett 1996).
    case rankOrderCentroid = "rank-order-centroid"
    /// Ranks turned into rank-sum weights.
    case rankSum = "rank-sum"
    /// Ranks turned into rank-reciprocal weights.
    case rankReciprocal = "rank-reciprocal"
    /// Swing points: the most valued swing 100, the others 0–100.
    case swing
    /// AHP pairwise judgements (upper triangle), principal eigenvector; CR must not exceed 0.10.
    case ahp

    /// The sum each level must have, or nil when the values are normalised or are not weights at all.
    public var requiredSum: Double? {
        self == .directPercentage ? 100 : nil
    }

    /// The weights of one level (the areas, or one area's criteria) in `ids` order.
    /// - Parameters:
    ///   - values: the numbers written for the level (percentages, points, ranks or swings); unused for AHP.
    ///   - judgements: for AHP, the judgements written for the level.
    /// - Throws: ``WeightingError`` when the numbers do not suit the technique (a rank out of range, no swing of 100,
    ///   judgements that are not a complete upper triangle).
    public func weights(ids: [String], values: [Weight], judgements: [Judgement]) throws(WeightingError) -> [Double] {
        let given = ids.map { id in values.first { $0.id == id }?.value ?? 0 }
        switch self {
        case .directPercentage, .directPoints:
            let total = given.reduce(0, +)
            return total > 0 ? given.map { $0 / total } : given.map { _ in 1 / Double(max(ids.count, 1)) }
        case .rankOrderCentroid, .rankSum, .rankReciprocal:
            let formula: SurrogateWeights.Formula =
                self == .rankOrderCentroid ? .rankOrderCentroid : self == .rankSum ? .rankSum : .rankReciprocal
            let ranks = given.map { $0.rounded() == $0 && abs($0) < 1e6 ? Int($0) : 0 }
            return try SurrogateWeights.weights(ranks: ranks, ids: ids, formula: formula)
        case .swing:
            return try SurrogateWeights.swing(points: given, ids: ids)
        case .ahp:
            return try Judgement.ahp(ids: ids, judgements).priorities().weights
        }
    }
}

/// One AHP judgement written in a weight model: how many times `row` is more important than `column`.
public struct Judgement: Hashable, Sendable, Codable {
    public var row: String
    public var column: String
    public var value: Double
    public var origin: SourceLocation?

    public init(row: String, column: String, value: Double, origin: SourceLocation? = nil) {
        self.row = row
        self.column = column
        self.value = value
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case row, column, value }

    /// The comparison matrix of `ids` from upper-triangle judgements; a missing pair is an error.
    public static func ahp(ids: [String], _ judgements: [Judgement]) throws(WeightingError) -> AHP {
        let n = ids.count
        var matrix = (0..<n).map { i in (0..<n).map { $0 == i ? 1.0 : 0 } }
        for judgement in judgements {
            guard let i = ids.firstIndex(of: judgement.row), let j = ids.firstIndex(of: judgement.column), i != j else { continue }
            matrix[i][j] = judgement.value
            matrix[j][i] = judgement.value > 0 ? 1 / judgement.value : 0
        }
        for i in 0..<n {
            for j in (i + 1)..<max(n, i + 1) where matrix[i][j] == 0 {
                throw WeightingError(.notPositive(row: ids[i], column: ids[j], value: 0))
            }
        }
        return try AHP(ids: ids, judgements: matrix)
    }
}

/// A weight given to an area or a criterion, with where it was written.
public struct Weight: Hashable, Sendable, Codable {
    public var id: String
    public var value: Double
    public var origin: SourceLocation?

    public init(id: String, value: Double, origin: SourceLocation? = nil) {
        self.id = id
        self.value = value
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, value }
}

/// A named weight model (`criteria/models/<id>.yaml`): area weights and, optionally, local weights of the
/// sub-criteria within each area (equal when not given).
public struct WeightModel: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var technique: WeightingTechnique
    /// The numbers written for the areas: percentages, points, ranks or swings (empty for AHP).
    public var areas: [Weight]
    /// Local numbers per area id, in the same technique.
    public var criteria: [String: [Weight]]
    /// For AHP: the judgements between areas, and between each area's criteria.
    public var areaJudgements: [Judgement]
    public var criteriaJudgements: [String: [Judgement]]
    public var origin: SourceLocation?

    public init(
        id: String, name: LocalizedText, description: LocalizedText, technique: WeightingTechnique,
        areas: [Weight], criteria: [String: [Weight]] = [:], areaJudgements: [Judgement] = [],
        criteriaJudgements: [String: [Judgement]] = [:], origin: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.technique = technique
        self.areas = areas
        self.criteria = criteria
        self.areaJudgements = areaJudgements
        self.criteriaJudgements = criteriaJudgements
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, description, technique, areas, criteria, areaJudgements, criteriaJudgements
    }

    /// The ids of the areas the model weights, in the order written.
    public var areaIDs: [String] {
        technique == .ahp ? Self.ids(of: areaJudgements) : areas.map(\.id)
    }

    /// The ids of one area's criteria the model weights locally (empty: equal local weights).
    public func localIDs(of area: String) -> [String] {
        technique == .ahp ? Self.ids(of: criteriaJudgements[area] ?? []) : (criteria[area] ?? []).map(\.id)
    }

    static func ids(of judgements: [Judgement]) -> [String] {
        var ids: [String] = []
        for judgement in judgements {
            for id in [judgement.row, judgement.column] where !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The area weights (summing to 1) the technique derives, by area id; equal weights if the numbers are unusable
    /// (``ProjectValidator`` reports why).
    public func areaShares() -> [String: Double] {
        let ids = areaIDs
        let weights =
            (try? technique.weights(ids: ids, values: areas, judgements: areaJudgements))
            ?? ids.map { _ in 1 / Double(max(ids.count, 1)) }
        return Dictionary(zip(ids, weights), uniquingKeysWith: { first, _ in first })
    }

    /// One area's local weights by criterion id, or nil when the model leaves them equal.
    public func localShares(of area: String) -> [String: Double]? {
        let ids = localIDs(of: area)
        guard !ids.isEmpty else { return nil }
        guard let weights = try? technique.weights(ids: ids, values: criteria[area] ?? [], judgements: criteriaJudgements[area] ?? [])
        else { return nil }
        return Dictionary(zip(ids, weights), uniquingKeysWith: { first, _ in first })
    }
}

/// A criterion's weight within its area (local) and in the whole model (global = area × local).
public struct CriterionWeight: Hashable, Sendable, Codable {
    public var criterion: String
    public var area: String
    public var areaWeight: Double
    public var local: Double
    public var global: Double
}

extension WeightModel {
    /// The flattened weights of every criterion of the areas the model weights, in tree order.
    /// Area and local weights are normalised to sum to 1; an area with no positive local weights
    /// spreads its weight equally. Areas the model leaves out get no rows.
    ///
    /// - Parameter notApplicable: criteria that do not apply to the solution at hand. Each gives its local weight to
    ///   the other criteria of its area in proportion to theirs; an area left with no applicable criterion gives its
    ///   weight to the other areas in proportion to theirs. The rows of N/A criteria stay, with weight 0.
    public func criterionWeights(of areas: [Area], notApplicable: Set<String> = []) -> [CriterionWeight] {
        let shares = areaShares()
        let weighted = areas.filter { shares[$0.id] != nil }
        let alive = Set(weighted.filter { area in area.criteria.contains { !notApplicable.contains($0.id) } }.map(\.id))
        let areaTotal = alive.reduce(0) { $0 + (shares[$1] ?? 0) }
        var rows: [CriterionWeight] = []
        for area in weighted {
            let areaShare = alive.contains(area.id) && areaTotal > 0 ? (shares[area.id] ?? 0) / areaTotal : 0
            let given = localShares(of: area.id)
            let applicable = area.criteria.filter { !notApplicable.contains($0.id) }
            let locals = area.criteria.map { criterion -> Double in
                guard !notApplicable.contains(criterion.id) else { return 0 }
                guard let given else { return 1 }
                return given[criterion.id] ?? 0
            }
            let localTotal = locals.reduce(0, +)
            for (criterion, value) in zip(area.criteria, locals) {
                let local: Double
                if notApplicable.contains(criterion.id) {
                    local = 0
                } else {
                    local = localTotal > 0 ? value / localTotal : 1 / Double(max(applicable.count, 1))
                }
                rows.append(
                    CriterionWeight(
                        criterion: criterion.id, area: area.id, areaWeight: areaShare,
                        local: local, global: areaShare * local))
            }
        }
        return rows
    }
}
