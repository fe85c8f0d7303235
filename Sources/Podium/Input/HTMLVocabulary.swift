/// Which HTML elements break paragraphs, which hold no reader-visible text, and how hiding is spelled.
enum HTMLVocabulary {
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "h1", "h2", "h3", "h4", "h5",
        "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th",
        "figure", "figcaption", "center", "address", "form", "fieldset", "details", "summary", "body", "html",
        "caption", "hgroup",
    ]
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
