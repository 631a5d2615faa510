import Foundation
import Testing

/// Runs the built `arvio` executable as a user would, checking exit status and both output streams.
struct EndToEndTests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static var executable: URL {
        // Tests run from the build folder that also holds the `arvio` product.
        let bundle =
            Bundle.allBundles.first { $0.bundlePath.hasSuffix(".xctest") }?.bundleURL
            ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("arvio")
    }

    /// - Parameter columns: the terminal width the command is told (`COLUMNS`); wide by default, so that a test reads
    ///   whole lines, and nil to leave `COLUMNS` unset.
    static func run(_ arguments: [String], in folder: String = CommandOutputTests.root, columns: Int? = 1000) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = columns.map(String.init)
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    /// A copy of the shipped project in a temporary folder, removed by the caller.
    static func copyOfProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["catalog", "criteria", "toolkit", "feedback", "kpis"] {
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: CommandOutputTests.root).appendingPathComponent(name),
                to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A copy of the project whose database `db.sqlite` holds the assessor anna (area T) and the open round r of virtu
    /// and omaolo, with a runner that speaks English to that database. The caller removes the folder.
    static func copyWithAnnasRound() throws -> (URL, (_ arguments: [String]) throws -> Run) {
        let folder = try copyOfProject()
        let arvio = { (arguments: [String]) in try run(arguments + ["--lang", "en", "--database", "db.sqlite"], in: folder.path) }
        _ = try arvio(["assessor", "add", "anna", "--name", "Anna", "--role", "security", "--areas", "T"])
        _ = try arvio(["round", "new", "r", "--solutions", "virtu,omaolo"])
        return (folder, arvio)
    }

    /// A copy of the project with the shipped assessments, so that its new database holds the illustrative sample round.
    static func copyOfProjectWithSampleRound() throws -> URL {
        let folder = try copyOfProject()
        try FileManager.default.copyItem(
            at: URL(fileURLWithPath: CommandOutputTests.root).appendingPathComponent("assessments"),
            to: folder.appendingPathComponent("assessments"))
        return folder
    }

    @Test func checkPassesOnTheShippedData() throws {
        let run = try Self.run(["check"])

        #expect(run.status == 0)
        #expect(run.output.hasPrefix("Projekti kunnossa: 33 ratkaisua"))
        #expect(run.errors.isEmpty)
    }

    @Test func checkFailsOnABrokenCopyWithEveryProblemOnStandardError() throws {
        let folder = try Self.copyOfProject()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scale = folder.appendingPathComponent("criteria/scale.yaml")
        try String(contentsOf: scale, encoding: .utf8).replacingOccurrences(of: "kind: unknown", with: "kind: unkown")
            .write(to: scale, atomically: true, encoding: .utf8)
        let model = folder.appendingPathComponent("criteria/models/hankinta.yaml")
        try String(contentsOf: model, encoding: .utf8).replacingOccurrences(of: "C: 30", with: "C: 35")
            .write(to: model, atomically: true, encoding: .utf8)

        let run = try Self.run(["check", "--project", folder.path, "--lang", "en"])

        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(
            run.errors == """
                \(folder.path)/criteria/models/hankinta.yaml:18 (areas): error: area weights sum to 105, not 100
                  help: change the weights so that they sum to 100, or use technique 'direct-points' to have them normalised
                \(folder.path)/criteria/scale.yaml:46 (values[7].kind): error: kind 'unkown' is not one of 'score', 'not-applicable', 'unknown'
                  help: did you mean 'unknown'?
                2 errors

                """)
    }

    @Test func aMissingProjectFolderIsNamedNotCrashedOn() throws {
        let run = try Self.run(["check", "--project", "/nonexistent/arvio", "--lang", "en"])

        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("/nonexistent/arvio: error: the folder is missing"))
    }

    @Test func outsideAProjectThereIsOneErrorThatSaysSo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try Self.run(["check"], in: folder.path)
        let english = try Self.run(["catalog", "--lang", "en"], in: folder.path)

        #expect(run.status == 1 && english.status == 1)
        #expect(
            run.errors == """
                \(folder.path): virhe: tämä ei ole Arvio-projekti: täällä ei ole kansiota catalog/ eikä criteria/
                  ohje: aja arvio projektin kansiossa tai nimeä se valitsimella --project
                1 virhe

                """)
        #expect(english.errors.hasPrefix("\(folder.path): error: this is not an Arvio project: there is no catalog/ or criteria/ here\n"))
    }

    @Test func usageErrorsStayWithArgumentParser() throws {
        let run = try Self.run(["catalog", "--format", "xml"])
        let english = try Self.run(["catalog", "--format", "xml", "--lang", "en"])

        #expect(run.status == 64 && english.status == 64)
        #expect(
            run.errors.hasPrefix(
                "virhe: Arvo 'xml' ei kelpaa valitsimelle '--format <format>'. Anna jokin näistä: 'table', 'json' tai 'csv'.\n"))
        #expect(
            english.errors.hasPrefix(
                "error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'table', 'json' or 'csv'.\n"))
    }

    @Test func landscapeRunsInEnglishAndFinnish() throws {
        #expect(try Self.run(["landscape"]).output.hasPrefix("Etäpalveluratkaisujen kartoitus\n33 ratkaisua, 26 organisaatiota"))
        #expect(
            try Self.run(["landscape", "--lang", "en"]).output.hasPrefix(
                "Survey of remote-service solutions\n33 solutions, 26 organisations"))
    }
}
