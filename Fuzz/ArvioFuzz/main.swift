import ArvioFuzzTargets
import Foundation

// libFuzzer's driver for one reader (RELIABILITY.md), chosen by ARVIO_FUZZ_TARGET: project-yaml, toolkit, matrix-csv,
// score-csv, pairwise-csv, xlsx, xmcda or feedback-csv. SwiftPM gives an executable its own entry point, so this calls libFuzzer's
// LLVMFuzzerRunDriver instead of linking libFuzzer's main.

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

let name = ProcessInfo.processInfo.environment["ARVIO_FUZZ_TARGET"] ?? ""
guard let chosen = FuzzTarget(rawValue: name) else {
    FileHandle.standardError.write(
        Data("set ARVIO_FUZZ_TARGET to one of \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
    exit(2)
}
setenv("ARVIO_FUZZ_CHOSEN", chosen.rawValue, 1)

/// The callback libFuzzer's runtime names (it is also what `runDriver` is given).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let target = FuzzTarget(rawValue: String(cString: getenv("ARVIO_FUZZ_CHOSEN"))) ?? .projectYAML
    target.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv, fuzzOneInput))
