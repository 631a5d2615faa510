import ArvioCore
import Testing

@testable import ArvioIO

struct RobustnessTests {
    /// Values that have trapped or could trap a careless conversion.
    static let hostileValues = [
        "1e300", "-1e300", ".inf", "nan", "-0", "", "~", "[]", "{}", "\"\"", "*undefined", "&a [*a]", "0x7FFFFFFFFFFFFFFF",
        "9223372036854775808", "'", "- - -", ": :", "\u{0}", "日本語", String(repeating: "x", count: 10_000),
    ]

    static let paths = ShippedProject.files().keys.sorted()

    @Test(arguments: paths)
    func hostileValuesInEveryFieldEndInDiagnosticsNotTraps(path: String) {
        let files = ShippedProject.files()
        var generator = SplitMix64(seed: UInt64(truncatingIfNeeded: path.utf8.reduce(2026) { $0 &* 31 &+ Int($1) }))
        let lines = (files[path] ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<6 {
            var mutated = lines
            let index = Int.random(in: 0..<mutated.count, using: &generator)
            let value = Self.hostileValues.randomElement(using: &generator) ?? ""
            if let colon = mutated[index].firstIndex(of: ":") {
                mutated[index] = String(mutated[index][...colon]) + " " + value
            } else {
                mutated[index] += value
            }
            var copy = files
            copy[path] = mutated.joined(separator: "\n")

            let problems = ShippedProject.problems(copy)

            #expect(problems.allSatisfy { $0.contains(": error: ") && $0.contains("\n  help: ") }, "\(path):\(index + 1) ← \(value)")
        }
    }

    @Test(arguments: paths)
    func randomByteLevelDamageEndsInDiagnosticsNotTraps(path: String) {
        let files = ShippedProject.files()
        var generator = SplitMix64(seed: UInt64(truncatingIfNeeded: path.utf8.reduce(306_2019) { $0 &* 31 &+ Int($1) }))
        let alphabet = Array(" :-[]{}'\"#&*!|>\n\tabc01é")
        for _ in 0..<4 {
            var characters = Array(files[path] ?? "")
            for _ in 0..<Int.random(in: 1...6, using: &generator) where !characters.isEmpty {
                let index = Int.random(in: 0..<characters.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: characters.remove(at: index)
                case 1: characters.insert(alphabet.randomElement(using: &generator) ?? " ", at: index)
                default: characters[index] = alphabet.randomElement(using: &generator) ?? " "
                }
            }
            var copy = files
            copy[path] = String(characters)

            _ = ShippedProject.problems(copy)
        }
    }

    @Test func anAreaOrderThatIsNotASmallWholeNumberIsReported() {
        var files = ShippedProject.files()
        files["criteria/areas/U.yaml"] = files["criteria/areas/U.yaml"]?.replacingFirst("order: 1", with: "order: 1e300")

        #expect(
            ShippedProject.problems(files) == [
                "criteria/areas/U.yaml:8 (order): error: 'order' must be a whole number from 0 to 999, found '1e300'\n  help: write a whole number, e.g. 'order: 0'"
            ])
    }
}
