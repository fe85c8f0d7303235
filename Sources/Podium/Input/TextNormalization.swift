/// Whitespace rules shared by every reader.
enum TextNormalization {
    /// Characters that count as spacing in transcripts: ASCII spacing, NBSP, ideographic space, zero-width marks.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Han, kana, hangul and full-width punctuation: scripts written without spaces between words.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Collapses runs of spacing into one space, trims both ends, and drops a space that sits
    /// between two wide characters (where a line break or `&nbsp;` left it).
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapse)
    }

    /// ``collapse(_:)`` over UTF-8, decoding scalars by hand: it runs on every paragraph. Bytes that are
    /// not valid UTF-8 are copied and replaced by U+FFFD when the result becomes a `String`.
    static func collapse(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        guard utf8.count > 0 else { return "" }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingSpace = false
        var previous: Unicode.Scalar?
        // Bytes are copied in runs, from `runStart` to the scalar being read.
        var runStart = 0
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            let length: Int
            var value: UInt32
            switch lead {
            case 0..<0x80: length = 1; value = UInt32(lead)
            case 0xC0..<0xE0: length = 2; value = UInt32(lead & 0x1F)
            case 0xE0..<0xF0: length = 3; value = UInt32(lead & 0x0F)
            case 0xF0...: length = 4; value = UInt32(lead & 0x07)
            default: length = 1; value = 0xFFFD
            }
            let end = min(index + length, utf8.count)
            var next = index + 1
            while next < end {
                value = value << 6 | UInt32(utf8[next] & 0x3F)
                next += 1
            }
            let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            if isSpace(scalar) {
                if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = end
                pendingSpace = previous != nil
                index = end
                continue
            }
            if pendingSpace, let before = previous, !(isWide(before) && isWide(scalar)) {
                output.append(0x20)
            }
            pendingSpace = false
            previous = scalar
            index = end
        }
        if runStart < utf8.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Joins hard-wrapped lines: no space between wide characters, one space otherwise.
    static func joinWrapped(_ lines: [String]) -> String {
        collapse(lines.joined(separator: "\n"))
    }
}
