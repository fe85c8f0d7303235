/// A sentence that carries a number with a unit, and who said it.
struct KeyFigure: Hashable {
    /// The ``Participant/id`` of the speaker.
    var speaker: String
    /// The ``Turn/index`` the sentence comes from.
    var turn: Int
    /// The sentence (or, for a long sentence, the clause) as spoken.
    var sentence: String
}

/// Finds key figures by rules, with the units of ``KeyFigureLexicon``: no model, no network.
///
/// Only what officials and other non-reporters say counts: statements, answers and remarks; questions
/// and the host's words are left out. A sentence longer than ``longSentence`` characters is cut into
/// its 「；」 clauses and only the clauses with figures are kept. A sentence said twice is listed once.
enum KeyFigureExtractor {
    static let longSentence = 120

    static func figures(in transcript: Transcript) -> [KeyFigure] {
        let roles = Dictionary(transcript.participants.map { ($0.id, $0.role) }, uniquingKeysWith: { first, _ in first })
        var seen = Set<String>()
        var figures: [KeyFigure] = []
        for turn in transcript.turns where turn.kind != .question && turn.kind != .moderation {
            let role = roles[turn.speaker] ?? .unknown
            guard role != .reporter && role != .moderator else { continue }
            for paragraph in turn.paragraphs {
                for sentence in SentenceSplitter.sentences(paragraph) {
                    let pieces = sentence.count > longSentence ? SentenceSplitter.clauses(sentence) : [sentence]
                    for piece in pieces where containsFigure(piece) && seen.insert(piece).inserted {
                        figures.append(KeyFigure(speaker: turn.speaker, turn: turn.index, sentence: piece))
                    }
                }
            }
        }
        return figures
    }

    /// Whether the text holds a number followed by a unit, a currency sign before a number, or a
    /// spelled-out Chinese number with a unit.
    static func containsFigure(_ text: String) -> Bool {
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isDigit(character) {
                let start = index
                while index < characters.count,
                    isDigit(characters[index])
                        || ((characters[index] == "." || characters[index] == ",") && index + 1 < characters.count
                            && isDigit(characters[index + 1]))
                {
                    index += 1
                }
                if start > 0, KeyFigureLexicon.currencySigns.contains(characters[start - 1]) { return true }
                if hasUnit(characters, at: index) { return true }
                continue
            }
            if KeyFigureLexicon.chineseNumeralStarts.contains(character) {
                let start = index
                while index < characters.count, KeyFigureLexicon.chineseNumerals.contains(characters[index]) { index += 1 }
                let run = String(characters[start..<index])
                if run.count >= 2, run.contains(where: { "万萬亿億".contains($0) }) { return true }
                let rest = String(characters[index..<min(characters.count, index + 4)])
                if KeyFigureLexicon.chineseNumeralUnits.contains(where: { rest.hasPrefix($0) }) { return true }
                continue
            }
            index += 1
        }
        return false
    }

    private static func isDigit(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return false }
        return ("0"..."9").contains(scalar) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// A unit right after the number (wide units) or after at most one space (Latin units, whole words).
    private static func hasUnit(_ characters: [Character], at index: Int) -> Bool {
        let wide = String(characters[index..<min(characters.count, index + 6)])
        if KeyFigureLexicon.wideUnits.contains(where: { wide.hasPrefix($0) }) { return true }
        var position = index
        if position < characters.count, characters[position] == " " || characters[position] == "-" { position += 1 }
        let tail = String(characters[position..<min(characters.count, position + 24)]).lowercased()
        for unit in KeyFigureLexicon.latinUnits where tail.hasPrefix(unit) {
            let after = tail.dropFirst(unit.count).first
            if after == nil || !(after?.isLetter ?? false) { return true }
        }
        return false
    }
}
