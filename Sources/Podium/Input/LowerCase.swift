extension StringProtocol {
    /// `lowercased()`, mapped a scalar at a time as `lowercased()` maps it, without building a string per scalar.
    ///
    /// `lowercased()` is fast for pure ASCII only: one curly apostrophe in a paragraph makes it look up and build a
    /// string for every scalar. Here the UTF-8 bytes are read: an ASCII byte is mapped by value, a scalar that no case
    /// mapping changes (``Unicode/Scalar/isUncased``) is copied, and only the rest are looked up. `lowercased()` is the
    /// reference; `CharacterLookupTests` holds the two equal on every scalar of the first two planes and on the corpus.
    func lowercasedByScalar() -> String {
        let mapped: String? = utf8.withContiguousStorageIfAvailable { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    output.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
                    index += 1
                    continue
                }
                let end = Swift.min(index + UTF8Decoding.sequenceLength(byte), bytes.count)
                let scalar = UTF8Decoding.scalar(in: bytes, index..<end)
                if scalar.isUncased {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                } else {
                    output.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                }
                index = end
            }
            return String(decoding: output, as: UTF8.self)
        }
        return mapped ?? lowercased()
    }
}

extension Unicode.Scalar {
    /// Whether the scalar lies in a range without cased letters, where lower-casing leaves every scalar as it is:
    /// general punctuation (curly quotes, dashes), CJK punctuation, kana, ideographs, Hangul syllables and fullwidth
    /// punctuation and digits. Told from the value, without looking up a property.
    var isUncased: Bool {
        switch value {
        case 0x2000...0x206F, 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFF20: true
        default: false
        }
    }
}
