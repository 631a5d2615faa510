import ArvioIO
import Foundation
import Testing

@testable import arvio

/// Issue 13 along the user's path: recorded verdicts reach every command that evaluates a round, machine formats carry
/// only their document, the round used is named, and warnings reach the reader.
struct RoundResultsTests {
    static func arvio(_ arguments: [String], in folder: URL) throws -> EndToEndTests.Run {
        try EndToEndTests.run(arguments, in: folder.path)
    }

    /// The consensus meeting's four decisions on the assistant (the sample round's scores fail it on each rule).
    static func recordFourVerdicts(in folder: URL) throws -> [EndToEndTests.Run] {
        try ["KO-T2", "KO-T3", "KO-T4", "KO-T10"].map { rule in
            try arvio(
                [
                    "verdict", "--round", "lapit-2021", "--solution", "virtuaaliassistentti", "--rule", rule, "--met", "true",
                    "--rationale", "consensus meeting: the vendor's evidence", "--actor", "kaisa", "--lang", "en",
                ], in: folder)
        }
    }

    @Test func recordedVerdictsDecideTheirRulesInRankSensitivityReportAndSite() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.arvio(["rank", "--round", "lapit-2021", "--format", "csv"], in: folder)

        let verdicts = try Self.recordFourVerdicts(in: folder)
        let ranked = try Self.arvio(["rank", "--round", "lapit-2021", "--format", "json"], in: folder)
        let table = try Self.arvio(["rank", "--round", "lapit-2021", "--lang", "en"], in: folder)
        let sensitivity = try Self.arvio(["sensitivity", "--round", "lapit-2021", "--samples", "200", "--format", "json"], in: folder)
        let report = try Self.arvio(["report", "--samples", "200", "--out", "out", "--lang", "en"], in: folder)
        let build = try Self.arvio(["build", "--samples", "200"], in: folder)

        #expect(before.output.contains("virtuaaliassistentti,excluded,KO-T2;KO-T3;KO-T4;KO-T10,"))
        #expect(
            verdicts.map(\.output)
                == ["KO-T2", "KO-T3", "KO-T4", "KO-T10"].map {
                    "Verdict recorded: \($0) for virtuaaliassistentti in round lapit-2021: met.\n"
                })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(ranked.output.utf8)) as? [String: Any])
        let gate = try #require(document["gate"] as? [String: Any])
        #expect((gate["passed"] as? [String])?.count == 5)
        let decisions = try #require(gate["decisions"] as? [[String: Any]])
        #expect(decisions.map { $0["rule"] as? String } == ["KO-T2", "KO-T3", "KO-T4", "KO-T10"])
        #expect(decisions.allSatisfy { $0["recordedBy"] as? String == "kaisa" && $0["impliedByScores"] as? Bool == false })
        let rankings = try #require(document["rankings"] as? [[String: Any]])
        #expect(rankings.allSatisfy { ($0["rows"] as? [Any])?.count == 5 })
        #expect(
            table.output.contains(
                "  Recorded decisions:\n    KO-T2, Lapin Virtuaaliassistentti (tekoäly): met (the scores alone: not met, T2 = 2.5); rationale: consensus meeting: the vendor's evidence; recorded by kaisa at "
            ))
        let acceptability = try #require(
            ((try JSONSerialization.jsonObject(with: Data(sensitivity.output.utf8)) as? [String: Any])?["smaa"] as? [String: Any])?[
                "alternatives"] as? [Any])
        #expect(acceptability.count == 5)
        #expect(report.status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out/report-en.html"), encoding: .utf8)
        #expect(html.contains("<caption>Recorded decisions on must-have rules (they decide the rule whatever the scores imply)</caption>"))
        #expect(
            html.contains("<td>not met (T3 = unknown)</td><td>consensus meeting: the vendor&apos;s evidence</td><td>kaisa</td>")
                || html.contains("<td>not met (T3 = unknown)</td><td>consensus meeting: the vendor's evidence</td><td>kaisa</td>"))
        #expect(build.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("site/solutions/virtuaaliassistentti.html"), encoding: .utf8)
        #expect(page.contains("<span class=\"status ok\">Täyttää pakolliset vaatimukset</span>"))
    }

    @Test func aVerdictOnAnUnknownOrUncoveringRuleOrWithoutReasonIsRefused() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        func verdict(_ rule: String, _ solution: String, rationale: String = "why") throws -> EndToEndTests.Run {
            try Self.arvio(
                ["verdict", "--round", "lapit-2021", "--solution", solution, "--rule", rule, "--met", "false", "--rationale", rationale],
                in: folder)
        }

        let unknown = try verdict("KO-T22", "omaolo")
        let empty = try verdict("KO-T1", "omaolo", rationale: "  ")
        let emptyInEnglish = try Self.arvio(
            [
                "verdict", "--round", "lapit-2021", "--solution", "omaolo", "--rule", "KO-T1", "--met", "false", "--rationale", "",
                "--lang", "en",
            ],
            in: folder)

        #expect(unknown.status == 1)
        #expect(
            unknown.errors == """
                virhe: pakollista vaatimusta 'KO-T22' ei ole
                  ohje: tarkoititko 'KO-T2'? vaatimukset määritellään tiedostossa criteria/must-haves.yaml

                """)
        #expect(empty.status == 1)
        #expect(empty.errors == "virhe: perustelu puuttuu\n  ohje: kerro miksi, esim. --rationale 'konsensuskokous 20.11.2021: …'\n")
        #expect(
            emptyInEnglish.errors == "error: the rationale is empty\n  help: say why, e.g. --rationale 'consensus meeting 2021-11-20: …'\n")
        #expect(try Self.arvio(["audit", "verify"], in: folder).status == 0)
    }

    /// `round agree` along the user's path: the agreed value replaces the aggregate in rank and the report (which say
    /// so), `round show` lists it with its rationale, bad input is refused with a located help, and the log verifies.
    @Test func anAgreedValueReachesRankShowAndTheReport() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        func score(_ csv: String) -> Double? {
            csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("virtu,") }.flatMap {
                Double($0.split(separator: ",", omittingEmptySubsequences: false)[3])
            }
        }
        let before = try Self.arvio(["rank", "--round", "lapit-2021", "--format", "csv"], in: folder)

        let agree = try Self.arvio(
            [
                "round", "agree", "lapit-2021", "--solution", "virtu", "--criterion", "U1", "--value", "5", "--rationale",
                "the meeting saw the demo", "--actor", "kaisa", "--lang", "en",
            ], in: folder)
        let after = try Self.arvio(["rank", "--round", "lapit-2021", "--format", "csv"], in: folder)
        let table = try Self.arvio(["rank", "--round", "lapit-2021", "--lang", "en"], in: folder)
        let show = try Self.arvio(["round", "show", "lapit-2021", "--lang", "en"], in: folder)
        let report = try Self.arvio(["report", "--samples", "200", "--out", "out", "--lang", "en"], in: folder)
        let badValue = try Self.arvio(
            ["round", "agree", "lapit-2021", "--solution", "virtu", "--criterion", "U1", "--value", "6", "--rationale", "x"], in: folder)
        let badCriterion = try Self.arvio(
            [
                "round", "agree", "lapit-2021", "--solution", "virtu", "--criterion", "U11", "--value", "3", "--rationale", "x", "--lang",
                "en",
            ],
            in: folder)

        #expect(agree.output == "Agreed value recorded: virtu, U1: 5 (round lapit-2021).\n")
        let (was, now) = (try #require(score(before.output)), try #require(score(after.output)))
        #expect(now > was)
        #expect(table.output.contains("Note: 1 item(s) take the consensus meeting's agreed value instead of the aggregate"))
        #expect(show.output.contains("Agreed values:\n  virtu U1: 5 – the meeting saw the demo (kaisa, "))
        #expect(report.status == 0)
        let scores = try String(contentsOf: folder.appendingPathComponent("out/scores.csv"), encoding: .utf8)
        #expect(scores.contains("virtu,U1,5,"))
        #expect(scores.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("virtu,U1,") && $0.hasSuffix(",5,true") })
        let html = try String(contentsOf: folder.appendingPathComponent("out/report-en.html"), encoding: .utf8)
        #expect(html.contains("<caption>Values agreed in the consensus meeting</caption>"))
        #expect(badValue.status == 1)
        #expect(badValue.errors == "virhe: sovittu arvo '6' ei kelpaa\n  ohje: anna 0–5, 'na' (ei sovellu) tai 'unknown' (ei tiedossa)\n")
        #expect(badCriterion.errors == "error: no criterion 'U11'\n  help: did you mean 'U1'? arvio criteria lists the criteria\n")
        #expect(try Self.arvio(["audit", "verify"], in: folder).status == 0)
    }

    /// Every command with --format json or csv prints only its document: JSON that a JSON parser reads whole, CSV that
    /// an RFC 4180 reader reads into rows of one width.
    @Test func machineFormatsOnStandardOutputParseWhole() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        let matrix = ["--matrix", "examples/tzeng2011-matrix.csv", "--criteria", "examples/tzeng2011-criteria.csv"].map {
            $0.hasPrefix("examples/") ? CommandOutputTests.root + "/" + $0 : $0
        }
        let commands: [[String]] = [
            ["rank", "--round", "lapit-2021"], ["rank", "--round", "lapit-2021", "--method", "topsis"], ["rank"] + matrix,
            ["rank", "--method", "vikor"] + matrix, ["sensitivity", "--round", "lapit-2021", "--samples", "100"],
            ["sensitivity", "--samples", "100"] + matrix, ["catalog"], ["criteria"], ["landscape"],
            ["weights", "--ahp", CommandOutputTests.root + "/examples/ahp-areas.csv"],
            ["weights", "--method", "roc", "--ranks", "T=1,U=2,I=3"],
            ["export", "--round", "lapit-2021"],
        ]
        for command in commands {
            for format in ["json", "csv"] where !(command[0] == "export" && format == "json") {
                let run = try Self.arvio(command + ["--format", format], in: folder)
                #expect(run.status == 0, "\(command) \(format): \(run.errors)")
                if format == "json" {
                    #expect(
                        (try? JSONSerialization.jsonObject(with: Data(run.output.utf8))) != nil,
                        "\(command) json: \(run.output.prefix(200))")
                } else {
                    let rows = try #require(try? CSVRows.parse(run.output), "\(command) csv: \(run.output.prefix(200))")
                    #expect(rows.count > 1 && Set(rows.map(\.count)).count == 1, "\(command) csv")
                }
            }
        }
    }

    @Test func aRoundRanksWithoutAnErrorAndTheWeightedProductIsANote() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try Self.arvio(["rank", "--round", "lapit-2021", "--lang", "en"], in: folder)

        #expect(run.status == 0)
        // The first command creates the database, and says so; nothing else goes to standard error.
        #expect(run.errors.hasPrefix("Created the database ") && run.errors.hasSuffix(" with the round lapit-2021 (illustrative).\n"))
        #expect(
            run.output.contains(
                "Weighted product is not shown: it needs positive values, and 'teams-ekollega' has 0 on 'T11' (a score of 0, or 'unknown', which counts as 0)."
            ))
        #expect(
            run.output.contains(
                "Method: weighted sum (higher is better)\n  scale normalisation: scores relative to the criterion's 0–5 scale\n"))
        #expect(run.output.contains("  ties: exactly equal scores only\n"))
    }

    @Test func weightOnCriteriaNobodyScoredIsWarnedEverywhere() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let run = try Self.arvio(["report", "--model", "hankinta", "--samples", "200", "--out", "out", "--lang", "en"], in: folder)
        let html = try String(contentsOf: folder.appendingPathComponent("out/report-en.html"), encoding: .utf8)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any]

        #expect(run.status == 0)
        #expect(run.errors.contains("WARNING: 30.0 % of the weight model's weight rests on criteria nobody scored (C1, C2, C3"))
        #expect(html.contains("<p class=\"warning\"><strong>WARNING: 30.0 % of the weight model"))
        #expect(abs((json?["unscoredWeightShare"] as? Double ?? 0) - 0.3) < 1e-12)
    }

    @Test func theRoundUsedIsTheMostRecentlyRevealedAndIsNamed() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.arvio(["round", "new", "testi", "--solutions", "omaolo,virtu"], in: folder)
        _ = try Self.arvio(["round", "reveal", "testi"], in: folder)
        _ = try Self.arvio(["round", "close", "testi"], in: folder)

        let latest = try Self.arvio(["report", "--samples", "100", "--out", "a", "--format", "json", "--lang", "en"], in: folder)
        let named = try Self.arvio(["report", "--round", "lapit-2021", "--samples", "100", "--out", "b", "--format", "json"], in: folder)

        #expect(latest.errors.hasPrefix("Round: testi (the most recently revealed; choose another with --round)\n"))
        #expect(latest.output.hasPrefix("Report of round testi written: "))
        #expect(named.output.hasPrefix("Kierroksen lapit-2021 raportti kirjoitettu: "))
        #expect(!named.errors.contains("Kierros:"))
    }

    @Test func oneVersionEverywhere() throws {
        let folder = try EndToEndTests.copyOfProjectWithSampleRound()
        defer { try? FileManager.default.removeItem(at: folder) }

        let version = try Self.arvio(["--version"], in: folder)
        _ = try Self.arvio(["report", "--samples", "100", "--out", "out", "--format", "json"], in: folder)
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/report.json"))) as? [String: Any]

        #expect(version.output == ArvioVersion.current + "\n")
        #expect(json?["arvioVersion"] as? String == ArvioVersion.current)
    }

    @Test func tieToleranceIsOptInAndPrinted() throws {
        let arguments = [
            "rank", "--matrix", "examples/triantaphyllou2000-matrix.csv", "--criteria", "examples/triantaphyllou2000-criteria.csv",
            "--method", "weighted-sum", "--normalization", "none", "--lang", "en",
        ]

        let exact = try EndToEndTests.run(arguments)
        let tolerant = try EndToEndTests.run(arguments + ["--tie-tolerance", "0.05", "--format", "json"])

        // Triantaphyllou (2000): the raw weighted sums are 21.5, 22 and 22.
        #expect(exact.output.contains("   1  A2           22.0000\n   1  A3           22.0000\n   3  A1           21.5000"))
        #expect(exact.output.contains("  ties: exactly equal scores only\n"))
        let document = try JSONSerialization.jsonObject(with: Data(tolerant.output.utf8)) as? [String: Any]
        #expect(document?["tieTolerance"] as? Double == 0.05)
        #expect((document?["rows"] as? [[String: Any]])?.map { $0["rank"] as? Int } == [1, 1, 1])
    }

    @Test func weightingTechniquesFromTheCommandLine() throws {
        let root = CommandOutputTests.root
        let matrix = ["--matrix", root + "/examples/tzeng2011-matrix.csv", "--criteria", root + "/examples/tzeng2011-criteria.csv"]

        let roc = try EndToEndTests.run(["weights", "--method", "roc", "--ranks", "T=1,U=2,I=3", "--format", "csv"])
        let swing = try EndToEndTests.run(["weights", "--method", "swing", "--points", "T=100,U=60,I=40", "--format", "csv"])
        let entropy = try EndToEndTests.run(["weights", "--method", "entropy", "--format", "csv"] + matrix)
        let critic = try EndToEndTests.run(["weights", "--method", "critic", "--format", "csv"] + matrix)
        let bad = try EndToEndTests.run(["weights", "--method", "rank-sum", "--ranks", "T=1,U=x", "--lang", "en"])
        let missing = try EndToEndTests.run(["weights", "--method", "entropy", "--lang", "en"])
        let missingFinnish = try EndToEndTests.run(["weights", "--method", "entropy", "--lang", "fi"])

        // ROC for three ranks: (1 + 1/2 + 1/3)/3, (1/2 + 1/3)/3, (1/3)/3.
        #expect(roc.output == "criterion,weight\r\nT,0.611111\r\nU,0.277778\r\nI,0.111111\r\n")
        #expect(swing.output == "criterion,weight\r\nT,0.5\r\nU,0.3\r\nI,0.2\r\n")
        #expect(entropy.status == 0 && entropy.output.hasPrefix("criterion,weight\r\nDUR,"))
        #expect(critic.status == 0 && critic.output.components(separatedBy: "\r\n").count == 5)
        #expect(bad.status == 64 && bad.errors.contains("--ranks: item 2 'U=x' is not id=number; write e.g. --ranks T=1,U=2,I=2."))
        #expect(missing.status == 64 && missing.errors.contains("--method entropy needs --matrix and --criteria."))
        #expect(missingFinnish.status == 64 && missingFinnish.errors.contains("--method entropy tarvitsee: --matrix, --criteria."))
    }

    /// Values near 1e200 once made Σx² infinite and the criterion vanish from TOPSIS (ranks 1, 3, 2 instead of 2, 3, 1).
    @Test func topsisOnHugeValuesRanksAsOnOrdinaryOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,weight,type\nc1,0.5,benefit\nc2,0.5,benefit\n".write(
            to: folder.appendingPathComponent("c.csv"), atomically: true, encoding: .utf8)
        func ranks(_ scale: String) throws -> [String] {
            let matrix = "alternative,c1,c2\na,3\(scale),1\nb,1\(scale),2\nc,2\(scale),3\n"
            try matrix.write(to: folder.appendingPathComponent("m.csv"), atomically: true, encoding: .utf8)
            let run = try EndToEndTests.run(
                ["rank", "--matrix", "m.csv", "--criteria", "c.csv", "--method", "topsis", "--format", "csv"], in: folder.path)
            return try CSVRows.parse(run.output).dropFirst().map { $0[0] + $0[2] }
        }

        #expect(try ranks("e200") == ranks(""))
        #expect(try ranks("e-200") == ranks(""))
    }

    @Test func ahpWeightsForTwelveCriteriaNameTheirRandomIndex() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-ahp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ids = (1...12).map { "c\($0)" }
        // Each criterion twice as important as the next, equal to the rest: an inconsistent but valid matrix.
        let rows = ids.indices.map { i in
            ([ids[i]] + ids.indices.map { j in i == j ? "1" : j == i + 1 ? "2" : j > i ? "1" : "" }).joined(separator: ",")
        }
        try (([""] + ids).joined(separator: ",") + "\n" + rows.joined(separator: "\n") + "\n")
            .write(to: folder.appendingPathComponent("p.csv"), atomically: true, encoding: .utf8)

        let run = try EndToEndTests.run(["weights", "--ahp", folder.appendingPathComponent("p.csv").path, "--lang", "en"])

        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("RI = 1.5356 (Tummala & Ling 1998, n = 12; the tables end at n = 15)"))
    }
}

/// An RFC 4180 reader for the tests: quoted fields with doubled quotes, CRLF or LF line ends; nil on a malformed
/// quote.
enum CSVRows {
    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false; afterQuote = true }
                } else {
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": row.append(field); field = ""; afterQuote = false
            case "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default:
                if afterQuote { throw CocoaError(.coderReadCorrupt) }
                field.append(c)
            }
        }
        if quoted { throw CocoaError(.coderReadCorrupt) }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
