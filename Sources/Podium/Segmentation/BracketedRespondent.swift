/// `A1. (Kanda) Of the decline…` / `(Moriyama) If I may add…`: an answer's shared label over words that open by naming,
/// in brackets, who answers, as a listed company's summary of a results briefing's questions and answers prints them;
/// a later paragraph of the answer that opens with another name in brackets is that person's turn.
enum BracketedRespondent {
    /// The respondent's name from the brackets that open `text`, the brackets as printed, and the words after them;
    /// `nil` when the text opens with no name in brackets.
    static func leading(_ text: String) -> Respondent? {
        guard let open = text.first, open == "(" || open == "（",
            let close = text.prefix(Thresholds.Segments.longestBracketedAsker).firstIndex(where: { $0 == ")" || $0 == "）" })
        else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: " ")
        let rest = text[text.index(after: close)...].drop { $0 == " " || $0 == "\u{A0}" || $0 == "\u{3000}" }
        guard rest.contains(where: { $0.isLetter }), isRespondent(inner) else { return nil }
        return Respondent(name: inner, printed: String(text[...close]), rest: String(rest))
    }

    /// A respondent named in brackets, and the words after the brackets.
    struct Respondent {
        var name: String
        var printed: String
        var rest: String

        /// The respondent's label: an official, by name or by the title printed (`CFO`, 「董事长」), printed as the shared
        /// label (`A1`) or, opening a paragraph of its own, as the brackets' words.
        func label(printedUnder shared: SpeakerLabel?) -> SpeakerLabel {
            let isTitle = BracketedRespondent.isTitle(name)
            var label = SpeakerLabel(text: shared?.text ?? name, roleHint: .official, name: isTitle ? nil : name, title: isTitle ? name : nil)
            label.time = shared?.time
            return label
        }
    }

    /// The names in brackets that the document shows are respondents: printed before two answers' words or more, or
    /// named in the title or the lead (a summary's `Respondents:` block), so that an aside in brackets once
    /// (「（中文系的）全体会。」) names no one.
    static func named(in blocks: ArraySlice<LabeledBlock>, opening: [String]) -> Set<String> {
        var counts: [String: Int] = [:]
        for block in blocks {
            // `(` or the first byte of `（`, EF BC 88: most blocks are turned down on it.
            guard let first = block.text.utf8.first, first == UInt8(ascii: "(") || first == 0xEF, let respondent = leading(block.text)
            else { continue }
            counts[respondent.name, default: 0] += 1
        }
        return Set(counts.filter { name, count in count >= 2 || opening.contains { $0.containsLiteral(name) } }.keys)
    }

    /// A person's name (`Kanda`, `Hiroshi Kanda`, 「李牧之」) or an executive's title (`CFO`, 「董事长」), which no stage
    /// direction (`Laughter`, 「笑」) is.
    private static func isRespondent(_ inner: String) -> Bool {
        guard !inner.isEmpty, !StageDirection.isStageDirection("(" + inner + ")") else { return false }
        if isTitle(inner) { return true }
        if LabelParser.isChineseName(inner) { return true }
        // One capitalised word, or a name of two or three: a number or a word in lower case is a list's marker or an aside.
        let words = inner.split(separator: " ")
        guard (1...Thresholds.Segments.mostWordsInABracketedRespondent).contains(words.count), LabelParser.isLatinName(inner) else { return false }
        return words.allSatisfy { word in word.count >= 2 && word.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" } }
    }

    /// `CFO`, 「董事长」: an executive's title printed in the brackets in place of a name.
    private static func isTitle(_ words: String) -> Bool {
        SpeakerLexicon.executiveTitleWords.contains(words.uppercased()) || SpeakerLexicon.chineseTitles.contains(words)
    }
}
