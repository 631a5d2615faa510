import Foundation
import Testing

/// `arvio rank` reproduces the worked examples in examples/ from their CSV files.
struct RankCommandTests {
    static func rank(_ name: String, criteria: String? = nil, _ arguments: [String]) throws -> EndToEndTests.Run {
        try EndToEndTests.run(
            [
                "rank", "--matrix", "examples/\(name)-matrix.csv", "--criteria", "examples/\(criteria ?? name)-criteria.csv", "--format",
                "csv",
            ]
                + arguments)
    }

    static func column(_ run: EndToEndTests.Run, _ name: String) -> [String: Double] {
        let lines = run.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].components(separatedBy: ",")
        let index = header.firstIndex(of: name) ?? 1
        return Dictionary(
            uniqueKeysWithValues: lines.dropFirst().map { line in
                let cells = line.components(separatedBy: ",")
                return (cells[0], Double(cells[index]) ?? .nan)
            })
    }

    @Test func topsisReproducesTzengAndHuang() throws {
        let run = try Self.rank("tzeng2011", ["--method", "topsis"])
        let closeness = Self.column(run, "score")

        #expect(run.status == 0)
        for (alternative, printed) in ["A1": 0.5037, "A2": 0.6581, "A3": 0.7482, "A4": 0.3340] {
            #expect(abs((closeness[alternative] ?? 0) - printed) < 1e-4, "\(alternative)")
        }
    }

    @Test func topsisWithMinMaxReproducesOpricovicAndTzengWithATie() throws {
        let run = try Self.rank("opricovic2004", ["--method", "topsis", "--normalization", "min-max"])

        #expect(
            run.output.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }.map { $0.components(separatedBy: ",")[2] } == [
                "1", "2", "2",
            ])
        #expect(abs((Self.column(run, "score")["A2"] ?? 0) - 0.617) < 1e-3)
    }

    @Test func vikorReproducesOpricovicAndTzengIncludingACompromiseSet() throws {
        let q = Self.column(try Self.rank("opricovic2004", ["--method", "vikor"]), "Q")
        let json = try EndToEndTests.run([
            "rank", "--matrix", "examples/opricovic2007-matrix.csv", "--criteria", "examples/opricovic2007-w4-criteria.csv",
            "--method", "vikor", "--format", "json",
        ])
        let document = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let compromise = document?["compromise"] as? [String: Any]

        #expect(q == ["A1": 1, "A2": 0, "A3": 1])
        #expect(Set(compromise?["set"] as? [String] ?? []) == ["A3", "A5", "A6"])
        #expect(compromise?["acceptableAdvantage"] as? Bool == false)
    }

    @Test func prometheeReproducesZhaoPengAndLi() throws {
        let phi = Self.column(try Self.rank("zhao2013", ["--method", "promethee-ii"]), "score")

        #expect(phi.mapValues { ($0 * 100).rounded() / 100 } == ["A1": 0.1, "A2": -0.3, "A3": 0.2])
    }

    @Test func prometheeWithLinearThresholdsAndVikorWithVReproducePapathanasiouAndPloskas() throws {
        let phi = Self.column(try Self.rank("papathanasiou2018", ["--method", "promethee-ii"]), "score")
        let q = Self.column(try Self.rank("papathanasiou2018", ["--method", "vikor", "--v", "0.625"]), "Q")

        #expect(
            phi.mapValues { ($0 * 100).rounded() / 100 } == ["A1": -0.26, "A2": -0.52, "A3": -0.22, "A4": 0.36, "A5": 0.7, "A6": -0.06])
        #expect(q.mapValues { ($0 * 1000).rounded() / 1000 } == ["A1": 0.64, "A2": 1, "A3": 0.693, "A4": 0.271, "A5": 0, "A6": 0.694])
    }

    @Test func weightedSumWithMaxNormalisationReproducesRizanEtAl() throws {
        let score = Self.column(try Self.rank("rizan2020", ["--method", "weighted-sum", "--normalization", "max"]), "score")

        #expect(score.mapValues { ($0 * 1000).rounded() / 1000 } == ["S1": 0.35, "S2": 0.375, "S3": 0.825, "S4": 0.642])
    }

    @Test func weightedProductReproducesTriantaphyllouFromAFinnishExcelFile() throws {
        let score = Self.column(try Self.rank("triantaphyllou2000", ["--method", "weighted-product"]), "score")

        #expect(abs((score["A1"] ?? 0) / (score["A2"] ?? 1) - 1.007) < 5e-4)
    }

    @Test func allMethodsAreComparedWithAStatedConsensus() throws {
        let run = try EndToEndTests.run([
            "rank", "--matrix", "examples/tzeng2011-matrix.csv", "--criteria", "examples/tzeng2011-criteria.csv", "--lang", "en",
        ])

        #expect(run.status == 0)
        #expect(run.output.contains("Agreement between methods"))
        #expect(run.output.contains("Consensus (mean rank over the methods)"))
        #expect(run.output.contains("weighted sum – PROMETHEE II"))
    }

    @Test func aBrokenCSVFailsWithLocatedErrors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "alternative,a,b\nx,1,oops\n".write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        try "id,weight,type\na,1,benefit\nb,1,benefit\n".write(
            to: folder.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)

        let run = try EndToEndTests.run(["rank", "--matrix", "m.csv", "--criteria", "c.csv", "--lang", "en"], in: folder.path)

        #expect(run.status == 1)
        #expect(
            run.errors
                == "m.csv:2:5 (b): error: 'b' must be a number, found 'oops'\n  help: write a plain number, e.g. 'b: 25'\n1 error\n"
        )
    }

    @Test func ahpRatingsTakesTheLevelsPrioritiesFromTheCommandLine() throws {
        // Values 4…8 on nine levels 0…8; A3 = 0.3 · 1 + 0.4 · 1 + 0.3 · 0.6 with the top level idealised to 1.
        let score = Self.column(
            try Self.rank("tzeng2011", ["--method", "ahp-ratings", "--level-priorities", "0.02,0.05,0.1,0.2,0.3,0.45,0.6,0.8,1"]), "score")
        let refused = try Self.rank("tzeng2011", ["--method", "topsis", "--level-priorities", "0,1"])
        let malformed = try Self.rank("tzeng2011", ["--method", "ahp-ratings", "--level-priorities", "0.1,,1"])

        #expect(score.mapValues { ($0 * 10000).rounded() / 10000 } == ["A1": 0.625, "A2": 0.78, "A3": 0.88, "A4": 0.54])
        #expect(refused.status == 64 && refused.errors.contains("--level-priorities koskee menetelmää ahp-ratings, ei menetelmää topsis."))
        #expect(malformed.status == 64 && malformed.errors.contains("'' ei ole ei-negatiivinen luku"))
    }

    @Test func normalizationIsRefusedForMethodsThatDoNotTakeOne() throws {
        let run = try Self.rank("tzeng2011", ["--method", "vikor", "--normalization", "sum"])

        #expect(run.status == 64)
        #expect(run.errors.contains("--normalization koskee menetelmiä weighted-sum ja topsis, ei menetelmää vikor."))
    }

    @Test func aWeightedProductOfTinyValuesIsNotPrintedAsZero() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-tiny-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "alternative,c1,c2\na,1e-200,3e-200\nb,2e-200,1e-200\nc,3e-200,2e-200\n".write(
            to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
        try "id,weight,type\nc1,1,benefit\nc2,1,benefit\n".write(
            to: folder.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)

        let run = try EndToEndTests.run(
            ["rank", "--matrix", "m.csv", "--criteria", "c.csv", "--method", "weighted-product", "--lang", "en"], in: folder.path)

        #expect(run.status == 0)
        #expect(run.output.contains("   1  c            2.449e-200  -459.6211"), "\(run.output)")
    }
}
