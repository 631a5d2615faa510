import ArvioCore
import ArvioIO
import ArvioReports
import HTTPTypes
import Hummingbird

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
    static let finnishLabels = TemplateValue.from(AppText(.fi).labels)
    static let englishLabels = TemplateValue.from(AppText(.en).labels)

    /// A template's output alone, every value escaped by the template: what goes inside the layout.
    static func body(_ template: String, _ values: [String: Any], _ l: Language) -> String {
        var fields = values.compactMapValues(TemplateValue.from)
        fields["text"] = l == .fi ? Self.finnishLabels : Self.englishLabels
        fields["query"] = .text(query(l))
        return Templates.compiled[template]?.render(.object(fields)) ?? ""
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
            menu.append(PageLayout.Link(text.weights, href: "/painot" + q))
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

    /// See other: after a form, the browser asks for the next page (the address a link may carry is always local).
    static func redirect(_ path: String, cookie: String? = nil) -> Response {
        var headers: HTTPFields = [.location: path]
        if let cookie { headers[.setCookie] = cookie }
        return Response(status: .seeOther, headers: headers)
    }
}
