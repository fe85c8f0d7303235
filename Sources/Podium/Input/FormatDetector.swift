/// Tells HTML, Markdown and plain text apart from the content alone.
enum FormatDetector {
    static func detect(_ body: Substring, hasFrontMatter: Bool) -> InputFormat {
        let head = body.prefix(20_000)
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
}
