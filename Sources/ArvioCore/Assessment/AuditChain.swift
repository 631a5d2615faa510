/// One append-only entry of the audit log: who did what, when, from which value to which, chained to the entry before
/// by a hash over both.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var sequence: Int
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String
    public var old: String
    public var new: String
    public var previousHash: String
    public var hash: String

    public init(
        sequence: Int, at: String, actor: String, action: String, entity: String, old: String, new: String, previousHash: String,
        hash: String
    ) {
        self.sequence = sequence
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.old = old
        self.new = new
        self.previousHash = previousHash
        self.hash = hash
    }

    /// The text the hash covers: every field but the hash itself, unambiguously separated.
    public var canonicalText: String {
        [String(sequence), at, actor, action, entity, old, new, previousHash].map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }
}

/// Verifies a hash chain of audit entries and names the first row that breaks it, and how.
public enum AuditChain {
    /// The hash of the first entry's predecessor.
    public static let genesis = String(repeating: "0", count: 64)

    public enum Problem: Hashable, Sendable, CustomStringConvertible {
        /// The row's content no longer matches its hash: it was edited.
        case edited(sequence: Int)
        /// The row's predecessor hash does not match the row before it: a row was inserted or deleted before it.
        case brokenLink(sequence: Int, expectedPrevious: String)
        /// Sequence numbers skip: rows are missing.
        case gap(after: Int, next: Int)
        /// The chain ends before the recorded head: its last rows were deleted (or the head was altered).
        case truncated(lastPresent: Int, head: Int)
        /// A data row differs from what the log last recorded for it (or exists without a log entry, or is missing).
        case differsFromLog(entity: String)

        public var description: String {
            switch self {
            case .edited(let sequence): "audit row \(sequence) was edited: its content no longer matches its hash"
            case let .brokenLink(sequence, _):
                "audit row \(sequence) does not follow the row before it: a row was inserted or deleted there"
            case let .gap(after, next): "audit rows \(after + 1)…\(next - 1) are missing: they were deleted"
            case .differsFromLog(let entity):
                "\(entity) differs from what the audit log last recorded for it: it was changed outside Arvio"
            case let .truncated(last, head):
                "the audit log ends at row \(last) but its recorded head is row \(head): rows \(last + 1)…\(head) were deleted (or the head was altered)"
            }
        }
    }

    /// Every problem in the chain, in sequence order (empty when intact).
    /// - Parameters:
    ///   - hash: the hash function the log was written with (SHA-256, hex, at the edge).
    ///   - head: the last entry's sequence and hash as recorded apart from the log, so that deleting the last rows shows.
    public static func verify(_ entries: [AuditEntry], head: (sequence: Int, hash: String)? = nil, hash: (String) -> String) -> [Problem] {
        var problems: [Problem] = []
        var previous = genesis
        var lastSequence: Int?
        for entry in entries.sorted(by: { $0.sequence < $1.sequence }) {
            if let last = lastSequence, entry.sequence != last + 1 { problems.append(.gap(after: last, next: entry.sequence)) }
            if hash(entry.canonicalText) != entry.hash {
                problems.append(.edited(sequence: entry.sequence))
            } else if entry.previousHash != previous {
                problems.append(.brokenLink(sequence: entry.sequence, expectedPrevious: previous))
            }
            previous = entry.hash
            lastSequence = entry.sequence
        }
        if let head, head.sequence != (lastSequence ?? 0) || (head.sequence > 0 && head.hash != previous) {
            problems.append(.truncated(lastPresent: lastSequence ?? 0, head: head.sequence))
        }
        return problems
    }

    /// Data rows that do not match the log: `current` maps each entity to its present description; the log's latest
    /// `new` for each entity of the `action` must equal it (an empty `new`, or no entry, means the row must not exist).
    public static func replay(_ entries: [AuditEntry], action: String, current: [String: String]) -> [Problem] {
        var latest: [String: String] = [:]
        for entry in entries.sorted(by: { $0.sequence < $1.sequence }) where entry.action == action { latest[entry.entity] = entry.new }
        let entities = Set(latest.keys).union(current.keys).sorted()
        return entities.compactMap { entity in
            (latest[entity] ?? "") == (current[entity] ?? "") ? nil : .differsFromLog(entity: entity)
        }
    }

    /// The next entry, chained to `previous` (nil for the first).
    public static func entry(
        after previous: AuditEntry?, at: String, actor: String, action: String, entity: String, old: String, new: String,
        hash: (String) -> String
    ) -> AuditEntry {
        var entry = AuditEntry(
            sequence: (previous?.sequence ?? 0) + 1, at: at, actor: actor, action: action, entity: entity, old: old, new: new,
            previousHash: previous?.hash ?? genesis, hash: "")
        entry.hash = hash(entry.canonicalText)
        return entry
    }
}
