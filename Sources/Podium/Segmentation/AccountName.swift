#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Who posted, as forums and social networks print it: a thread's header line (`u/lakeshore_momof3 · 14 hr. ago`) and
/// an account's display name beside its handle (`Chief R. Dunmore (@ChiefDunmoreTFD)`).
enum AccountName {
    /// A post's header: the account as the thread prints it, with the words the site puts around it (`Posted by`, `OP`),
    /// and the post's age.
    struct PostHeader: Equatable {
        var printed: Substring
        var age: Substring
    }

    /// `Posted by u/DrNkem_Epi · 14 hr. ago`, `u/DrNkem_Epi OP · 13 hr. ago`, `AutoModerator · 14 hr. ago`, `[deleted] · 2d`:
    /// an account or a taken-down post, a dot, and the post's age.
    static func postHeader(_ line: Substring) -> PostHeader? {
        // Short, and the dot is there: most lines are turned down on their length or bytes.
        // The dot is sought on its own bytes, which few lines hold; a blank, which every line holds, is checked beside it.
        guard line.utf8.count <= Thresholds.LabelCandidate.longestHeaderLine, Self.mayHoldADot(line),
            let dot = SocialLexicon.ageDots.lazy.compactMap({ line.literalRange(of: $0, backwards: true) }).first,
            dot.lowerBound > line.startIndex, dot.upperBound < line.endIndex,
            line[line.index(before: dot.lowerBound)] == " ", line[dot.upperBound] == " "
        else { return nil }
        let age = line[dot.upperBound...].trimmingCharacters(in: " ")
        let printed = line[..<dot.lowerBound].trimmingCharacters(in: " ")
        guard isAge(age), SocialLexicon.removedAccounts.contains(printed) || account(inPrinted: printed) != nil else { return nil }
        return PostHeader(printed: Substring(printed), age: Substring(age))
    }

    /// Whether the line holds the last byte of `·` (C2 B7) or of `•` (E2 80 A2), found with `memchr`: a line without
    /// either holds no dot, and every line of a document is asked.
    private static func mayHoldADot(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0xB7, bytes.count) != nil || memchr(base, 0xA2, bytes.count) != nil
        } ?? true
    }

    /// The account a post header prints, without the site's words around it: `u/DrNkem_Epi` of `Posted by u/DrNkem_Epi`
    /// and of `u/DrNkem_Epi OP`. The name keeps the site's `u/`, which tells a reader it is an account. `nil` for a
    /// taken-down post (`[deleted]`) and for words that are no account.
    static func account(inPrinted printed: some StringProtocol) -> Substring? {
        var account = Substring(printed)
        if let prefix = SocialLexicon.postedByPrefixes.first(where: { account.hasPrefix($0) }) { account = account.dropFirst(prefix.count) }
        for mark in SocialLexicon.originalPosterMarks where account.hasSuffix(" " + mark) { account = account.dropLast(mark.count + 1) }
        let handle = SocialLexicon.accountPrefixes.first(where: { account.hasPrefix($0) }).map { account.dropFirst($0.count) } ?? account
        guard CandidateReader.isHandle(String(handle)) || CandidateReader.script(ofLabel: account) == .latin else { return nil }
        return account
    }

    /// `14 hr. ago`, `3d`, `2 days ago`, `just now`: how long ago a post went up.
    static func isAge(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if SocialLexicon.agesWithoutNumber.contains(lowered) { return true }
        let body = lowered.hasSuffix(SocialLexicon.ageSuffix) ? lowered.dropLast(SocialLexicon.ageSuffix.count) : Substring(lowered)
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count) else { return false }
        let unit = body.dropFirst(digits.count).drop { $0 == " " }
        let bare = unit.hasSuffix(".") ? unit.dropLast() : unit
        return SocialLexicon.ageUnits.contains(String(bare))
    }

    /// `Chief R. Dunmore (@ChiefDunmoreTFD)` → `Chief R. Dunmore`; `Kirsten Ohlsson | KJRH 2 (@kirstenKJRH)` → `Kirsten
    /// Ohlsson` and the outlet after the bar, `KJRH 2`; `okie_dad_99 (@okiedad99)`: a social account's display name
    /// before its handle. The display name may hold initials and numbers, as a name under a label does not.
    static func displayName(_ printed: Substring) -> (name: Substring, affiliation: String?)? {
        guard printed.last == ")", let open = printed.lastIndex(of: "("), printed[printed.index(after: open)...].first == "@" else { return nil }
        let handle = printed[printed.index(open, offsetBy: 2)..<printed.index(before: printed.endIndex)]
        guard CandidateReader.isHandle(String(handle)) else { return nil }
        let shown = printed[..<open].trimmingCharacters(in: " ")
        let parts = shown.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: " ") }
        guard let name = parts.first, !name.isEmpty else { return nil }
        let affiliation = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        if CandidateReader.isHandle(name) { return (Substring(name), affiliation) }
        let words = name.split(separator: " ")
        guard (1...Thresholds.LabelEvidence.mostWordsInAPersonLabel).contains(words.count),
            words.contains(where: { $0.first?.isUppercase == true }),
            words.allSatisfy({ word in
                (word.first?.isUppercase == true || word.first?.isNumber == true) && word.allSatisfy { $0.isLetter || $0.isNumber || ".-'’&".contains($0) }
            })
        else { return nil }
        return (Substring(name), affiliation)
    }
}
