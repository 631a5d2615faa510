import Foundation
import Testing

/// `arvio sensitivity` on a CSV matrix and on the sample round.
struct SensitivityCommandTests {
    static func matrix(_ arguments: [String]) throws -> EndToEndTests.Run {
        try EndToEndTests.run(
            ["sensitivity", "--matrix", "examples/tzeng2011-matrix.csv", "--criteria", "examples/tzeng2011-criteria.csv"] + arguments)
    }

    @Test func theSeedIsPrintedAndTheSameSeedGivesTheSameTable() throws {
        let first = try Self.matrix(["--samples", "4000", "--seed", "17", "--lang", "en"])
        let again = try Self.matrix(["--samples", "4000", "--seed", "17", "--lang", "en", "--threads", "1"])

        #expect(first.status == 0)
        #expect(first.output == again.output)
        #expect(first.output.contains("SMAA-2: 4000 weight draws, seed 17; weights uniform on the simplex; values fixed"))
        #expect(first.output.contains("Weight stability: one weight at a time"))
    }

    @Test func acceptabilityCSVHasEveryRankAndRowsSumToOne() throws {
        let run = try Self.matrix(["--samples", "2000", "--format", "csv"])
        let lines = run.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }

        #expect(lines[0] == "alternative,rank_1,rank_2,rank_3,rank_4,holistic,confidence,seed,samples")
        #expect(lines.count == 5)
        for line in lines.dropFirst() {
            let shares = line.components(separatedBy: ",")[1...4].compactMap(Double.init)
            #expect(abs(shares.reduce(0, +) - 1) < 1e-5)
        }
    }

    @Test func stabilityCSVAndJSONCarryTheIntervals() throws {
        let csv = try Self.matrix(["--samples", "100", "--format", "csv", "--table", "stability"])
        let json = try Self.matrix(["--samples", "100", "--format", "json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]

        #expect(csv.output.hasPrefix("weight,within,current,leader_low,leader_high,ranking_low,ranking_high,leader_below,leader_above\r\n"))
        #expect((document?["intervals"] as? [Any])?.count == 3)
        #expect((document?["smaa"] as? [String: Any])?["seed"] as? Int == 1)
    }

    @Test func badConstraintsAreExplained() throws {
        let unknown = try Self.matrix(["--order", "DUR,CAPX", "--lang", "en"])
        let malformed = try Self.matrix(["--bound", "DUR=0.5", "--lang", "en"])
        let impossible = try Self.matrix(["--bound", "DUR=0.6..1", "--bound", "CAP=0.6..1", "--lang", "en"])

        #expect(unknown.status == 1)
        #expect(unknown.errors == "error: there is no weight 'CAPX'\n  help: did you mean 'CAP'? the weights are: DUR, CAP, REL\n")
        #expect(malformed.status == 64)
        #expect(malformed.errors.contains("--bound 'DUR=0.5' is not NAME=LOW..HIGH"))
        #expect(impossible.status == 1)
        #expect(impossible.errors.hasPrefix("error: no weights meet the bounds: the lower ends sum to 1.2 and the upper ends to 3"))
    }

    @Test func theSampleRoundGetsAPlainLanguageSentenceAreasAndTheAssessorsSpread() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try EndToEndTests.run(["sensitivity", "--round", "lapit-2021", "--samples", "2000", "--lang", "en"], in: folder.path)

        #expect(run.status == 0)
        #expect(run.output.hasPrefix("ILLUSTRATIVE ROUND"))
        // On the experts' 0–5 scale (the default for rounds) Teams leads by a hair over Omaolo.
        #expect(run.output.contains("With the current weights Microsoft Teams (eKollega-palvelun kautta) leads; it ranks first in "))
        #expect(run.output.contains("rises above 9.4 % (now 9.1 %), when Omaolo takes the lead."))
        #expect(run.output.contains("; scale normalisation: scores relative to the criterion's 0–5 scale;"))
        #expect(run.output.hasSuffix("\n"))
        let security = run.output.split(separator: "\n").first { $0.hasPrefix("T Information security and data protection ") }
        #expect(security?.contains(" 35.0 % ") == true)
        #expect(run.output.contains("cells drawn from the values the assessors gave"))
    }
}
