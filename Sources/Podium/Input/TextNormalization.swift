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
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = previous != nil
                continue
            }
            if pendingSpace, let before = previous, !(isWide(before) && isWide(scalar)) {
                output.append(" ")
            }
            pendingSpace = false
            output.append(scalar)
            previous = scalar
        }
        return String(output)
    }

    /// Joins hard-wrapped lines: no space between wide characters, one space otherwise.
    static func joinWrapped(_ lines: [String]) -> String {
        collapse(lines.joined(separator: "\n"))
    }
}
