/// The consensus meeting's agreed value for one item (a solution on a criterion) of a revealed round, with why. It
/// replaces the aggregate of the assessors' values wherever the round is evaluated; their own scores stay as they were
/// given (a revealed round takes no more scores), beside it.
public struct AgreedScore: Hashable, Sendable, Codable {
    public var solution: String
    public var criterion: String
    public var value: ScoreValue
    public var rationale: String
    /// Who recorded it, as the audit log names them.
    public var recordedBy: String
    /// When it was recorded (ISO 8601), as the audit log has it.
    public var recordedAt: String

    public init(
        solution: String, criterion: String, value: ScoreValue, rationale: String, recordedBy: String = "", recordedAt: String = ""
    ) {
        self.solution = solution
        self.criterion = criterion
        self.value = value
        self.rationale = rationale
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}
