import ArvioReports
import Testing

/// The page renderer against cases of the Mustache specification (github.com/mustache/spec, specs/interpolation.yml,
/// sections.yml, inverted.yml, comments.yml: the names in the comments are the specification's), our one difference
/// from it (an empty text is false), and its located errors. That it renders every page template as swift-mustache
/// does is ArvioServerTests' `TemplateOracleTests`.
struct HTMLTemplateTests {
    static let cases: [(template: String, context: TemplateValue, expected: String, note: String)] = [
        ("Hello, {{name}}!", .object(["name": "<b>&\"'"]), "Hello, &lt;b&gt;&amp;&quot;&#39;!", "HTML escaping (all five)"),
        ("{{{name}}} {{&name}}", .object(["name": "<b>"]), "<b> <b>", "triple mustache and ampersand: raw"),
        ("|{{ name }}|", .object(["name": "x"]), "|x|", "interpolation with padding"),
        ("{{a.b.c}}", .object(["a": .object(["b": .object(["c": "deep"])])]), "deep", "dotted names: arbitrary depth"),
        ("[{{a.b}}]", .object(["a": .object([:]), "b": "no"]), "[]", "dotted names: broken chains resolve to nothing"),
        (
            "{{#a}}{{b.c}}{{/a}}", .object(["a": .object(["b": .object([:])]), "b": .object(["c": "ERROR"])]), "",
            "dotted names: context precedence"
        ),
        ("[{{missing}}]", .object([:]), "[]", "a missing name is nothing"),
        ("{{flag}} {{other}}", .object(["flag": true, "other": false]), "true false", "yes and no as text"),
        ("{{#list}}[{{n}}]{{/list}}", .object(["list": .list([.object(["n": "1"]), .object(["n": "2"])])]), "[1][2]", "list"),
        ("{{#list}}{{.}},{{/list}}", .object(["list": .list(["a", "<b>"])]), "a,&lt;b&gt;,", "implicit iterator, escaped"),
        ("{{#o}}{{x}}{{/o}}", .object(["o": .object(["x": "in"]), "x": "out"]), "in", "an object is entered"),
        (
            "{{#list}}{{n}}{{outer}};{{/list}}", .object(["list": .list([.object(["n": "1"])]), "outer": "O"]), "1O;",
            "a name not in the item is looked up outwards"
        ),
        ("{{#t}}<{{t}}>{{/t}}", .object(["t": "x"]), "<x>", "a text is true and entered"),
        ("{{#f}}shown{{/f}}", .object(["f": true]), "shown", "true"),
        ("{{#f}}shown{{/f}}", .object(["f": false]), "", "false"),
        ("{{#l}}shown{{/l}}", .object(["l": .list([])]), "", "an empty list is false"),
        ("{{#t}}shown{{/t}}", .object(["t": ""]), "", "an empty text is false (the one difference from Mustache)"),
        ("{{#m}}shown{{/m}}", .object([:]), "", "missing is false"),
        ("{{^f}}shown{{/f}}", .object(["f": false]), "shown", "inverted: false"),
        ("{{^l}}shown{{/l}}", .object(["l": .list([])]), "shown", "inverted: empty list"),
        ("{{^t}}shown{{/t}}", .object(["t": ""]), "shown", "inverted: empty text"),
        ("{{^m}}shown{{/m}}", .object([:]), "shown", "inverted: missing"),
        ("{{^f}}shown{{/f}}", .object(["f": true]), "", "inverted: true"),
        ("{{^l}}shown{{/l}}", .object(["l": .list(["x"])]), "", "inverted: list"),
        ("| This Is\n{{#b}}\n|\n{{/b}}\n| A Line\n", .object(["b": true]), "| This Is\n|\n| A Line\n", "standalone lines"),
        ("| This Is\n  {{#b}}\n|\n  {{/b}}\n| A Line\n", .object(["b": true]), "| This Is\n|\n| A Line\n", "indented standalone lines"),
        ("|\r\n{{#b}}\r\n{{/b}}\r\n|", .object(["b": true]), "|\r\n|", "standalone line endings"),
        ("#{{#b}}\n/\n{{/b}}", .object(["b": true]), "#\n/\n", "standalone without a newline at the end"),
        (" | {{#b}}\t|\t{{/b}} | \n", .object(["b": true]), " | \t|\t | \n", "not standalone: text on the line"),
        ("Begin.\n{{! Comment Block! }}\nEnd.\n", .object([:]), "Begin.\nEnd.\n", "standalone comment"),
        ("12345{{! Comment Block! }}67890", .object([:]), "1234567890", "inline comment"),
        ("  {{name}}\n", .object(["name": "x"]), "  x\n", "a variable is never standalone"),
        ("é{{t}}ö", .object(["t": "ä'ü"]), "éä&#39;üö", "text outside ASCII passes through"),
    ]

    @Test(arguments: cases)
    func rendersAsMustacheSays(_ example: (template: String, context: TemplateValue, expected: String, note: String)) throws {
        #expect(try HTMLTemplate(example.template).render(example.context) == example.expected, "\(example.note)")
    }

    @Test(arguments: [
        ("{{#a}}x", "template line 1: {{#a}} is not closed"),
        ("x\n\n{{/b}}", "template line 3: {{/b}} closes nothing"),
        ("{{#a}}\n{{/b}}", "template line 2: {{/b}} closes {{#a}}"),
        ("a\n{{name", "template line 2: a tag opened with {{ is not closed"),
        ("{{}}", "template line 1: a tag's name is empty or has blanks or braces: {{}}"),
        ("{{a b}}", "template line 1: a tag's name is empty or has blanks or braces: {{a b}}"),
    ])
    func aMistakeInATemplateIsLocated(_ template: String, _ message: String) {
        #expect(throws: HTMLTemplate.ParseError.self) { try HTMLTemplate(template) }
        do {
            _ = try HTMLTemplate(template)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func pageValuesBuiltAsDictionariesBecomeTemplateValues() throws {
        let values: [String: Any] = [
            "s": "a", "b": true, "n": 3, "rows": [["k": "v"]], "mixed": [["k": 1]], "texts": ["x", "y"],
            "none": String?.none as Any, "some": String?.some("z") as Any,
        ]
        let template = try HTMLTemplate(
            "{{s}}{{b}}{{n}}{{#rows}}{{k}}{{/rows}}{{#mixed}}{{k}}{{/mixed}}{{#texts}}{{.}}{{/texts}}[{{none}}]{{some}}")
        #expect(template.render(TemplateValue.from(values)!) == "atrue3v1xy[]z")
    }
}
