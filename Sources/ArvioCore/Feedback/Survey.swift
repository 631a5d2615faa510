/// A customer-feedback survey as data (`feedback/survey.yaml`): the recommendation question (0–10), the basic
/// statements and their answer scale, and the open question. The structure is THL's national customer feedback
/// (suositteluindeksi, perusväittämät, omat väittämät); each text says whether its wording was copied from THL's own
/// material (`verified`) or is a placeholder until it is.
public struct Survey: Hashable, Sendable {
    public var id: String
    public var name: LocalizedText
    /// The recommendation question ("How likely would you be to recommend…", 0–10).
    public var recommendation: Text
    public var statements: [Statement]
    /// The statements' answer options, lowest first (for example 1 = strongly disagree … 5 = strongly agree).
    public var scale: [Option]
    /// The option for "don't know / does not concern me": counted apart, in no agreement share.
    public var notApplicable: LocalizedText
    public var openQuestion: Text
    public var sources: [Source]
    public var origin: SourceLocation

    public init(
        id: String, name: LocalizedText, recommendation: Text, statements: [Statement], scale: [Option], notApplicable: LocalizedText,
        openQuestion: Text, sources: [Source] = [], origin: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.recommendation = recommendation
        self.statements = statements
        self.scale = scale
        self.notApplicable = notApplicable
        self.openQuestion = openQuestion
        self.sources = sources
        self.origin = origin
    }

    /// A question's wording in both languages, and in which of them it was checked against its source.
    public struct Text: Hashable, Sendable {
        public var text: LocalizedText
        /// The languages whose wording was copied from the source; the others are placeholders.
        public var verified: Set<Language>
        public var source: String?

        public init(_ text: LocalizedText, verified: Set<Language> = [], source: String? = nil) {
            self.text = text
            self.verified = verified
            self.source = source
        }

        public func isVerified(_ l: Language) -> Bool { verified.contains(l) }
    }

    /// One basic statement ("perusväittämä") and the topic THL files it under.
    public struct Statement: Hashable, Sendable, Identifiable {
        public var id: String
        public var topic: Topic
        public var text: Text

        public init(id: String, topic: Topic, text: Text) {
            self.id = id
            self.topic = topic
            self.text = text
        }
    }

    /// THL's topics of the basic statements (verified: the topics, not the statements' wording).
    public enum Topic: String, Hashable, Sendable, CaseIterable {
        case availability = "saatavuus"
        case encounter = "kohtaaminen"
        case safety = "turvallisuus"
        case information = "tiedonsaanti"
        case usefulness = "hyodyllisyys"
    }

    /// One answer option of the statements' scale.
    public struct Option: Hashable, Sendable {
        public var value: Int
        public var label: LocalizedText

        public init(value: Int, label: LocalizedText) {
            self.value = value
            self.label = label
        }
    }

    /// Whether every text of the survey has its wording checked in `l`.
    public func isVerified(_ l: Language) -> Bool {
        recommendation.isVerified(l) && openQuestion.isVerified(l) && statements.allSatisfy { $0.text.isVerified(l) }
    }

    public func statement(_ id: String) -> Statement? { statements.first { $0.id == id } }
}
