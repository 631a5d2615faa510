import ArvioReports
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line's ways out, each in one place: text for people on standard output, laid out for the terminal;
/// machine formats as they are; notes on standard error; files written whole.
enum Output {
    /// The width people's text is laid out for: `COLUMNS` when set (the user's override, as environ(7) has it), else
    /// the terminal's own width when standard output is one, else 80.
    static let width: Int = {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return TextLayout.defaultWidth
    }()

    /// Whether standard error is a terminal, where progress may be drawn.
    static let errorIsTerminal = isatty(STDERR_FILENO) == 1

    /// Text for people: every line longer than the width broken at spaces (tables were already fitted by their views).
    static func text(_ text: String) {
        Swift.print(TextLayout.wrapped(text, width: width), terminator: text.hasSuffix("\n") ? "" : "\n")
        // Seen at once even when standard output is a file or a pipe (`arvio serve` prints its address and runs on).
        fflush(nil)
    }

    /// A command's result in the format the user chose: a table's text laid out, JSON and CSV exactly as given.
    static func result(_ text: String, _ format: OutputFormat) {
        format == .table ? Self.text(text) : data(text)
    }

    /// A machine format (JSON, CSV) exactly as given.
    static func data(_ text: String) {
        Swift.print(text, terminator: "")
    }

    /// A line on standard error: an error, a warning, or a choice the command made that the reader should know (which
    /// round); wrapped lines hang by four, below an error's two-space `help:` line.
    static func note(_ line: String) {
        FileHandle.standardError.write(Data((TextLayout.wrapped(line, width: width, hang: 4) + "\n").utf8))
    }

    /// Files into the `--out` folder (created when missing), each written atomically; the paths written, or an error
    /// that names the folder.
    static func write(_ files: [(name: String, data: Data)], into folder: String, _ what: CommandError.Written) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return try files.map { file in
                let path = folder == "." ? file.name : URL(fileURLWithPath: folder).appendingPathComponent(file.name).relativePath
                try write(file.data, to: path)
                return path
            }
        } catch {
            throw CommandError(.cannotWrite(folder: folder, detail: error.localizedDescription, what: what))
        }
    }

    /// A whole file, written atomically: whoever opens the path sees the old file or the whole new one, never half.
    static func write(_ data: Data, to path: String) throws {
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
