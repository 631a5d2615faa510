import Foundation
import Testing

/// What the messages say they refuse is refused: scores outside the scale's codes, CSV that RFC 4180 does not allow,
/// control characters, unsafe ids. Each problem is located, all are reported at once, and nothing is written.
struct LenientInputTests {
    @Test func scoresThatAreNotTheScalesCodesAndMalformedCSVAreEachLocated() throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = [
            "round,solution,criterion,assessor,score,rationale,evidence,score",
            "r,virtu,T1,anna,0x3,,,", "r,virtu,T2,anna,5e0,,,", "r,virtu,T3,anna,+3,,,", "r,virtu,T4,anna,-0,,,",
            "r,virtu,T5,anna,3.0,,,", "r,virtu,T6,anna,\"3\u{0}\",,,", "r,omaolo,T1,anna,4,\"quoted\"dropped,,",
            "r,omaolo,T2,anna,4,ok,,,extra", "r,omaolo,T3,anna,4,\"a\u{0}b\",,", "r,omaolo,T4,anna,4,\"line one\nline two\",,",
        ].joined(separator: "\n")
        try csv.write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)

        let run = try arvio(["import", "s.csv"])

        #expect(run.status == 1)
        let allowed = "'0', '1', '2', '3', '4', '5', 'na', 'unknown'"
        #expect(
            run.errors == """
                s.csv:1:60: error: field 'score' is written twice
                  help: keep one of them
                s.csv:2:17 (score): error: score '0x3' is not one of \(allowed)
                  help: use one of \(allowed)
                s.csv:3:17 (score): error: score '5e0' is not one of \(allowed)
                  help: use one of \(allowed)
                s.csv:4:17 (score): error: score '+3' is not one of \(allowed)
                  help: use one of \(allowed)
                s.csv:5:17 (score): error: score '-0' is not one of \(allowed)
                  help: use one of \(allowed)
                s.csv:6:17 (score): error: score '3.0' is not one of \(allowed)
                  help: use one of \(allowed)
                s.csv:7:17 (score): error: score '3U+0000' is not one of \(allowed)
                  help: use one of \(allowed)
                s.csv:8:28: error: text follows the closing quote of a field, and would be lost
                  help: put the whole field in quotes and double every quote inside it, e.g. "says ""yes"" here"
                s.csv:9: error: the row has 9 fields, the header has 8
                  help: give every row one field per header column
                s.csv:10:20 (rationale): error: 'rationale' contains the control character U+0000, which a terminal or a spreadsheet would act on
                  help: remove it; line breaks belong only in long texts such as descriptions and rationales
                10 errors

                """)
        #expect(try arvio(["export", "--round", "r", "--assessor", "anna"]).output.split(separator: "\r\n").count == 1)
    }

    @Test func aLineBreakInARationaleImportsAndVerifies() throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "round,solution,criterion,assessor,score,rationale,evidence\r\nr,virtu,T1,anna,4,\"line one\r\nline two\",https://a\r\n"
            .write(to: folder.appendingPathComponent("s.csv"), atomically: true, encoding: .utf8)

        #expect(try arvio(["import", "s.csv"]).output == "1 score imported.\n")
        #expect(try arvio(["audit", "verify"]).status == 0)
    }

    @Test(
        arguments: [
            (["round", "new", "../../x"], "error: id '../../x' may use only letters, digits, '-' and '_'"),
            (["round", "new", "-x", "--name", "x"], nil),
            (["round", "new", "ok", "--name", "bad\u{1B}[2J"], "error: 'name' contains the control character U+001B"),
            (["assessor", "add", "a/b", "--name", "x", "--role", "r", "--areas", "T"], "error: id 'a/b' may use only letters"),
            (
                ["assessor", "add", "eve", "--name", "Eve\r", "--role", "r", "--areas", "T"],
                "error: 'name' contains the control character U+000D"
            ),
        ] as [([String], String?)])
    func unsafeIDsAndNamesAreRefusedBeforeAnythingIsWritten(arguments: [String], message: String?) throws {
        let (folder, arvio) = try EndToEndTests.copyWithAnnasRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try arvio(["audit", "head"]).output

        let run = try arvio(arguments)

        #expect(run.status != 0)
        if let message { #expect(run.errors.hasPrefix(message), "\(run.errors)") }
        #expect(try arvio(["audit", "head"]).output == before)
    }
}
