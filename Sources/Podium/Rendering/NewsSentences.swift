/// Chooses the sentences of an answer that carry its news, for the briefing's summary.
///
/// Each sentence is weighed by what a reporter would quote (weights in ``Thresholds/Summary/weights``):
/// figures with units, other numbers, named people, places and bodies, and quotable positions
/// (「美方应…」, `we will…`) from ``NewsLexicon``. The first sentence that is not filler gets a weight of
/// its own, as it usually answers the question. Filler (`Sure.`, `Thank you for the question.`, 「这个问题我来回答」)
/// weighs nothing and is never chosen. The heaviest sentences are kept, up to the budget, and printed in
/// reading order; ties go to the earlier sentence.
enum NewsSentences {
    /// The indices of the sentences to keep, in reading order.
    static func choose(_ sentences: [String], budget: Int) -> [Int] {
        guard budget > 0 else { return [] }
        let filler = sentences.map(isFiller)
        let lead = filler.firstIndex(of: false)
        var scored: [(index: Int, weight: Int)] = []
        for (index, sentence) in sentences.enumerated() where !filler[index] {
            var value = weight(of: sentence)
            if index == lead { value += Thresholds.Summary.weights.lead }
            if value > 0 { scored.append((index, value)) }
        }
        scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.index < $1.index }
        return scored.prefix(budget).map(\.index).sorted()
    }

    /// How much news a sentence carries.
    static func weight(of sentence: String) -> Int {
        var value = 0
        if KeyFigureExtractor.containsFigure(sentence) {
            value += Thresholds.Summary.weights.figure
        } else if sentence.contains(where: { $0.isASCII && $0.isNumber }) {
            value += Thresholds.Summary.weights.number
        }
        value += min(Thresholds.Summary.weights.mostNames, names(in: sentence)) * Thresholds.Summary.weights.name
        if hasPosition(sentence) { value += Thresholds.Summary.weights.position }
        return value
    }

    // MARK: - Filler

    /// A sentence with nothing to report: a courtesy, a hand-over, words that only fill.
    static func isFiller(_ sentence: String) -> Bool {
        if TurnDigest.isCourtesy(sentence) { return true }
        if TurnDigest.isWide(sentence) {
            return sentence.count <= NewsLexicon.longestChineseFiller
                && NewsLexicon.chineseFiller.contains { sentence.contains($0) }
                && !KeyFigureExtractor.containsFigure(sentence)
        }
        let words = latinWords(sentence)
        guard !words.isEmpty else { return true }
        if words.contains(where: NewsLexicon.englishAnswerWords.contains) { return false }
        if words.count <= 3, let last = words.last, NewsLexicon.englishAuxiliaries.contains(last) { return false }
        return words.allSatisfy(NewsLexicon.englishFunctionWords.contains)
    }

    /// The words of a Latin sentence, lower-cased, with curly apostrophes made straight.
    static func latinWords(_ sentence: String) -> [String] {
        sentence.lowercased().replacingLiteral("’", with: "'")
            .split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "-") }
            .map { String($0).trimmingCharacters(in: "'-") }
            .filter { !$0.isEmpty }
    }

    // MARK: - Names

    /// How many named people, places and bodies the sentence holds: capitalised words past the first
    /// word in English, bodies, places and 《titles》 in Chinese.
    static func names(in sentence: String) -> Int {
        if TurnDigest.isWide(sentence) {
            var count = sentence.components(separatedBy: "《").count - 1
            count += NewsLexicon.chinesePlaces.filter { sentence.contains($0) }.count
            count += NewsLexicon.chineseBodies.filter { body in
                guard let range = sentence.literalRange(of: body), range.lowerBound > sentence.startIndex else { return false }
                // A body's name runs before its ending: 「工业和信息化部」, not 「全部」.
                let before = sentence[sentence.startIndex..<range.lowerBound].suffix(2)
                return before.count == 2 && before.allSatisfy(TurnDigest.isWideCharacter) && !body.isEmpty
                    && !NewsLexicon.charactersBeforeANonBody.contains(String(before.suffix(1)))
            }.count
            return count
        }
        var count = 0
        var previousWasName = false
        let words = sentence.split(separator: " ")
        for (position, word) in words.enumerated() {
            let trimmed = word.trimmingCharacters(in: "\"“”‘’'(),.;:!?—–-")
            guard let first = trimmed.first else { continue }
            let isName = position > 0 && first.isUppercase && !NewsLexicon.capitalisedNonNames.contains(trimmed)
                && !(words[position - 1].last.map { ".!?:".contains($0) } ?? false)
            if isName && !previousWasName { count += 1 }
            previousWasName = isName
        }
        return count
    }

    // MARK: - Positions

    /// Whether the sentence states a position: a demand of a side (「美方应」), a commitment or a decision.
    static func hasPosition(_ sentence: String) -> Bool {
        if TurnDigest.isWide(sentence) {
            if NewsLexicon.chinesePositions.contains(where: { sentence.contains($0) }) { return true }
            let characters = Array(sentence)
            for index in characters.indices.dropFirst() where characters[index] == "方"
                && NewsLexicon.chineseSides.contains(characters[index - 1])
            {
                let rest = String(characters[(index + 1)..<min(characters.count, index + 4)])
                if NewsLexicon.sideVerbs.contains(where: { rest.hasPrefix($0) }) { return true }
            }
            return false
        }
        // The sentence's runs of one to five words, looked up among the phrases.
        let words = latinWords(sentence)
        for start in words.indices {
            var phrase = ""
            for length in 0..<min(englishPositionLength, words.count - start) {
                phrase += (length == 0 ? "" : " ") + words[start + length]
                if englishPositions.contains(phrase) { return true }
            }
        }
        return false
    }

    private static let englishPositions = Set(NewsLexicon.englishPositions)
    private static let englishPositionLength = NewsLexicon.englishPositions.map { $0.split(separator: " ").count }.max() ?? 1
}
