/// The words that announce and mark the parts of a question that asks several things, and those with which an
/// answer takes one part up (``QuestionParts``). Ordinal markers themselves are read by ``OrdinalMarkers``.
enum QuestionPartLexicon {
    /// Chinese announcements of how many questions follow: 「我有两个问题」, 「兩個問題想請教」.
    static let chineseCounts: [(phrase: String, count: Int)] = [
        ("两个问题", 2), ("兩個問題", 2), ("两个小问题", 2), ("兩個小問題", 2), ("二个问题", 2),
        ("三个问题", 3), ("三個問題", 3), ("三个小问题", 3), ("三個小問題", 3), ("四个问题", 4), ("四個問題", 4),
    ]
    /// English nouns a count announces parts with: "two questions", "two quick follow-ups".
    static let englishCountNouns: Set<String> = ["questions", "follow-ups", "followups", "things", "parts"]
    /// Nouns after an English ordinal that make it a part marker in a question or an answer: "my first question",
    /// "the second question", "a second thing", "the second part".
    static let englishPartNouns: Set<String> = ["question", "follow-up", "thing", "part", "one"]
    /// Chinese marker endings that name a question part whatever stands before them: 「想請問第一個問題」.
    static let chinesePartNouns: [String] = ["个问题", "個問題"]
    /// Words that may stand between a clause's start and a part marker in a question: "And secondly, …",
    /// "And then second question: …", "Just first, …".
    static let englishLeadIns: Set<String> = ["and", "so", "but", "then", "also", "just", "now", "okay", "ok"]
    /// Phrases before an ordinal with which an answer takes a part up: "On your second question", "As for the
    /// first, …", "With regard to the second question"; compared in lower case.
    static let englishAnswerLeadIns: [String] = [
        "on your ", "on the ", "as for your ", "as for the ", "as to your ", "as to the ", "with regard to your ",
        "with regard to the ", "regarding your ", "regarding the ", "in terms of your ", "in terms of the ",
        "to your ", "for your ", "about your ", "turning to your ", "coming to your ",
    ]
    /// Words just before 第N个问题 with which an answer takes a part up: 「关于第一个问题」, 「回到你第一個問題」,
    /// 「至于第二个问题」; a 第N个问题 that opens a clause needs none.
    static let chineseAnswerLeadIns: [String] = [
        "关于", "關於", "至于", "至於", "对于", "對於", "回到", "回答你的", "回答您的", "你的", "您的", "你", "您",
    ]
}
