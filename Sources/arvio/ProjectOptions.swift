import ArgumentParser
import ArvioCore
import ArvioIO
import Foundation

extension Language: ExpressibleByArgument {}

/// How a command writes its result: for people, or for machines.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv
}

/// Options every project command takes.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: "The project folder, holding catalog/ and criteria/.")
    var project: String = "."

    @Option(name: .long, help: "Language of the output: fi (default) or en.")
    var lang: Language = .fi

    var root: URL { URL(fileURLWithPath: project, isDirectory: true) }

    /// The loaded project, or the located problems on standard error and exit status 1.
    func load() throws -> Project {
        do {
            return try ProjectLoader(root: root).load()
        } catch {
            report(displayed(error))
            throw ExitCode.failure
        }
    }

    /// A file's bytes, or a located error on standard error and exit status 1.
    func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            report(Diagnostics([Diagnostic(at: SourceLocation(file: path), .unreadableFile(detail: "no such file, or not readable"))]))
            throw ExitCode.failure
        }
        return [UInt8](data)
    }

    /// A file's UTF-8 text, or a located error on standard error and exit status 1.
    func readText(_ path: String) throws -> String {
        guard let text = String(validating: try readBytes(path), as: UTF8.self) else {
            report(Diagnostics([Diagnostic(at: SourceLocation(file: path), .unreadableFile(detail: "it is not UTF-8 text"))]))
            throw ExitCode.failure
        }
        return text
    }

    /// Prints diagnostics to standard error in the chosen language.
    func report(_ diagnostics: Diagnostics) {
        FileHandle.standardError.write(Data((diagnostics.text(in: lang) + "\n").utf8))
    }

    /// Diagnostics cite files from the project root; shown from the current folder so that editors jump to them.
    func displayed(_ diagnostics: Diagnostics) -> Diagnostics {
        guard project != "." else { return diagnostics }
        let prefix = project.hasSuffix("/") ? project : project + "/"
        return Diagnostics(
            diagnostics.items.map { item in
                var item = item
                if !item.location.file.hasPrefix("/") { item.location.file = prefix + item.location.file }
                return item
            })
    }
}

/// An error of the command line's own: a message and a help line on standard error, exit status 1.
struct CommandError: Error, CustomStringConvertible {
    var problem: String
    var help: String

    var description: String { "error: \(problem)\n  help: \(help)" }
}

extension ParsableCommand {
    /// Runs `body`, printing a ``CommandError`` to standard error with exit status 1.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CommandError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
