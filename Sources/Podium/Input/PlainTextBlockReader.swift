/// Reads plain text: paragraphs split by blank lines, or by line breaks when the text is not hard-wrapped.
enum PlainTextBlockReader {
    static func read(_ body: Substring) -> [Block] {
        let lines = body.newlineSeparatedLines().map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if let record = NumberedRecord(lines: lines) { return record.blocks() }
        let wrapping = LineWrapping(lines: lines)
        var blocks: [Block] = []
        var group: [Substring] = []
        func flush() {
            defer { group = [] }
            let text = TextNormalization.joinWrapped(group.map(String.init))
            guard !text.isEmpty else { return }
            blocks.append(Block(text: text, lines: group.map { TextNormalization.collapse(String($0)) }))
        }
        for (offset, line) in lines.enumerated() {
            if line.unicodeScalars.allSatisfy(TextNormalization.isSpace) {
                flush()
                continue
            }
            group.append(line)
            let next = offset + 1 < lines.count ? lines[offset + 1] : ""
            if !wrapping.continues(line, into: next) { flush() }
        }
        flush()
        return blocks
    }
}
