/// Finds key figures by rules, with the units of ``KeyFigureLexicon``: no model, no network.
///
/// Only what officials and other non-reporters say counts: statements, answers and remarks; questions
/// and the host's words are left out. A sentence longer than ``Thresholds/Summary/longestKeyFigure``
/// characters is cut at its clause boundaries (「；」, then 「，」) to the clauses that hold figures.
/// A figure said again (every figure of a sentence already listed) is listed once. The figures are
/// ranked: the sentences with the most distinct figures first, then in reading order.
enum KeyFigureExtractor {
    static var longSentence: Int { Thresholds.Summary.longestKeyFigure }

    static func figures(in transcript: Transcript) -> [KeyFigure] {
        let roles = transcript.participants.byID.mapValues(\.role)
        var seenFigures = Set<String>()
        var candidates: [(figure: KeyFigure, count: Int)] = []
        for turn in transcript.turns where turn.kind != .question && turn.kind != .moderation {
            let role = roles[turn.speaker] ?? .unknown
            guard role != .reporter && role != .moderator else { continue }
            for paragraph in turn.paragraphs {
                for sentence in SentenceSplitter.sentences(paragraph) where containsFigure(sentence) {
                    let piece = shortened(sentence)
                    // A figure spelled out in words (「一千万辆」) has no token: the sentence stands for it.
                    let tokens = Set(figureTokens(in: piece)).union(figureTokens(in: piece).isEmpty ? [piece] : [])
                    guard !tokens.isSubset(of: seenFigures) else { continue }
                    seenFigures.formUnion(tokens)
                    candidates.append((KeyFigure(speaker: turn.speaker, turn: turn.index, sentence: piece), tokens.count))
                }
            }
        }
        return candidates.enumerated()
            .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
            .map(\.element.figure)
    }

    /// A long sentence cut to the clauses that hold figures: first at 「；」 and `;`, then, for a clause
    /// still too long, at 「，」 and `,` to the run from its first to its last clause with a figure (in
    /// English, from the clause's start). The cut text ends with the sentence's terminator.
    static func shortened(_ sentence: String) -> String {
        guard sentence.count > longSentence else { return sentence }
        let terminator = sentence.last.flatMap { "。.！!？?".contains($0) ? String($0) : nil } ?? ""
        var kept: [String] = []
        for clause in SentenceSplitter.clauses(sentence) where containsFigure(clause) {
            guard clause.count > longSentence else {
                kept.append(clause)
                continue
            }
            let parts = split(clause, at: "，,")
            guard let first = parts.firstIndex(where: containsFigure), let last = parts.lastIndex(where: containsFigure) else {
                kept.append(clause)
                continue
            }
            // Chinese clauses chain on one topic and read alone; an English clause cut from the middle of
            // its sentence loses its subject, so English keeps the sentence's start.
            kept.append(parts[(TurnDigest.isWide(clause) ? first : 0)...last].joined())
        }
        guard !kept.isEmpty else { return sentence }
        var text = TurnDigest.join(kept.map { $0.trimmingCharacters(in: " ") })
        while let last = text.last, "，,；;、 ".contains(last) { text.removeLast() }
        if let last = text.last, !"。.！!？?”\"」)）".contains(last) { text += terminator }
        return text
    }

    /// Splits text after each of the characters given, keeping them.
    private static func split(_ text: String, at marks: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if marks.contains(character) {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// The figures written in a text, each as its number and unit (`6.5%`, `129.3万辆`, `$2.1 billion`),
    /// so that the same figure said twice is recognised.
    static func figureTokens(in text: String) -> [String] {
        let characters = Array(text)
        var tokens: [String] = []
        var index = 0
        while index < characters.count {
            guard isDigit(characters[index]) else {
                index += 1
                continue
            }
            var start = index
            if start > 0, KeyFigureLexicon.currencySigns.contains(characters[start - 1]) { start -= 1 }
            while index < characters.count,
                isDigit(characters[index])
                    || ((characters[index] == "." || characters[index] == ",") && index + 1 < characters.count
                        && isDigit(characters[index + 1]))
            {
                index += 1
            }
            let number = String(characters[start..<index])
            let wide = String(characters[index..<min(characters.count, index + 6)])
            if let unit = KeyFigureLexicon.wideUnits.filter({ wide.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
                tokens.append(number + unit)
            } else if hasUnit(characters, at: index) || KeyFigureLexicon.currencySigns.contains(characters[start]) {
                var end = index
                if end < characters.count, characters[end] == " " || characters[end] == "-" { end += 1 }
                while end < characters.count, characters[end].isLetter { end += 1 }
                tokens.append(String(characters[start..<end]).lowercased())
            }
        }
        return tokens
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
