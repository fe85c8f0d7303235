/// Frequent characters written differently in Simplified and Traditional Chinese, pair by pair.
enum ScriptLexicon {
    static let simplified: Set<Unicode.Scalar> = Set("这们来说为时国过会后对实发动经还开当从体现点于长问进应样种无么头与关业记者员请谢议问题举办发经济区门时间电话网络数据务"
        .unicodeScalars)
    static let traditional: Set<Unicode.Scalar> = Set("這們來說為時國過會後對實發動經還開當從體現點於長問進應樣種無麼頭與關業記者員請謝議問題舉辦發經濟區門時間電話網絡數據務"
        .unicodeScalars).subtracting(Set("者時間".unicodeScalars))

    private static let commonIdeographs: ClosedRange<UInt32> = 0x4E00...0x9FFF

    /// Hiragana and katakana: Japanese, never Chinese.
    static let kana: ClosedRange<UInt32> = 0x3041...0x30FF

    /// For each ideograph of ``commonIdeographs``, bit 0 set when it is in ``simplified`` and bit 1 when it is
    /// in ``traditional``: the language sample reads two bits per character instead of hashing it twice.
    private static let commonIdeographMarks: [UInt8] = {
        var marks = [UInt8](repeating: 0, count: commonIdeographs.count)
        for (set, bit) in [(simplified, UInt8(1)), (traditional, UInt8(2))] {
            for scalar in set where commonIdeographs.contains(scalar.value) {
                marks[Int(scalar.value - commonIdeographs.lowerBound)] |= bit
            }
        }
        return marks
    }()

    /// `zh`, `zh-Hant` or `en` from the characters of a text sample: its first ``sampleScalars`` scalars.
    ///
    /// Read on the UTF-8 bytes, ASCII counted from the byte and other scalars decoded from theirs;
    /// ``languageReference(of:)`` reads the scalar view, and `FastPathTests` holds the two equal.
    static func language(of text: Substring) -> String {
        let decided: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var tally = ScriptTally()
            var index = 0
            var read = 0
            while index < bytes.count, read < sampleScalars {
                let lead = bytes[index]
                read += 1
                if lead < 0x80 {
                    if lead.isASCIILetter { tally.latin += 1 }
                    index += 1
                    continue
                }
                // The common ideographs are decoded here from their three bytes.
                if UTF8Decoding.commonIdeographLeads.contains(lead), index + 2 < bytes.count {
                    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    tally.countCommonIdeograph(value)
                    index += 3
                    continue
                }
                let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index)
                tally.count(scalar)
                index += length
            }
            return tally.language
        }
        return (decided ?? nil) ?? languageReference(of: text)
    }

    /// ``language(of:)`` read on the scalar view: the rule the byte reading keeps to.
    static func languageReference(of text: Substring) -> String {
        var tally = ScriptTally()
        for scalar in text.unicodeScalars.prefix(sampleScalars) { tally.count(scalar) }
        return tally.language
    }

    /// Scalars of a text read to tell its language: enough for a page's worth of transcript.
    static let sampleScalars = 40_000

    /// The counts the language is told from.
    private struct ScriptTally {
        var han = 0
        var latin = 0
        var simplifiedCount = 0
        var traditionalCount = 0
        /// ``ScriptLexicon/commonIdeographMarks``, taken once per sample: read through its global for every scalar,
        /// each read checked that the table was made and retained it, about 100 instructions a scalar.
        private let marks = ScriptLexicon.commonIdeographMarks

        mutating func count(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) { latin += 1 }
            } else if commonIdeographs.contains(scalar.value) {
                countCommonIdeograph(scalar.value)
            } else if scalar.isIdeographicByValue {
                han += 1
                if simplified.contains(scalar) { simplifiedCount += 1 }
                if traditional.contains(scalar) { traditionalCount += 1 }
            }
        }

        /// An ideograph of ``ScriptLexicon/commonIdeographs``, by its value.
        mutating func countCommonIdeograph(_ value: UInt32) {
            han += 1
            let mark = marks[Int(value - commonIdeographs.lowerBound)]
            simplifiedCount += Int(mark & 1)
            traditionalCount += Int(mark >> 1)
        }

        var language: String {
            if han * 4 < latin { return "en" }
            return traditionalCount > simplifiedCount ? "zh-Hant" : "zh"
        }
    }
}
