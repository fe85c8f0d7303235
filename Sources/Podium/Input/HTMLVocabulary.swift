/// Which HTML elements break paragraphs, which hold no reader-visible text, and how hiding is spelled.
enum HTMLVocabulary {
    /// Whether `<` + `name` opens a tag, `after` being the character after the name: a tag's name ends at
    /// a blank, a slash or the closing bracket. `<https://…>` is an autolink, `<HANNITY: words>` and
    /// `<title="…">` are text a scraper put in angle brackets.
    /// Whether what follows a tag's name reads as attributes (`class="x" hidden data-id=3 /`): words in
    /// angle brackets (`<SEAN HANNITY: And joining us, …>`) do not, and are text.
    static func areAttributes(_ text: Substring) -> Bool {
        var rest = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        while let first = rest.first, first != "/" {
            let name = rest.prefix { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
            guard !name.isEmpty, name.last != ":", name.first?.isLetter == true || name.first == "_" else { return false }
            rest = rest.dropFirst(name.count)
            if rest.first == "=" {
                rest = rest.dropFirst()
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    guard let end = rest.dropFirst().firstIndex(of: quote) else { return false }
                    rest = rest[rest.index(after: end)...]
                } else {
                    let value = rest.prefix { $0 != " " && $0 != "\t" && $0 != "\n" }
                    guard !value.isEmpty else { return false }
                    rest = rest.dropFirst(value.count)
                }
            }
            guard rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == "\n" || rest.first == "/" else { return false }
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        }
        return rest.isEmpty || rest == "/"
    }

    static func isTagOpening(name: Substring, after: Character?) -> Bool {
        guard !name.isEmpty else { return false }
        guard let after else { return true }
        return after == " " || after == ">" || after == "/" || after == "\t"
    }

    /// Whether a line opens with an HTML tag: `<p class="x">`, `</div>`, `<!-- … -->`, but not
    /// `<https://…>`, `<HANNITY: words…>` or `<title="…">`, which are text in angle brackets.
    static func opensWithTag(_ line: Substring) -> Bool {
        guard line.hasASCIIPrefix("<"), let second = line.dropFirst().first else { return false }
        guard second.isLetter || second == "!" || second == "/" else { return false }
        let name = line.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "!" || $0 == "/" || $0 == "-" }
        let afterName = line.dropFirst(name.count + 1)
        guard isTagOpening(name: name, after: afterName.first) else { return false }
        guard !name.hasPrefix("!"), let close = afterName.firstIndex(of: ">") else { return true }
        return areAttributes(afterName[..<close])
    }

    static let blocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th",
        "figure", "figcaption", "center", "address", "form", "fieldset", "details", "summary", "body", "html",
        "caption", "hgroup",
    ]
    /// A page's own furniture around the article: a site's footer (`<footer>The White House<br>1600 Pennsylvania
    /// Ave NW…</footer>`), its navigation and its sidebars (`<aside><h3>Most Popular</h3>…`). Their text is kept as a
    /// note, never as the last speaker's words.
    static let furniture: Set<String> = ["footer", "nav", "aside"]
    /// A table row's cells, read on one line.
    static let tableCells: Set<String> = ["td", "th"]
    static let breaks: Set<String> = ["br", "hr"]
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "map", "meta", "link", "base",
        "select", "option", "button", "textarea", "audio", "video", "math",
    ]

    /// Whether an element's `style` hides it (`display: none`, `visibility: hidden`, any case or spacing).
    static func styleHides(_ style: String) -> Bool {
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.containsLiteral("display:none") || compact.containsLiteral("visibility:hidden")
    }
}
