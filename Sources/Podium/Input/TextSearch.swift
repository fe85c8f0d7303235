#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes, for hot loops.
///
/// Foundation's `range(of:)` folds every character cluster through CoreFoundation and costs microseconds
/// per call; these search the bytes with `memchr` and `memcmp` and keep a match only when it starts and ends on a
/// character boundary, which is what `range(of:)` finds for the texts Podium reads (a difference would
/// need canonically equivalent but differently encoded text, such as decomposed accents).
extension StringProtocol {
    /// The first range of `needle`, or the last one when `backwards` is set.
    func literalRange(of needle: String, backwards: Bool = false) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        let found: Range<Index>?? = utf8.withContiguousStorageIfAvailable { haystack in
            var needle = needle
            return needle.withUTF8 { pattern -> Range<Index>? in
                var searchEnd = haystack.count
                var searchStart = 0
                while true {
                    guard let offset = Self.find(pattern, in: haystack, from: searchStart, to: searchEnd, backwards: backwards)
                    else { return nil }
                    if let range = characterRange(offset, offset + pattern.count) { return range }
                    if backwards { searchEnd = offset + pattern.count - 1 } else { searchStart = offset + 1 }
                }
            }
        }
        if let found { return found }
        // Not contiguous UTF-8 (a bridged string): a plain Character search.
        let characters = Array(self)
        let pattern = Array(needle)
        guard pattern.count <= characters.count else { return nil }
        let starts = Array(0...(characters.count - pattern.count))
        for start in backwards ? starts.reversed() : starts where Array(characters[start..<(start + pattern.count)]) == pattern {
            let lower = index(startIndex, offsetBy: start)
            return lower..<index(lower, offsetBy: pattern.count)
        }
        return nil
    }

    /// Whether the text holds `needle` (as `literalRange(of:)` finds it).
    func containsLiteral(_ needle: String) -> Bool {
        literalRange(of: needle) != nil
    }

    /// Whether the text holds a question mark, `?` or `？`, as a character of its own (not one a combining mark joins).
    func containsQuestionMark() -> Bool {
        containsLiteral("?") || containsLiteral("？")
    }

    /// Whether the UTF-8 bytes hold `byte`, found with `memchr`: a check run over whole documents.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// The index of the first of the text's first `limit` UTF-8 bytes that `isWanted`, read on the contiguous bytes: the
    /// label shapes look for an ASCII bracket, comma or colon near a paragraph's opening in every paragraph. `isWanted`
    /// must hold for ASCII bytes only, so that the index found is a character boundary's.
    func firstByteIndex(inFirst limit: Int, where isWanted: (UInt8) -> Bool) -> Index? {
        let offset: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
            UnsafeBufferPointer(rebasing: bytes.prefix(limit)).firstIndex(where: isWanted)
        }
        if let offset { return offset.map { utf8.index(startIndex, offsetBy: $0) } }
        return utf8.prefix(limit).firstIndex(where: isWanted)
    }

    /// `hasPrefix(prefix)`, read on the bytes while both are ASCII. Where the text and the prefix differ at a byte that
    /// is ASCII in both, after equal ASCII bytes, the characters there decompose to different first scalars and never
    /// compare equal, canonical equivalence (`K` and the Kelvin sign) included; where every byte of the prefix is
    /// matched and the text goes on with ASCII that does not join the last character (the LF of a CR LF), the
    /// characters are the prefix's. At a byte outside ASCII first, `hasPrefix` answers. `FastPathTests` holds it to
    /// `hasPrefix`.
    func hasASCIIPrefix(_ prefix: String) -> Bool {
        // Most texts are turned down on their first byte, before any buffer is asked for.
        if let first = utf8.first, first < 0x80, let wanted = prefix.utf8.first, wanted < 0x80, first != wanted { return false }
        var reading: Bool?
        _ = utf8.withContiguousStorageIfAvailable { text in
            prefix.utf8.withContiguousStorageIfAvailable { wanted in reading = asciiPrefixReading(of: text, wanted) }
        }
        return reading ?? hasPrefix(prefix)
    }

    /// Whether the UTF-8 bytes hold `needle`, lower-case ASCII, with any of its letters in capitals.
    func containsIgnoringASCIICase(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return false }
        let folded: (UInt8) -> UInt8 = { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        let found: Bool? = utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where folded(bytes[start]) == first {
                var matched = 1
                while matched < pattern.count, folded(bytes[start + matched]) == pattern[matched] { matched += 1 }
                if matched == pattern.count { return true }
            }
            return false
        }
        return found ?? String(self).lowercased().containsLiteral(needle)
    }

    /// Every non-overlapping range of `needle`, first to last.
    func literalRanges(of needle: String) -> [Range<Index>] {
        var ranges: [Range<Index>] = []
        var rest = self[...]
        while let range = rest.literalRange(of: needle) {
            ranges.append(range)
            rest = rest[range.upperBound...]
        }
        return ranges
    }

    /// The text with every occurrence of `needle` (as ``literalRanges(of:)`` finds them) replaced.
    func replacingLiteral(_ needle: String, with replacement: String) -> String {
        var result = ""
        var copied = startIndex
        for range in literalRanges(of: needle) {
            result += self[copied..<range.lowerBound]
            result += replacement
            copied = range.upperBound
        }
        if copied == startIndex { return String(self) }
        result += self[copied...]
        return result
    }

    private func characterRange(_ lower: Int, _ upper: Int) -> Range<Index>? {
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(utf8.startIndex, offsetBy: upper)
        guard let characterStart = String.Index(start, within: self), let characterEnd = String.Index(end, within: self) else {
            return nil
        }
        return characterStart..<characterEnd
    }

    private static func find(
        _ pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
        backwards: Bool
    ) -> Int? {
        guard let base = haystack.baseAddress, let needle = pattern.baseAddress, end - start >= pattern.count else { return nil }
        let first = pattern[0]
        if !backwards {
            // Anchored on the pattern's last byte: in CJK text a lead byte such as E4 recurs every few
            // characters, a given continuation byte far less often.
            let tail = pattern.count - 1
            let anchor = Int32(pattern[tail])
            var candidate = start
            let last = end - pattern.count
            while candidate <= last {
                guard let hit = memchr(base + candidate + tail, anchor, last - candidate + 1) else { return nil }
                candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - tail
                if memcmp(base + candidate, needle, tail) == 0 { return candidate }
                candidate += 1
            }
            return nil
        }
        var candidate = end - pattern.count
        while candidate >= start {
            if base[candidate] == first && memcmp(base + candidate, needle, pattern.count) == 0 { return candidate }
            candidate -= 1
        }
        return nil
    }
}

/// What ``StringProtocol/hasASCIIPrefix(_:)`` reads on the bytes: `nil` where a byte outside ASCII leaves it to
/// `hasPrefix`.
///
/// Where the prefix wants an ASCII character (an ASCII scalar no scalar outside ASCII follows) and the text has a
/// scalar outside ASCII, the texts differ: that scalar either joins the character before it, which is then no ASCII
/// character, or opens a character that is canonically equivalent to an ASCII one only if it is U+037E (`;`), U+1FEF
/// (`` ` ``) or U+212A (`K`), the three scalars whose decomposition is a single ASCII scalar. Their first bytes (CD,
/// E1, E2) are left to `hasPrefix`.
private func asciiPrefixReading(of text: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool? {
    var last: UInt8 = 0
    for index in 0..<prefix.count {
        let wanted = prefix[index]
        guard index < text.count else { return wanted < 0x80 ? false : nil }
        let byte = text[index]
        guard wanted < 0x80 else { return nil }
        guard byte < 0x80 else {
            let wantsASCIICharacter = index + 1 == prefix.count || prefix[index + 1] < 0x80
            return wantsASCIICharacter && byte != 0xCD && byte != 0xE1 && byte != 0xE2 ? false : nil
        }
        if byte != wanted { return false }
        last = byte
    }
    guard prefix.count < text.count else { return true }
    let next = text[prefix.count]
    return next < 0x80 && !(last == 0x0D && next == 0x0A) ? true : nil
}

/// Whether the prefix's scalars, and as many first scalars of the text, are each one that equals only itself
/// (``Unicode/Scalar/hasNoCanonicalEquivalent``): a text of fewer scalars has fewer characters than the prefix.
private func opensWithScalarsEqualOnlyToThemselves(_ text: UnsafeBufferPointer<UInt8>, asMany prefix: UnsafeBufferPointer<UInt8>) -> Bool {
    var scalars = 0
    var index = 0
    while index < prefix.count {
        let end = min(index + UTF8Decoding.sequenceLength(prefix[index]), prefix.count)
        guard UTF8Decoding.scalar(in: prefix, index..<end).hasNoCanonicalEquivalent else { return false }
        scalars += 1
        index = end
    }
    var offset = 0
    for _ in 0..<scalars {
        guard offset < text.count else { return true }
        let (scalar, length) = UTF8Decoding.scalar(in: text, at: offset)
        guard scalar.hasNoCanonicalEquivalent else { return false }
        offset += length
    }
    return true
}

/// What ``Swift/String/hasCharacterSuffix(_:)`` reads on the bytes.
private enum SuffixReading {
    /// The text's bytes end with the suffix's.
    case bytesMatch
    /// The suffix's scalars, and as many last scalars of the text, each equal only themselves, and differ.
    case differs
    case unsure

    init(_ text: UnsafeBufferPointer<UInt8>, _ suffix: UnsafeBufferPointer<UInt8>) {
        if suffix.count <= text.count, let textBase = text.baseAddress, let suffixBase = suffix.baseAddress,
            memcmp(textBase + (text.count - suffix.count), suffixBase, suffix.count) == 0
        {
            self = .bytesMatch
            return
        }
        if suffix.isEmpty || text.isEmpty {
            self = suffix.isEmpty ? .bytesMatch : .unsure
            return
        }
        var scalars = 0
        var index = 0
        while index < suffix.count {
            let end = min(index + UTF8Decoding.sequenceLength(suffix[index]), suffix.count)
            guard UTF8Decoding.scalar(in: suffix, index..<end).hasNoCanonicalEquivalent else {
                self = .unsure
                return
            }
            scalars += 1
            index = end
        }
        var end = text.count
        for _ in 0..<scalars {
            // A text of fewer scalars has fewer characters than the suffix.
            guard end > 0 else {
                self = .differs
                return
            }
            let (scalar, start) = UTF8Decoding.scalar(in: text, endingAt: end)
            guard scalar.hasNoCanonicalEquivalent else {
                self = .unsure
                return
            }
            end = start
        }
        self = .differs
    }
}

extension Character {
    /// `set.contains(self)` for a set written as single-scalar characters (「。？！」, `.;:`), without the
    /// cost of comparing `Character`s: a one-scalar character is compared by its scalar.
    @inline(__always)
    func isOne(of set: String) -> Bool {
        let scalars = unicodeScalars
        guard let scalar = scalars.first else { return false }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return set.unicodeScalars.contains(scalar)
        }
        return set.contains(self)
    }
}

extension StringProtocol {
    /// The text before its first character that `isOne(of: stops)`, a set of single-scalar characters: read on
    /// scalars while each is a character by itself (``Unicode/Scalar/isWholeCharacter``), without finding character
    /// boundaries; a text with any other scalar before the first stop is read as
    /// ``prefixReference(beforeAnyOf:)`` reads it, and `FastPathTests` holds the two equal.
    func prefix(beforeAnyOf stops: String) -> SubSequence {
        let scalars = unicodeScalars
        var position = scalars.startIndex
        while position < scalars.endIndex {
            let scalar = scalars[position]
            guard scalar.isWholeCharacter else { return prefixReference(beforeAnyOf: stops) }
            let next = scalars.index(after: position)
            if stops.unicodeScalars.contains(scalar) {
                // A stop with a mark after it is another character: the reference decides.
                guard next == scalars.endIndex || scalars[next].isWholeCharacter else { return prefixReference(beforeAnyOf: stops) }
                break
            }
            position = next
        }
        return self[..<position]
    }

    /// ``prefix(beforeAnyOf:)`` on characters.
    func prefixReference(beforeAnyOf stops: String) -> SubSequence {
        prefix { !$0.isOne(of: stops) }
    }
}

extension Substring {
    /// The lines of the text, exactly as `split(separator: "\n", omittingEmptySubsequences: false)` cuts
    /// them, found on the UTF-8 bytes instead of walking `Character`s. A `\n` after `\r` is not a cut:
    /// Swift reads `\r\n` as one character, different from `"\n"`.
    func newlineSeparatedLines() -> [Substring] {
        var lines: [Substring] = []
        forEachNewlineSeparatedLine { line in
            lines.append(line)
            return true
        }
        return lines
    }

    /// Calls `body` with each line (as ``newlineSeparatedLines()`` cuts them) until it returns `false`.
    func forEachNewlineSeparatedLine(_ body: (Substring) -> Bool) {
        let view = utf8
        let handled: Bool? = view.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else {
                _ = body(self[...])
                return true
            }
            var lineStart = 0
            var search = 0
            while search < bytes.count {
                guard let hit = memchr(base + search, 0x0A, bytes.count - search) else { break }
                let newline = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                search = newline + 1
                if newline > 0 && base[newline - 1] == 0x0D { continue }
                let start = view.index(view.startIndex, offsetBy: lineStart)
                let end = view.index(view.startIndex, offsetBy: newline)
                if !body(self[start..<end]) { return true }
                lineStart = newline + 1
            }
            _ = body(self[view.index(view.startIndex, offsetBy: lineStart)...])
            return true
        }
        if handled == nil {
            for line in split(separator: "\n", omittingEmptySubsequences: false) where !body(line) { return }
        }
    }
}

/// The lines of a text as `split(separator: "\n", omittingEmptySubsequences: false)` cuts them, found
/// one at a time: reading the head of a long document does not split all of it.
struct NewlineSeparatedLines: Sequence {
    let text: Substring

    struct Iterator: IteratorProtocol {
        let text: Substring
        var position: String.Index
        var done = false

        mutating func next() -> Substring? {
            guard !done else { return nil }
            let utf8 = text.utf8
            var index = position
            var previous: UInt8 = 0
            while index < utf8.endIndex {
                let byte = utf8[index]
                // `\r\n` is one character, not a line break as "\n" is.
                if byte == 0x0A && previous != 0x0D {
                    let line = text[position..<index]
                    position = utf8.index(after: index)
                    return line
                }
                previous = byte
                utf8.formIndex(after: &index)
            }
            done = true
            return text[position...]
        }
    }

    func makeIterator() -> Iterator { Iterator(text: text, position: text.startIndex) }
}

/// A few scalars found on a text's UTF-8 bytes: the reading steps from one scalar's first byte to the next, and a
/// table says which of them may start with each first byte, so that only those are compared whole. Scans for the
/// places after punctuation use it instead of decoding every scalar of every paragraph. A scalar's bytes can only
/// stand where a scalar starts (no UTF-8 sequence holds another), so no occurrence is stepped over; `FastPathTests`
/// holds the search to the scalars it finds.
struct ScalarSet: Sendable {
    /// Each scalar's UTF-8 bytes packed first-byte-highest.
    private let packed: [UInt32]
    /// For each byte value, bit `i` set when scalar `i` starts with it (at most 32 scalars).
    private let startingWith: [UInt32]

    init(_ scalars: String) {
        let encodings = scalars.unicodeScalars.prefix(32).map { Array(String($0).utf8) }
        packed = encodings.map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
        var table = [UInt32](repeating: 0, count: 256)
        for (slot, encoding) in encodings.enumerated() {
            if let first = encoding.first { table[Int(first)] |= 1 << UInt32(slot) }
        }
        startingWith = table
    }

    /// The UTF-8 offsets where each occurrence in `text` starts and ends, first to last.
    func occurrences(in text: String) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let handled: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            forEachOccurrence(in: bytes) { found.append($0) }
        }
        if handled == nil {
            // Not contiguous UTF-8 (a bridged string): the same on scalars.
            var offset = 0
            for scalar in text.unicodeScalars {
                let length = UTF8.width(scalar)
                let value = String(scalar).utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
                if packed.contains(value) { found.append(offset..<(offset + length)) }
                offset += length
            }
        }
        return found
    }

    /// Hands `body` the offsets where each occurrence in the UTF-8 `bytes` starts and ends, first to last: scans
    /// that keep few of the places read them here rather than from an array of every one.
    func forEachOccurrence(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        guard let base = bytes.baseAddress else { return }
        startingWith.withUnsafeBufferPointer { startingWith in
            packed.withUnsafeBufferPointer { packed in
                var index = 0
                while index < bytes.count {
                    let lead = base[index]
                    var candidates = startingWith[Int(lead)]
                    // A member's first byte is ASCII or a lead byte, which never stands inside another scalar: bytes
                    // that start no member are stepped over one at a time, continuation bytes among them.
                    guard candidates != 0 else {
                        index += 1
                        continue
                    }
                    let length = UTF8Decoding.sequenceLength(lead)
                    if index + length <= bytes.count {
                        var value: UInt32 = 0
                        for offset in index..<(index + length) { value = value << 8 | UInt32(base[offset]) }
                        while candidates != 0 {
                            let slot = candidates.trailingZeroBitCount
                            candidates &= candidates - 1
                            if packed[slot] == value {
                                body(index..<(index + length))
                                break
                            }
                        }
                    }
                    index += length
                }
            }
        }
    }
}

extension String {
    /// `hasPrefix(prefix)`, answered from the bytes where the text's bytes open with the prefix's and a character
    /// starts right after them: there the text's first characters are the prefix's, scalar for scalar. A bold
    /// paragraph is its own bold prefix, and comparing a long one character by character normalises every one.
    /// Where the bytes differ and the prefix's scalars and as many first scalars of the text are each one that equals
    /// only itself (``Unicode/Scalar/hasNoCanonicalEquivalent``, most Chinese), the characters differ too. Any other
    /// text is asked ``StringProtocol/hasASCIIPrefix(_:)``, which asks `hasPrefix` where the bytes do not decide;
    /// `FastPathTests` holds the two equal.
    func hasCharacterPrefix(_ prefix: String) -> Bool {
        let count = prefix.utf8.count
        if utf8.count >= count, opensWithBytes(of: prefix) {
            let boundary = utf8.index(startIndex, offsetBy: count)
            if boundary == endIndex || String.Index(boundary, within: self) != nil { return true }
        } else {
            let differs: Bool?? = utf8.withContiguousStorageIfAvailable { text in
                prefix.utf8.withContiguousStorageIfAvailable { prefix in opensWithScalarsEqualOnlyToThemselves(text, asMany: prefix) }
            }
            if differs == true { return false }
        }
        return hasASCIIPrefix(prefix)
    }

    /// `hasSuffix(suffix)`, answered from the bytes where it can be: where the text's bytes end with the suffix's and a
    /// character starts where they do, the text's last characters are the suffix's; where they do not, and the
    /// suffix's scalars and as many last scalars of the text are each one of the scalars that equal only themselves
    /// (``Unicode/Scalar/hasNoCanonicalEquivalent``, most Chinese), no character of one can equal the other's. Any other
    /// text is asked `hasSuffix`; `CharacterLookupTests` holds the two equal.
    func hasCharacterSuffix(_ suffix: String) -> Bool {
        var reading: SuffixReading?
        _ = utf8.withContiguousStorageIfAvailable { text in
            suffix.utf8.withContiguousStorageIfAvailable { wanted in reading = SuffixReading(text, wanted) }
        }
        switch reading {
        case .bytesMatch:
            let boundary = utf8.index(endIndex, offsetBy: -suffix.utf8.count)
            return String.Index(boundary, within: self) != nil || hasSuffix(suffix)
        case .differs: return false
        case .unsure, nil: return hasSuffix(suffix)
        }
    }

    /// Whether the text's UTF-8 opens with `prefix`'s, compared with `memcmp` where both are contiguous.
    private func opensWithBytes(of prefix: String) -> Bool {
        let compared: Bool?? = utf8.withContiguousStorageIfAvailable { text in
            prefix.utf8.withContiguousStorageIfAvailable { prefix in
                guard prefix.count <= text.count else { return false }
                guard let textBase = text.baseAddress, let prefixBase = prefix.baseAddress else { return prefix.isEmpty }
                return memcmp(textBase, prefixBase, prefix.count) == 0
            }
        }
        return (compared ?? nil) ?? utf8.starts(with: prefix.utf8)
    }
}
