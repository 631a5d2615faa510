import ArvioCore
import Testing

@testable import ArvioIO

struct SolutionParserTests {
    static let valid = """
        id: demo
        name: Demo
        vendor: Demo Oy
        category: VID
        audience: client-facing
        status:
          value: in-use
          verification: verified
          sources: [demo-site]
        description:
          fi: Kuvaus
          en: Description
        usage:
          - {organisation: kemi, illustrative: true}
        sources:
          - id: demo-site
            url: https://example.org/demo
            supports: {fi: Palvelu on olemassa., en: The service exists.}
        """

    func parse(_ yaml: String, expectedID: String? = "demo") -> (Solution?, [String]) {
        let sink = DiagnosticSink()
        let solution = SolutionParser.parse(yaml, file: "catalog/solutions/demo.yaml", expectedID: expectedID, sink: sink)
        return (solution, Diagnostics(sink.items).items.map(\.description))
    }

    @Test func readsEveryFieldWithItsVerificationAndLocation() throws {
        let (parsed, problems) = parse(Self.valid)
        let solution = try #require(parsed)

        #expect(problems.isEmpty)
        #expect(solution.vendor == Fact("Demo Oy", verification: .unverified, origin: solution.vendor.origin))
        #expect(solution.status.value == .inUse && solution.status.sources == ["demo-site"])
        #expect(solution.usage.map(\.organisation) == ["kemi"] && solution.usage[0].illustrative)
        #expect(solution.locations["category"]?.line == 4)
        #expect(solution.usage[0].origin?.description == "catalog/solutions/demo.yaml:14 (usage[0].organisation)")
    }

    @Test func invalidYAMLNamesTheLine() {
        let (_, problems) = parse("id: demo\nname: [unclosed\naudience: x\n")

        #expect(
            problems == [
                """
                catalog/solutions/demo.yaml:3: error: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2), column 9
                  help: check indentation and quoting on this line and the one before
                """
            ])
    }

    @Test func everyShapeProblemIsReportedAtOnce() {
        let yaml = Self.valid
            .replacingFirst("audience: client-facing", with: "audience: client-facng\nvendr: x")
            .replacingFirst("name: Demo\n", with: "")

        let (solution, problems) = parse(yaml)

        #expect(solution == nil)
        #expect(
            problems == [
                "catalog/solutions/demo.yaml:1 (name): error: required field 'name' is missing\n  help: add 'name: …' here",
                "catalog/solutions/demo.yaml:4 (audience): error: audience 'client-facng' is not one of 'client-facing', 'staff-only'\n  help: did you mean 'client-facing'?",
                "catalog/solutions/demo.yaml:5 (vendr): error: unknown field 'vendr'\n  help: did you mean 'vendor'?",
            ])
    }

    @Test func aRepeatedKeyNamesBothLines() {
        let yaml = Self.valid.replacingFirst("category: VID", with: "category: VID\ncategory: KON")

        #expect(
            parse(yaml).1 == [
                "catalog/solutions/demo.yaml:5 (category): error: field 'category' is written twice\n  help: keep one of them; the first is on line 4"
            ])
    }

    @Test func aRepeatedKeyInANestedListItemIsFoundAtItsIndentation() {
        let yaml = Self.valid.replacingFirst(
            "    supports: {fi: Palvelu on olemassa., en: The service exists.}",
            with: "    supports: {fi: Palvelu on olemassa., en: The service exists.}\n    url: https://example.org/again")

        #expect(
            parse(yaml).1 == [
                "catalog/solutions/demo.yaml:19 (url): error: field 'url' is written twice\n  help: keep one of them; the first is on line 17"
            ])
    }

    @Test func idMustMatchTheFileName() {
        let (_, problems) = parse(Self.valid, expectedID: "other")

        #expect(
            problems == [
                "catalog/solutions/demo.yaml:1 (id): error: id 'demo' does not match the file name\n  help: rename the file to 'demo.yaml', or change the id"
            ])
    }

    @Test func wrongShapesAndBadAddressesAreLocated() {
        let yaml = Self.valid
            .replacingFirst("description:\n  fi: Kuvaus\n  en: Description", with: "description: just text")
            .replacingFirst("url: https://example.org/demo", with: "url: example.org")

        let (_, problems) = parse(yaml)

        #expect(
            problems == [
                "catalog/solutions/demo.yaml:10 (description): error: expected a mapping (key: value lines), found a text\n  help: see the example in README.md for this file's layout",
                "catalog/solutions/demo.yaml:15 (sources[0].url): error: 'example.org' is not an http(s) address\n  help: write the full address, starting with https://",
            ])
    }

    @Test func aYAMLBombIsNotExpandedBecauseParsersFollowOnlyTheSchema() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        yaml += "usage: *a8\n"
        let sink = DiagnosticSink()

        _ = SolutionParser.parse(yaml, file: "bomb.yaml", expectedID: nil, sink: sink)

        // 10^9 leaves if expanded; the parser reports 9 unknown fields, 10 wrong-shaped usage items, 7 missing fields.
        #expect(sink.items.count == 26)
        #expect(sink.items.filter { $0.reason == .wrongShape(expected: .mapping, found: .list) }.count == 10)
    }

    @Test func theVisitBudgetStopsAnOversizedDocumentWithOneError() {
        let sink = DiagnosticSink(visitLimit: 5)

        _ = SolutionParser.parse(Self.valid, file: "big.yaml", expectedID: nil, sink: sink)

        #expect(sink.items.filter { $0.reason == .documentTooComplex(limit: 5) }.count == 1)
    }

    @Test func emptyAndNonMappingDocumentsAreReported() {
        #expect(
            parse("").1 == [
                "catalog/solutions/demo.yaml:1: error: field 'document' is empty\n  help: write a value for 'document', or remove the line if the field is optional"
            ])
        #expect(
            parse("- a\n- b\n").1 == [
                "catalog/solutions/demo.yaml:1: error: expected a mapping (key: value lines), found a list (lines starting with '- ')\n  help: see the example in README.md for this file's layout"
            ])
    }
}
