import ArvioFuzzTargets
import Foundation
import Testing

/// The regression corpus (`Tests/FuzzCorpus/<target>/`): the hand-made hostile inputs and every input a fuzz run
/// found a problem with (RELIABILITY.md), replayed through the fuzz targets' own entry points. Each must be read or
/// refused with diagnostics: a crash, a trap on a broken invariant or a hang fails the run.
struct FuzzCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus")

    @Test(arguments: FuzzTarget.allCases)
    func everyCorpusInputIsReadOrRefusedWithoutACrash(target: FuzzTarget) throws {
        let folder = Self.root.appendingPathComponent(target.rawValue)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()

        for file in files {
            target.run([UInt8](try Data(contentsOf: folder.appendingPathComponent(file))))
        }

        #expect(files.count >= 3, "the \(target.rawValue) corpus is too small to protect anything")
    }
}
