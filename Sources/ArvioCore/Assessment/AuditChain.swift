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

/// The last entry of the log, `sequence:hash`: published (in the report's footer, a signed decision), it lets anyone
/// prove later that the log still extends it, which an unkeyed chain alone cannot.
public struct AuditHead: Hashable, Sendable, CustomStringConvertible {
    public var sequence: Int
    public var hash: String

    public init(sequence: Int, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// `12:3fa9…` (64 hex digits); nil for any other text.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let sequence = Int(parts[0]), sequence >= 0, parts[1].count == 64,
            parts[1].unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) })
        else { return nil }
        self.init(sequence: sequence, hash: String(parts[1]))
    }

    public var description: String { "\(sequence):\(hash)" }
}

/// The canonical text the log records for a row: `key=length:value` fields in a fixed order, one per line, so that
/// any value — a rationale with line breaks, a name with `;` or `=` — is recorded unambiguously and compared exactly.
public enum AuditState {
    public static func text(_ fields: KeyValuePairs<String, String>) -> String {
        fields.map { "\($0.key)=\($0.value.utf8.count):\($0.value)" }.joined(separator: "\n")
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
        /// The log does not extend the head published earlier: it was rewritten or replaced since.
        case doesNotExtend(AuditHead)

        public var description: String { text(in: .en) }

        public func text(in language: Language) -> String {
            let fi = language == .fi
            switch self {
            case .edited(let sequence):
                return fi
                    ? "tarkastuslokin riviä \(sequence) on muokattu: sen sisältö ei enää vastaa sen tiivistettä"
                    : "audit row \(sequence) was edited: its content no longer matches its hash"
            case let .brokenLink(sequence, _):
                return fi
                    ? "tarkastuslokin rivi \(sequence) ei jatka edellistä riviä: sen edelle on lisätty tai siitä poistettu rivi"
                    : "audit row \(sequence) does not follow the row before it: a row was inserted or deleted there"
            case let .gap(after, next):
                return fi
                    ? "tarkastuslokin rivit \(after + 1)…\(next - 1) puuttuvat: ne on poistettu"
                    : "audit rows \(after + 1)…\(next - 1) are missing: they were deleted"
            case .differsFromLog(let entity):
                return fi
                    ? "\(entity) poikkeaa siitä, mitä tarkastusloki viimeksi kirjasi: sitä on muutettu Arvion ohi"
                    : "\(entity) differs from what the audit log last recorded for it: it was changed outside Arvio"
            case let .truncated(last, head):
                return fi
                    ? "tarkastusloki päättyy riviin \(last), mutta sen kirjattu pää on rivi \(head): rivit \(last + 1)…\(head) on poistettu (tai päätä muutettu)"
                    : "the audit log ends at row \(last) but its recorded head is row \(head): rows \(last + 1)…\(head) were deleted (or the head was altered)"
            case .doesNotExtend(let head):
                return fi
                    ? "tarkastusloki ei jatka julkaistua päätä \(head): lokia on kirjoitettu uudelleen tai se on vaihdettu sen jälkeen"
                    : "the audit log does not extend the published head \(head): it was rewritten or replaced since that head was recorded"
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

    /// Data rows that do not match the log: `current` maps each entity (`round/r1`, `score/r1/virtu/T1/anna`) to the
    /// canonical text of its row(s) now; the latest entry for each entity whose name starts with one of `tracked`
    /// must carry that text as `new` (an empty `new`, or no entry, means the row must not exist).
    public static func replay(_ entries: [AuditEntry], tracked: [String], current: [String: String]) -> [Problem] {
        var latest: [String: String] = [:]
        for entry in entries.sorted(by: { $0.sequence < $1.sequence }) where tracked.contains(where: entry.entity.hasPrefix) {
            latest[entry.entity] = entry.new
        }
        let entities = Set(latest.keys).union(current.keys).sorted()
        return entities.compactMap { entity in
            (latest[entity] ?? "") == (current[entity] ?? "") ? nil : .differsFromLog(entity: entity)
        }
    }

    /// Whether the log still extends a head published earlier (`sequence:hash`, as `arvio audit head` prints it): the
    /// entry at that sequence carries that hash. Only meaningful when ``verify(_:head:hash:)`` found nothing.
    public static func extends(_ entries: [AuditEntry], published: AuditHead) -> Bool {
        if published.sequence == 0 { return published.hash == genesis }
        return entries.first { $0.sequence == published.sequence }?.hash == published.hash
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
