/// Counts words the way a share of speaking time is judged: every Han, kana or hangul character is a
/// word, and so is every run of Latin letters or digits.
enum WordCount {
    static func words(in text: String) -> Int {
        var count = 0
        var inRun = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isIdeographic || isKanaOrHangul(scalar) {
                count += 1
                inRun = false
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inRun { count += 1 }
                inRun = true
            } else if scalar == "'" || scalar == "’" || scalar == "-", inRun {
                continue
            } else {
                inRun = false
            }
        }
        return count
    }

    static func words(in paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + words(in: $1) }
    }

    private static func isKanaOrHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0xAC00...0xD7AF: return true
        default: return false
        }
    }
}
