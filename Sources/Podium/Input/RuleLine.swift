/// A line drawn with one character (`-----`, `=====`, `_____`): a separator in plain text, never words.
enum RuleLine {
    /// A rule long enough that it cannot be Markdown's `---` or a dash in the text.
    static func isLong<S: StringProtocol>(_ line: S) -> Bool {
        let trimmed = line.trimmingCharacters(in: " \t")
        guard trimmed.count >= Thresholds.RuleLine.shortestRule, let first = trimmed.first, "-=_*~─━═".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
