/// Reads Markdown (and the Markdown-plus-HTML bodies of Jekyll and Hexo posts) into blocks.
struct MarkdownBlockReader {
    private(set) var blocks: [Block] = []
    private(set) var firstHeading: String?
    private(set) var summary: String?

    /// Told of each block as it is finished.
    private var observer: (any BlockObserver)?

    static func read(_ body: Substring, observer: (any BlockObserver)? = nil) -> MarkdownBlockReader {
        var reader = MarkdownBlockReader()
        reader.observer = observer
        // A CR is a character of its own before the end of a line (none joins it but a LF, which ends the line).
        let lines = body.newlineSeparatedLines().map { line -> Substring in
            line.utf8.last == 0x0D ? line.dropLast() : line
        }
        var paragraph: [Substring] = []
        var quote: [Substring] = []
        var html: [Substring] = []
        var index = 0

        func isBlank(_ line: Substring) -> Bool { line.unicodeScalars.allSatisfy(TextNormalization.isSpace) }

        while index < lines.count {
            let line = lines[index]
            let isText = Self.opensParagraphText(line)
            if !html.isEmpty {
                if !isText, isBlank(line) {
                    reader.appendHTML(html)
                    html = []
                } else {
                    html.append(line)
                }
                index += 1
                continue
            }
            if !isText, isBlank(line) {
                reader.appendParagraph(paragraph)
                reader.appendQuote(quote)
                paragraph = []
                quote = []
                index += 1
                continue
            }
            if isText {
                reader.appendQuote(quote)
                quote = []
                paragraph.append(line)
                index += 1
                continue
            }
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasASCIIPrefix(">") {
                reader.appendParagraph(paragraph)
                paragraph = []
                quote.append(trimmed.dropFirst().drop { $0 == " " })
                index += 1
                continue
            }
            reader.appendQuote(quote)
            quote = []
            if let level = Self.headingLevel(trimmed) {
                reader.appendParagraph(paragraph)
                paragraph = []
                let content = trimmed.drop { $0 == "#" }.drop { $0 == " " }
                var heading = Substring(content.trimmingCharacters(in: " "))
                while heading.hasSuffix("#") { heading = heading.dropLast() }
                reader.append(MarkdownInline.strip(heading), kind: .heading(level: level), lines: [heading])
                index += 1
                continue
            }
            if Self.startsHTMLBlock(trimmed) {
                reader.appendParagraph(paragraph)
                paragraph = []
                html = [line]
                index += 1
                continue
            }
            if Self.isThematicBreak(trimmed) {
                reader.appendParagraph(paragraph)
                paragraph = []
                index += 1
                continue
            }
            if trimmed.hasASCIIPrefix("```") || trimmed.hasASCIIPrefix("~~~") {
                reader.appendParagraph(paragraph)
                paragraph = []
                let fence = trimmed.prefix(3)
                index += 1
                while index < lines.count, !lines[index].drop(while: { $0 == " " }).hasPrefix(fence) {
                    if !isBlank(lines[index]) {
                        reader.append(MarkdownInline.Result(text: String(lines[index])), kind: .paragraph, lines: [lines[index]])
                    }
                    index += 1
                }
                index += 1
                continue
            }
            if let item = Self.bulletContent(trimmed) {
                reader.appendParagraph(paragraph)
                paragraph = [item]
                index += 1
                continue
            }
            if trimmed.hasASCIIPrefix("|") {
                reader.appendParagraph(paragraph)
                paragraph = []
                // `| Speaker | Text |`: a table of who says what, a turn a row.
                let rows = lines[index...].prefix { $0.drop { $0 == " " }.hasASCIIPrefix("|") }
                if let table = DelimitedTable(markdownRows: Array(rows)) {
                    for block in table.blocks() { reader.append(Self.inlineStripped(block)) }
                    index += rows.count
                    continue
                }
            }
            if Self.isOrderedItem(trimmed) {
                reader.appendParagraph(paragraph)
                paragraph = []
            }
            paragraph.append(line)
            index += 1
        }
        reader.appendHTML(html)
        reader.appendParagraph(paragraph)
        reader.appendQuote(quote)
        return reader
    }

    /// A table row's block with its cells' inline Markdown removed.
    private static func inlineStripped(_ block: Block) -> Block {
        var stripped = block
        stripped.text = TextNormalization.collapse(MarkdownInline.strip(block.text[...]).text)
        stripped.speaker = block.speaker.map { TextNormalization.collapse(MarkdownInline.strip($0[...]).text) }
        return stripped
    }

    private mutating func append(_ inline: MarkdownInline.Result, kind: Block.Kind, lines: [Substring]) {
        let prefix = inline.strongPrefix.map(TextNormalization.collapse)
        append(
            Block(
                kind: kind, text: TextNormalization.collapse(inline.text), strongPrefix: prefix?.isEmpty == false ? prefix : nil,
                lines: lines.map { TextNormalization.collapse(MarkdownInline.strip($0).text) }.filter { !$0.isEmpty }))
    }

    private mutating func append(_ block: Block) {
        guard !block.text.isEmpty else { return }
        blocks.append(block)
        observer?.observe(block)
        if case .heading(level: 1) = block.kind, firstHeading == nil { firstHeading = block.text }
    }

    /// A Markdown paragraph joins its lines; the lines are kept so a label opening one of them can still split it.
    /// Most paragraphs hold no markup in any line (none of its marks spans a line break): their lines, collapsed one
    /// by one, are joined as collapsing the whole would join them, and the paragraph is not read a second time.
    private mutating func appendParagraph(_ lines: [Substring]) {
        guard !lines.isEmpty else { return }
        guard lines.contains(where: { MarkdownInline.mayHoldMarkup($0.utf8) }) else {
            let cleanLines = lines.map { TextNormalization.collapse(String($0)) }.filter { !$0.isEmpty }
            append(Block(kind: .paragraph, text: TextNormalization.joinCollapsed(cleanLines), strongPrefix: nil, lines: cleanLines))
            return
        }
        append(MarkdownInline.strip(Substring(lines.joined(separator: "\n"))), kind: .paragraph, lines: lines)
    }

    private mutating func appendQuote(_ lines: [Substring]) {
        guard !lines.isEmpty else { return }
        let inline = MarkdownInline.strip(Substring(lines.joined(separator: "\n")))
        // `> **Jane Smith:** Welcome…`: a quotation that opens with a bold label is the first turn of a transcript
        // printed in quotations, not a post's summary.
        let opensWithBoldLabel = inline.strongPrefix.map { bold in
            let colon = bold.last == ":" || bold.last == "：" ? bold.last : inline.text.dropFirst(bold.count).first
            return colon == ":" || colon == "："
        } ?? false
        if blocks.isEmpty, summary == nil, !opensWithBoldLabel {
            summary = TextNormalization.collapse(inline.text)
            return
        }
        append(inline, kind: .quote, lines: lines)
    }

    private mutating func appendHTML(_ lines: [Substring]) {
        guard !lines.isEmpty else { return }
        let reader = HTMLBlockReader.read(Self.joined(lines), observer: observer)
        // A body that is one HTML block (a CMS page saved as a post) takes the reader's blocks as they are:
        // appending would copy a large document's blocks while both copies are held.
        if blocks.isEmpty { blocks = reader.blocks } else { blocks += reader.blocks }
        if firstHeading == nil { firstHeading = reader.firstHeading }
    }

    /// The lines joined with `\n`: the stretch of the document they came from when they are consecutive
    /// in it (no copy of a long HTML block), a new string otherwise. The lines are slices of one body.
    private static func joined(_ lines: [Substring]) -> Substring {
        guard let first = lines.first, let last = lines.last else { return "" }
        let base = first.base
        var previous = first
        for line in lines.dropFirst() {
            guard previous.endIndex < base.endIndex, base.utf8[previous.endIndex] == 0x0A,
                base.utf8.index(after: previous.endIndex) == line.startIndex
            else { return Substring(lines.joined(separator: "\n")) }
            previous = line
        }
        return base[first.startIndex..<last.endIndex]
    }

    /// Whether the line's first scalar after its blanks is visible ASCII that opens no block, or one outside ASCII that
    /// equals only itself (``Unicode/Scalar/hasNoCanonicalEquivalent``, most Chinese) and is no blank: no quote,
    /// heading, tag, rule, fence, list item or table row starts there and the line is not blank, so it is a
    /// paragraph's text. Most lines are told so before their characters are read; `FastPathTests` holds that every
    /// block test turns such a line down.
    static func opensParagraphText(_ line: Substring) -> Bool {
        guard let index = line.utf8.firstIndex(where: { $0 != 0x20 }) else { return false }
        let opening = line.utf8[index]
        guard opening >= 0x80 else { return opening > 0x20 && opening < 0x7F && !blockOpenings.contains(Unicode.Scalar(opening)) }
        let scalar = line.unicodeScalars[index]
        return scalar.hasNoCanonicalEquivalent && !TextNormalization.isSpace(scalar)
    }

    /// The first characters of every block but a paragraph: `>`, `#`, `<`, rules and bullets, fences, `|`, digits.
    private static let blockOpenings = ScalarList("><#-*_+`~|0123456789")

    static func headingLevel(_ line: Substring) -> Int? {
        // Turned down on its first byte: no character but `#` starts with one.
        guard line.utf8.first == UInt8(ascii: "#") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    static func startsHTMLBlock(_ line: Substring) -> Bool {
        HTMLVocabulary.opensWithTag(line)
    }


    static func isThematicBreak(_ line: Substring) -> Bool {
        // Turned down on its first visible character.
        guard let opening = line.first(where: { $0 != " " }), opening == "-" || opening == "*" || opening == "_" else { return false }
        // Three or more of it and nothing else but blanks: a bullet's or an emphasis' first word ends the reading,
        // and the line is not copied.
        var count = 0
        for character in line where character != " " {
            guard character == opening else { return false }
            count += 1
        }
        return count >= 3
    }

    static func bulletContent(_ line: Substring) -> Substring? {
        guard let first = line.first, "-*+".contains(first), line.dropFirst().first == " " else { return nil }
        return line.dropFirst(2)
    }

    static func isOrderedItem(_ line: Substring) -> Bool {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.hasPrefix(". ") || rest.hasPrefix(") "))
    }
}
