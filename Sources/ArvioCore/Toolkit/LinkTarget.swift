/// Which link targets a generated page may carry: web and mail addresses and relative paths.
///
/// Anything else with a scheme (`javascript:`, `data:`, `vbscript:`, `file:`) is refused by `arvio check` with the
/// file and line, and rendered as plain text if it ever reaches a page. Browsers ignore ASCII tabs, line breaks and
/// leading control characters in a URL and compare schemes without case, so the scheme is read the same way here.
public enum LinkTarget {
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// The scheme a browser would see (lowercased), or nil for a relative reference.
    public static func scheme(of target: String) -> String? {
        var scheme = ""
        for scalar in target.unicodeScalars {
            if scalar.value <= 0x20 { continue }  // dropped by the URL parser (tab, LF, CR) or stripped at the start
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let isSchemeCharacter = isLetter || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "-" || scalar == "."
            guard scheme.isEmpty ? isLetter : isSchemeCharacter else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// True for `http(s):`, `mailto:` and relative targets (`other.html`, `#anchor`, `../x`).
    public static func isAllowed(_ target: String) -> Bool {
        guard let scheme = scheme(of: target) else { return true }
        return allowedSchemes.contains(scheme)
    }

    /// The targets of the Markdown links, images and link declarations on one line: `[text](target)`,
    /// `![alt](target)` and `[name]: target`.
    public static func markdownTargets(inLine line: String) -> [String] {
        var targets: [String] = []
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]"), trimmed[close...].dropFirst().hasPrefix(":") {
            targets.append(String(trimmed[close...].dropFirst(2).drop { $0 == " " || $0 == "\t" }))
        }
        var rest = Substring(line)
        while let open = rest.firstRange(of: "](") {
            var depth = 1
            var end = open.upperBound
            while end < rest.endIndex {
                if rest[end] == "(" { depth += 1 }
                if rest[end] == ")" {
                    depth -= 1
                    if depth == 0 { break }
                }
                end = rest.index(after: end)
            }
            targets.append(String(rest[open.upperBound..<end]))
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
        }
        return targets
    }
}
