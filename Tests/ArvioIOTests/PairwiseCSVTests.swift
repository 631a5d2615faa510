import ArvioCore
import Testing

@testable import ArvioIO

struct PairwiseCSVTests {
    func problems(_ text: String) -> [String] {
        do {
            _ = try PairwiseCSV.ahp(text, file: "p.csv")
            return []
        } catch {
            return error.items.map(\.description)
        }
    }

    @Test func fractionsAndAnEmptyLowerTriangleAreRead() throws {
        let ahp = try PairwiseCSV.ahp("criterion,U,T\nU,1,1/3\nT,,1\n", file: "p.csv")

        #expect(ahp.ids == ["U", "T"])
        #expect(ahp.judgements == [[1, 1.0 / 3], [3, 1]])
    }

    @Test func badCellsAndRowLabelsAreLocated() {
        #expect(
            problems(",U,T\nU,1,three\nX,,1\n") == [
                "p.csv:2:5 (T): error: 'T' must be a number, found 'three'\n  help: write a plain number, e.g. 'T: 25'",
                "p.csv:3:1: error: row 'X' is not one of 'T'\n  help: did you mean 'T'?",
            ])
    }

    @Test func nonReciprocalJudgementsAreRefusedWithTheFix() {
        #expect(
            problems(",U,T\nU,1,4\nT,2,1\n") == [
                "p.csv: error: judgements U : T = 4 and T : U = 2 are not reciprocal\n  help: write T : U = 1/4, or leave the lower triangle empty to have it filled in"
            ])
    }
}
