/// Speech printed all in capitals, as broadcast captions print it (`AND NUMBER THREE, UH, I HAVE ASKED…`): its ordinal
/// markers are read as they would be printed in a sentence (`And number three, uh, i have asked…`), and what is found
/// is given back in the capitals of the page.
///
/// Only ASCII letters change case, so every byte offset of the sentence-cased text (a point's ``Point/location``) is
/// that of the printed one.
enum Capitals {
    /// Whether a turn's `paragraphs` hold no lower-case ASCII letter and ASCII capitals, at least
    /// ``Thresholds/Points/fewestCapitalsInACapitalTurn``: then every ASCII letter found in them was a capital, and
    /// upper-casing what is found gives back what was printed. A turn in ideographs is no speech in capitals, however
    /// many acronyms it prints: it is turned down at its first ideograph (UTF-8 lead bytes E3 to E9).
    static func isAllCapitals(_ paragraphs: [String]) -> Bool {
        var capitals = 0
        for paragraph in paragraphs {
            for byte in paragraph.utf8 {
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0xE3 && byte <= 0xE9) { return false }
                if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
            }
        }
        return capitals >= Thresholds.Points.fewestCapitalsInACapitalTurn
    }

    /// `paragraph` in lower case, a sentence's first letter and the pronoun `I` in capitals.
    static func sentenceCased(_ paragraph: String) -> String {
        var bytes = Array(paragraph.utf8)
        var opensSentence = true
        for index in bytes.indices {
            let byte = bytes[index]
            let isLetter = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            if isLetter {
                let previous = index > 0 ? bytes[index - 1] : 0x20
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                let isPronoun = (byte == 0x49 || byte == 0x69) && !isASCIILetter(previous) && !isASCIILetter(next)
                if !opensSentence && !isPronoun, byte <= 0x5A { bytes[index] = byte + 0x20 }
                opensSentence = false
            } else if byte == 0x2E || byte == 0x3F || byte == 0x21 {
                opensSentence = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `point` found in the sentence-cased paragraphs of a turn printed in capitals, with its words in capitals again.
    static func restored(_ point: Point) -> Point {
        var point = point
        point.marker = uppercased(point.marker)
        point.text = uppercased(point.text)
        point.headline = uppercased(point.headline)
        point.children = point.children.map(restored)
        return point
    }

    /// ASCII letters upper-cased: what a capital paragraph printed, since only its ASCII letters were changed.
    private static func uppercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 }, as: UTF8.self)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
