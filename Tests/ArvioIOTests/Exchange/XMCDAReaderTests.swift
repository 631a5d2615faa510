import ArvioCore
import ArvioReports
import Foundation
import Testing

@testable import ArvioIO

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reading XMCDA performance tables: what Arvio writes reads back the same; hostile and broken files get one clear,
/// located error and are never expanded or followed.
struct XMCDAReaderTests {
    static func read(_ text: String) -> Result<XMCDAReader.PerformanceTable, Diagnostics> {
        Result { () throws(Diagnostics) in try XMCDAReader.performanceTable(Array(text.utf8), file: "in.xml") }
    }

    static func problems(_ text: String) -> [Diagnostic] {
        if case .failure(let error) = read(text) { return error.items }
        return []
    }

    static let header =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmcda:XMCDA xmlns:xmcda=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\">\n"

    static func table(_ performances: String) -> String {
        header + "<performanceTable>\n<alternativePerformances>\n<alternativeID>omaolo</alternativeID>\n" + performances
            + "</alternativePerformances>\n</performanceTable>\n</xmcda:XMCDA>\n"
    }

    @Test func whatTheWriterWritesReadsBackTheSame() throws {
        let matrix = try DecisionMatrix(
            alternatives: ["a & b", "c"],
            criteria: [MatrixCriterion(id: "price", weight: 3, direction: .cost), MatrixCriterion(id: "T1", weight: 1)],
            values: [[1.25, 0.1], [1e-7, 5]])
        let text = XMCDAWriter.document(.init(matrix: matrix, rankings: [try WeightedSum().ranking(of: matrix)], comments: ["x -- y"]))
        let table = try Self.read(text).get()

        #expect(table.alternatives == ["a & b", "c"])
        #expect(table.criteria == ["price", "T1"])
        #expect(table.cells.map(\.value) == [.number(1.25), .number(0.1), .number(1e-7), .number(5)])
        #expect(table.directions == ["price": .cost, "T1": .benefit])
        #expect(table.weights == ["price": 0.75, "T1": 0.25])
        // Located: the value of c on T1 is on the line that holds it.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let cell = try #require(table.cells.last)
        #expect(lines[(cell.valueAt.line ?? 1) - 1].contains("<real>5.0</real>"))
        #expect(lines[(cell.alternativeAt.line ?? 1) - 1].contains("<alternativeID>c</alternativeID>"))
    }

    @Test func anExternalEntityIsRefusedBeforeParsingAndNothingIsRead() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE XMCDA [
              <!ENTITY secret SYSTEM "file:///etc/passwd">
            ]>
            <XMCDA><performanceTable><alternativePerformances><alternativeID>&secret;</alternativeID></alternativePerformances></performanceTable></XMCDA>
            """
        let problems = Self.problems(xxe)
        #expect(problems.map(\.reason) == [.xmlDeclarationRefused("<!DOCTYPE")])
        #expect(problems.first?.location == SourceLocation(file: "in.xml", line: 2))
        #expect(problems.first?.text(in: .en).contains("remove the <!DOCTYPE …> block") == true)
    }

    @Test func aBillionLaughsDocumentIsRefusedWithoutExpandingIt() {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            bomb += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        bomb += "]>\n<lolz>&lol9;</lolz>\n"
        #expect(Self.problems(bomb).map(\.reason) == [.xmlDeclarationRefused("<!DOCTYPE")])
        // An entity declared without a DOCTYPE line (not well-formed, but never parsed either).
        #expect(Self.problems("<?xml version=\"1.0\"?>\n\n<!ENTITY a \"b\">\n<x/>").map(\.location.line) == [3])
    }

    /// Hostile files of the regression corpus `Tests/FuzzCorpus/xmcda/` (a DOCTYPE with an external entity in UTF-16, UTF-32, EBCDIC and UTF-7;
    /// bytes that are not UTF-8 in an element name, an attribute name, a prefix and a comment).
    static func hostile(_ name: String) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus/xmcda")
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    @Test(arguments: ["doctype-utf16le.xml", "doctype-utf16be.xml", "doctype-utf32.xml", "doctype-ebcdic.xml", "doctype-utf7.xml"])
    func aDoctypeIsRefusedByTheParserInEveryEncoding(file: String) throws {
        let result = Result { () throws(Diagnostics) in try XMCDAReader.performanceTable(try! Self.hostile(file), file: file) }
        guard case .failure(let error) = result else {
            Issue.record("\(file) was read")
            return
        }
        // Refused where the parser meets the DOCTYPE; an encoding libxml2 cannot decode is a located error instead.
        let reasons = error.items.map(\.reason)
        let refused = reasons == [.xmlDeclarationRefused("<!DOCTYPE")]
        let undecodable = reasons.count == 1 && { if case .invalidXML = reasons[0] { true } else { false } }()
        #expect(refused || undecodable, "\(file): \(error)")
        // libxml2 reads UTF-16 and EBCDIC itself; UTF-32 it does not decode here ("Document is empty").
        if file != "doctype-utf32.xml" { #expect(refused, "\(file): \(error)") }
    }

    @Test(arguments: [("bad-utf8-element.xml", 3), ("bad-utf8-attribute.xml", 3), ("bad-utf8-prefix.xml", 2), ("bad-utf8-comment.xml", 3)])
    func bytesThatAreNotUTF8AreALocatedErrorNotACrash(file: String, line: Int) throws {
        let result = Result { () throws(Diagnostics) in try XMCDAReader.performanceTable(try! Self.hostile(file), file: file) }
        guard case .failure(let error) = result else {
            Issue.record("\(file) was read")
            return
        }
        #expect(error.items.count == 1)
        #expect(error.items.first?.location.line == line, "\(error)")
        #expect(error.items.first?.text(in: .en).contains("error: not well-formed XML: ") == true, "\(error)")
    }

    @Test func aControlCharacterInAnIdIsALocatedError() {
        let problems = Self.problems(
            Self.header
                + "<performanceTable><alternativePerformances><alternativeID>a&#155;[2J</alternativeID><performance><criterionID>T1</criterionID>"
                + "<values><value><integer>1</integer></value></values></performance></alternativePerformances></performanceTable></xmcda:XMCDA>"
        )
        #expect(problems.map(\.reason) == [.controlCharacter(field: "alternativeID", code: "U+009B")])
    }

    @Test func malformedXMLNamesTheLine() {
        let problems = Self.problems(
            Self.table("<performance><criterionID>T1</criterionID>\n<values><value><real>3</real></value>\n</performance>\n"))
        #expect(problems.count == 1)
        if case .invalidXML = problems.first?.reason {} else { Issue.record("expected invalidXML, got \(problems)") }
        // libxml2 notices at </performance>, where <values> is still open.
        #expect(problems.first?.location.line == 8)
    }

    @Test func anotherVocabularyOrAMissingTableIsNamed() {
        let wrongRoot = Self.problems("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"/>\n")
        #expect(wrongRoot.count == 1)
        #expect(
            wrongRoot.first?.text(in: .en)
                == "in.xml:2: error: the root element is 'html' in namespace 'http://www.w3.org/1999/xhtml', not XMCDA 3.x's <XMCDA>\n  help: the file must start with <XMCDA xmlns=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\"> (or another XMCDA 3.x namespace)"
        )
        #expect(
            wrongRoot.first?.text(in: .fi)
                == "in.xml:2: virhe: juurielementti on 'html' nimiavaruudessa 'http://www.w3.org/1999/xhtml', ei XMCDA 3.x:n <XMCDA>\n  ohje: tiedoston pitää alkaa elementillä <XMCDA xmlns=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\"> (tai muulla XMCDA 3.x -nimiavaruudella)"
        )

        let xmcda4 = Self.problems("<xmcda xmlns=\"http://www.decision-deck.org/2021/XMCDA-4.0.0\"/>")
        #expect(xmcda4.count == 1)

        let empty = Self.problems(Self.header + "<alternatives><alternative id=\"a\"/></alternatives>\n</xmcda:XMCDA>\n")
        #expect(empty.map(\.reason) == [.missingField("performanceTable")])
    }

    @Test func valuesOfEveryKindAndEveryProblemAtOnce() {
        let good = """
            <performance><criterionID>U1</criterionID><values><value><integer>4</integer></value></values></performance>
            <performance><criterionID>U2</criterionID><values><value><NA/></value></values></performance>
            <performance><criterionID>U3</criterionID><values><value><label>na</label></value></values></performance>

            """
        let text = Self.table(
            good + """
                <performance><criterionID>U4</criterionID><values><value><real>lots</real></value></values></performance>
                <performance><criterionID>U5</criterionID><values><value><interval/></value></values></performance>
                <performance><criterionID>U6</criterionID><values><value><real>1</real></value><value><real>2</real></value></values></performance>

                """)
        let problems = Self.problems(text)
        #expect(problems.map(\.location.line) == [9, 10, 11])
        #expect(problems.map(\.reason.kind) == ["notANumber", "invalidValue", "invalidValue"])

        #expect((try? Self.read(Self.table(good)).get())?.cells.map(\.value) == [.number(4), .notAvailable, .label("na")])
    }

    @Test func cellsBecomeScoreRowsCheckedLikeACSVImport() throws {
        let table = try Self.read(
            Self.table(
                """
                <performance><criterionID>T1</criterionID><values><value><integer>4</integer></value></values></performance>
                <performance><criterionID>T9</criterionID><values><value><real>7</real></value></values></performance>
                <performance><criterionID>U1</criterionID><values><value><NA/></value></values></performance>

                """)
        ).get()
        let rows = XMCDAReader.scoreRows(table, file: "in.xml", round: "r1", assessor: "anna")
        let context = ScoreCSV.Context(
            rounds: [Round(id: "r1", name: "r", solutions: ["omaolo"], model: "m", contentHash: "h", createdAt: "t")],
            assessors: [Assessor(id: "anna", name: "Anna", role: "security", areas: ["T", "U"])],
            criteria: [Criterion.stub("T1", area: "T"), Criterion.stub("U1", area: "U")])
        let (scores, problems) = ScoreCSV.check(rows, context: context, recordedAt: "now")

        #expect(scores.map(\.value) == [.points(4), .unknown])
        #expect(scores.map(\.criterion) == ["T1", "U1"])
        // T9 is unknown and 7 is off the scale: both reported, at the lines of the criterion and of the value.
        #expect(problems.map(\.location.field) == ["criterionID", "value"])
        #expect(problems.map(\.location.line) == [7, 7])
    }
}

extension Diagnostic.Reason {
    /// The case's name, for tests that check which kinds of problem were found.
    var kind: String { String(describing: self).prefix { $0 != "(" }.description }
}

extension Criterion {
    static func stub(_ id: String, area: String) -> Criterion {
        let text = LocalizedText(fi: id, en: id)
        return Criterion(
            id: id, area: area, name: text, evidence: text, guide: ScoringGuide(zero: text, three: text, five: text), anchor: "a")
    }
}
