import ArvioCore
import ArvioReports
import Hummingbird

/// The toolkit's files as responses: the right type for each, a directory's `index.html`, and one plain 404 page in
/// the language of the part of the site asked for.
enum SitePages {
    static func response(for path: String, from site: SiteCache, request: Request) async throws -> Response {
        let build = try await site.build()
        let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        guard let text = build.files[file] ?? build.files[file + "/index.html"] else {
            return notFound(english: path.hasPrefix("en/") || path == "en")
        }
        if build.files[file] == nil { return Response(status: .seeOther, headers: [.location: "/\(file)/"]) }
        return Response(status: .ok, headers: [.contentType: contentType(of: file)], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last ?? "" {
        case "html": "text/html; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "bpmn", "xml": "application/xml; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        default: "application/octet-stream"
        }
    }

    static func notFound(english: Bool) -> Response {
        let l: Language = english ? .en : .fi
        let title = Formatting.pick(l, "Sivua ei löydy", "Page not found")
        let home = english ? "/en/" : "/"
        let html = """
            <!DOCTYPE html>
            <html lang="\(l.rawValue)"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">\
            <title>\(title) – Arvio</title></head>
            <body><main><h1>\(title)</h1><p><a href="\(home)">\(Formatting.pick(l, "Etusivulle", "To the front page"))</a></p></main></body></html>

            """
        return Response(
            status: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
