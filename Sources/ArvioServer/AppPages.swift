import ArvioCore
import ArvioIO
import HTTPTypes
import Hummingbird
import Mustache

/// The web app's pages: a template's output inside the layout, in the language the request asks for (`?lang=en`;
/// Finnish by default), with the signed-in person's menu.
enum AppPages {
    static func language(_ request: Request) -> Language { request.uri.queryParameters["lang"] == "en" ? .en : .fi }

    static func query(_ l: Language) -> String { l == .en ? "?lang=en" : "" }

    static func render(
        _ template: String, _ values: [String: Any], title: String, request: Request, context: AppContext,
        status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        let l = language(request)
        let text = AppText(l)
        var values = values
        values["text"] = text.labels
        values["query"] = query(l)
        let body = Templates.library.render(values, withTemplate: template) ?? ""
        let path = request.uri.path
        var layout: [String: Any] = [
            "lang": l.rawValue, "title": title, "text": text.labels, "body": body, "home": l == .fi ? "/" : "/en/",
            "query": query(l),
            "other": l == .fi
                ? ["href": path + "?lang=en", "lang": "en", "label": "In English"] : ["href": path, "lang": "fi", "label": "Suomeksi"],
        ]
        if let signedIn = context.signedIn {
            layout["signedIn"] =
                ["name": signedIn.account.name, "csrf": signedIn.csrfToken, "coordinator": signedIn.account.role == .coordinator]
                as [String: Any]
        }
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        let html = Templates.library.render(layout, withTemplate: "layout") ?? ""
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// See other: after a form, the browser asks for the next page (the address a link may carry is always local).
    static func redirect(_ path: String, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.location: path]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: .seeOther, headers: headers)
    }
}
