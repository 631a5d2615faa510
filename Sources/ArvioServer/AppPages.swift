import ArvioCore
import ArvioIO
import ArvioReports
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
        page(body(template, values, language(request)), title: title, request: request, context: context, status: status, headers: headers)
    }

    /// The templates' fixed labels, built once per language rather than on every page.
    static let finnishLabels = AppText(.fi).labels
    static let englishLabels = AppText(.en).labels

    /// A template's output alone, every value escaped by Mustache: what goes inside the layout.
    static func body(_ template: String, _ values: [String: Any], _ l: Language) -> String {
        var values = values
        values["text"] = l == .fi ? Self.finnishLabels : Self.englishLabels
        values["query"] = query(l)
        return Templates.library.render(withoutEmptyText(values), withTemplate: template) ?? ""
    }

    /// A rendered body inside the layout, with the signed-in person's menu.
    static func page(
        _ body: String, title: String, request: Request, context: AppContext, status: HTTPResponse.Status = .ok,
        headers: HTTPFields = [:]
    ) -> Response {
        let l = language(request)
        let text = AppText(l)
        let q = query(l)
        var menu = [PageLayout.Link(text.toolkit, href: l == .fi ? "/" : "/en/")]
        var signOut: (action: String, csrf: String, label: String)?
        if let signedIn = context.signedIn {
            menu.append(PageLayout.Link(signedIn.account.name, href: "/oma" + q))
            if signedIn.account.role != .assessor { menu.append(PageLayout.Link(text.results, href: "/tulokset" + q)) }
            if signedIn.account.role == .coordinator {
                menu += [
                    PageLayout.Link(text.rounds, href: "/kierrokset" + q), PageLayout.Link(text.invitations, href: "/kutsut" + q),
                    PageLayout.Link(text.exclusions, href: "/jaavaykset" + q), PageLayout.Link(text.auditLog, href: "/loki" + q),
                ]
            }
            signOut = ("/uloskirjautuminen" + q, signedIn.csrfToken, text.signOut)
        } else {
            menu.append(PageLayout.Link(text.signIn, href: "/kirjautuminen" + q))
        }
        let path = request.uri.path
        let page = PageLayout(
            language: l, title: title, siteName: "Arvio", head: .linked(stylesheet: "/app.css", script: "/app.js"), skip: text.skip,
            menuLabel: text.menu, menu: menu, signOut: signOut,
            otherLanguage: l == .fi ? PageLayout.Link("In English", href: path + "?lang=en") : PageLayout.Link("Suomeksi", href: path),
            body: body)
        var headers = headers
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: page.html())))
    }

    /// The values without their empty strings, at every depth. Mustache renders a section (`{{#saved}}…{{/saved}}`)
    /// for any value that is not false, nil or an empty list — an empty string included — so a handler's "nothing to
    /// say" (`""`) would otherwise show an empty notice, a stray dash or a link to nowhere. An absent key inserts
    /// nothing, as an empty one did.
    static func withoutEmptyText(_ values: [String: Any]) -> [String: Any] {
        func clean(_ value: Any) -> Any? {
            switch value {
            case let text as String: return text.isEmpty ? nil : text
            case let dictionary as [String: Any]: return withoutEmptyText(dictionary)
            case let dictionary as [String: String]: return dictionary.filter { !$0.value.isEmpty }
            case let list as [[String: Any]]: return list.map(withoutEmptyText)
            case let list as [[String: String]]: return list.map { $0.filter { !$0.value.isEmpty } }
            default: return value
            }
        }
        return values.compactMapValues(clean)
    }

    /// See other: after a form, the browser asks for the next page (the address a link may carry is always local).
    static func redirect(_ path: String, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.location: path]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: .seeOther, headers: headers)
    }
}
