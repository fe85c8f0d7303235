extension StringProtocol {
    /// Whether the text has at most `limit` characters, without counting past the limit: the rules
    /// ask this of whole paragraphs, and a full grapheme count of a long one is the slow part.
    func hasLength(atMost limit: Int) -> Bool {
        utf8.count <= limit || length(atMost: limit) != nil
    }

    /// The number of characters when it is at most `limit`, `nil` when there are more; never counts past
    /// the limit.
    ///
    /// Counts scalars while each is a character by itself (``Unicode/Scalar/isWholeCharacter``), which is
    /// all of most texts, and characters from the first scalar that may join its neighbour.
    ///
    /// Read on the UTF-8 bytes where they are contiguous, stepping from one scalar's first byte to the next;
    /// ``lengthReference(atMost:)`` reads the scalars, and `FastPathTests` holds the two equal.
    func length(atMost limit: Int) -> Int? {
        let counted: WholeScalarCount? = utf8.withContiguousStorageIfAvailable { bytes in
            var seen = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                let length = UTF8Decoding.sequenceLength(lead)
                // ASCII but CR and the ideographs from U+5000 to U+9FFF are whole characters on their first byte.
                let isWhole =
                    lead < 0x80 ? lead != 0x0D
                    : UTF8Decoding.commonIdeographLeads.contains(lead) ? true
                    : UTF8Decoding.scalar(in: bytes, index..<Swift.min(index + length, bytes.count)).isWholeCharacter
                guard isWhole else { return .notWhole }
                seen += 1
                if seen > limit { return .moreThanLimit }
                index += length
            }
            return .exactly(seen)
        }
        switch counted {
        case .exactly(let count): return count
        case .moreThanLimit: return nil
        case .notWhole: return countedCharacters(atMost: limit)
        case nil: return lengthReference(atMost: limit)
        }
    }

    /// ``length(atMost:)`` read on the scalars.
    func lengthReference(atMost limit: Int) -> Int? {
        var seen = 0
        for scalar in unicodeScalars {
            guard scalar.isWholeCharacter else { return countedCharacters(atMost: limit) }
            seen += 1
            if seen > limit { return nil }
        }
        return seen
    }

    private func countedCharacters(atMost limit: Int) -> Int? {
        var seen = 0
        for _ in self {
            seen += 1
            if seen > limit { return nil }
        }
        return seen
    }
}

/// What a count of whole-character scalars came to: the count, more than the limit, or a scalar that may join its
/// neighbour, after which characters must be counted.
private enum WholeScalarCount {
    case exactly(Int)
    case moreThanLimit
    case notWhole
}

extension Array where Element: StringProtocol {
    /// Whether the paragraphs joined together have at most `limit` characters, asked before joining them:
    /// a long turn is turned down without copying it.
    func hasLength(atMost limit: Int) -> Bool {
        if reduce(0, { $0 + $1.utf8.count }) <= limit { return true }
        var remaining = limit
        for paragraph in self {
            guard let length = paragraph.length(atMost: remaining) else { return false }
            remaining -= length
        }
        return true
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is a character by itself and never joins the scalars around it into one:
    /// ASCII but CR, the rest of Latin-1, CJK ideographs and punctuation, fullwidth forms. Scans on
    /// scalars use it to know where they may stand in for a character scan.
    var isWholeCharacter: Bool {
        switch value {
        case 0x0D: false
        case 0x00..<0x300, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }
}

extension StringProtocol {
    /// Whether every scalar of the text is a character by itself (``Unicode/Scalar/isWholeCharacter``): there a scan
    /// may read scalars where it reads characters, without finding character boundaries.
    var isWholeCharactersOnly: Bool {
        unicodeScalars.allSatisfy(\.isWholeCharacter)
    }
}

/// Scalars decoded from UTF-8 bytes: a `String`'s, which are valid, or a reader's raw buffer, which may not be. A byte
/// that opens no sequence, or a sequence cut short, gives U+FFFD or whatever its bytes spell; it never traps.
enum UTF8Decoding {
    /// Lead bytes of the three-byte scalars U+5000–U+9FFF: common CJK ideographs, whole characters
    /// (``Unicode/Scalar/isWholeCharacter``), most of a Chinese text. A scan may take such a scalar on its first byte.
    static let commonIdeographLeads: ClosedRange<UInt8> = 0xE5...0xE9

    /// Bytes in the UTF-8 sequence `lead` opens; 1 for a byte that cannot open one.
    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...: 4
        default: 1
        }
    }

    /// The scalar the bytes of `range` spell, read by the range's length (a sequence cut short by the buffer's end
    /// is read as far as it goes).
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Unicode.Scalar {
        let lead = bytes[range.lowerBound]
        var value: UInt32
        switch range.count {
        case 2: value = UInt32(lead & 0x1F)
        case 3: value = UInt32(lead & 0x0F)
        case 4: value = UInt32(lead & 0x07)
        default: return lead < 0x80 ? Unicode.Scalar(lead) : "\u{FFFD}"
        }
        for index in range.dropFirst() { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The scalar whose bytes start at `offset`, and how many bytes it takes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let length = sequenceLength(bytes[offset])
        return (scalar(in: bytes, offset..<min(offset + length, bytes.count)), length)
    }

    /// The scalar whose bytes end just before `end`, and the offset where they start: read backwards over
    /// continuation bytes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(in: bytes, start..<end), start)
    }
}

extension Array where Element == String {
    /// `joined(separator: " ").prefix(count)`, joining only the paragraphs the prefix reaches into: once the join holds
    /// more than `count` characters, what follows cannot change its first `count` (only its last character may take
    /// in the next space, after a prepended mark). A long turn is not copied whole to read its opening.
    /// `CharacterLookupTests` holds it to the whole join.
    func openingJoined(characters count: Int) -> Substring {
        var joined = ""
        for (index, paragraph) in enumerated() {
            if index > 0 { joined += " " }
            joined += paragraph
            if !joined.hasLength(atMost: count) { break }
        }
        return joined.prefix(count)
    }
}
