import Foundation
import Hummingbird

/// An HTML form's fields, read from a POST body of at most 64 KB (`application/x-www-form-urlencoded`).
package struct Form: Sendable {
    package var fields: [String: String]

    package subscript(_ name: String) -> String { fields[name] ?? "" }

    package static func read(_ request: Request) async throws -> Form {
        let body = try await request.body.collect(upTo: 64 * 1024)
        return Form(encoded: String(buffer: body))
    }

    package init(encoded: String) {
        var fields: [String: String] = [:]
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            fields[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        self.fields = fields
    }
}
