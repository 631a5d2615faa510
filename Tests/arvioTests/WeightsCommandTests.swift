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

    static let group = (1...4).flatMap { ["--ahp", "examples/ahp-group/ind\($0).csv"] }

    /// Prize's four decision makers (examples/README.md): each person's weights and CR beside the group's, the rule
    /// named; the group's weights by AIJ are the group matrix's, by AIP the geometric mean of everyone's.
    @Test func aGroupsWeightsAreShownBesideEachPersons() throws {
        let table = try EndToEndTests.run(["weights"] + Self.group + ["--prioritization", "geometric", "--lang", "en"])
        let csv = try EndToEndTests.run(["weights"] + Self.group + ["--aggregation", "priorities", "--format", "csv"])
        let json = try EndToEndTests.run(["weights"] + Self.group + ["--importance", "1,1,1,0", "--format", "json"])

        #expect(table.status == 0)
        #expect(table.output.contains("Group weights: AIJ: each group judgement is the weighted geometric mean of"))
        #expect(table.output.contains("criterion            ind1    ind2    ind3    ind4   group"))
        #expect(table.output.contains("Tumor_expression   49.2 %  30.6 %  46.3 %  62.1 %  47.0 %"))
        #expect(table.output.contains("CR                 0.0179  0.0168  0.0239  0.0890  0.0266"))
        let rows = csv.output.split(whereSeparator: \.isNewline).map { $0.split(separator: ",").map(String.init) }
        #expect(rows.first == ["criterion", "ind1", "ind2", "ind3", "ind4", "group"])
        // AIP: the group's weight is the normalised geometric mean of the four people's.
        let people = rows.dropFirst().map { $0[1...4].compactMap(Double.init) }
        let means = people.map { row in row.reduce(1, *).squareRoot().squareRoot() }
        let total = means.reduce(0, +)
        for (row, mean) in zip(rows.dropFirst(), means) {
            #expect(abs(try #require(Double(row[5])) - mean / total) < 2e-6, "\(row[0])")
        }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["aggregation"] as? String == "judgements")
        let persons: [[String: Any]] = document["people"] as? [[String: Any]] ?? []
        let importances: [Double] = persons.compactMap { $0["importance"] as? Double }
        let third: Double = 1.0 / 3
        #expect(importances.count == 4 && importances.last == 0)
        #expect(importances.dropLast().allSatisfy { abs($0 - third) < 1e-12 })
    }

    @Test func aGroupWhoseFilesDoNotMatchIsNamedByFile() throws {
        let other = try EndToEndTests.run(
            ["weights", "--ahp", "examples/ahp-group/ind1.csv", "--ahp", "examples/ahp-areas.csv", "--lang", "en"])
        let count = try EndToEndTests.run(["weights"] + Self.group + ["--importance", "1,2", "--lang", "en"])
        let alone = try EndToEndTests.run(["weights", "--ahp", "examples/ahp-areas.csv", "--importance", "1", "--lang", "en"])

        #expect(other.status == 1)
        #expect(other.errors.hasPrefix("examples/ahp-areas.csv: error: person 2 compares U, T, I, the first Tumor_expression, "))
        #expect(other.errors.contains("help: everyone in a group must compare the same items; their order does not matter"))
        #expect(count.status == 64 && count.errors.contains("--importance gives 2 importances for 4 files."))
        #expect(alone.status == 64 && alone.errors.contains("--importance is for a group: give --ahp once per person's file."))
    }
}
