import CLibXML2

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

    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    static func attribute(_ name: String, of node: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { podium_xml_free(value) }
        return String(cString: value)
    }

    static func isHidden(_ node: xmlNodePtr) -> Bool {
        if xmlHasProp(node, "hidden") != nil { return true }
        guard let style = attribute("style", of: node) else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    static func textContent(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { podium_xml_free(content) }
        return String(cString: content)
    }
}
