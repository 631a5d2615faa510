/// Prose laid out for a terminal of a given width: lines broken at spaces, never inside a word, so that an address or
/// a hash stays whole (and may then run past the width on a line of its own).
package enum TextLayout {
    /// The terminal's width when nothing says otherwise, as POSIX tools assume.
    package static let defaultWidth = 80

    /// Every line of `text` longer than `width` broken at spaces; its continuation lines are indented `hang` spaces more
    /// than the line itself, so a wrapped note or list item reads as one. (An error's `help:` line is indented two, so
    /// errors hang by four.)
    package static func wrapped(_ text: String, width: Int, hang: Int = 2) -> String {
        // Only the long lines are rewritten; the text between them is copied in whole pieces (the table of 100,000
        // alternatives is 60 MB, with a few long notes). A line of no more bytes than the width is short.
        var result = ""
        var copied = text.startIndex
        var lineStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let end = text[index...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<end]
            if line.utf8.count > width, line.count > width {
                result += text[copied..<lineStart]
                result += wrapped(line: line, width: width, hang: hang)
                copied = end
            }
            index = end < text.endIndex ? text.index(after: end) : end
            lineStart = index
        }
        return copied == text.startIndex ? text : result + text[copied...]
    }

    /// One line longer than `width`, broken at spaces with its continuation lines indented two more.
    static func wrapped(line: Substring, width: Int, hang: Int) -> String {
        let indent = String(line.prefix { $0 == " " })
        let first = wrapped(words: String(line.dropFirst(indent.count)), width: width - indent.count)
        guard let head = first.first else { return String(line) }
        let rest = wrapped(words: first.dropFirst().joined(separator: " "), width: width - indent.count - hang)
        let continuation = indent + String(repeating: " ", count: hang)
        return ([indent + head] + rest.map { continuation + $0 }).joined(separator: "\n")
    }

    /// The words of `text` filled greedily into lines of at most `width` characters (a longer word on its own line).
    package static func wrapped(words text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if line.isEmpty {
                line = String(word)
            } else if line.count + 1 + word.count <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        return lines.isEmpty && line.isEmpty ? [""] : lines + (line.isEmpty ? [] : [line])
    }
}
