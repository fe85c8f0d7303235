/// `###`, 「（完）」, `[ENDS]`, `END OF TRANSCRIPT`, PTT's `--`, 「（责任编辑：…）」, `Recent News`: a line that closes
/// the record or opens the page's own matter after it. What a page prints after it is its own (`Press Release Number:
/// 24-118`, 「相關圖片：」, 「※ 文章網址: …」, a related story's 「国台办：…」), though it is shaped as labels are: its
/// labels say no sentence. Where one does, or someone who spoke before the line speaks again after it, the line closed
/// one part of a longer record (a paged record's `Copyright` footer between numbered questions), not the record.
enum ClosingMark {
    /// The block that closes the record, where labels follow it; `nil` where none does or the speakers go on after
    /// one.
    static func recordEnd(in blocks: [LabeledBlock]) -> Int? {
        // From the end: a page's matter after its record holds a few labels at most, and most records end in none.
        var labelsFrom: [SpeakerLabel] = []
        for index in blocks.indices.reversed() {
            let block = blocks[index]
            if let label = block.label {
                labelsFrom.append(label)
                guard labelsFrom.count <= Thresholds.Segments.mostLabelsAfterClosingMark else { return nil }
            }
            guard !labelsFrom.isEmpty, closesRecord(block) else { continue }
            // A labelled line after the mark that says a sentence is someone speaking: the record goes on.
            if blocks[index...].contains(where: { $0.label != nil && endsSentence($0.text) }) { return nil }
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
        (block.label == nil && isClosingMark(block.block.text)) || Segmenter.isTrailing(block.block.text)
    }

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
