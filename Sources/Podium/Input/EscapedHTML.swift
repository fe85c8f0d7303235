#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Posts whose HTML body was escaped a second time (`&lt;p&gt;…&lt;/p&gt;`) by the tool that saved them.
enum EscapedHTML {
    private static let signals = ["&lt;p&gt;", "&lt;p ", "&lt;br", "&lt;div", "&lt;/p&gt;", "&lt;strong&gt;"]

    /// The body with one level of escaping removed, when it is plainly escaped HTML; else the body as it is.
    static func unescapeIfEscaped(_ body: Substring) -> Substring {
        // Every signal opens with `&lt;`: a document without it (in any case) is not escaped, and most
        // documents are turned down by this byte scan instead of lower-casing and splitting their head.
        guard mayHoldEscapedTag(body) else { return body }
        let head = body.prefix(50_000).lowercased()
        var hits = 0
        for signal in signals {
            hits += head.literalRanges(of: signal).count
            if hits >= 2 { break }
        }
        guard hits >= 2 else { return body }
        let unescaped = body.replacingLiteral("&lt;", with: "<").replacingLiteral("&gt;", with: ">")
            .replacingLiteral("&quot;", with: "\"").replacingLiteral("&#39;", with: "'")
            .replacingLiteral("&amp;", with: "&")
        return Substring(unescaped)
    }

    /// Whether the bytes hold `&lt;` in any letter case.
    private static func mayHoldEscapedTag(_ body: Substring) -> Bool {
        let found: Bool? = body.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            var offset = 0
            while offset < bytes.count, let hit = memchr(base + offset, 0x26, bytes.count - offset) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if at + 3 < bytes.count, base[at + 1] | 0x20 == 0x6C, base[at + 2] | 0x20 == 0x74, base[at + 3] == 0x3B {
                    return true
                }
                offset = at + 1
            }
            return false
        }
        return found ?? true
    }
}
