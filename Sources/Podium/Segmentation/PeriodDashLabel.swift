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
            let (offset, length) = periodBeforeDash(in: utf8, within: Thresholds.LabelReading.longestEnglishLabel + 2), offset > 0
        else { return nil }
        let period = utf8.index(utf8.startIndex, offsetBy: offset)
        let dashEnd = utf8.index(period, offsetBy: length)
        let after = utf8[dashEnd...]
        guard after.isEmpty || after.first == UInt8(ascii: " ") else { return nil }
        let label = text[..<period]
        // `Aino Lehtinen, Member of the Commission. –`: behind a spaced dash, a name and an office after one comma, and no
        // sentence ended before it (`…he unveiled the U.S. — the new strategy` is speech).
        let marks = length > 2 ? clauseMarks.subtracting([","]) : clauseMarks
        guard let initial = label.first, initial.isUppercase, !label.contains(where: { marks.contains($0) }) else { return nil }
        if length > 2, label.filter({ $0 == "," }).count > 1 || label.containsLiteral(". ") || !isNameOrOffice(label) { return nil }
        return String(label) + ":" + String(text[dashEnd...])
    }

    /// The offset of the first period before a dash among the text's first `limit` bytes, and the bytes from the period
    /// to the dash's end: `.-` as the Spanish government prints it, `. –` (`. -`, `. —`) as the European Parliament's
    /// verbatim report does (`Giulia Fanelli (S&D). – (IT) Madam President…`).
    static func periodBeforeDash(in utf8: String.UTF8View, within limit: Int) -> (offset: Int, length: Int)? {
        let found: (Int, Int)?? = utf8.withContiguousStorageIfAvailable { bytes in
            let end = min(limit, bytes.count)
            var index = 0
            while index + 1 < end {
                if bytes[index] == UInt8(ascii: "."), let length = dashLength(after: index, in: bytes) { return (index, length) }
                index += 1
            }
            return nil
        }
        return found ?? periodBeforeDashReference(in: utf8, within: limit)
    }

    /// ``periodBeforeDash(in:within:)`` on the text's characters, contiguous or not: the plain version.
    static func periodBeforeDashReference(in utf8: String.UTF8View, within limit: Int) -> (offset: Int, length: Int)? {
        let text = String(utf8) ?? ""
        let end = min(limit, utf8.count)
        var offset = 0
        for (position, character) in zip(text.indices, text) {
            defer { offset += character.utf8.count }
            guard offset + 1 < end else { return nil }
            guard character == "." else { continue }
            let rest = text.utf8[text.utf8.index(after: position)...]
            if rest.starts(with: "-".utf8) { return (offset, 2) }
            // A blank, a dash, a blank: the period, the blank and the dash are the mark.
            for dash in ["-", "–", "—"] where rest.starts(with: " \(dash) ".utf8) {
                return (offset, 2 + dash.utf8.count)
            }
        }
        return nil
    }

    /// The bytes from the period at `period` to the end of the dash after it: 2 for `.-`, 3 for `. -`, 5 for `. –`;
    /// `nil` where no dash follows. A spaced dash must be followed by a blank, as a label's is.
    private static func dashLength(after period: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let next = period + 1
        guard next < bytes.count else { return nil }
        if bytes[next] == UInt8(ascii: "-") { return 2 }
        guard bytes[next] == UInt8(ascii: " "), next + 1 < bytes.count else { return nil }
        let dash = next + 1
        let dashBytes: Int
        if bytes[dash] == UInt8(ascii: "-") {
            dashBytes = 1
        } else if dash + 2 < bytes.count, bytes[dash] == 0xE2, bytes[dash + 1] == 0x80, bytes[dash + 2] == 0x93 || bytes[dash + 2] == 0x94 {
            dashBytes = 3
        } else {
            return nil
        }
        guard dash + dashBytes < bytes.count, bytes[dash + dashBytes] == UInt8(ascii: " ") else { return nil }
        return 2 + dashBytes
    }

    /// `Giulia Fanelli (S&D)`, `Aino Lehtinen, Member of the Commission`: capitalised words, a group in brackets, and the
    /// small words of an office between them; `Yesterday, he unveiled the U.S` is a sentence.
    private static func isNameOrOffice(_ label: Substring) -> Bool {
        let words = label.split(whereSeparator: { $0 == " " || $0 == "," })
        return words.count <= Thresholds.LabelReading.mostWordsInAnOfficeLabel && words.allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first == "(" || SpeakerLexicon.nameParticles.contains(String(word))
                || SpeakerLexicon.officeConnectives.contains(String(word))
        }
    }

    /// Marks no label holds before its `.-`: a sentence's.
    private static let clauseMarks: Set<Character> = [":", "：", "?", "!", "¿", "¡", ",", ";", "\""]
}
