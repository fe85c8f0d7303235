/// 「林正宏（以下簡稱林）：我要先說清楚…」: a speaker's first label notes the short form the later labels print (「林：」),
/// as a key line would. The label is certain, and the short form stands for it.
enum AbbreviatedLabel {
    /// The label before the note, the short form it gives, the label as printed (note included), and the words after
    /// the colon; `nil` where the text opens with no such label.
    ///
    /// Every block is asked: one whose first bytes, as many as a label's characters take, hold no 稱 or 称 is turned
    /// down on them; ``splitReference(_:)`` reads every block, and `FastPathTests` holds the two equal.
    static func split(_ text: String) -> (label: String, short: String, printed: String, rest: String)? {
        let limit = Thresholds.LabelKey.longestAbbreviatedLabel * 4
        let notes = text.utf8.withContiguousStorageIfAvailable { bytes in holdsANoteWord(bytes.prefix(limit)) }
            ?? holdsANoteWord(Array(text.utf8.prefix(limit))[...])
        guard notes else { return nil }
        return splitReference(text)
    }

    /// Whether the bytes hold 稱 (E7 A8 B1) or 称 (E7 A7 B0), which every note of ``SpeakerLexicon/abbreviationNotes``
    /// holds.
    private static func holdsANoteWord<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        var (beforeLast, last): (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if beforeLast == 0xE7, (last == 0xA8 && byte == 0xB1) || (last == 0xA7 && byte == 0xB0) { return true }
            (beforeLast, last) = (last, byte)
        }
        return false
    }

    /// ``split(_:)`` read on the characters of any text.
    static func splitReference(_ text: String) -> (label: String, short: String, printed: String, rest: String)? {
        guard let open = text.prefix(Thresholds.LabelKey.longestAbbreviatedLabel).firstIndex(where: { $0 == "（" || $0 == "(" }),
            case let label = text[..<open].trimmingCharacters(in: " \u{3000}"), !label.isEmpty,
            let close = text[open...].firstIndex(where: { $0 == "）" || $0 == ")" }),
            case let note = text[text.index(after: open)..<close],
            let short = shortForm(noted: note),
            let colon = text[close...].dropFirst().first, colon == "：" || colon == ":"
        else { return nil }
        guard short.count < label.count else { return nil }
        let rest = text[text.index(close, offsetBy: 2)...].trimmingCharacters(in: " \u{3000}")
        return (label, short, String(text[...close]), rest)
    }

    /// 「執行委員會主席馮志強（下稱馮）、執行委員范家駿（下稱范）出席」: a report's lead names each speaker and notes the
    /// short form their labels print, a surname. Each short form and the name before its note, which opens with it;
    /// an organisation's short form (「香港大學（下稱港大）」) names no speaker.
    static func definitions(in text: String) -> [(short: String, name: String)] {
        let noted = text.utf8.withContiguousStorageIfAvailable { holdsANoteWord($0) } ?? holdsANoteWord(Array(text.utf8)[...])
        guard noted else { return [] }
        var result: [(short: String, name: String)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "（" || $0 == "(" }) {
            let after = rest[rest.index(after: open)...]
            rest = after
            guard let close = after.firstIndex(where: { $0 == "）" || $0 == ")" }), let short = shortForm(noted: after[..<close])
            else { continue }
            let before = text[..<open].suffix(Thresholds.LabelKey.longestChineseName)
            guard let first = short.first, short.count < Thresholds.LabelKey.longestChineseName,
                let start = before.firstIndex(of: first), case let name = String(before[start...]),
                name.hasPrefix(short), name.count > short.count,
                name.unicodeScalars.allSatisfy(\.properties.isIdeographic), SpeakerLexicon.chineseSurnames.contains(first)
            else { continue }
            result.append((short, name))
        }
        return result
    }

    /// 「以下簡稱林」, 「下稱“馮”」 → 「林」, 「馮」: the short form a bracket's note gives, after its word
    /// (``SpeakerLexicon/abbreviationNotes``); `nil` for any other note.
    private static func shortForm(noted note: Substring) -> String? {
        guard let word = SpeakerLexicon.abbreviationNotes.first(where: { note.hasPrefix($0) }) else { return nil }
        let short = note.dropFirst(word.count).trimmingCharacters(in: " 「」“”\"：:")
        return short.isEmpty ? nil : short
    }
}
