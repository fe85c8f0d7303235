/// A label closed by a period and a dash instead of a colon, as the Spanish government's transcripts print them:
/// `Presidente del Gobierno.- Muy buenas tardes…`, `P.- Buenas tardes, presidente.`
enum PeriodDashLabel {
    /// The text with its label's `.-` read as a colon, for the label readers; `nil` where no such label opens it. The
    /// text itself is kept: what is not a label keeps its words as printed.
    static func readAsColon(_ text: String) -> String? {
        let window = text.utf8.prefix(Thresholds.LabelReading.longestEnglishLabel + 2)
        guard let first = window.first, (0x41...0x5A).contains(first) || first >= 0xC3,
            let dash = window.firstRange(of: mark), dash.lowerBound > window.startIndex
        else { return nil }
        let after = text.utf8[dash.upperBound...]
        guard after.isEmpty || after.first == UInt8(ascii: " ") else { return nil }
        let label = text[..<dash.lowerBound]
        guard let initial = label.first, initial.isUppercase, !label.contains(where: { Self.clauseMarks.contains($0) }) else { return nil }
        return String(label) + ":" + String(text[dash.upperBound...])
    }

    private static let mark = Array(".-".utf8)
    /// Marks no label holds before its `.-`: a sentence's.
    private static let clauseMarks: Set<Character> = [":", "：", "?", "!", "¿", "¡", ",", ";", "\""]
}
