import Foundation
import Testing

/// A real client: LibreOffice opens the workbook Arvio writes, saves it as it saves any .xlsx (shared strings, its own
/// styles), and Arvio imports that file. CI installs LibreOffice and runs this; elsewhere it runs where LibreOffice is.
struct LibreOfficeTests {
    static let libreOffice = ["/usr/bin/libreoffice", "/usr/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let required = ProcessInfo.processInfo.environment["CI"] != nil

    @Test(.enabled(if: libreOffice != nil || required, "LibreOffice is not installed here (CI installs it)"))
    func aWorkbookSavedByLibreOfficeImports() throws {
        let office = try #require(Self.libreOffice, "CI must install LibreOffice (libreoffice-calc-nogui)")
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try arvio([
            "score", "--round", "r", "--assessor", "anna", "--solution", "virtu", "--criterion", "T1", "--value", "4", "--rationale",
            "Suomi.fi",
        ])
        #expect(try arvio(["workbook", "--round", "r", "--assessor", "anna"]).status == 0)

        let resaved = folder.appendingPathComponent("libreoffice")
        try FileManager.default.createDirectory(at: resaved, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = [
            "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", resaved.path,
            folder.appendingPathComponent("r-anna.xlsx").path,
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(["HOME": folder.path]) { $1 }
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        let imported = try arvio(["import", "libreoffice/r-anna.xlsx"])

        #expect(imported.status == 0 && imported.output == "1 score imported.\n")
        #expect(
            try arvio(["round", "show", "r", "--assessor", "anna"]).output.contains(
                "Virtu.fi ja OmaVirtu  T1         anna      4      Suomi.fi"))
        #expect(try arvio(["audit", "verify"]).status == 0)
        // The sheet of Anna's own weights survives LibreOffice (its header now shared strings), read as unfilled.
        let weights = try arvio(["weights", "import", "--round", "r", "libreoffice/r-anna.xlsx"])
        #expect(weights.status == 1 && weights.errors.hasPrefix("libreoffice/r-anna.xlsx: error: the file gives no stakeholder's weights"))
    }
}
