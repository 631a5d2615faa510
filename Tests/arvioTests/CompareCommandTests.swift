import Foundation
import Testing

/// `arvio compare` along the user's path: the head-to-head of two solutions of the sample round adds up to the
/// difference of the scores `arvio rank --round` prints, in every format and both languages, and its mistakes are
/// named with the way out.
struct CompareCommandTests {
    static func arvio(_ arguments: [String], in folder: URL) throws -> EndToEndTests.Run {
        try EndToEndTests.run(arguments, in: folder.path)
    }

    /// The values of a CSV by its header's names.
    static func records(_ csv: String) -> [[String: String]] {
        let lines = csv.split(whereSeparator: \.isNewline).map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        guard let header = lines.first else { return [] }
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    @Test func theContributionsAddUpToTheDifferenceRankPrints() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rank = try Self.arvio(["rank", "--round", "lapit-2021", "--method", "weighted-sum", "--format", "csv"], in: folder)
        let csv = try Self.arvio(["compare", "--round", "lapit-2021", "virtu", "omaolo", "--format", "csv"], in: folder)
        let english = try Self.arvio(["compare", "--round", "lapit-2021", "virtu", "omaolo", "--lang", "en"], in: folder)
        let finnish = try Self.arvio(["compare", "--round", "lapit-2021", "virtu", "omaolo"], in: folder)
        let json = try Self.arvio(["compare", "--round", "lapit-2021", "omaolo", "virtu", "--format", "json"], in: folder)

        let scores = Dictionary(
            Self.records(rank.output).compactMap { row in
                row["alternative"].flatMap { id in row["score"].flatMap(Double.init).map { (id, $0) } }
            },
            uniquingKeysWith: { a, _ in a })
        let difference = try #require(scores["virtu"]) - #require(scores["omaolo"])
        let parts = Self.records(csv.output)
        let criteria = parts.filter { $0["level"] == "criterion" }.compactMap { $0["contribution"].flatMap(Double.init) }
        let areas = parts.filter { $0["level"] == "area" }.compactMap { $0["contribution"].flatMap(Double.init) }
        #expect(csv.status == 0 && criteria.count == 30 && areas.count == 3)
        // Printed to six decimals: each part and each score is off by at most 5e-7.
        #expect(abs(criteria.reduce(0, +) - difference) < 30 * 5e-7 + 1e-6)
        #expect(abs(areas.reduce(0, +) - difference) < 3 * 5e-7 + 1e-6)
        let largest = try #require(parts.first { $0["level"] == "area" })
        #expect(abs(try #require(largest["contribution"].flatMap(Double.init))) == areas.map(abs).max())

        #expect(english.status == 0)
        #expect(english.output.hasPrefix("ILLUSTRATIVE ROUND: "))
        #expect(english.output.contains("\nVirtu.fi ja OmaVirtu – Omaolo (lapit-2021, "))
        #expect(english.output.contains("Weighted sum: "))
        #expect(english.output.contains("makes most of the difference"))
        #expect(finnish.output.contains("Painotettu summa: ") && finnish.output.contains("osuus erosta"))
        #expect(!finnish.output.contains("Weighted") && !finnish.output.contains("contribution"))

        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(document["first"] as? String == "omaolo" && document["method"] as? String == "weighted-sum")
        #expect(document["illustrative"] as? Bool == true)
        #expect(abs(try #require(document["difference"] as? Double) + difference) < 2e-6)
    }

    @Test func aSolutionOutsideTheRoundOrTheGateIsNamedWithTheWayOut() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.arvio(["round", "list"], in: folder)  // creates the database, which says so on standard error
        let unknown = try Self.arvio(["compare", "--round", "lapit-2021", "virtux", "omaolo", "--lang", "en"], in: folder)
        let excluded = try Self.arvio(["compare", "--round", "lapit-2021", "virtu", "virtuaaliassistentti", "--lang", "en"], in: folder)
        let same = try Self.arvio(["compare", "--round", "lapit-2021", "virtu", "virtu", "--lang", "en"], in: folder)

        #expect(unknown.status == 1 && unknown.output.isEmpty)
        #expect(
            unknown.errors
                == "error: round 'lapit-2021' has no solution 'virtux'\n  help: did you mean 'virtu'? see the round's solutions with: arvio round show lapit-2021\n"
        )
        #expect(excluded.status == 1)
        #expect(excluded.errors.hasPrefix("error: 'virtuaaliassistentti' did not pass the must-have gate (KO-"))
        #expect(
            excluded.errors.hasSuffix(
                "so it has no score to compare\n  help: compare solutions that passed; see the gate with: arvio rank --round lapit-2021\n"))
        #expect(same.status == 64 && same.errors.contains("give two different solutions, both are 'virtu'"))
    }
}
