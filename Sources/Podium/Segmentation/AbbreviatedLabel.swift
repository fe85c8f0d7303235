/// 「林正宏（以下簡稱林）：我要先說清楚…」: a speaker's first label notes the short form the later labels print (「林：」),
/// as a key line would. The label is certain, and the short form stands for it.
enum AbbreviatedLabel {
    /// The label before the note, the short form it gives, the label as printed (note included), and the words after
    /// the colon; `nil` where the text opens with no such label.
    static func split(_ text: String) -> (label: String, short: String, printed: String, rest: String)? {
        guard let open = text.prefix(Thresholds.LabelKey.longestAbbreviatedLabel).firstIndex(where: { $0 == "（" || $0 == "(" }),
            case let label = text[..<open].trimmingCharacters(in: " \u{3000}"), !label.isEmpty,
            let close = text[open...].firstIndex(where: { $0 == "）" || $0 == ")" }),
            case let note = text[text.index(after: open)..<close],
            let word = SpeakerLexicon.abbreviationNotes.first(where: { note.hasPrefix($0) }),
            let colon = text[close...].dropFirst().first, colon == "：" || colon == ":"
        else { return nil }
        let short = note.dropFirst(word.count).trimmingCharacters(in: " 「」“”\"：:")
        guard !short.isEmpty, short.count < label.count else { return nil }
        let rest = text[text.index(close, offsetBy: 2)...].trimmingCharacters(in: " \u{3000}")
        return (label, short, String(text[...close]), rest)
    }
}
