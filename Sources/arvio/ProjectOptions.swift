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
    @Option(
        name: .long,
        help: .text(fi: "Projektikansio, jossa ovat catalog/ ja criteria/.", en: "The project folder, holding catalog/ and criteria/."))
    var project: String = "."

    @Option(name: .long, help: .text(fi: "Tulosteiden kieli: 'fi' (oletus) tai 'en'.", en: "Language of the output: fi (default) or en."))
    var lang: Language = .fi

    var root: URL { URL(fileURLWithPath: project, isDirectory: true) }

    /// The loaded project; its problems are thrown, cited from the current folder.
    func load() throws -> Project {
        do {
            return try ProjectLoader(root: root).load()
        } catch {
            throw displayed(error)
        }
    }

    /// A file's bytes, or a located error.
    func readBytes(_ path: String) throws(Diagnostics) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            // The file is not there, or it is there but cannot be read (a folder, no permission): said apart.
            let why: Diagnostic.Unreadable = FileManager.default.fileExists(atPath: path) ? .notAFile : .missing
            throw Diagnostics([Diagnostic(at: SourceLocation(file: path), .unreadableFile(why))])
        }
        return [UInt8](data)
    }

    /// A file's UTF-8 text, or a located error.
    func readText(_ path: String) throws(Diagnostics) -> String {
        guard let text = String(validating: try readBytes(path), as: UTF8.self) else {
            throw Diagnostics([Diagnostic(at: SourceLocation(file: path), .unreadableFile(.notUTF8))])
        }
        return text
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

extension Language {
    /// The language a command line asks for with `--lang`, read before the arguments are parsed, so that help and
    /// parse errors speak it too. Finnish when none is given or the value is not a language.
    static func requested(in arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) ?? .fi }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) ?? .fi }
        }
        return .fi
    }
}
