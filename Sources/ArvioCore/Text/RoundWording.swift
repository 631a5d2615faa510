// How a round's states and the store's tables read, in Finnish and English side by side.

extension RoundState {
    /// The state as a reader knows it; commands and JSON keep the raw value (`revealed`).
    public func name(in language: Language) -> String {
        let text: LocalizedText =
            switch self {
            case .open: LocalizedText(fi: "avoin", en: "open")
            case .revealed: LocalizedText(fi: "paljastettu", en: "revealed")
            case .closed: LocalizedText(fi: "suljettu", en: "closed")
            }
        return text[language]
    }
}

extension ScoreValue {
    /// A score as a reader knows it: the points, or the scale's word for N/A and unknown.
    public func name(in language: Language) -> String {
        switch self {
        case .points: code
        case .notApplicable: LocalizedText(fi: "ei sovellu", en: "N/A")[language]
        case .unknown: LocalizedText(fi: "ei tiedossa", en: "unknown")[language]
        }
    }
}
