/// Tells HTML, Markdown and plain text apart from the content alone.
enum FormatDetector {
    static func detect(_ body: Substring, hasFrontMatter: Bool) -> InputFormat {
        let head = body.prefix(20_000)
        let lowered = head.lowercased()
        let trimmed = lowered.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") {
            return .html
        }
        let lines = head.split(separator: "\n").prefix(400)
        var markdownSignals = 0
        var htmlLines = 0
        for line in lines {
            let line = line.drop { $0 == " " }
            if MarkdownBlockReader.headingLevel(line) != nil || line.hasPrefix("> ") || line.hasPrefix("**")
                || line.contains("](") || line.hasPrefix("- ") || line.hasPrefix("---")
            {
                markdownSignals += 1
            }
            if line.hasPrefix("<") && (line.hasPrefix("<p") || line.hasPrefix("<div") || line.hasPrefix("<h")
                || line.hasPrefix("<br") || line.hasPrefix("<table") || line.hasPrefix("<section")
                || line.hasPrefix("<article") || line.hasPrefix("<span") || line.hasPrefix("<body"))
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
