/// `記者︰`, `行政長官﹕`: the vertical and the small presentation forms of the full-width colon, which Hong Kong's and
/// Macao's government releases print after their labels, read as the colon `：` they stand for before any reader looks
/// for a label.
enum PresentationColons {
    /// `︰` (U+FE30) and `﹕` (U+FE55).
    static let forms: Set<Unicode.Scalar> = ["\u{FE30}", "\u{FE55}"]

    static func normalize(_ text: String) -> String {
        guard hasPresentationColon(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(forms.contains(scalar) ? "\u{FF1A}" : scalar) }
        return String(scalars)
    }

    /// Told on bytes, as most documents have none: `︰` is EF B8 B0, `﹕` EF B9 95.
    static func hasPresentationColon(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEF,
                    (bytes[index + 1] == 0xB8 && bytes[index + 2] == 0xB0) || (bytes[index + 1] == 0xB9 && bytes[index + 2] == 0x95)
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// ``hasPresentationColon(_:)`` read on scalars: the plain rule its byte scan is held to.
    static func hasPresentationColonReference(_ text: String) -> Bool {
        text.unicodeScalars.contains(where: forms.contains)
    }
}
