import Testing

@testable import ArvioCore

struct DiagnosticTests {
    @Test func locationIsCompilerStyleWithTheFieldPath() {
        let location = SourceLocation(file: "criteria/areas/U.yaml", line: 7).appending("criteria").appending("[2]").appending("id")

        #expect(location.description == "criteria/areas/U.yaml:7 (criteria[2].id)")
    }

    @Test func messageSaysWhatWhereAndHowInEnglish() {
        let diagnostic = Diagnostic(
            at: SourceLocation(file: "catalog/solutions/virtu.yaml", line: 4, field: "audience"),
            .invalidValue(field: "audience", found: "clients", allowed: ["client-facing", "staff-only"], suggestion: nil))

        #expect(
            diagnostic.text(in: .en) == """
                catalog/solutions/virtu.yaml:4 (audience): error: audience 'clients' is not one of 'client-facing', 'staff-only'
                  help: use one of 'client-facing', 'staff-only'
                """)
    }

    @Test func messageIsFinnishByRequest() {
        let diagnostic = Diagnostic(
            at: SourceLocation(file: "criteria/models/hankinta.yaml", line: 9, field: "areas"),
            .weightsDoNotSum(area: nil, total: 90, expected: 100))

        #expect(
            diagnostic.text(in: .fi) == """
                criteria/models/hankinta.yaml:9 (areas): virhe: alueiden painojen summa on 90, ei 100
                  ohje: muuta painoja niin, että summa on 100, tai käytä tekniikkaa 'direct-points', joka normalisoi painot
                """)
    }

    /// A computed number in a message takes the reader's decimal mark, by the one number formatter.
    @Test func numbersInAMessageTakeTheReadersDecimalMark() {
        let reason = Diagnostic.Reason.inconsistentJudgements(ratio: 0.1234, row: "T", column: "U", given: 2.5, consistent: 0.75)

        #expect(reason.message(in: .fi).problem == "vertailujen yhdenmukaisuussuhde on 0,123, yli 0,1")
        #expect(reason.message(in: .en).problem == "the judgements' consistency ratio is 0.123, above 0.1")
        #expect(formatted(0.00001, .fi) == "1e-05" && formatted(-2.5, .fi) == "-2,5" && formatted(3, .fi) == "3")
    }

    @Test func everyReasonHasAProblemAndAHelpInBothLanguages() {
        let location = SourceLocation(file: "f.yaml", line: 1)
        let reasons: [Diagnostic.Reason] = [
            .unreadableFile(.missing), .missingFolder, .notAProject, .invalidYAML(problem: "x"), .documentTooComplex(limit: 1),
            .invalidXML(.other("x")), .invalidXML(.tagMismatch), .xmlDeclarationRefused("<!DOCTYPE"),
            .notXMCDA(element: "a", namespace: ""), .missingSection("Käyttö"),
            .missingFrontMatter,
            .unknownSection("Kaytto", suggestion: "Käyttö", allowed: ["Käyttö"]), .notAMustHave(criterion: "U9", mustHaves: ["T1"]),
            .emptySection("Käyttö", expected: "checklist items"),
            .wrongShape(expected: .list, found: .text), .missingField("x"), .emptyField("x"),
            .unknownField("x", suggestion: "y", allowed: ["y"]), .duplicateKey("x", firstLine: 2),
            .invalidValue(field: "x", found: "y", allowed: ["z"], suggestion: "z"), .notANumber(field: "x", found: "y"),
            .notAWholeNumber(field: "order", found: "1e300", lowest: 0, highest: 999),
            .invalidID("a b"), .idDoesNotMatchFileName(id: "x", expected: "x.yaml"), .invalidURL("x"),
            .duplicateID(.solution, "x", firstSeen: location), .unknownReference(.criterion, "x", suggestion: nil, definedIn: "d"),
            .categoryNotInApplicabilityTable("X", table: "t", known: ["VID"]),
            .applicabilityRowLacksCategory(criterion: "U4", category: "VID"),
            .weightsDoNotSum(area: "U", total: 1, expected: 100), .negativeWeight(-1), .areaWithoutWeight(area: "U"),
            .scaleLacksValue("unknown"), .minimumOutsideScale(6, lowest: 0, highest: 5),
            .factWithoutSource(field: "x", verification: .verified),
            .propertyWithoutSource(field: "hosting"), .usageNeitherSourcedNorIllustrative(organisation: "kemi"),
            .unterminatedQuote, .fieldCount(found: 2, expected: 3), .missingColumn("weight", allowed: ["id"]),
            .unknownColumn("wieght", suggestion: "weight", allowed: ["weight"]), .tooManyProblems(shown: 50),
            .notCompetent(assessor: "anna", area: "U", areas: ["T"]),
        ]
        for reason in reasons {
            for language in Language.allCases {
                let (problem, help) = reason.message(in: language)
                #expect(!problem.isEmpty && !help.isEmpty, "\(reason) in \(language)")
            }
            #expect(reason.message(in: .fi).problem != reason.message(in: .en).problem, "\(reason) is not translated")
        }
    }

    @Test func collectionIsSortedByFileAndLineAndEndsWithACount() {
        let later = Diagnostic(at: SourceLocation(file: "b.yaml", line: 2), .missingField("id"))
        let earlier = Diagnostic(at: SourceLocation(file: "a.yaml", line: 9), .missingField("name"))

        let text = Diagnostics([later, earlier]).text(in: .en)

        #expect(
            text == """
                a.yaml:9: error: required field 'name' is missing
                  help: add 'name: …' here
                b.yaml:2: error: required field 'id' is missing
                  help: add 'id: …' here
                2 errors
                """)
    }

    @Test(arguments: [("Rovaniemi kaupunki", "rovaniemi-kaupunki"), ("  U 1 ", "u-1"), ("a--b", "a-b")])
    func invalidIDGetsASuggestedSlug(input: String, slug: String) {
        #expect(Diagnostic.Reason.slug(input) == slug)
    }
}
