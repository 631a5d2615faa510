/// The life of an evaluation round: assessors score blind while it is open; revealing opens every score to everyone;
/// closing freezes it.
public enum RoundState: String, Hashable, Sendable, CaseIterable, Codable {
    case open, revealed, closed
}

/// An evaluation round: the shortlisted solutions, the weight model, and the criteria as they were when the round
/// began (a snapshot with its content hash, so editing criteria files later cannot silently change the round).
public struct Round: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var state: RoundState
    public var solutions: [String]
    public var model: String
    /// SHA-256 of the snapshot, hex.
    public var contentHash: String
    /// ISO 8601, as the edge that made the round wrote it.
    public var createdAt: String
    /// True for rounds whose scores are invented to show the tool (the sample round); every output says so.
    public var illustrative: Bool

    public init(
        id: String, name: String, state: RoundState = .open, solutions: [String], model: String, contentHash: String, createdAt: String,
        illustrative: Bool = false
    ) {
        self.id = id
        self.name = name
        self.state = state
        self.solutions = solutions
        self.model = model
        self.contentHash = contentHash
        self.createdAt = createdAt
        self.illustrative = illustrative
    }
}

/// An expert who scores, in the areas they are competent in.
public struct Assessor: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var role: String
    public var areas: [String]

    public init(id: String, name: String, role: String, areas: [String]) {
        self.id = id
        self.name = name
        self.role = role
        self.areas = areas
    }
}

/// One assessor's score of one solution on one criterion in a round, with the reasons for it.
public struct ExpertScore: Hashable, Sendable, Codable {
    public var round: String
    public var solution: String
    public var criterion: String
    public var assessor: String
    public var value: ScoreValue
    public var rationale: String
    public var evidence: [String]
    public var recordedAt: String

    public init(
        round: String, solution: String, criterion: String, assessor: String, value: ScoreValue, rationale: String = "",
        evidence: [String] = [], recordedAt: String = ""
    ) {
        self.round = round
        self.solution = solution
        self.criterion = criterion
        self.assessor = assessor
        self.value = value
        self.rationale = rationale
        self.evidence = evidence
        self.recordedAt = recordedAt
    }

    /// The identity of the scored item: one score per round, solution, criterion and assessor.
    public var key: String { [round, solution, criterion, assessor].joined(separator: "/") }
}

extension ScoreValue {
    /// As written in files and on the command line: `0`–`5`, `na`, `unknown`.
    public var code: String {
        switch self {
        case .points(let value): formatted(value)
        case .notApplicable: "na"
        case .unknown: "unknown"
        }
    }

    /// The shipped scale's codes exactly: `0`–`5`, `na` or `unknown` (letters in any case); nil for anything else, so
    /// `0x3`, `5e0`, `+3`, `-0` and `3.0` are refused, not read as numbers. A project's own scale: ``Scale/value(code:)``.
    public init?(code: String) {
        switch code.lowercased() {
        case "0", "1", "2", "3", "4", "5": self = .points(Double(code.unicodeScalars.first!.value - 48))
        case "na": self = .notApplicable
        case "unknown": self = .unknown
        default: return nil
        }
    }
}

/// Blind scoring: who may see which scores.
public enum Visibility {
    /// While a round is open an assessor sees only their own scores (and nobody else sees any: pass nil); once it is
    /// revealed or closed everyone sees all.
    public static func visible(_ scores: [ExpertScore], in round: Round, to viewer: String?) -> [ExpertScore] {
        switch round.state {
        case .open: scores.filter { $0.round == round.id && $0.assessor == viewer }
        case .revealed, .closed: scores.filter { $0.round == round.id }
        }
    }
}
