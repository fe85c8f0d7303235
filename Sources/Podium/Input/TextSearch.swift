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
            var candidate = start
            let last = end - pattern.count
            while candidate <= last {
                guard let hit = memchr(base + candidate, Int32(first), last - candidate + 1) else { return nil }
                candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + candidate, needle, pattern.count) == 0 { return candidate }
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
