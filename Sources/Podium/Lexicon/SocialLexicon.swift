/// How forums, social networks and chat exports print who posted: the words around an account's name and the age of
/// a post. Data, not logic: a new site's wording is a new entry here.
enum SocialLexicon {
    /// Words before the account that opens a thread: `Posted by u/…`.
    static let postedByPrefixes: [String] = ["Posted by ", "posted by ", "Submitted by ", "submitted by "]
    /// A site's prefix before a user name: Reddit's `u/`.
    static let accountPrefixes: [String] = ["u/"]
    /// The mark a thread prints after its author's name in replies (`u/DrNkem OP · 13 hr. ago`): no part of the name.
    static let originalPosterMarks: [String] = ["OP"]
    /// What a thread prints where an account or its words were taken down: a post by nobody the reader can name.
    static let removedAccounts: Set<String> = ["[deleted]", "[removed]"]
    /// The dot, with a blank either side, between an account and its post's age: `u/lakeshore_momof3 · 14 hr. ago`.
    static let ageDots: [String] = ["·", "•"]
    /// Units of a post's age as sites abbreviate them (`14 hr. ago`, `3d`, `2 days ago`), lower case, without a period.
    static let ageUnits: Set<String> = [
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
        "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years",
    ]
    /// The word after the unit (`ago`), and ages without a number.
    static let ageSuffix = " ago"
    static let agesWithoutNumber: Set<String> = ["just now", "now"]

    /// A thread's buttons and badges, each printed on a line of its own around the posts: no one's words.
    static let threadLines: Set<String> = [
        "Reply", "Share", "Report", "Save", "Award", "Follow", "Verified", "Stickied comment", "Pinned", "Pinned comment",
        "Sort by: best", "Sort by: top", "Sort by: new", "Sort by: old", "Sort by: controversial", "Sort by: Q&A",
    ]
    /// What a chat export prints after an author for a message's state (`[11/14/2025 5:58 PM] kettle.host (pinned)`): no
    /// part of the name.
    static let messageFlags: [String] = [" (pinned)", " (edited)"]
    /// A chat export's section under a message (`{Reactions}` over `🎉 (31) 👋 (18)`, `{Attachments}` over a link): what
    /// the chat shows beside the words, no one's words.
    static let exportSections: Set<String> = ["{Reactions}", "{Attachments}", "{Embed}", "{Stickers}", "{Embeds}"]
    /// The line a chat export ends with (`Exported 21 message(s)`), before which the last message ends.
    static let exportClosingPrefix = "Exported "
    static let exportClosingSuffix = " message(s)"

    /// `Exported 21 message(s)`, between rows of `=`.
    static func isExportClosing(_ text: String) -> Bool {
        // The export rules it off with a row of `=` above and below.
        let line = text.trimmingCharacters(in: "= ")
        guard line.hasPrefix(exportClosingPrefix), line.hasSuffix(exportClosingSuffix) else { return false }
        let count = line.dropFirst(exportClosingPrefix.count).dropLast(exportClosingSuffix.count)
        return !count.isEmpty && count.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ",") }
    }

    /// A chat export's section line opens the paragraph: `{Reactions}` over its counts.
    static func opensExportSection(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "{"), let close = text.firstIndex(of: "}") else { return false }
        // The section's lines may be joined to its name as a paragraph's are: `{Reactions} 🎉 (31)`.
        return exportSections.contains(String(text[...close]))
    }

    /// What follows `Q` where a host relays a question from a channel (`Q from @tomas.r: …`): the account it came from,
    /// not an asker's label.
    static let relayedQuestionLinks: [String] = ["from @", "via @", "by @"]

    /// A thread's nesting depth printed over a reply: `level 2`.
    static let threadLevelWord = "level "

    /// `level 2`: the depth of a reply, a line of its own.
    static func isThreadLevel(_ text: String) -> Bool {
        guard text.utf8.starts(with: threadLevelWord.utf8) else { return false }
        let number = text.dropFirst(threadLevelWord.count)
        return (1...2).contains(number.count) && number.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
