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
    /// A thread's nesting depth printed over a reply: `level 2`.
    static let threadLevelWord = "level "

    /// `level 2`: the depth of a reply, a line of its own.
    static func isThreadLevel(_ text: String) -> Bool {
        guard text.utf8.starts(with: threadLevelWord.utf8) else { return false }
        let number = text.dropFirst(threadLevelWord.count)
        return (1...2).contains(number.count) && number.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
