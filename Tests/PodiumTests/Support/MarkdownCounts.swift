import Ink

/// What a Markdown parser (Ink) makes of a document, counted by element.
struct MarkdownCounts {
    let html: String

    init(_ markdown: String) {
        html = MarkdownParser().html(from: markdown)
    }

    func count(_ tag: String) -> Int {
        html.components(separatedBy: "<\(tag)>").count - 1 + html.components(separatedBy: "<\(tag) ").count - 1
    }

    var headings1: Int { count("h1") }
    var headings2: Int { count("h2") }
    var headings3: Int { count("h3") }
    var listItems: Int { count("li") }
    var blockquotes: Int { count("blockquote") }
    var tableRows: Int { count("tr") }
}
