/// The words that announce and mark the parts of a question that asks several things, and those with which an
/// answer takes one part up (``QuestionParts``). Ordinal markers themselves are read by ``OrdinalMarkers``.
enum QuestionPartLexicon {
    /// Chinese announcements of how many questions follow: 「我有两个问题」, 「兩個問題想請教」.
    static let chineseCounts: [(phrase: String, count: Int)] = [
        ("两个问题", 2), ("兩個問題", 2), ("两个小问题", 2), ("兩個小問題", 2), ("二个问题", 2),
        ("三个问题", 3), ("三個問題", 3), ("三个小问题", 3), ("三個小問題", 3), ("四个问题", 4), ("四個問題", 4),
    ]
    /// The noun every one of ``chineseCounts`` ends with: a paragraph without it announces no count
    /// (`LexiconTests` holds that each phrase has one).
    static let chineseCountNouns: [String] = ["问题", "問題"]
    /// English nouns a count announces parts with: "two questions", "two quick follow-ups".
    static let englishCountNouns: Set<String> = ["questions", "follow-ups", "followups", "things", "parts"]
    /// Nouns after an English ordinal that make it a part marker in a question or an answer: "my first question",
    /// "the second question", "a second thing", "the second part".
    static let englishPartNouns: Set<String> = ["question", "follow-up", "thing", "part", "one"]
    /// Chinese marker endings that name a question part whatever stands before them: 「想請問第一個問題」.
    static let chinesePartNouns: [String] = ["个问题", "個問題", "条问题", "條問題"]
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
    /// Where in a question a part stands, as an answer names it by its place.
    enum Place { case first, middle, last }

    /// Phrases with which an answer's first clause takes up a part by its place rather than its number:
    /// 「前面的部分是關於…」, 「不過後面那一個是…」, 「中間那一個問題」 (of three), "As for the latter, …"; English compared in
    /// lower case.
    static let positionalReferences: [(phrase: String, place: Place)] = [
        ("前面的部分", .first), ("前面那个", .first), ("前面那個", .first), ("前面那一个", .first), ("前面那一個", .first),
        ("前一个问题", .first), ("前一個問題", .first), ("前面的问题", .first), ("前面的問題", .first),
        ("中间那个", .middle), ("中間那個", .middle), ("中间那一个", .middle), ("中間那一個", .middle),
        ("后面的部分", .last), ("後面的部分", .last), ("后面那个", .last), ("後面那個", .last), ("后面那一个", .last),
        ("後面那一個", .last), ("后一个问题", .last), ("後一個問題", .last), ("后面的问题", .last), ("後面的問題", .last),
        ("the former", .first), ("the latter", .last), ("your last question", .last), ("the last question", .last),
    ]
    static let chineseAnswerLeadIns: [String] = [
        "关于", "關於", "至于", "至於", "对于", "對於", "回到", "回答你的", "回答您的", "你的", "您的", "你", "您",
    ]
}
