/// How a weight model's numbers were elicited. Later techniques (rank-based, swing, AHP) add cases.
public enum WeightingTechnique: String, Hashable, Sendable, CaseIterable, Codable {
    /// Percentages given directly; each level must sum to 100.
    case directPercentage = "direct-percentage"
    /// Points given directly; each level is normalised by its sum.
    case directPoints = "direct-points"

    /// The sum each level must have, or nil when any positive sum is normalised.
    public var requiredSum: Double? {
        switch self {
        case .directPercentage: 100
        case .directPoints: nil
        }
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
    public var areas: [Weight]
    /// Local weights per area id.
    public var criteria: [String: [Weight]]
    public var origin: SourceLocation?

    public init(
        id: String, name: LocalizedText, description: LocalizedText, technique: WeightingTechnique,
        areas: [Weight], criteria: [String: [Weight]] = [:], origin: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.technique = technique
        self.areas = areas
        self.criteria = criteria
        self.origin = origin
    }

    private enum CodingKeys: String, CodingKey { case id, name, description, technique, areas, criteria }
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
        let weighted = areas.filter { area in self.areas.contains { $0.id == area.id } }
        let alive = Set(weighted.filter { area in area.criteria.contains { !notApplicable.contains($0.id) } }.map(\.id))
        let areaTotal = self.areas.filter { alive.contains($0.id) }.map(\.value).reduce(0, +)
        var rows: [CriterionWeight] = []
        for area in weighted {
            guard let areaWeight = self.areas.first(where: { $0.id == area.id }) else { continue }
            let areaShare = alive.contains(area.id) && areaTotal > 0 ? areaWeight.value / areaTotal : 0
            let given = criteria[area.id] ?? []
            let applicable = area.criteria.filter { !notApplicable.contains($0.id) }
            let locals = area.criteria.map { criterion -> Double in
                guard !notApplicable.contains(criterion.id) else { return 0 }
                return given.first { $0.id == criterion.id }?.value ?? (given.isEmpty ? 1 : 0)
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
