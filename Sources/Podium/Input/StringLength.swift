extension StringProtocol {
    /// Whether the text has at most `limit` characters, without counting past the limit: the rules
    /// ask this of whole paragraphs, and a full grapheme count of a long one is the slow part.
    func hasLength(atMost limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        var seen = 0
        for _ in self {
            seen += 1
            if seen > limit { return false }
        }
        return true
    }
}
