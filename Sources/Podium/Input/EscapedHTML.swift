import Foundation

/// Posts whose HTML body was escaped a second time (`&lt;p&gt;…&lt;/p&gt;`) by the tool that saved them.
enum EscapedHTML {
    private static let signals = ["&lt;p&gt;", "&lt;p ", "&lt;br", "&lt;div", "&lt;/p&gt;", "&lt;strong&gt;"]

    /// The body with one level of escaping removed, when it is plainly escaped HTML; else the body as it is.
    static func unescapeIfEscaped(_ body: Substring) -> Substring {
        let head = body.prefix(50_000).lowercased()
        var hits = 0
        for signal in signals {
            hits += head.components(separatedBy: signal).count - 1
            if hits >= 2 { break }
        }
        guard hits >= 2 else { return body }
        let unescaped = body.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
        return Substring(unescaped)
    }
}
