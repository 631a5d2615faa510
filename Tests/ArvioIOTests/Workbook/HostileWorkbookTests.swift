import ArvioCore
import Foundation
import Testing
import ZIPFoundation

@testable import ArvioIO

/// A workbook is imported whole or not at all: every damaged package, part, sheet or cell is an error that names it,
/// and no offset, size or reference in the file can crash the reader, make it hang or make it allocate without bound.
struct HostileWorkbookTests {
    static let score = ExpertScore(
        round: "r", solution: "virtu", criterion: "T1", assessor: "anna", value: .points(4), rationale: "ok", recordedAt: "t")

    static func workbook() throws -> Data { try WorkbookTests.workbook([score]) }

    static func part(_ path: String, of data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var bytes = Data()
        _ = try archive.extract(try #require(archive[path])) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The area sheet T with one edit.
    static func editedSheet(_ edit: (String) -> String) throws -> Data {
        let data = try workbook()
        return try WorkbookTests.replacing("xl/worksheets/sheet2.xml", in: data, with: edit(try part("xl/worksheets/sheet2.xml", of: data)))
    }

    @Test func theUneditedWorkbookReadsBack() throws {
        #expect(
            try WorkbookReader.scores(try Self.workbook(), file: "anna.xlsx", context: WorkbookTests.context, recordedAt: "t") == [
                Self.score
            ])
    }

    @Test(arguments: [
        ("<c r=\"E3\"><f>2+2</f></c>", "anna.xlsx (T!E3): error: the cell holds a formula whose value the file does not hold"),
        (
            "<c r=\"E3\" t=\"s\"><v>999</v></c>",
            "anna.xlsx (T!E3): error: the cell refers to shared string 999, but the workbook has only 0"
        ),
        ("<c r=\"E3\" t=\"b\"><v>1</v></c>", "anna.xlsx (T!E3): error: the cell is of type TRUE/FALSE, but a score or text belongs there"),
        (
            "<c r=\"E3\" t=\"e\"><v>#REF!</v></c>",
            "anna.xlsx (T!E3): error: the cell is of type error #REF!, but a score or text belongs there"
        ),
        ("<c r=\"A2000000000\"><v>4</v></c>", "anna.xlsx (T!A2000000000): error: cell reference 'A2000000000' is not of the form A1"),
        ("<c r=\"E3\"><v>4</v></c><c r=\"XFE3\"><v>4</v></c>", "anna.xlsx (T!XFE3): error: cell 'XFE3' is outside a sheet's limits"),
        ("<c r=\"E3\"><v>4</v></c><c r=\"E3\"><v>5</v></c>", "anna.xlsx (T!E3): error: cell 'E3' appears twice in the sheet"),
        ("<c r=\"E3\" t=\"d\"><v>2026-01-01</v></c>", "anna.xlsx (T!E3): error: the cell is of type date"),
    ])
    func aCellArvioCannotReadIsNamedBySheetAndCell(replacement: String, message: String) throws {
        let data = try Self.editedSheet { $0.replacingOccurrences(of: "<c r=\"E3\"><v>4</v></c>", with: replacement) }

        let problems = WorkbookTests.problems(data)

        #expect(problems.count == 1 && problems[0].hasPrefix(message), "\(problems)")
    }

    @Test func aTruncatedSheetIsAnErrorInItsPartNotAShorterImport() throws {
        let data = try Self.editedSheet { String($0.prefix($0.count * 2 / 3)) }

        let problems = WorkbookTests.problems(data)

        #expect(problems.count == 1)
        #expect(problems.first?.contains(" (xl/worksheets/sheet2.xml): error: not well-formed XML: ") == true, "\(problems)")
    }

    @Test(arguments: ["name=\"T\" ", ""])
    func aRenamedOrMissingAreaSheetIsNamedWithTheSheetsExpected(renamed: String) throws {
        let data = try Self.workbook()
        var workbook = try Self.part("xl/workbook.xml", of: data)
        workbook =
            renamed.isEmpty
            ? workbook.replacing(/<sheet name="T"[^>]*\/>/, with: "") : workbook.replacingOccurrences(of: renamed, with: "name=\"T2\" ")

        let problems = WorkbookTests.problems(try WorkbookTests.replacing("xl/workbook.xml", in: data, with: workbook))

        let found = renamed.isEmpty ? "'Guide', 'painot', 'arvio'" : "'Guide', 'T2', 'painot', 'arvio'"
        #expect(
            problems == [
                "anna.xlsx: error: the workbook lacks the area sheet 'T'; found \(found)\n  help: give the sheet back its name (the area's id) so that its scores are imported"
            ])
    }

    @Test func aDoctypeInAUTF16PartIsRefusedByTheParser() throws {
        let data = try Self.workbook()
        let text =
            "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst><si><t>&e;</t></si></sst>"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let source = try Archive(data: data, accessMode: .read)
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in source {
            var bytes = Data()
            _ = try source.extract(entry) { bytes.append($0) }
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { p, s in
                bytes.subdata(in: Int(p)..<Int(p) + s)
            }
        }
        let part = Data(utf16)
        try archive.addEntry(with: "xl/sharedStrings.xml", type: .file, uncompressedSize: Int64(part.count), compressionMethod: .deflate) {
            p, s in part.subdata(in: Int(p)..<Int(p) + s)
        }

        let problems = WorkbookTests.problems(try #require(archive.data))

        #expect(
            problems.first?.hasPrefix("anna.xlsx:1 (xl/sharedStrings.xml): error: the file declares '<!DOCTYPE'") == true, "\(problems)")
    }

    // MARK: - The package

    /// Offsets of the end-of-directory record and the first directory entry of a package.
    static func directory(_ bytes: [UInt8]) -> (end: Int, first: Int) {
        let end = (0...(bytes.count - 22)).reversed().first { bytes[$0..<($0 + 4)].elementsEqual([0x50, 0x4B, 0x05, 0x06]) }!
        let first = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16 | Int(bytes[end + 19]) << 24
        return (end, first)
    }

    static func write32(_ value: Int, at offset: Int, in bytes: inout [UInt8]) {
        for index in 0..<4 { bytes[offset + index] = UInt8((value >> (8 * index)) & 0xFF) }
    }

    static func problems(_ bytes: [UInt8]) -> [String] { WorkbookTests.problems(Data(bytes)) }

    @Test func offsetsPastTheEndOfTheFileAreRefusedNotFollowed() throws {
        let original = [UInt8](try Self.workbook())
        let (end, first) = Self.directory(original)

        var directoryPastEnd = original
        Self.write32(original.count + 1000, at: end + 16, in: &directoryPastEnd)
        var localPastEnd = original
        Self.write32(original.count + 1000, at: first + 42, in: &localPastEnd)
        var sizePastEnd = original
        Self.write32(0x7FFF_0000, at: first + 20, in: &sizePastEnd)

        #expect(
            Self.problems(directoryPastEnd).first?.hasPrefix("anna.xlsx: error: the workbook's ZIP directory points outside the file")
                == true)
        #expect(
            Self.problems(localPastEnd).first?.hasPrefix("anna.xlsx: error: the workbook's ZIP directory points outside the file ('")
                == true)
        #expect(
            Self.problems(sizePastEnd).first?.hasPrefix("anna.xlsx: error: the workbook's ZIP directory points outside the file ('") == true
        )
        #expect(
            Self.problems(Array(original.prefix(original.count / 2))).first?.hasPrefix(
                "anna.xlsx: error: the file is not an .xlsx workbook") == true)
    }

    @Test func inflationIsBoundedByTheDeclaredSizeAndTheLimits() throws {
        let original = [UInt8](try Self.workbook())
        let (_, first) = Self.directory(original)
        let name = String(decoding: original[(first + 46)..<(first + 46 + Int(original[first + 28]))], as: UTF8.self)

        var huge = original
        Self.write32(WorkbookProblem.partLimit + 1, at: first + 24, in: &huge)
        var ratio = original
        Self.write32(2 << 20, at: first + 24, in: &ratio)
        var understated = original
        Self.write32(3, at: first + 24, in: &understated)

        #expect(
            Self.problems(huge) == [
                "anna.xlsx: error: part '\(name)' inflates beyond the bound of 64 MiB per part\n  help: a scoring workbook is far smaller; ask the assessor for a fresh copy, or write a new one: arvio workbook"
            ])
        #expect(
            Self.problems(ratio).first?.hasPrefix("anna.xlsx: error: part '\(name)' inflates to more than 500 times its compressed size")
                == true)
        // The local header no longer agrees with the directory: damaged. Inflation never goes past the declared size.
        #expect(Self.problems(understated).first?.hasPrefix("anna.xlsx: error: part '\(name)' is damaged") == true)
    }

    @Test func aByteCorruptedUnderItsChecksumIsADamagedPart() throws {
        var bytes = [UInt8](try Self.workbook())
        let (_, first) = Self.directory(bytes)
        // Walk the directory to the sheet T's entry, then flip a byte in the middle of its compressed data.
        var cursor = first
        while true {
            let nameLength = Int(bytes[cursor + 28]) | Int(bytes[cursor + 29]) << 8
            let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            let extra = Int(bytes[cursor + 30]) | Int(bytes[cursor + 31]) << 8
            let comment = Int(bytes[cursor + 32]) | Int(bytes[cursor + 33]) << 8
            if name == "xl/worksheets/sheet2.xml" {
                let local =
                    Int(bytes[cursor + 42]) | Int(bytes[cursor + 43]) << 8 | Int(bytes[cursor + 44]) << 16 | Int(bytes[cursor + 45]) << 24
                let data =
                    local + 30 + (Int(bytes[local + 26]) | Int(bytes[local + 27]) << 8)
                    + (Int(bytes[local + 28]) | Int(bytes[local + 29]) << 8)
                let size = Int(bytes[cursor + 20]) | Int(bytes[cursor + 21]) << 8
                bytes[data + size / 2] ^= 0x10
                break
            }
            cursor += 46 + nameLength + extra + comment
        }

        let problems = Self.problems(bytes)

        #expect(problems.count == 1 && problems[0].hasPrefix("anna.xlsx: error: part 'xl/worksheets/sheet2.xml' is damaged"), "\(problems)")
    }
}
