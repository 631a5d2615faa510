import ArvioCore

/// The one layout of every page a person reads in a browser: the toolkit site's pages (written as files by `arvio
/// build` and served by `arvio serve`) and the web app's pages. One template, so the skip link, the menu, the
/// language switch, the illustrative-data banner and the footer are the same everywhere; the wording comes from the
/// caller, picked from Finnish and English side by side (`LocalizedText`) like every other text.
///
/// Every value is inserted escaped (`& < > " '`); only `body` (the page's own HTML, escaped when it was built) and an
/// inline style sheet (a constant of the code) go in raw — a test keeps it so.
package struct PageLayout: Sendable {
    package struct Link: Sendable {
        package var href: String
        package var label: String

        package init(_ label: String, href: String) {
            self.href = href
            self.label = label
        }
    }

    /// How the page gets its style and script: inline (a file that must work opened from disk, under its own content
    /// security policy) or linked (served pages, under the server's policy header).
    package enum Head: Sendable {
        case inline(style: String, policy: String)
        case linked(stylesheet: String, script: String)
    }

    package var language: Language
    package var title: String
    package var siteName: String
    package var head: Head
    package var skip: String
    package var menuLabel: String
    package var menu: [Link]
    /// A signed-in person's sign-out form in the menu: where it posts, its CSRF token and its button's label.
    package var signOut: (action: String, csrf: String, label: String)?
    /// The same page in the other language, when there is one.
    package var otherLanguage: Link?
    package var banner: String?
    /// The page's own HTML, already escaped where it holds data.
    package var body: String
    /// The footer's lines, a paragraph each.
    package var footer: [String]
    /// A same-origin script at the end of the body (the site's filter).
    package var script: String?

    package init(
        language: Language, title: String, siteName: String, head: Head, skip: String, menuLabel: String, menu: [Link],
        signOut: (action: String, csrf: String, label: String)? = nil, otherLanguage: Link?, banner: String? = nil, body: String,
        footer: [String] = [], script: String? = nil
    ) {
        self.language = language
        self.title = title
        self.siteName = siteName
        self.head = head
        self.skip = skip
        self.menuLabel = menuLabel
        self.menu = menu
        self.signOut = signOut
        self.otherLanguage = otherLanguage
        self.banner = banner
        self.body = body
        self.footer = footer
        self.script = script
    }

    package static let template = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        {{#policy}}
        <meta http-equiv="Content-Security-Policy" content="{{policy}}"/>
        {{/policy}}
        <title>{{title}} – {{siteName}}</title>
        {{#inlineStyle}}
        <style>{{{inlineStyle}}}</style>
        {{/inlineStyle}}
        {{#stylesheet}}
        <link rel="stylesheet" href="{{stylesheet}}"/>
        <script src="{{headScript}}" defer="defer"></script>
        {{/stylesheet}}
        </head>
        <body>
        <a class="skip" href="#main">{{skip}}</a>
        {{#hasNav}}
        <header>
        <nav aria-label="{{menuLabel}}"><ul>
        {{#menu}}
        <li><a href="{{href}}">{{label}}</a></li>
        {{/menu}}
        {{#signOut}}
        <li><form method="post" action="{{action}}"><input type="hidden" name="csrf" value="{{csrf}}"/><button type="submit">{{label}}</button></form></li>
        {{/signOut}}
        {{#other}}
        <li><a href="{{href}}" lang="{{lang}}" hreflang="{{lang}}">{{label}}</a></li>
        {{/other}}
        </ul></nav>
        </header>
        {{/hasNav}}
        <main id="main">
        {{#banner}}
        <p class="banner" role="note"><strong>{{banner}}</strong></p>
        {{/banner}}
        {{{body}}}
        </main>
        {{#hasFooter}}
        <footer>
        {{#footer}}
        <p>{{.}}</p>
        {{/footer}}
        </footer>
        {{/hasFooter}}
        {{#script}}
        <script src="{{script}}" defer="defer"></script>
        {{/script}}
        </body>
        </html>

        """

    // A constant of this file: a mistake in it is a programming error that every page test finds.
    static let compiled = try! HTMLTemplate(template)

    package func html() -> String {
        let links = { (links: [Link]) in TemplateValue.list(links.map { .object(["href": .text($0.href), "label": .text($0.label)]) }) }
        var values: [String: TemplateValue] = [
            "lang": .text(language.rawValue), "title": .text(title), "siteName": .text(siteName), "skip": .text(skip),
            "menuLabel": .text(menuLabel), "menu": links(menu), "body": .text(body),
            "hasNav": .flag(!menu.isEmpty || signOut != nil || otherLanguage != nil), "hasFooter": .flag(!footer.isEmpty),
            "footer": .list(footer.map(TemplateValue.text)),
        ]
        if let other = otherLanguage {
            values["other"] = .object(["href": .text(other.href), "label": .text(other.label), "lang": language == .fi ? "en" : "fi"])
        }
        switch head {
        case .inline(let style, let policy):
            values["inlineStyle"] = .text(style)
            values["policy"] = .text(policy)
        case .linked(let stylesheet, let script):
            values["stylesheet"] = .text(stylesheet)
            values["headScript"] = .text(script)
        }
        if let signOut {
            values["signOut"] = .object(["action": .text(signOut.action), "csrf": .text(signOut.csrf), "label": .text(signOut.label)])
        }
        if let banner { values["banner"] = .text(banner) }
        if let script { values["script"] = .text(script) }
        return Self.compiled.render(.object(values))
    }
}
