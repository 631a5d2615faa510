import Foundation
import Testing

struct WeightsCommandTests {
    @Test func ahpWeightsAndConsistencyArePrinted() throws {
        let run = try EndToEndTests.run(["weights", "--ahp", "examples/ahp-areas.csv", "--lang", "en"])

        #expect(run.status == 0)
        #expect(run.output.contains("U          63.7 %"))
        #expect(run.output.contains("CR = 0.0332 (≤ 0.10: acceptable)"))
    }

    @Test func csvAndJsonCarryTheWeights() throws {
        let csv = try EndToEndTests.run(["weights", "--ahp", "examples/ahp-areas.csv", "--format", "csv", "--prioritization", "geometric"])
        let json = try EndToEndTests.run(["weights", "--ahp", "examples/ahp-areas.csv", "--format", "json"])

        #expect(csv.output.hasPrefix("criterion,weight\r\nU,0.636986\r\n"))
        #expect(json.output.contains("\"consistencyRatio\""))
    }
}
