import ArvioCore
import ArvioIO
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Customer feedback at the country's scale (issue 18): importing 10⁶ responses from CSV into SQLite, and counting
/// 10⁷ by model × unit × channel × month, each with its time and the process's peak memory.
///   swift run -c release arvio-bench --feedback
enum FeedbackBench {
    static func peakMegabytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
    }

    static func run(root: URL) throws {
        let project = try ProjectLoader(root: root).load()
        guard let survey = project.survey else { return print("no survey") }
        let models = project.toolkit.map(\.id)
        let units = (0..<40).map { "Yksikkö \($0)" }
        let months = (1...12).compactMap { YearMonth(year: 2025, month: $0) }
        var random = SplitMix64(seed: 18)
        func responses(_ count: Int) -> [FeedbackResponse] {
            (0..<count).map { i in
                IllustrativeFeedback.response(
                    id: "r\(i)", survey: survey, model: models[i % models.count], unit: units[(i / 7) % units.count],
                    channel: i % 5 == 0 ? .inPerson : .remote,
                    month: months[(i / 3) % months.count], lean: 0.5, using: &random)
            }
        }
        print("feedback: \(models.count) models × \(units.count) units × 2 channels × \(months.count) months\n")

        // Counting: 10⁶ responses in memory, counted once (10⁶) and ten times over (10⁷).
        let million = responses(1_000_000)
        for times in [1, 10] {
            var groups = 0
            let start = ContinuousClock.now
            var tally = FeedbackTally(survey: survey)
            for _ in 0..<times { tally.add(contentsOf: million) }
            let published = PublishedFeedback.overview(tally, models: models)
            groups = tally.cells.count
            let elapsed = ContinuousClock.now - start
            print(
                "count \(times * 1_000_000) responses into \(groups) groups, then publish: \(elapsed.milliseconds) ms, peak \(peakMegabytes()) MB (total \(published.total.responses ?? 0))"
            )
        }

        // Import: a CSV file as a survey tool writes it, read and checked, then stored in one transaction.
        for count in [100_000, 1_000_000] {
            var csv =
                "response_id,model,unit,channel,month,recommendation," + survey.statements.map(\.id).joined(separator: ",") + ",open\n"
            for r in million.prefix(count) {
                csv += "\(r.id),\(r.model),\(r.unit),\(r.channel.rawValue),\(r.month),\(r.recommendation.map(String.init) ?? ""),"
                csv += r.answers.map { $0 < 0 ? "" : String($0) }.joined(separator: ",") + ",\n"
            }
            let bytes = Array(csv.utf8)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("arvio-feedback-bench-\(count).sqlite").path
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            let store = try ScoreStore.open(at: path)
            let start = ContinuousClock.now
            let rows = try FeedbackCSV.responses(bytes, file: "bench.csv", survey: survey, models: models)
            let read = ContinuousClock.now - start
            let result = try store.importFeedback(rows, file: "bench.csv", source: nil, actor: "bench", at: "2026-12-02T00:00:00Z")
            let stored = ContinuousClock.now - start
            let again = ContinuousClock.now
            let repeated = try store.importFeedback(rows, file: "bench.csv", source: nil, actor: "bench", at: "2026-12-02T00:00:00Z")
            let twice = ContinuousClock.now - again
            let tallyStart = ContinuousClock.now
            let tally = try store.feedbackTally(survey: survey)
            let readBack = ContinuousClock.now - tallyStart
            print(
                "import \(count) responses (\(bytes.count / 1_000_000) MB CSV): read and check \(read.milliseconds) ms, stored \(result.added) in \(stored.milliseconds) ms total; again (\(repeated.already) already there) \(twice.milliseconds) ms; count from the database \(readBack.milliseconds) ms (\(tally.total().responses)); peak \(peakMegabytes()) MB"
            )
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }
}
