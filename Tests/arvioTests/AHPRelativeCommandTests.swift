import Foundation
import Testing

/// `arvio rank --method ahp` along the user's path: Saaty's cities and Wikipedia's leader example from the CSV files in
/// examples/, both
/// syntheses, a group of folders, and every missing comparison named at once.
struct AHPRelativeCommandTests {
    static let cities = ["rank", "--method", "ahp", "--pairwise", "examples/ahp-cities/criteria.csv"]
    static let folder = ["--alternative-pairwise", "examples/ahp-cities/alternatives"]

    static func scores(_ run: EndToEndTests.Run) -> [String: Double] {
        Dictionary(
            uniqueKeysWithValues: run.output.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
                let cells = line.split(separator: ",")
                return cells.count == 3 ? Double(cells[1]).map { (String(cells[0]), $0) } : nil
            })
    }

    @Test func saatysCitiesFromTheExampleFiles() throws {
        let csv = try EndToEndTests.run(Self.cities + Self.folder + ["--format", "csv"])
        let ideal = try EndToEndTests.run(Self.cities + Self.folder + ["--format", "csv", "--synthesis", "ideal"])
        let table = try EndToEndTests.run(Self.cities + Self.folder + ["--lang", "en"])
        let json = try EndToEndTests.run(Self.cities + Self.folder + ["--format", "json"])

        // saaty2005anp, as AHPy's test suite prints it to four digits (Tests/ArvioCoreTests/ReferenceCases/AHPRelativeTests).
        #expect(csv.output.hasPrefix("alternative,score,rank\r\nPittsburgh,"))
        let published = ["Bethesda": 0.2291, "Boston": 0.2748, "Pittsburgh": 0.3852, "Santa Fe": 0.1110]
        let found = Self.scores(csv)
        #expect(found.count == 4 && published.allSatisfy { abs((found[$0.key] ?? 0) - $0.value) < 0.00015 })
        // Ideal: each criterion's best counts 1; the order here is the same, the shares differ.
        let idealScores = Self.scores(ideal)
        #expect(abs(idealScores.values.reduce(0, +) - 1) < 1e-5 && idealScores != found)
        #expect(table.output.contains("distributive synthesis"))
        #expect(table.output.contains("   1  Pittsburgh     38.5 %"))
        #expect(table.output.contains("under Housing         0.0447"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["method"] as? String == "ahp" && document["synthesis"] as? String == "distributive")
        #expect((document["matrices"] as? [Any])?.count == 6)
    }

    /// The leader example of Wikipedia's "Analytic hierarchy process – leader example" (Tom, Dick and Harry under
    /// experience, education, charisma and age; the judgements as AHPy's tests/examples.py lists them), shipped in
    /// examples/ahp-leader; the global priorities by the principal eigenvector and distributive synthesis as the
    /// uni-ahp-ranking package's README (a-float/uni-ahp-ranking) prints them for the same data to full precision.
    @Test func theLeaderExampleFromTheExampleFiles() throws {
        let run = try EndToEndTests.run([
            "rank", "--method", "ahp", "--pairwise", "examples/ahp-leader/criteria.csv", "--alternative-pairwise",
            "examples/ahp-leader/alternatives", "--format", "csv",
        ])

        let published = ["Dick": 0.49278818823437454, "Tom": 0.35813676942236533, "Harry": 0.14907504234326027]
        let found = Self.scores(run)
        // Printed to six decimals.
        #expect(found.count == 3 && published.allSatisfy { abs((found[$0.key] ?? 0) - $0.value) < 5e-7 }, "\(found)")
        #expect(run.output.hasPrefix("alternative,score,rank\r\nDick,0.492788,1\r\nTom,0.358137,2\r\nHarry,0.149075,3"))
    }

    /// In a group, the folder whose comparison covers other alternatives is named by its file.
    @Test func aGroupMemberWhoComparedOtherAlternativesIsNamedByTheirFile() throws {
        let run = try EndToEndTests.run([
            "rank", "--method", "ahp", "--pairwise", "examples/ahp-cities/criteria.csv", "--pairwise", "examples/ahp-leader/criteria.csv",
            "--alternative-pairwise", "examples/ahp-cities/alternatives", "--lang", "en",
        ])

        #expect(run.status == 1)
        #expect(run.errors.hasPrefix("examples/ahp-leader/criteria.csv: error: person 2 compares "), "\(run.errors)")
    }

    /// Two people who made the same comparisons are one person: AIJ of identical judgements changes nothing.
    @Test func aGroupOfFoldersIsCombinedByAIJ() throws {
        let alone = try EndToEndTests.run(Self.cities + Self.folder + ["--format", "csv"])
        let pair = try EndToEndTests.run(
            Self.cities + ["--pairwise", "examples/ahp-cities/criteria.csv"] + Self.folder + Self.folder + ["--format", "csv"])
        let table = try EndToEndTests.run(Self.cities + Self.folder + Self.folder + ["--lang", "en"])

        #expect(pair.status == 0 && pair.output == alone.output)
        #expect(table.output.contains("The group's judgements combined by AIJ"))
    }

    @Test func everyMissingComparisonIsNamedAndTheOptionsAreChecked() throws {
        let missing = try EndToEndTests.run(Self.cities + ["--alternative-pairwise", "examples/ahp-group", "--lang", "en"])
        let mixed = try EndToEndTests.run(Self.cities + Self.folder + ["--round", "lapit-2021", "--lang", "en"])
        let criteria = try EndToEndTests.run(
            ["rank", "--method", "ahp", "--pairwise", "nothing.csv", "--pairwise", "nothing-either.csv"] + Self.folder + ["--lang", "en"])
        let stray = try EndToEndTests.run(
            ["rank", "--matrix", "examples/tzeng2011-matrix.csv", "--criteria", "examples/tzeng2011-criteria.csv", "--synthesis", "ideal"])

        #expect(missing.status == 1)
        for criterion in ["Culture", "Family", "Housing", "Jobs", "Transportation"] {
            #expect(missing.errors.contains("examples/ahp-group/\(criterion).csv: error: cannot read the file: the file is missing"))
        }
        #expect(missing.errors.hasSuffix("5 errors\n"))
        #expect(mixed.status == 64 && mixed.errors.contains("--method ahp compares pairwise"))
        #expect(
            criteria.status == 1 && criteria.errors.contains("nothing.csv: error: ")
                && criteria.errors.contains("nothing-either.csv: error: "))
        #expect(stray.status == 64)
    }
}
