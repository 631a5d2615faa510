import ArvioCore
import Foundation
import Testing

@testable import ArvioIO

struct MatrixCSVTests {
    func load(_ matrix: String, _ criteria: String) -> (DecisionMatrix?, [String]) {
        do {
            let result = try MatrixCSV.matrix(matrixText: matrix, matrixFile: "m.csv", criteriaText: criteria, criteriaFile: "c.csv")
            return (result, [])
        } catch {
            return (nil, error.items.map(\.description))
        }
    }

    static let criteria = "id,weight,type\nprice,2,cost\nquality,3,benefit\n"

    @Test func readsValuesWeightsAndDirectionsMatchingColumnsByID() throws {
        let (matrix, problems) = load("alternative,quality,price\nx,4,10\n\"y, the second\",5,12.5\n", Self.criteria)
        let result = try #require(matrix)

        #expect(problems.isEmpty)
        #expect(result.alternatives == ["x", "y, the second"])
        #expect(result.criteria.map(\.id) == ["quality", "price"])
        #expect(result.criteria.map(\.direction) == [.benefit, .cost])
        #expect(result.values == [4, 10, 5, 12.5])
        #expect(result.rowOrigins[1]?.description == "m.csv:3")
    }

    @Test func twentyThousandUnknownColumnsGiveTheFirstFiftyProblemsAndACount() {
        // The did-you-mean of a shown problem only: 20,000² edit distances would take hours (a fuzz run found it).
        let header = (0..<20_000).map { "column\($0)" }.joined(separator: ",")
        let criteria = "id,weight,type\n" + (0..<20_000).map { "criterion\($0),1,benefit\n" }.joined()

        let (matrix, problems) = load("alternative,\(header)\n", criteria)

        #expect(matrix == nil)
        #expect(problems.count == MatrixCSV.problemLimit + 1)
        #expect(
            problems.first
                == "m.csv: error: more problems follow; only the first \(MatrixCSV.problemLimit) are shown\n  help: fix these and run again"
        )
    }

    @Test func semicolonFilesWithDecimalCommasAndCRLFAreRead() throws {
        let (matrix, problems) = load(
            "alternative;quality;price\r\nx;4,5;10\r\n", "id;weight;type\r\nprice;0,4;cost\r\nquality;0,6;benefit\r\n")

        #expect(problems.isEmpty)
        #expect(matrix?.values == [4.5, 10])
        #expect(matrix?.criteria.map(\.weight) == [0.6, 0.4])
    }

    @Test func numbersAreParsedExactly() {
        let scanner = CSVScanner(text: "0.1,123456789012345,1e-3,-2.5E+2,1234567890.12345678,0x10,nan,inf,1.2.3, 7 ")
        var numbers: [Double?] = []
        _ = scanner.scan { fields, _ in numbers = fields.map(scanner.number) }

        #expect(numbers[0] == 0.1 && numbers[1] == 123_456_789_012_345 && numbers[2] == 0.001 && numbers[3] == -250)
        #expect(numbers[4] == 1_234_567_890.123_456_78)
        #expect(numbers[5] == nil && numbers[6] == nil && numbers[7] == nil && numbers[8] == nil)
        #expect(numbers[9] == 7)
    }

    @Test func everyCellProblemIsLocatedByLineAndColumn() {
        let matrix = "alternative,quality,price\nx,4,ten\ny,5\nx,1,2\n"

        let (_, problems) = load(matrix, Self.criteria)

        #expect(
            problems == [
                "m.csv:2:5 (price): error: 'price' must be a number, found 'ten'\n  help: write a plain number, e.g. 'price: 25'",
                "m.csv:3:1: error: the row has 2 fields, the header has 3\n  help: give every row one field per header column",
                "m.csv:4:1: error: alternative id 'x' is used twice\n  help: rename one of them; the first is at m.csv:2:1",
            ])
    }

    @Test func criteriaAndMatrixColumnsMustMatchBothWays() {
        let (_, problems) = load("alternative,qualty,cost\nx,4,10\n", Self.criteria)

        #expect(
            problems == [
                "c.csv:2: error: unknown criterion 'price'\n  help: criteria are defined in m.csv (header)",
                "c.csv:3: error: unknown criterion 'quality'\n  help: did you mean 'qualty'? criteria are defined in m.csv (header)",
                "m.csv:1:13 (qualty): error: unknown criterion 'qualty'\n  help: did you mean 'quality'? criteria are defined in c.csv",
                "m.csv:1:20 (cost): error: unknown criterion 'cost'\n  help: criteria are defined in c.csv",
            ])
    }

    /// A broken criteria header stops there: the matrix's columns are not also reported as unknown.
    @Test func criteriaFileProblemsAreLocatedAndNamed() {
        let criteria = "id,wieght,type,preference_function,q,p\nprice,x,costs,linear,1,\nquality,-1,benefit,gausian,,\n"

        let (_, problems) = load("alternative,price,quality\nx,1,2\n", criteria)

        #expect(
            problems == [
                "c.csv:1: error: required column 'weight' is missing from the header\n  help: the columns are 'id', 'weight', 'type', 'preference_function', 'q', 'p', 's'",
                "c.csv:1:4: error: unknown column 'wieght'\n  help: did you mean 'weight'?",
            ])
    }

    @Test func typeAndPreferenceFunctionErrorsSuggestTheValidValue() {
        let criteria = "id,weight,type,preference_function,q,p\nprice,1,costs,linear,1,\nquality,-1,benefit,gausian,,\n"

        let (_, problems) = load("alternative,price,quality\nx,1,2\n", criteria)

        #expect(
            problems == [
                "c.csv:2:9 (type): error: type 'costs' is not one of 'benefit', 'cost'\n  help: did you mean 'cost'?",
                "c.csv:2:24 (p): error: required field 'p' is missing\n  help: add 'p: …' here",
                "c.csv:3:9 (weight): error: weight -1 is negative\n  help: use 0 to give a criterion no weight",
                "c.csv:3:20 (preference_function): error: preference_function 'gausian' is not one of 'usual', 'u-shape', 'v-shape', 'level', 'linear', 'gaussian'\n  help: did you mean 'gaussian'?",
            ])
    }

    @Test func anUnterminatedQuoteIsReported() {
        let (_, problems) = load("alternative,price,quality\n\"x,1,2\n", Self.criteria)

        #expect(
            problems.first
                == "m.csv:2: error: a quoted field is not closed\n  help: add the closing \" (write \"\" for a quote inside a field)")
    }

    @Test func aMatrixTheMethodsCannotTakeIsReportedWithItsRow() {
        let (_, problems) = load("alternative,price,quality\nx,1,2\n", "id,weight,type\nprice,0,cost\nquality,0,benefit\n")

        #expect(problems == ["m.csv: error: every weight is 0\n  help: give at least one criterion a positive weight"])
    }

    /// A quote anywhere after the header sends the whole file through the general scanner; without one, each line is
    /// read by the one-pass numeric path and only lines it cannot take go the general way. Both must give the same
    /// matrix or the same diagnostics, for files that mix every kind of awkward cell.
    @Test(arguments: 0..<40)
    func theOnePassNumericPathAgreesWithTheGeneralScanner(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let cells = [
            "4", "-2.5", "+7", "0.125", "12.", ".5", " 3 ", "1e3", "2.5E-1", "1234567890123456", "12345678901234567890", "x", "",
            "1.2.3", "-", "99.75",
        ]
        let delimiter = seed % 3 == 0 ? ";" : ","
        var rows: [String] = []
        for row in 0..<12 {
            let width = Int.random(in: 0..<10, using: &random) == 0 ? 2 : 3
            let values = (0..<(width - 1)).map { _ in
                let cell = cells[Int.random(in: 0..<cells.count, using: &random)]
                return delimiter == ";" ? cell.replacingOccurrences(of: ".", with: ",") : cell
            }
            let name = Int.random(in: 0..<12, using: &random) == 0 ? "a0" : "a\(row)"
            rows.append(([name] + values).joined(separator: delimiter))
            if Int.random(in: 0..<6, using: &random) == 0 { rows.append("") }
        }
        let end = seed % 2 == 0 ? "\n" : "\r\n"
        let header = ["alternative", "quality", "price"].joined(separator: delimiter)
        let criteria = Self.criteria.replacingOccurrences(of: ",", with: delimiter)
        let file = { (last: String) in ([header] + rows + [last]).joined(separator: end) + (seed % 4 == 1 ? "" : end) }
        // A quoted name in a last, valid row (a quote is legal in any field) forces the general scanner on the whole
        // file and changes neither the content nor any other line's columns.
        let fast = file(["z", "1", "2"].joined(separator: delimiter))
        let general = file(["\"z\"", "1", "2"].joined(separator: delimiter))

        let (fastMatrix, fastProblems) = load(fast, criteria)
        let (generalMatrix, generalProblems) = load(general, criteria)

        #expect(general != fast)
        #expect(fastMatrix == generalMatrix, "\(fast)")
        #expect(fastProblems == generalProblems, "\(fast)")
    }
}
