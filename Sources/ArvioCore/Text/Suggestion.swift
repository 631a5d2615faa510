/// The candidate closest to a mistyped word, if one is close enough to be a likely typo.
///
/// Closeness is the Levenshtein distance between lower-cased strings; a candidate qualifies when the
/// distance is at most a third of the longer word (at least 1), as in ArgumentParser's suggestions. Short words
/// (three characters or fewer, such as criterion ids) must also share the first character: 'T9' suggests 'T1',
/// but 'X1' does not suggest 'U1'. A word that starts exactly one candidate suggests it.
public func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    // No typo is 100 characters long; the bound keeps a hostile file's suggestions linear in its size.
    let longest = 100
    guard word.count <= longest else { return nil }
    // A word of three or more letters that starts a single candidate is an abbreviation of it ('minimum').
    let lowered = word.lowercased()
    let extensions = candidates.filter { lowered.count >= 3 && $0.lowercased().hasPrefix(lowered) && $0.count > lowered.count }
    if extensions.count == 1 { return extensions[0] }
    let target = Array(lowered)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let length = candidate.count
        let allowed = max(1, max(target.count, length) / 3)
        // The distance is at least the difference in length: skip what cannot qualify before computing it.
        guard length <= longest, abs(length - target.count) <= allowed else { continue }
        let distance = editDistance(target, Array(candidate.lowercased()))
        guard distance <= allowed, distance < (best?.distance ?? .max) else { continue }
        if min(target.count, candidate.count) <= 3, target.first != candidate.lowercased().first { continue }
        best = (candidate, distance)
    }
    return best?.candidate
}

func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
