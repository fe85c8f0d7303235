/// Reads plain text: paragraphs split by blank lines, or by line breaks when the text is not hard-wrapped.
enum PlainTextBlockReader {
    static func read(_ body: Substring) -> [Block] {
        let lines = body.newlineSeparatedLines().map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        if let record = NumberedRecord(lines: lines) { return record.blocks() }
        if let subtitles = Subtitles(lines: lines) { return subtitles.blocks() }
        if let table = DelimitedTable(body: body) { return table.blocks() }
        let wrapping = LineWrapping(lines: lines)
        var blocks: [Block] = []
        var group: [Substring] = []
        // Whether the group being read opens with a caption's `>>`.
        var opensWithChange = false
        func flush() {
            defer { group = [] }
            let text = TextNormalization.joinWrapped(group.map(String.init))
            guard !text.isEmpty else { return }
            // The block says a speaker changed; who speaks is read before the blocks are labelled.
            blocks.append(
                Block(text: text, lines: group.map { TextNormalization.collapse(String($0)) }, speaker: opensWithChange ? Block.unnamedSpeaker : nil))
            opensWithChange = false
        }
        for (offset, line) in lines.enumerated() {
            // A page footer interrupts a paragraph without ending it.
            if PageFooter.isFooter(line) {
                blocks.append(Block(kind: .aside, text: TextNormalization.collapse(String(line))))
                continue
            }
            // A rule of dashes or equals signs between a call transcript's header lines carries no words.
            if line.unicodeScalars.allSatisfy(TextNormalization.isSpace) || RuleLine.isLong(line) {
                flush()
                continue
            }
            // `>> JANE SMITH: Good evening.`: television captions mark each change of speaker with `>>`, which
            // opens a paragraph and is no part of the words.
            if let words = Self.afterSpeakerChangeMark(line) {
                flush()
                opensWithChange = true
                group.append(words)
            } else {
                group.append(line)
            }
            let next = offset + 1 < lines.count ? lines[offset + 1] : ""
            if !wrapping.continues(line, into: next) { flush() }
        }
        flush()
        return blocks
    }

    /// The words after a caption's `>>` (or `>>>`) and the blanks after it, when the line opens with one and has words.
    static func afterSpeakerChangeMark(_ line: Substring) -> Substring? {
        guard line.utf8.starts(with: [0x3E, 0x3E]) else { return nil }
        let words = line.drop { $0 == ">" }.drop { $0 == " " || $0 == "\t" }
        return words.isEmpty ? nil : words
    }
}
