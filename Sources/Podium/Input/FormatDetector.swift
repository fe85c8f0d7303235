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
                || line.containsLiteral("](") || line.hasASCIIPrefix("- ") || (line.hasASCIIPrefix("---") && !RuleLine.isLong(line))
            {
                markdownSignals += 1
            }
            if line.hasASCIIPrefix("<") && (line.hasASCIIPrefix("<p") || line.hasASCIIPrefix("<div") || line.hasASCIIPrefix("<h")
                || line.hasASCIIPrefix("<br") || line.hasASCIIPrefix("<table") || line.hasASCIIPrefix("<section")
                || line.hasASCIIPrefix("<article") || line.hasASCIIPrefix("<span") || line.hasASCIIPrefix("<body"))
            {
                htmlLines += 1
            }
        }
        if hasFrontMatter || markdownSignals > 0 { return .markdown }
        if htmlLines > 0 && trimmed.hasPrefix("<") { return .html }
        if htmlLines > 0 { return .markdown }
        return .text
    }

    /// `body.prefix(characters)`, counted in scalars on the UTF-8 bytes while every scalar is a whole character
    /// (``Unicode/Scalar/isWholeCharacter``), which needs no character boundaries, and on characters from the last
    /// whole scalar before the first that is not one (a mark may join that scalar; the scalars before it are
    /// characters of their own).
    static func opening(of body: Substring, characters: Int) -> Substring {
        let utf8 = body.utf8
        // Where the reading on characters takes over, and the characters counted before it.
        let reading: (offset: Int, counted: Int, done: Bool)? = utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            var previous = 0
            var counted = 0
            while offset < bytes.count {
                // ASCII but CR is read from its byte.
                if bytes[offset] < 0x80 && bytes[offset] != 0x0D {
                    if counted == characters { break }
                    previous = offset
                    offset += 1
                    counted += 1
                    continue
                }
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: offset)
                guard scalar.isWholeCharacter else { return counted == 0 ? (0, 0, false) : (previous, counted - 1, false) }
                if counted == characters { break }
                previous = offset
                offset += length
                counted += 1
            }
            return (offset, counted, true)
        }
        guard let reading else { return body.prefix(characters) }
        let start = utf8.index(utf8.startIndex, offsetBy: reading.offset)
        if reading.done { return body[..<start] }
        return body[..<body[start...].prefix(characters - reading.counted).endIndex]
    }
}
