/// A court or hearing record printed with a number before every line (1–25 on each page) and page
/// headers and footers between the pages: `12                 JUSTICE SCALIA:   Well, that depends`.
///
/// The line numbers are layout, not words, like Markdown's `#`; indentation after them is what tells a
/// new paragraph from a wrapped line, and the lines outside the numbering (`Alderson Reporting
/// Company`, a page number) are page furniture.
struct NumberedRecord {
    /// One line of the record, its number removed.
    struct Line: Equatable {
        /// The words, with the blanks after the number and at the end removed; empty for a numbered blank.
        var text: Substring
        /// Blanks between the number and the words; `nil` for a line outside the numbering.
        var indent: Int?

        var isFurniture: Bool { indent == nil }
    }

    let lines: [Line]
    /// The indentation of wrapped lines, the most common one: deeper lines open a paragraph.
    let continuationIndent: Int

    /// Reads `lines` as a numbered record, or `nil` when they are not one.
    init?(lines source: [Substring]) {
        guard Self.mayBeRecord(source) else { return nil }
        var lines: [Line] = []
        var numbered = 0
        var inSequence = 0
        var previousNumber: Int?
        var indentCounts: [Int: Int] = [:]
        var textLines = 0
        for raw in source {
            guard raw.unicodeScalars.contains(where: { !TextNormalization.isSpace($0) }) else { continue }
            guard let (number, indent, text) = Self.numbered(raw) else {
                lines.append(Line(text: Self.trimmed(raw), indent: nil))
                continue
            }
            numbered += 1
            if let previousNumber, number == previousNumber + 1 || number == 1 { inSequence += 1 }
            previousNumber = number
            if !text.isEmpty {
                indentCounts[indent, default: 0] += 1
                textLines += 1
            }
            lines.append(Line(text: text, indent: indent))
        }
        let thresholds = Thresholds.NumberedRecord.self
        guard numbered >= thresholds.minimumNumberedLines,
            Double(numbered) >= Double(lines.count) * thresholds.minimumNumberedShare,
            Double(inSequence) >= Double(numbered - 1) * thresholds.minimumSequentialShare,
            // Wrapped lines sit at the shallowest indentation that is common; openings are deeper.
            let shallowest = indentCounts.filter({ Double($0.value) >= Double(textLines) * thresholds.minimumIndentShare })
                .keys.min()
        else { return nil }
        self.lines = lines
        continuationIndent = shallowest
    }

    /// Whether enough lines open with a digit for the text to be a record, counted on bytes: most texts are
    /// turned down here without their lines being read.
    static func mayBeRecord(_ lines: [Substring]) -> Bool {
        var nonBlank = 0
        var digitFirst = 0
        for line in lines {
            guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0C && $0 != 0x0D }) else { continue }
            nonBlank += 1
            if (0x30...0x39).contains(first) { digitFirst += 1 }
        }
        let thresholds = Thresholds.NumberedRecord.self
        return digitFirst >= thresholds.minimumNumberedLines && Double(digitFirst) >= Double(nonBlank) * thresholds.minimumNumberedShare
    }

    /// Whether a numbered line opens a paragraph: it is indented deeper than wrapped lines are.
    func opensParagraph(_ line: Line) -> Bool {
        guard let indent = line.indent else { return false }
        return indent >= continuationIndent + Thresholds.NumberedRecord.paragraphIndentStep
    }

    /// `" 3   argument before…"` → (3, 3, "argument before…"): a number of one to three digits in the
    /// margin, then a blank or the end of the line.
    private static func numbered(_ line: Substring) -> (Int, Int, Substring)? {
        let start = line.drop { TextNormalization.isSpace($0.unicodeScalars.first ?? "x") }
        // Line numbers stand in the margin; a number further in is a page number or a centred heading.
        // Counted over the margin alone, not over the whole line twice.
        guard line.distance(from: line.startIndex, to: start.startIndex) <= Thresholds.NumberedRecord.maximumNumberMargin else { return nil }
        let digits = start.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let number = Int(digits) else { return nil }
        let afterDigits = start.dropFirst(digits.count)
        guard afterDigits.isEmpty || afterDigits.first == " " || afterDigits.first == "\t" else { return nil }
        let words = afterDigits.drop { $0 == " " || $0 == "\t" }
        return (number, afterDigits.distance(from: afterDigits.startIndex, to: words.startIndex), trimmed(words))
    }

    private static func trimmed(_ text: Substring) -> Substring {
        var text = text.drop { TextNormalization.isSpace($0.unicodeScalars.first ?? "x") }
        while let last = text.last, last.unicodeScalars.allSatisfy(TextNormalization.isSpace) { text = text.dropLast() }
        return text
    }

    /// The record's paragraphs and its page furniture, in reading order. A paragraph runs on across a
    /// page break, so the furniture of that break comes before the paragraph it interrupts.
    func blocks() -> [Block] {
        var blocks: [Block] = []
        var paragraph: [String] = []
        var furniture: [Block] = []
        func flush() {
            blocks += furniture
            furniture = []
            guard !paragraph.isEmpty else { return }
            blocks.append(Block(text: TextNormalization.joinWrapped(paragraph), lines: paragraph.count > 1 ? paragraph : []))
            paragraph = []
        }
        for line in lines {
            if line.isFurniture {
                furniture.append(Block(kind: .aside, text: TextNormalization.collapse(String(line.text))))
                continue
            }
            if line.text.isEmpty || opensParagraph(line) { flush() }
            if !line.text.isEmpty { paragraph.append(TextNormalization.collapse(String(line.text))) }
        }
        flush()
        return blocks
    }

    /// The lines as the coverage check reads them: numbers removed, every line kept.
    var textLines: [String] {
        lines.compactMap { $0.text.isEmpty ? nil : String($0.text) }
    }
}
