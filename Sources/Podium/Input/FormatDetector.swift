/// Tells HTML, Markdown and plain text apart from the content alone.
enum FormatDetector {
    static func detect(_ body: Substring, hasFrontMatter: Bool) -> InputFormat {
        let head = Self.opening(of: body, characters: 20_000)
        // Only the opening is compared, so only the opening is lower-cased.
        let trimmed = head.drop { $0.isWhitespace }.prefix(16).lowercased()
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") {
            return .html
        }
        // The first 400 non-empty lines, as `head.split(separator: "\n").prefix(400)` gives them.
        var lines: [Substring] = []
        head.forEachNewlineSeparatedLine { line in
            if !line.isEmpty { lines.append(line) }
            return lines.count < 400
        }
        var markdownSignals = 0
        var htmlLines = 0
        for line in lines {
            let line = line.drop { $0 == " " }
            if MarkdownBlockReader.headingLevel(line) != nil || line.hasASCIIPrefix("> ") || line.hasASCIIPrefix("**")
                || line.containsLiteral("](") || (line.hasASCIIPrefix("- ") && !PageFooter.isFooter(line))
                || (line.hasASCIIPrefix("---") && !RuleLine.isLong(line))
            {
                // `- 1 -` is a paged text's footer, no list item.
                markdownSignals += 1
            }
            if line.hasASCIIPrefix("<"), htmlLineOpenings.contains(where: { line.hasASCIIPrefix($0) }) {
                htmlLines += 1
            }
        }
        if hasFrontMatter || markdownSignals > 0 { return .markdown }
        if htmlLines > 0 && trimmed.hasPrefix("<") { return .html }
        if htmlLines > 0 { return .markdown }
        return .text
    }

    /// Tags that open a line of an HTML page or fragment: blocks, and the inline tags a transcript's lines open with
    /// (`<b>Jane Smith:</b> Welcome…<br>`). Lower case: `<HANNITY: …>` is a scraper's speaker in plain text.
    static let htmlLineOpenings = [
        "<p", "<div", "<h", "<br", "<table", "<section", "<article", "<span", "<body", "<b>", "<strong", "<i>", "<em>", "<font",
        "<a ", "<li", "<ul", "<ol", "<dl", "<dt", "<dd", "<tr", "<td", "<blockquote",
    ]

    /// `body.prefix(characters)`, counted in scalars on the UTF-8 bytes while each is a whole character
    /// (``Unicode/Scalar/isWholeCharacter``), which needs no character boundaries. A scalar that is not one is read
    /// with the character it belongs to, found on characters from the last whole scalar before it (which a mark may
    /// join; the scalars before that are characters of their own), and the bytes are read on after that character.
    static func opening(of body: Substring, characters: Int) -> Substring {
        let utf8 = body.utf8
        let end: Int? = utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            var counted = 0
            // Where the last character counted starts when it was counted as a whole scalar.
            var lastWhole: Int?
            while offset < bytes.count {
                // ASCII but CR is read from its byte.
                var length = 1
                var isWhole = bytes[offset] < 0x80 && bytes[offset] != 0x0D
                if UTF8Decoding.commonIdeographLeads.contains(bytes[offset]), offset + 2 < bytes.count {
                    length = 3
                    isWhole = true
                } else if bytes[offset] >= 0x80 {
                    let decoded = UTF8Decoding.scalar(in: bytes, at: offset)
                    length = decoded.length
                    isWhole = decoded.scalar.isWholeCharacter
                }
                if isWhole {
                    if counted == characters { break }
                    lastWhole = offset
                    offset += length
                    counted += 1
                    continue
                }
                let start = lastWhole ?? offset
                if lastWhole != nil {
                    counted -= 1
                } else if counted == characters {
                    break
                }
                let next = body.index(after: utf8.index(utf8.startIndex, offsetBy: start))
                offset = utf8.distance(from: utf8.startIndex, to: next)
                counted += 1
                lastWhole = nil
            }
            return offset
        }
        guard let end else { return body.prefix(characters) }
        return body[..<utf8.index(utf8.startIndex, offsetBy: end)]
    }
}
