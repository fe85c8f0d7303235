/// `Q: (Marta Vrijland – De Telegraaf) Ruben, two questions.`: a shared asker's label over a question that opens by
/// naming, in brackets, who asks and for whom, as a sports federation's transcripts print the floor's questions.
enum BracketedAsker {
    /// The asker's name and outlet from the brackets that open `text`, the brackets as printed, and the words after
    /// them; `nil` when the text opens with no such brackets.
    static func leading(_ text: String) -> (name: String?, outlet: String?, printed: String, rest: String)? {
        if let asker = afterDash(text) { return asker }
        guard text.utf8.first == UInt8(ascii: "("), let close = text.prefix(Thresholds.Segments.longestBracketedAsker).firstIndex(of: ")")
        else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: " ")
        let rest = text[text.index(after: close)...].drop { $0 == " " || $0 == "\u{A0}" }
        guard rest.contains(where: { $0.isLetter }) else { return nil }
        for separator in SpeakerLexicon.askerOutletSeparators {
            guard let range = inner.literalRange(of: separator) else { continue }
            let name = inner[..<range.lowerBound].trimmingCharacters(in: " ")
            let outlet = inner[range.upperBound...].trimmingCharacters(in: " ")
            guard !outlet.isEmpty, LabelParser.isLatinName(name) || LabelParser.isChineseName(name) else { continue }
            return (name, outlet, String(text[...close]), String(rest))
        }
        // `(Reuters)`: an outlet the lexicon knows, alone.
        guard OutletLexicon.isEnglishOutlet(inner) || OutletLexicon.isOutlet(inner) else { return nil }
        return (nil, inner, String(text[...close]), String(rest))
    }

    /// `**Q — Oliver Brandt, Automobilwoche:** Thank you.`: the asker named after a dash and closed by a colon, as a
    /// company's newsroom prints the floor's questions; `Q — (Unidentified): [off mic] …`, an asker nobody named.
    private static func afterDash(_ text: String) -> (name: String?, outlet: String?, printed: String, rest: String)? {
        guard let dash = SpeakerLexicon.askerDashes.first(where: { text.hasPrefix($0) }),
            let colon = text.prefix(Thresholds.Segments.longestBracketedAsker).firstIndex(where: { $0 == ":" || $0 == "：" })
        else { return nil }
        let inner = text[text.index(text.startIndex, offsetBy: dash.count)..<colon].trimmingCharacters(in: " ")
        let rest = text[text.index(after: colon)...].drop { $0 == " " || $0 == "\u{A0}" }
        guard rest.contains(where: { $0.isLetter }) else { return nil }
        let printed = String(text[...colon])
        if SpeakerLexicon.unidentifiedAskers.contains(inner) { return (nil, nil, printed, String(rest)) }
        for separator in SpeakerLexicon.askerOutletSeparators {
            guard let range = inner.literalRange(of: separator) else { continue }
            let name = inner[..<range.lowerBound].trimmingCharacters(in: " ")
            let outlet = inner[range.upperBound...].trimmingCharacters(in: " ")
            guard !outlet.isEmpty, LabelParser.isLatinName(name) || LabelParser.isChineseName(name) else { continue }
            return (name, outlet, printed, String(rest))
        }
        guard LabelParser.isLatinName(inner) else { return nil }
        return (inner, nil, printed, String(rest))
    }
}
