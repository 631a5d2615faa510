import ArvioCore

/// Collects the diagnostics of one load and bounds the work spent on one document, so that a YAML bomb
/// (aliases nested to expand a billion times) ends in a located error rather than exhausting memory.
final class DiagnosticSink {
    private(set) var items: [Diagnostic] = []
    private var visits = 0
    private var exhausted = false
    let visitLimit: Int

    init(visitLimit: Int = 1_000_000) {
        self.visitLimit = visitLimit
    }

    func report(_ location: SourceLocation, _ reason: Diagnostic.Reason) {
        items.append(Diagnostic(at: location, reason))
    }

    /// Counts one visited node; false (and one diagnostic) once the document exceeds the limit.
    func visit(_ location: SourceLocation) -> Bool {
        visits += 1
        if visits <= visitLimit { return true }
        if !exhausted {
            exhausted = true
            report(SourceLocation(file: location.file, line: location.line), .documentTooComplex(limit: visitLimit))
        }
        return false
    }
}
