import Foundation

/// Machine output: pretty, key-sorted JSON so that diffs and golden files stay stable.
package enum JSONDocument {
    package static func text(of value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
        } catch {
            // Our own Codable values do not fail to encode; keep the output valid JSON all the same.
            return "{\"error\": \"could not encode: \(error)\"}\n"
        }
    }
}
