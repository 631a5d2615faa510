import Foundation
import Hummingbird
import MultipartKit

/// An HTML form's fields, read from a POST body of at most 64 KB (`application/x-www-form-urlencoded`).
package struct Form: Sendable {
    package var fields: [String: String]
    /// Every value of a field a form may send several times (checkboxes of one name), in the order sent.
    package var repeated: [String: [String]]

    package subscript(_ name: String) -> String { fields[name] ?? "" }

    package func values(_ name: String) -> [String] { repeated[name] ?? [] }

    package static func read(_ request: Request) async throws -> Form {
        let body = try await request.body.collect(upTo: 64 * 1024)
        return Form(encoded: String(buffer: body))
    }

    package init(encoded: String) {
        var fields: [String: String] = [:]
        var repeated: [String: [String]] = [:]
        for pair in encoded.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in
                text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let (name, value) = (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
            fields[name] = value
            repeated[name, default: []].append(value)
        }
        self.fields = fields
        self.repeated = repeated
    }
}

/// A file sent with a `multipart/form-data` form (the workbook upload): its name as the browser gave it, its bytes,
/// and the form's CSRF token. Parsed with MultipartKit's parser; at most ``limit`` bytes.
package struct Upload: Sendable {
    package var fileName: String
    package var bytes: [UInt8]
    package var csrf: String

    package static let limit = 5 * 1024 * 1024

    /// The upload, or nil when the body is not a multipart form with a `csrf` field and a `file` part.
    package static func read(_ request: Request) async throws -> Upload? {
        guard let type = request.headers[.contentType], type.lowercased().hasPrefix("multipart/form-data"),
            let boundary = type.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })?.dropFirst("boundary=".count)
        else { return nil }
        let body = try await request.body.collect(upTo: limit)
        let parser = MultipartParser(boundary: String(boundary).trimmingCharacters(in: ["\""]))
        var parts: [(disposition: String, body: [UInt8])] = []
        var disposition = ""
        var content: [UInt8] = []
        parser.onHeader = { field, value in if field.lowercased() == "content-disposition" { disposition = value } }
        parser.onBody = { buffer in content += buffer.readableBytesView }
        parser.onPartComplete = {
            parts.append((disposition, content))
            (disposition, content) = ("", [])
        }
        guard (try? parser.execute(body)) != nil else { return nil }
        func parameter(_ name: String, of disposition: String) -> String? { parameters(disposition)[name] }
        guard let csrf = parts.first(where: { parameter("name", of: $0.disposition) == "csrf" }),
            let file = parts.first(where: { parameter("name", of: $0.disposition) == "file" })
        else { return nil }
        return Upload(
            fileName: parameter("filename", of: file.disposition) ?? "workbook.xlsx", bytes: file.body,
            csrf: String(decoding: csrf.body, as: UTF8.self))
    }

    /// A `Content-Disposition` header's parameters (`form-data; name="file"; filename="a;b.xlsx"`), a `;` inside
    /// quotes kept as part of the value.
    static func parameters(_ header: String) -> [String: String] {
        var parts: [String] = []
        var current = ""
        var quoted = false
        for character in header {
            if character == "\"" { quoted.toggle() }
            if character == ";" && !quoted {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        var result: [String: String] = [:]
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            let value =
                pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
            result[pair[0].lowercased()] = value
        }
        return result
    }
}
