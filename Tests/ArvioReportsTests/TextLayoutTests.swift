import ArvioReports
import Testing

/// Tables and prose fitted to a terminal's width: what gives way, in which order, and what never does.
struct TextLayoutTests {
    static let table = Table(
        columns: [.id, .init("name"), .init("score", .right), .init("why", .left, .wrap)],
        rows: [
            ["teams-ekollega", "Microsoft Teams (eKollega-palvelun kautta)", "0,6733", "widely used by twelve organisations"],
            ["omaolo", "Omaolo", "0,6725", "promising"],
        ])

    @Test func aTableThatFitsIsLaidOutAtItsNaturalWidth() {
        #expect(
            Self.table.text(width: 200) == """
                id              name                                         score  why
                --------------  ------------------------------------------  ------  -----------------------------------
                teams-ekollega  Microsoft Teams (eKollega-palvelun kautta)  0,6733  widely used by twelve organisations
                omaolo          Omaolo                                      0,6725  promising
                """)
    }

    /// The widest text columns narrow first and equally; the id and the number keep their width; prose wraps with a
    /// hanging indent and a name is cut with `…`.
    @Test func aNarrowTableCutsNamesAndWrapsProseButNeverIdsOrNumbers() {
        let text = Self.table.text(width: 60)
        #expect(
            text == """
                id              name                score  why
                --------------  -----------------  ------  -----------------
                teams-ekollega  Microsoft Teams …  0,6733  widely used by
                                                             twelve
                                                             organisations
                omaolo          Omaolo             0,6725  promising
                """)
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    /// When even the narrowest columns cannot fit, each row becomes a record, and nothing is cut.
    @Test func aTableTooWideForColumnsBecomesRecords() {
        #expect(
            Self.table.text(width: 40) == """
                teams-ekollega Microsoft Teams
                  (eKollega-palvelun kautta)
                  score: 0,6733; why: widely used by
                  twelve organisations
                omaolo  Omaolo
                  score: 0,6725; why: promising
                """)
    }

    @Test(arguments: [
        ("short line", 20, "short line"),
        ("Huom: one two three four five", 12, "Huom: one\n  two three\n  four five"),
        ("  Excluded: alpha beta gamma", 16, "  Excluded:\n    alpha beta\n    gamma"),
        ("see https://example.org/a/very/long/address here", 12, "see\n  https://example.org/a/very/long/address\n  here"),
        ("35,0\u{A0}% of draws", 6, "35,0\u{A0}%\n  of\n  draws"),
    ])
    func proseBreaksAtSpacesWithAHangingIndent(text: String, width: Int, expected: String) {
        #expect(TextLayout.wrapped(text, width: width) == expected)
    }
}
