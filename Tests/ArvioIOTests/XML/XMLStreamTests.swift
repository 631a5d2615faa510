import ArvioCore
import Testing

@testable import ArvioIO

struct XMLStreamTests {
    static func events(_ text: String) throws(XMLStream.Failure) -> [String] {
        var events: [String] = []
        try XMLStream.read(Array(text.utf8)) { event in
            switch event {
            case let .start(name, namespace, attributes, line):
                events.append("<\(name) \(namespace) \(attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) @\(line)")
            case .text(let text): events.append("'\(text)'")
            case let .end(name, line): events.append("</\(name) @\(line)")
            }
            return true
        }
        return events
    }

    @Test func elementsAttributesAndTextArriveInOrderWithPredefinedEntitiesDecoded() throws {
        let events = try Self.events(
            "<?xml version=\"1.0\"?>\n<r xmlns=\"urn:x\" xmlns:p=\"urn:p\">\n<p:c p:a=\"x &amp; y &lt; z\" b='&#65;'>t &amp; <![CDATA[<u>]]></p:c><e/></r>"
        )

        #expect(
            events == [
                "<r urn:x [] @2", "'\n'", "<c urn:p [\"a=x & y < z\", \"b=A\"] @3", "'t & <u>'", "</c @3", "<e urn:x [] @3", "</e @3",
                "</r @3",
            ])
    }

    @Test(arguments: [
        ("<!DOCTYPE r SYSTEM \"http://example.org/x.dtd\">\n<r/>", XMLStream.Failure(reason: .xmlDeclarationRefused("<!DOCTYPE"), line: 1)),
        ("<r>\n&undeclared;</r>", XMLStream.Failure(reason: .xmlDeclarationRefused("&undeclared;"), line: 2)),
    ])
    func declarationsAndUndeclaredEntitiesAreRefused(text: String, failure: XMLStream.Failure) {
        #expect(throws: failure) { try Self.events(text) }
    }

    @Test func theParsersProblemsAreWordedInBothLanguages() throws {
        let mismatch = "<XMCDA xmlns=\"http://www.decision-deck.org/2019/XMCDA-3.1.1\">\n<a>\n</b>"

        let error = try #require(
            throws: Diagnostics.self, performing: { try XMCDAReader.performanceTable(Array(mismatch.utf8), file: "x.xml") })

        #expect(error.items.map(\.reason) == [.invalidXML(.tagMismatch)])
        #expect(
            error.items[0].text(in: .fi)
                == "x.xml:3:5: virhe: XML ei ole hyvin muodostettua: aloitus- ja lopetustagi eivät täsmää\n  ohje: tarkista, että jokainen elementti suljetaan ja että tekstin '&' ja '<' on koodattu"
        )
        #expect(
            error.items[0].text(in: .en).hasPrefix("x.xml:3:5: error: not well-formed XML: an opening and an ending tag do not match\n"))
    }

    @Test func aHandlerThatReturnsFalseStopsTheStream() throws {
        var seen = 0
        try XMLStream.read(Array("<a><b/><c/><d/></a>".utf8)) { _ in
            seen += 1
            return seen < 2
        }
        #expect(seen == 2)
    }
}
