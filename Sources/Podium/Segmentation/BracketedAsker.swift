/// `Q: (Marta Vrijland – De Telegraaf) Ruben, two questions.`: a shared asker's label over a question that opens by
/// naming, in brackets, who asks and for whom, as a sports federation's transcripts print the floor's questions.
enum BracketedAsker {
    /// The asker's name and outlet from the brackets that open `text`, the brackets as printed, and the words after
    /// them; `nil` when the text opens with no such brackets.
    /// With `outletsBeforeDashes` (``outletsOpenQuestions(in:)``), `Bangkok Post – Two questions.` names the outlet too.
    static func leading(_ text: String, outletsBeforeDashes: Bool = false) -> (name: String?, outlet: String?, printed: String, rest: String)? {
        if let asker = afterDash(text) { return asker }
        if outletsBeforeDashes, let (outlet, rest) = outletBeforeDash(text) { return (nil, outlet, outlet, rest) }
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

    /// `Q: Thai PBS World – What are…` / `Q: Bangkok Post – Two questions.`: a foreign ministry's summary opens each of
    /// the shared asker's questions with the outlet and a dash. Capitalised words before a dash open a question as
    /// often as an address or a broken-off start does (`Minister – …`, `Beyond — or in addition…`), so only the layout
    /// tells: most of the unnamed askers' questions, two at least, open so, with no title among the words.
    static func outletsOpenQuestions(in blocks: ArraySlice<LabeledBlock>) -> Bool {
        let questionBlocks = blocks.indices.filter { index in
            guard let label = blocks[index].label else { return false }
            return label.roleHint == .reporter && label.name == nil && label.outlet == nil
        }
        let limits = Thresholds.Segments.self
        let needed = max(
            limits.fewestOutletsBeforeDashes, Int((Double(questionBlocks.count) * limits.shareOfQuestionsOpenedByOutlets).rounded(.up)))
        var opened = 0
        for (read, index) in questionBlocks.enumerated() {
            // Stop once the questions left could not make the share.
            guard opened + (questionBlocks.count - read) >= needed else { return false }
            if outletBeforeDash(blocks[index].text) != nil { opened += 1 }
        }
        return opened >= needed
    }

    /// Capitalised words, no title among them, and a spaced dash that open `text`: the words and what follows the dash.
    private static func outletBeforeDash(_ text: String) -> (outlet: String, rest: String)? {
        // Cheapest first: most questions hold no spaced dash among their first bytes, told before any character is formed.
        guard hasSpacedDash(inFirstBytesOf: text), let first = text.unicodeScalars.first, first.properties.isUppercase,
            case let opening = text.prefix(Thresholds.Segments.longestBracketedAsker),
            let separator = outletDashes.first(where: { opening.containsLiteral($0) }), let range = opening.literalRange(of: separator)
        else { return nil }
        let outlet = opening[..<range.lowerBound].trimmingCharacters(in: " ")
        let rest = text[range.upperBound...].drop { $0 == " " || $0 == "\u{A0}" }
        let words = outlet.split(separator: " ")
        guard !words.isEmpty, words.count <= Thresholds.Segments.mostWordsInAnOutletBeforeADash, rest.first?.isUppercase == true,
            words.allSatisfy({ word in
                word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "&" }
                    && !SpeakerLexicon.personTitleWords.contains(word.uppercased()) && !SpeakerLexicon.isEnglishHonorific(word)
            })
        else { return nil }
        return (outlet, String(rest))
    }

    private static let outletDashes = [" – ", " — "]

    /// Whether a blank and an en or em dash (`E2 80 93`, `E2 80 94`) stand among the bytes an outlet and its dash may
    /// take; never false where ``outletBeforeDash(_:)`` finds one, as its characters take those bytes at least.
    private static func hasSpacedDash(inFirstBytesOf text: String) -> Bool {
        var (third, second, last): (UInt8, UInt8, UInt8) = (0, 0, 0)
        for byte in text.utf8.prefix(Thresholds.Segments.longestBracketedAsker * 4) {
            if third == 0x20, second == 0xE2, last == 0x80, byte == 0x93 || byte == 0x94 { return true }
            (third, second, last) = (second, last, byte)
        }
        return false
    }
}
