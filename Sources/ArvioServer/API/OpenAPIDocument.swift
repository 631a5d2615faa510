import Foundation

/// `openapi.yaml`, this folder's description of the JSON API, as the server serves it: the file is a resource of the
/// module, so the spec in the repository and the one served are the same bytes.
enum OpenAPIDocument {
    static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }()
}
