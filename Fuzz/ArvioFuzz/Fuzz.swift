import ArvioFuzzTargets
import Foundation

/// libFuzzer's entry point (RELIABILITY.md). The target is chosen by ARVIO_FUZZ_TARGET: project-yaml, toolkit,
/// matrix-csv, score-csv, pairwise-csv, xlsx or xmcda.
let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["ARVIO_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("set ARVIO_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    target.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
