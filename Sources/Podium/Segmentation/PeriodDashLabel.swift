/// A label closed by a period and a dash instead of a colon, as the Spanish government's transcripts print them:
/// `Presidente del Gobierno.- Muy buenas tardes…`, `P.- Buenas tardes, presidente.`
enum PeriodDashLabel {
    /// The text with its label's `.-` read as a colon, for the label readers; `nil` where no such label opens it. The
    /// text itself is kept: what is not a label keeps its words as printed.
    static func readAsColon(_ text: String) -> String? {
        // A capital opens the label (`P.-`, `Presidente…`, `Ángel…`), and its `.-` comes within a label's length: most
        // paragraphs are turned down on their first byte or their first bytes.
        let utf8 = text.utf8
        guard let first = utf8.first, (0x41...0x5A).contains(first) || first == 0xC3,
            let offset = periodBeforeDash(in: utf8, within: Thresholds.LabelReading.longestEnglishLabel + 2), offset > 0
        else { return nil }
        let period = utf8.index(utf8.startIndex, offsetBy: offset)
        let dashEnd = utf8.index(period, offsetBy: 2)
        let after = utf8[dashEnd...]
        guard after.isEmpty || after.first == UInt8(ascii: " ") else { return nil }
        let label = text[..<period]
        guard let initial = label.first, initial.isUppercase, !label.contains(where: { Self.clauseMarks.contains($0) }) else { return nil }
        return String(label) + ":" + String(text[dashEnd...])
    }

    /// The offset of the first `.-` among the text's first `limit` bytes.
    static func periodBeforeDash(in utf8: String.UTF8View, within limit: Int) -> Int? {
        let found: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
            let end = min(limit, bytes.count)
            var index = 0
            while index + 1 < end {
                if bytes[index] == UInt8(ascii: "."), bytes[index + 1] == UInt8(ascii: "-") { return index }
                index += 1
            }
            return nil
        }
        return found ?? periodBeforeDashReference(in: utf8, within: limit)
    }

    /// ``periodBeforeDash(in:within:)`` on the byte view of any string, contiguous or not: the plain version.
    static func periodBeforeDashReference(in utf8: String.UTF8View, within limit: Int) -> Int? {
        let bytes = Array(utf8.prefix(limit))
        return bytes.indices.dropLast().first { bytes[$0] == UInt8(ascii: ".") && bytes[$0 + 1] == UInt8(ascii: "-") }
    }
    /// Marks no label holds before its `.-`: a sentence's.
    private static let clauseMarks: Set<Character> = [":", "：", "?", "!", "¿", "¡", ",", ";", "\""]
}
