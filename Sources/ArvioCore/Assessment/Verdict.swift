/// A recorded decision on one must-have rule for one solution, e.g. the consensus meeting's. It decides its rule
/// whatever the scores imply; the gate keeps what the scores alone implied beside it.
public struct Verdict: Hashable, Sendable, Codable {
    public var solution: String
    public var rule: String
    public var met: Bool
    public var rationale: String
    /// Who recorded it, as the audit log names them.
    public var recordedBy: String
    /// When it was recorded (ISO 8601), as the audit log has it.
    public var recordedAt: String

    public init(solution: String, rule: String, met: Bool, rationale: String, recordedBy: String = "", recordedAt: String = "") {
        self.solution = solution
        self.rule = rule
        self.met = met
        self.rationale = rationale
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

/// A round as stored: the round, every score, every recorded verdict and every agreed value. Whatever evaluates a
/// round takes this whole value, so no command can rank a round's scores without the decisions recorded on them.
public struct RoundRecord: Hashable, Sendable {
    public var round: Round
    public var scores: [ExpertScore]
    public var verdicts: [Verdict]
    /// The consensus meeting's agreed values, each replacing the aggregate of its item.
    public var agreed: [AgreedScore]
    /// Each stakeholder's own weights for the round's model, in stakeholder order.
    public var stakeholders: [StakeholderWeights]
    /// The audit log's head when the record was read (in the same transaction), for the report's footer.
    public var auditHead: AuditHead?

    public init(
        round: Round, scores: [ExpertScore], verdicts: [Verdict] = [], agreed: [AgreedScore] = [],
        stakeholders: [StakeholderWeights] = [], auditHead: AuditHead? = nil
    ) {
        self.round = round
        self.scores = scores
        self.verdicts = verdicts
        self.agreed = agreed
        self.stakeholders = stakeholders
        self.auditHead = auditHead
    }
}
