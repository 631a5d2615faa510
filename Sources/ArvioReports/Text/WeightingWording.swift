import ArvioCore

// How the weighting techniques read, in Finnish and English side by side; files, JSON and CSV keep the raw values.

extension WeightingTechnique {
    /// The technique of a weight model as a reader knows it (`direct-percentage` stays in the YAML and JSON).
    package func name(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .directPercentage: LocalizedText(fi: "suorat prosentit", en: "direct percentages")
            case .directPoints: LocalizedText(fi: "suorat pisteet", en: "direct points")
            case .rankOrderCentroid: LocalizedText(fi: "järjestyksen painopiste (ROC)", en: "rank order centroid (ROC)")
            case .rankSum: LocalizedText(fi: "järjestyslukujen summa", en: "rank sum")
            case .rankReciprocal: LocalizedText(fi: "järjestyslukujen käänteisarvot", en: "rank reciprocal")
            case .swing: LocalizedText(fi: "swing-painotus", en: "swing weighting")
            case .ahp: LocalizedText(fi: "AHP-parivertailu", en: "AHP pairwise comparison")
            }
        return text[language]
    }
}

extension AHP.Prioritization {
    /// How AHP turned the judgements into priorities, as a reader knows it.
    package func name(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .eigenvector: LocalizedText(fi: "ominaisvektori", en: "principal eigenvector")
            case .geometricMean: LocalizedText(fi: "rivien geometrinen keskiarvo", en: "row geometric mean")
            }
        return text[language]
    }
}

extension WeightsView.Technique {
    /// The technique `arvio weights` used, as a reader knows it.
    package func name(in language: Language) -> String {
        switch self {
        case .ahp: WeightingTechnique.ahp.name(in: language)
        case .entropy: LocalizedText(fi: "entropiapainotus", en: "entropy weighting")[language]
        case .critic: LocalizedText(fi: "CRITIC-painotus", en: "CRITIC weighting")[language]
        case .roc: WeightingTechnique.rankOrderCentroid.name(in: language)
        case .rankSum: WeightingTechnique.rankSum.name(in: language)
        case .rankReciprocal: WeightingTechnique.rankReciprocal.name(in: language)
        case .swing: WeightingTechnique.swing.name(in: language)
        }
    }
}
