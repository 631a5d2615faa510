/// A reason that words itself in Finnish and English: a problem and a help line.
package protocol LocalizedReason {
    func message(in language: Language) -> (String, String)
}

extension ScoringError.Reason: LocalizedReason {}
extension WeightingError.Reason: LocalizedReason {}

/// An error made of an optional location and a reason that words itself: `where: error: what` and a `help:` line.
package protocol WordedError {
    associatedtype Reason: LocalizedReason
    var location: SourceLocation? { get }
    var reason: Reason { get }
}

extension WordedError {
    package func wordedText(in language: Language) -> String {
        let (problem, help) = reason.message(in: language)
        return ErrorText.located(location.map(\.description), problem: problem, help: help, language)
    }
}

extension ScoringError: WordedError, UserFacingError {}
extension WeightingError: WordedError, UserFacingError {}

extension Diagnostic.Reason {
    /// Another layer's reason, carried into a diagnostic already worded in both languages.
    package static func worded(_ reason: some LocalizedReason) -> Diagnostic.Reason {
        let (problemEn, helpEn) = reason.message(in: .en)
        let (problemFi, helpFi) = reason.message(in: .fi)
        return .scoring(LocalizedText(fi: problemFi, en: problemEn), help: LocalizedText(fi: helpFi, en: helpEn))
    }
}
