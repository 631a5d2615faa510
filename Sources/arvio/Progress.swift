import ArvioCore
import Foundation
import Synchronization

/// Long work shown on standard error while it runs — only when that is a terminal, so that logs and pipes get none of
/// it: one line rewritten in place (`SMAA-2: 45 %`), erased when the work is done.
final class Progress: Sendable {
    let label: String
    let shown = Mutex<Int>(-1)
    let enabled: Bool

    init(_ label: String, enabled: Bool = Output.errorIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    /// The SMAA-2 draws of a sensitivity analysis or a report.
    static func smaa(_ language: Language) -> Progress {
        Progress(LocalizedText(fi: "SMAA-2-painonäytteet", en: "SMAA-2 weight draws")[language])
    }

    /// The share done, 0…1; called from any thread, shown only when the whole percent grows.
    @Sendable func update(_ share: Double) {
        guard enabled else { return }
        let percent = Int((share * 100).rounded(.down))
        let line: String? = shown.withLock { last in
            guard percent > last else { return nil }
            last = percent
            return "\r\(label): \(percent) %"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// A step without a share (`writing the pages`).
    func step(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// Erases the line, so that what the command prints next starts clean.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
