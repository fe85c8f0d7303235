/// A lexicon list of phrases searched for in a text all at once, on its bytes.
///
/// ``containsAnyReference(in:)`` asks ``StringProtocol/containsLiteral(_:)`` of each phrase in turn, a search of
/// the whole text each: for a lexicon of eighty phrases, eighty searches of every short turn. This reads the text
/// once and asks `containsLiteral` only of a phrase whose bytes it found, which `containsLiteral` needs before it
/// looks at character boundaries, so both find the same phrases.
struct PhraseSet: Sendable {
    let phrases: [String]
    /// Every phrase's UTF-8 bytes end to end: phrase `p` is `bytes[starts[p]..<starts[p + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The phrases by their first byte: those opening with byte `b` are `order[firstBytes[b]..<firstBytes[b + 1]]`.
    private let order: [Int]
    private let firstBytes: [Int]
    /// One bit for each pair of bytes some phrase opens with (`first << 8 | second`); a phrase of one byte sets its
    /// byte's every pair, so a text's last byte is looked up with any second byte.
    private let pairs: [UInt64]

    init(_ phrases: [String]) {
        self.phrases = phrases
        var bytes: [UInt8] = []
        var starts: [Int] = []
        for phrase in phrases {
            starts.append(bytes.count)
            bytes += phrase.utf8
        }
        starts.append(bytes.count)
        // An empty phrase is found nowhere (`containsLiteral("")` is false): it opens with no byte.
        let nonEmpty = phrases.indices.filter { starts[$0 + 1] > starts[$0] }
        var order: [Int] = []
        var firstBytes: [Int] = []
        for byte in 0...255 {
            firstBytes.append(order.count)
            order += nonEmpty.filter { bytes[starts[$0]] == UInt8(byte) }
        }
        firstBytes.append(order.count)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        for phrase in nonEmpty {
            let first = Int(bytes[starts[phrase]])
            let seconds = starts[phrase + 1] - starts[phrase] > 1 ? [Int(bytes[starts[phrase] + 1])] : Array(0...255)
            for second in seconds {
                let pair = first << 8 | second
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        (self.bytes, self.starts, self.order, self.firstBytes, self.pairs) = (bytes, starts, order, firstBytes, pairs)
    }

    /// Whether `text` holds one of the phrases, as ``containsAnyReference(in:)`` tells.
    func containsAny(in text: some StringProtocol) -> Bool {
        let found: Bool? = text.utf8.withContiguousStorageIfAvailable { haystack -> Bool in
            bytes.withUnsafeBufferPointer { patterns -> Bool in
                let count = haystack.count
                var position = 0
                while position < count {
                    let first = Int(haystack[position])
                    let pair = first << 8 | (position + 1 < count ? Int(haystack[position + 1]) : 0)
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 {
                        for phrase in order[firstBytes[first]..<firstBytes[first + 1]] {
                            let start = starts[phrase]
                            let length = starts[phrase + 1] - start
                            guard length <= count - position else { continue }
                            var matched = 1
                            while matched < length, haystack[position + matched] == patterns[start + matched] { matched += 1 }
                            // The bytes are there; `containsLiteral` says whether they are whole characters somewhere.
                            if matched == length, text.containsLiteral(phrases[phrase]) { return true }
                        }
                    }
                    position += 1
                }
                return false
            }
        }
        // Not contiguous UTF-8 (a bridged string): the reference reads it.
        return found ?? containsAnyReference(in: text)
    }

    /// ``containsAny(in:)`` as a search for each phrase in turn.
    func containsAnyReference(in text: some StringProtocol) -> Bool {
        phrases.contains { text.containsLiteral($0) }
    }
}
