/// The short form of a point: its first sentence, or its first clause when the sentence runs long.
enum Headline {
    static let longSentence = Thresholds.Points.longestHeadline

    static func of(_ text: String) -> String {
        let sentence = text.prefix(beforeAnyOf: "。；！？!?;")
        let trimmed = String(sentence).trimmingCharacters(in: " ")
        if trimmed.hasLength(atMost: longSentence) { return trimmed.isEmpty ? String(text.prefix(longSentence)) : trimmed }
        let clause = sentence.prefix(beforeAnyOf: "，,：:")
        if !clause.hasLength(atMost: 3) && clause.hasLength(atMost: longSentence * 2) { return String(clause) }
        if let period = sentence.literalRange(of: ". ") { return String(sentence[..<period.lowerBound]) + "." }
        return String(sentence.prefix(longSentence * 2))
    }
}
