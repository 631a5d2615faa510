import ArvioCore

// How the methods, their choices and their notes read, in Finnish and English side by side. Every view (terminal,
// report, site) words them here; machine formats keep the raw ids (`MethodName.rawValue`, `RankingParameter.value`).

extension MethodName {
    /// The method's name as a reader knows it.
    package func name(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .weightedSum: LocalizedText(fi: "painotettu summa", en: "weighted sum")
            case .weightedProduct: LocalizedText(fi: "painotettu tulo", en: "weighted product")
            case .topsis: LocalizedText(fi: "TOPSIS", en: "TOPSIS")
            case .vikor: LocalizedText(fi: "VIKOR", en: "VIKOR")
            case .prometheeII: LocalizedText(fi: "PROMETHEE II", en: "PROMETHEE II")
            case .ahpRatings: LocalizedText(fi: "AHP-tasoasteikko", en: "AHP ratings")
            }
        return text[language]
    }
}

extension RankingView {
    /// The heading of a method's own column (a key of ``Ranking/details``).
    static func detailName(_ key: String, _ language: Language) -> String {
        let text: LocalizedText =
            switch key {
            case "phiPlus": LocalizedText(fi: "φ⁺", en: "φ⁺")
            case "phiMinus": LocalizedText(fi: "φ⁻", en: "φ⁻")
            case "phi": LocalizedText(fi: "φ", en: "φ")
            case "idealDistance": LocalizedText(fi: "etäisyys ideaaliin", en: "distance to ideal")
            case "antiIdealDistance": LocalizedText(fi: "etäisyys anti-ideaaliin", en: "distance to anti-ideal")
            case "logScore": LocalizedText(fi: "log-pisteet", en: "log score")
            case "meanRank": LocalizedText(fi: "keskim. sija", en: "mean rank")
            default: LocalizedText(fi: key, en: key)  // S, R and Q are VIKOR's own symbols in both languages.
            }
        return text[language]
    }
}

extension RankingParameter {
    /// The choice as a line of its result: "painot: skaalattu summaan 1".
    package func text(in l: Language) -> String {
        switch self {
        case .normalization(let normalization): Formatting.normalization(normalization, l)
        case .ratioScale:
            LocalizedText(fi: "normalisointi: ei normalisointia (suhdeasteikko)", en: "normalisation: none (ratio scale)")[l]
        case .weightsScaledToSumOne: LocalizedText(fi: "painot: skaalattu summaan 1", en: "weights: scaled to sum to 1")[l]
        case .euclideanDistance: LocalizedText(fi: "etäisyys: euklidinen", en: "distance: Euclidean")[l]
        case .v(let v):
            LocalizedText(
                fi: "v (kriteerien enemmistön strategian paino): \(Formatting.number(v, l))",
                en: "v (weight of the strategy of the majority of criteria): \(Formatting.number(v, l))")[l]
        case .preferenceFunctions(let functions):
            LocalizedText(fi: "preferenssifunktiot: ", en: "preference functions: ")[l] + Self.summary(of: functions, l)
        case .thresholdTolerance(let tolerance):
            LocalizedText(
                fi:
                    "kynnysarvot: ero, joka on kynnysarvosta enintään \(tolerance) × kriteerin suurin itseisarvo, lasketaan kynnysarvon suuruiseksi",
                en: "thresholds: a difference within \(tolerance) × the criterion's largest |value| of a threshold counts as equal to it"
            )[l]
        case .levelPriorities(let priorities):
            LocalizedText(fi: "tasojen prioriteetit (idealisoitu): ", en: "level priorities (idealised): ")[l]
                + priorities.map { Formatting.number($0, l) }.joined(separator: l == .fi ? "; " : ", ")
        case .meanRank(let methods):
            LocalizedText(fi: "konsensus: keskimääräinen sija menetelmissä ", en: "consensus: mean rank over ")[l]
                + methods.map { $0.name(in: l) }.joined(separator: ", ")
        }
    }

    /// Criteria that share a preference function are named together: "tavallinen kaikilla 30 kriteerillä", or
    /// "tavallinen: U1, U2; V-muoto p = 2: T1".
    static func summary(of functions: [CriterionPreference], _ l: Language) -> String {
        var groups: [(function: PreferenceFunction, criteria: [String])] = []
        for item in functions {
            if let index = groups.firstIndex(where: { $0.function == item.function }) {
                groups[index].criteria.append(item.criterion)
            } else {
                groups.append((item.function, [item.criterion]))
            }
        }
        if groups.count == 1, let only = groups.first {
            let count = only.criteria.count
            return LocalizedText(
                fi: "\(name(of: only.function, l)) \(count == 1 ? "ainoalla kriteerillä" : "kaikilla \(count) kriteerillä")",
                en: "\(name(of: only.function, l)) for \(count == 1 ? "the only criterion" : "all \(count) criteria")")[l]
        }
        return groups.map { "\(name(of: $0.function, l)): \($0.criteria.joined(separator: ", "))" }.joined(separator: "; ")
    }

    /// A preference function and its thresholds as a reader knows them.
    static func name(of function: PreferenceFunction, _ l: Language) -> String {
        let n = { (value: Double) in Formatting.number(value, l) }
        return switch function {
        case .usual: LocalizedText(fi: "tavallinen", en: "usual")[l]
        case .uShape(let q): LocalizedText(fi: "U-muoto q = \(n(q))", en: "U-shape q = \(n(q))")[l]
        case .vShape(let p): LocalizedText(fi: "V-muoto p = \(n(p))", en: "V-shape p = \(n(p))")[l]
        case .level(let q, let p): LocalizedText(fi: "porras q = \(n(q)), p = \(n(p))", en: "level q = \(n(q)), p = \(n(p))")[l]
        case .linear(let q, let p):
            LocalizedText(fi: "lineaarinen q = \(n(q)), p = \(n(p))", en: "linear q = \(n(q)), p = \(n(p))")[l]
        case .gaussian(let s): LocalizedText(fi: "Gaussin s = \(n(s))", en: "Gaussian s = \(n(s))")[l]
        }
    }
}

extension RankingNote {
    /// The note as a sentence beside the result.
    package func text(in l: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .doesNotDiscriminate(let criterion):
                LocalizedText(
                    fi: "'\(criterion)' on sama kaikilla vaihtoehdoilla eikä erottele niitä",
                    en: "'\(criterion)' is the same for every alternative and does not discriminate")
            case .contributesNothingToSAndR(let criterion):
                LocalizedText(
                    fi: "'\(criterion)' on sama kaikilla vaihtoehdoilla, joten se ei vaikuta S:ään eikä R:ään",
                    en: "'\(criterion)' is the same for every alternative and contributes 0 to S and R")
            case .everySEqual:
                LocalizedText(fi: "kaikki S-arvot ovat yhtä suuret; Q:n S-termi on 0", en: "every S is equal; the S term of Q is 0")
            case .everyREqual:
                LocalizedText(fi: "kaikki R-arvot ovat yhtä suuret; Q:n R-termi on 0", en: "every R is equal; the R term of Q is 0")
            case .everyAlternativeIdentical:
                LocalizedText(
                    fi: "kaikki vaihtoehdot ovat samanlaiset; kunkin suhteellinen läheisyys on 0,5",
                    en: "every alternative is identical; each closeness is 0.5")
            case .singleAlternative:
                LocalizedText(
                    fi: "ainoa vaihtoehto ei voi olla parempi kuin kukaan; sen virrat ovat 0",
                    en: "a single alternative has no one to outrank; its flows are 0")
            }
        return text[l]
    }
}

extension EvaluationNote {
    /// The choice as a sentence beside a round's results.
    package func text(in l: Language) -> String {
        switch self {
        case .aggregation(let rule):
            LocalizedText(
                fi: "arvioijien arvot yhdistetään \(Self.name(of: rule, .fi)); 'ei tiedossa' lasketaan nollaksi",
                en: "assessors' values combine by \(Self.name(of: rule, .en)); unknown counts as 0")[l]
        case .notApplicableImputed:
            LocalizedText(
                fi:
                    "kriteeri, joka ei sovellu ratkaisulle (taulukon tai useimpien arvioijien mukaan), saa ratkaisun painotetun keskiarvon alueensa muista kriteereistä: additiivisessa mallissa se on täsmälleen sama kuin painon jakaminen niille",
                en:
                    "a criterion N/A for a solution (by the table or by most assessors) takes the solution's weighted mean over the other criteria of its area: in the additive model this is exactly giving its weight to them"
            )[l]
        case .agreedValues(let count):
            LocalizedText(
                fi: "\(count) kohdetta saa konsensuskokouksessa sovitun arvon arvioijien arvojen yhdistelmän sijaan",
                en: "\(count) item(s) take the consensus meeting's agreed value instead of the aggregate of the assessors' values")[l]
        }
    }

    /// How the values combine: "mediaanilla" / "median".
    static func name(of rule: AggregationRule, _ l: Language) -> String {
        switch rule {
        case .median: LocalizedText(fi: "mediaanilla", en: "median")[l]
        case .mean: LocalizedText(fi: "keskiarvolla", en: "mean")[l]
        case .trimmedMean(let share):
            LocalizedText(
                fi: "katkaistulla keskiarvolla (\(Formatting.number(share * 100, l)) % kummastakin päästä pois)",
                en: "trimmed mean (\(Formatting.number(share * 100, l)) % dropped at each end)")[l]
        }
    }
}
