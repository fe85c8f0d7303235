/// `###`, 「（完）」, `[ENDS]`, `END OF TRANSCRIPT`, PTT's `--`, 「（责任编辑：…）」, `Recent News`: a line that closes
/// the record or opens the page's own matter after it. What a page prints after it is its own (`Press Release Number:
/// 24-118`, 「相關圖片：」, 「※ 文章網址: …」, a related story's 「国台办：…」), though it is shaped as labels are: its
/// labels say no sentence. Where one does, or someone who spoke before the line speaks again after it, the line closed
/// one part of a longer record (a paged record's `Copyright` footer between numbered questions), not the record.
enum ClosingMark {
    /// The block that closes the record, where labels follow it; `nil` where none does or the speakers go on after
    /// one.
    static func recordEnd(in blocks: [LabeledBlock]) -> Int? {
        // From the end: a page's matter after its record holds a few labels at most, none saying a sentence. Most
        // records end in a turn that says one, where the reading stops.
        var labelsFrom: [SpeakerLabel] = []
        for index in blocks.indices.reversed() {
            let block = blocks[index]
            if let label = block.label {
                // Someone speaking after any line before this one: the record goes on past it.
                guard !endsSentence(block.text) else { return nil }
                labelsFrom.append(label)
                guard labelsFrom.count <= Thresholds.Segments.mostLabelsAfterClosingMark else { return nil }
            }
            guard !labelsFrom.isEmpty, closesRecord(block) else { continue }
            let spokeBefore = blocks[..<index].compactMap(\.label)
            guard !spokeBefore.isEmpty else { return nil }
            if !labelsFrom.contains(where: { after in spokeBefore.contains { sameSpeaker($0, after) } }) { return index }
        }
        return nil
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.trimmingCharacters(in: " \u{3000}\u{A0}*_").last else { return false }
        return sentenceEnds.contains(last)
    }

    private static let sentenceEnds: Set<Character> = ["。", "？", "！", "…", ".", "?", "!", "”", "\""]

    private static func closesRecord(_ block: LabeledBlock) -> Bool {
        (block.label == nil && isClosingMark(block.block.text)) || (mayBeTrailing(block.block.text) && Segmenter.isTrailing(block.block.text))
    }

    /// Whether `text` may be a trailing line (``Segmenter/isTrailing(_:)``), told on its first scalar after the
    /// emphasis and blanks that reading skips: an ASCII character or an ideograph that opens none of the trailing
    /// phrases opens no trailing line. Any other scalar (an emoji the reading steps over) may. Conservative:
    /// `FastPathTests` holds that where this says no, the reading says no.
    static func mayBeTrailing(_ text: String) -> Bool {
        var utf8 = text.utf8.drop { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: " ") }.makeIterator()
        guard let first = utf8.next() else { return false }
        var scalar = UInt32(first)
        if first >= 0x80 {
            // Ideographs of the basic block (U+4E00–U+9FFF) open with E4–E9; any other scalar may be an emoji.
            guard (0xE4...0xE9).contains(first) else { return true }
            for _ in 0..<2 { scalar = scalar << 8 | UInt32(utf8.next() ?? 0) }
        }
        return trailingOpenings.contains(scalar)
    }

    private static let trailingOpenings = Set(
        LeadingScalar.packed(firstOf: DiscourseLexicon.trailingPrefixes + ["（", "=", SocialLexicon.exportClosingPrefix]))

    static func isClosingMark(_ text: String) -> Bool {
        // Cheapest first: a mark is a few bytes long.
        guard text.utf8.count <= longestMarkBytes else { return false }
        return DiscourseLexicon.closingMarks.contains(text.trimmingCharacters(in: " \u{3000}\u{A0}"))
    }

    private static func sameSpeaker(_ before: SpeakerLabel, _ after: SpeakerLabel) -> Bool {
        if before.text == after.text { return true }
        // `Q1.` and `Q3-1.`: one party of the record, numbered.
        if before.name == nil, after.name == nil, before.roleHint != nil, before.roleHint == after.roleHint {
            return before.text.prefix(while: \.isLetter) == after.text.prefix(while: \.isLetter)
        }
        guard let name = before.name, let other = after.name else { return false }
        return ParticipantRegistry.sameName(name, other)
    }

    private static let longestMarkBytes = DiscourseLexicon.closingMarks.map(\.utf8.count).max().map { $0 + 8 } ?? 0
}
