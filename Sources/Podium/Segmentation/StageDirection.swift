/// Stage directions: 「（播放影片）」, `(Laughter.)`, `[inaudible]` standing alone.
enum StageDirection {
    /// `[inaudible] adjusting that thinking…`: a stage direction opening a turn, and the words after it.
    /// All stage directions opening the text, and the words after them; `nil` when there are no words after, or only
    /// punctuation.
    static func leading(_ text: String) -> (String, rest: String)? {
        var rest = Substring(text)
        var groups: [String] = []
        while let (group, after) = leadingGroup(rest) {
            groups.append(group)
            rest = after
        }
        // `(INAUDIBLE).`: a period after the direction is no words of the turn.
        guard !groups.isEmpty, rest.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
        return (groups.joined(separator: " "), String(rest))
    }

    /// `Thank you, everyone. (Whereupon, the press conference concluded at 10:31 a.m.)`: the words before a stage
    /// direction that closes the text, or the text itself when none does.
    static func withoutTrailing(_ text: String) -> Substring {
        // Cheapest first: most texts end otherwise than with a bracket.
        guard let last = text.utf8.last, last == UInt8(ascii: ")") || last == UInt8(ascii: "]") || text.hasSuffix("）"),
            let open = text.lastIndex(where: { $0 == "(" || $0 == "[" || $0 == "（" }), open > text.startIndex,
            isSingleStageDirection(String(text[open...]))
        else { return Substring(text) }
        let before = text[..<open].trimmingCharacters(in: " ")
        return before.isEmpty ? Substring(text) : Substring(before)
    }

    /// `(Inaudible.)`, `(Off-mike.)`, 「（未使用话筒，现场听不清）」, 「（以葡文提問，內容從略）」: a stage direction alone that
    /// stands for words somebody said and the transcript does not print (``DiscourseLexicon/unprintedSpeechWords``);
    /// `(Laughter.)`, 「（笑）」 stand for none.
    static func standsForUnprintedWords(_ text: String) -> Bool {
        guard isStageDirection(text) else { return false }
        let lowered = text.lowercased()
        return DiscourseLexicon.unprintedSpeechWords.contains { lowered.containsLiteral($0) }
    }

    /// One stage direction, or several in a row, perhaps closed by a period: `(Inaudible.)  (Laughs.)`, `(INAUDIBLE).`.
    static func isStageDirection(_ text: String) -> Bool {
        var rest = Substring(text)
        var count = 0
        while let (_, after) = leadingGroup(rest) {
            rest = after
            count += 1
        }
        return count > 0 && !rest.contains(where: { $0.isLetter || $0.isNumber })
    }

    private static func leadingGroup(_ text: Substring) -> (String, Substring)? {
        guard let first = text.first, first.isOne(of: "（([【") else { return nil }
        let close: Character = first == "（" ? "）" : first == "(" ? ")" : first == "[" ? "]" : "】"
        guard let end = text.prefix(Thresholds.Segments.longestStageDirection).firstIndex(of: close) else { return nil }
        let group = String(text[...end])
        guard isSingleStageDirection(group) else { return nil }
        return (group, text[text.index(after: end)...].drop { $0 == " " || $0 == "\u{A0}" || $0 == "\u{3000}" })
    }

    private static func isSingleStageDirection(_ text: String) -> Bool {
        guard text.hasLength(atMost: Thresholds.Segments.longestStageDirection), !text.hasLength(atMost: 1) else { return false }
        let pairs: [(Character, Character)] = [("（", "）"), ("(", ")"), ("[", "]"), ("【", "】")]
        for (open, close) in pairs where text.first == open && text.last == close {
            let inner = text.dropFirst().dropLast()
            guard !inner.contains(open), !inner.contains(close) else { return false }
            let lowered = inner.lowercased()
            return DiscourseLexicon.stageWords.contains { lowered.containsLiteral($0) }
        }
        return false
    }
}
