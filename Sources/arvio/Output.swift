import Foundation

/// The command line's two ways out besides standard output, each in one place.
enum Output {
    /// A line on standard error: a warning, or a choice the command made that the reader should know (which round).
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A whole file, written atomically: whoever opens the path sees the old file or the whole new one, never half.
    static func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
