import ArvioCore
import ArvioIO
import Foundation

// Measures the speed targets of the scoring engine (issue 3) in release mode:
//   swift run -c release arvio-bench [--quick]
// Each figure is the best of several runs (the machine is shared; the best run is the least disturbed).

let quick = CommandLine.arguments.contains("--quick")
/// `--sensitivity` runs only the SMAA measurement (issue 6).
let sensitivityOnly = CommandLine.arguments.contains("--sensitivity")
/// `--parse` runs only the CSV parsing measurement (issue 3).
let parseOnly = CommandLine.arguments.contains("--parse")
/// `--feedback` runs only the customer-feedback measurement (issue 18) and stops.
if CommandLine.arguments.contains("--feedback") {
    try FeedbackBench.run(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    exit(0)
}
let rows = quick ? 10_000 : 100_000
let columns = 50
let repeats = quick ? 2 : 15

func best(_ label: String, runs: Int = repeats, _ body: () throws -> Void) rethrows -> Duration {
    var times: [Duration] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        times.append(ContinuousClock.now - start)
    }
    let fastest = times.min() ?? .zero
    let median = times.sorted()[times.count / 2]
    print("\(label.padding(to: 58)) best \(fastest.milliseconds) ms   median \(median.milliseconds) ms")
    return fastest
}

extension Duration {
    var milliseconds: String {
        let value = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
        return String((value * 100).rounded() / 100)
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

var sink = 0.0
if !sensitivityOnly {
    var generator = SplitMix64(seed: 2026)
    let criteria = (0..<columns).map { j in
        MatrixCriterion(
            id: "c\(j)", weight: Double.random(in: 0.5...2, using: &generator), direction: j % 4 == 3 ? .cost : .benefit,
            preference: j % 2 == 0 ? .usual : .linear(q: 5, p: 25))
    }
    let flat = (0..<(rows * columns)).map { _ in Double.random(in: 1...100, using: &generator) }
    let matrix = try DecisionMatrix(alternatives: (0..<rows).map { "a\($0)" }, criteria: criteria, flatValues: flat)
    print("matrix: \(rows) × \(columns) (\(rows * columns * 8 / 1_000_000) MB of values)\n")

    // The floor: one streaming pass over the values in memory.
    if !parseOnly { try scoring() }
    func scoring() throws {
        let floor = best("one streaming pass (sum of all values)") {
            sink += matrix.values.withUnsafeBufferPointer { buffer in buffer.reduce(0, +) }
        }
        _ = best("  column statistics pass (min, max, sum, sum of squares)") { sink += ColumnStatistics(matrix).sum[0] }
        let scoresForRanking = flat.prefix(rows).map { $0 }
        _ = best("  competition ranks of \(rows) scores (sort)") {
            sink += Double(Ranking.competitionRanks(scoresForRanking, higherIsBetter: true).ranks[0])
        }
        let wsm = try best("weighted sum (min-max), scores") { sink += try WeightedSum().scores(of: matrix)[0] }
        let topsis = try best("TOPSIS (vector), closeness") { sink += try TOPSIS().closeness(of: matrix).closeness[0] }
        let wsmRanked = try best("weighted sum, full ranking (scores + ranks)") { sink += try WeightedSum().ranking(of: matrix).scores[0] }
        let topsisRanked = try best("TOPSIS, full ranking (closeness + ranks)") { sink += try TOPSIS().ranking(of: matrix).scores[0] }
        print("  scoring: weighted sum = \(ratio(wsm, floor)) × the pass; TOPSIS = \(ratio(topsis, floor)) × the pass")
        print("  with ranks: weighted sum = \(ratio(wsmRanked, floor)) ×; TOPSIS = \(ratio(topsisRanked, floor)) ×\n")

        func ratio(_ a: Duration, _ b: Duration) -> String {
            let x = Double(a.components.attoseconds) / 1e18 + Double(a.components.seconds)
            let y = Double(b.components.attoseconds) / 1e18 + Double(b.components.seconds)
            return String((x / y * 10).rounded() / 10)
        }

        // PROMETHEE II with half the criteria usual and half linear: sorted prefix sums, no m × m table.
        _ = try best("PROMETHEE II (usual + linear), \(rows) × \(columns)", runs: quick ? 1 : 3) {
            sink += try PROMETHEE().ranking(of: matrix).scores[0]
        }
    }

    // Parsing a matrix CSV of about 40 MB (values written with four decimals, as a spreadsheet exports them).
    var text = "alternative," + criteria.map(\.id).joined(separator: ",") + "\n"
    text.reserveCapacity(rows * columns * 9)
    for i in 0..<rows {
        text += "a\(i)"
        for j in 0..<columns {
            let value = (flat[i * columns + j] * 10_000).rounded() / 10_000
            text += ",\(value)"
        }
        text += "\n"
    }
    let criteriaText = "id,weight,type\n" + criteria.map { "\($0.id),\($0.weight),\($0.direction.rawValue)" }.joined(separator: "\n") + "\n"
    let bytes = Array(text.utf8)  // as read from a file
    print("\nCSV: \(bytes.count / 1_000_000) MB")
    _ = try best("parse the matrix CSV (bytes → DecisionMatrix)") {
        sink += try MatrixCSV.matrix(matrixBytes: bytes, matrixFile: "m.csv", criteriaText: criteriaText, criteriaFile: "c.csv").values[0]
    }
    _ = try best("  the same from a String (one more copy)") {
        sink += try MatrixCSV.matrix(matrixText: text, matrixFile: "m.csv", criteriaText: criteriaText, criteriaFile: "c.csv").values[0]
    }
}

// SMAA-2 (issue 6): 1,000,000 weight draws over 33 alternatives × 30 criteria, single-threaded and on every core.
if !parseOnly {
    var random = SplitMix64(seed: 33)
    let smaaCriteria = (0..<30).map { MatrixCriterion(id: "c\($0)", weight: Double.random(in: 0.5...2, using: &random)) }
    let smaaValues = (0..<(33 * 30)).map { _ in Double(Int.random(in: 0...5, using: &random)) }
    let smaaMatrix = try DecisionMatrix(alternatives: (0..<33).map { "s\($0)" }, criteria: smaaCriteria, flatValues: smaaValues)
    let smaa = try SMAA(smaaMatrix)
    let samples = quick ? 100_000 : 1_000_000
    let runs = quick ? 2 : 7
    print("\nSMAA-2, \(samples) weight draws, 33 × 30")
    _ = try best("  one thread", runs: runs) { sink += try smaa.analyse(samples: samples, seed: 1).holisticAcceptability[0] }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    _ = try best("  \(cores) threads", runs: runs) {
        sink += try smaa.analyse(samples: samples, seed: 1, threads: cores).holisticAcceptability[0]
    }
}
print("\n(checksum \(sink.isFinite))")
