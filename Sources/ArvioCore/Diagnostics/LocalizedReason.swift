/// A reason that words itself in Finnish and English: a problem and a help line.
package protocol LocalizedReason {
    func message(in language: Language) -> (String, String)
}

extension ScoringError.Reason: LocalizedReason {}
extension WeightingError.Reason: LocalizedReason {}

extension Diagnostic.Reason {
    /// Another layer's reason, carried into a diagnostic already worded in both languages.
    package static func worded(_ reason: some LocalizedReason) -> Diagnostic.Reason {
        let (problemEn, helpEn) = reason.message(in: .en)
        let (problemFi, helpFi) = reason.message(in: .fi)
        return .scoring(LocalizedText(fi: problemFi, en: problemEn), help: LocalizedText(fi: helpFi, en: helpEn))
    }
}
