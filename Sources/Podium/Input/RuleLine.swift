/// A line drawn with one character (`-----`, `=====`, `_____`, a call transcript's `.....`): a separator in plain text,
/// never words.
enum RuleLine {
    /// A rule long enough that it cannot be Markdown's `---` or a dash in the text.
    static func isLong<S: StringProtocol>(_ line: S) -> Bool {
        // Most lines are turned down on their first byte that is not a blank: `-=_*~`, or E2 for `─━═`.
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }),
            first == 0x2D || first == 0x3D || first == 0x5F || first == 0x2A || first == 0x7E || first == 0x2E || first == 0xE2
        else { return false }
        let trimmed = line.trimmingCharacters(in: " \t")
        guard trimmed.count >= Thresholds.RuleLine.shortestRule, let first = trimmed.first, "-=_*~.─━═".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first }
    }
}
