/// A Markdown document built block by block: headings, paragraphs, quotes, tight lists and pipe
/// tables, separated by blank lines. Text passed in is escaped here unless a method says it takes
/// Markdown.
struct MarkdownDocument {
    /// One item of a list: its Markdown (one line) and the items nested under it.
    struct ListItem {
        var markdown: String
        var children: [ListItem] = []
    }

    private var blocks: [String] = []
    /// The bullet of the last block when it was a list, so that a following list can use the other
    /// bullet and stay a separate list.
    private var lastBullet: Character?

    /// The document's text, ending with one line break.
    var text: String { blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n" }

    mutating func heading(_ level: Int, _ text: String) {
        append(String(repeating: "#", count: max(1, min(6, level))) + " " + MarkdownEscaper.heading(text))
    }

    /// A paragraph of plain text.
    mutating func paragraph(_ text: String) {
        let escaped = MarkdownEscaper.paragraph(text)
        guard !escaped.isEmpty else { return }
        append(escaped)
    }

    /// A paragraph already written in Markdown.
    mutating func markdownParagraph(_ markdown: String) {
        guard !markdown.isEmpty else { return }
        append(markdown)
    }

    /// A block quote of plain-text paragraphs.
    /// A speaker's paragraphs, the first opened by their name in bold and the colon of `lexicon`'s language
    /// (`**Jane Doe**: …`, 「**罗俊杰**：…」); a turn with nothing to print keeps its name on a line of its own.
    mutating func spokenParagraphs(by name: String, _ paragraphs: [String], lexicon: BriefingLexicon) {
        let opening = MarkdownSpan.strong(name, before: lexicon.colon) + lexicon.colon.trimmingCharacters(in: " ")
        let paragraphs = paragraphs.map(MarkdownEscaper.paragraph).filter { !$0.isEmpty }
        guard let first = paragraphs.first else { return markdownParagraph(opening) }
        markdownParagraph(opening + (lexicon.spacedSentences ? " " : "") + first)
        for paragraph in paragraphs.dropFirst() { markdownParagraph(paragraph) }
    }

    mutating func blockquote(_ paragraphs: [String]) {
        let escaped = paragraphs.map(MarkdownEscaper.paragraph).filter { !$0.isEmpty }
        guard !escaped.isEmpty else { return }
        let lines = escaped.map { paragraph in
            paragraph.split(separator: "\n").map { "> " + $0 }.joined(separator: "\n")
        }
        append(lines.joined(separator: "\n>\n"))
    }

    /// A tight bullet list; nested items are indented under their parent.
    mutating func list(_ items: [ListItem]) {
        guard !items.isEmpty else { return }
        let bullet: Character = lastBullet == "-" ? "*" : "-"
        var lines: [String] = []
        func add(_ items: [ListItem], depth: Int) {
            for item in items {
                lines.append(String(repeating: "  ", count: depth) + "\(bullet) " + item.markdown)
                add(item.children, depth: depth + 1)
            }
        }
        add(items, depth: 0)
        append(lines.joined(separator: "\n"), bullet: bullet)
    }

    /// A numbered list of plain-text items, each on one line, numbered from 1.
    mutating func numberedList(_ items: [String]) {
        guard !items.isEmpty else { return }
        let lines = items.enumerated().map { offset, item in
            "\(offset + 1). " + MarkdownEscaper.line(item)
        }
        append(lines.joined(separator: "\n"))
    }

    /// A pipe table with a header row; cells are plain text.
    mutating func table(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(MarkdownEscaper.tableCell).joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { rightAligned.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|"
        append(([row(header), rule] + rows.map(row)).joined(separator: "\n"))
    }

    /// A thematic break.
    mutating func rule() {
        append("---")
    }

    private mutating func append(_ block: String, bullet: Character? = nil) {
        blocks.append(block)
        lastBullet = bullet
    }
}
