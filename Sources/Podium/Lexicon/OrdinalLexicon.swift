/// The enumeration markers Podium recognises, grouped in families that make one list together.
enum OrdinalLexicon {
    /// Chinese numerals one to twenty, as they appear in 一是, 第一, （一）.
    static let chineseNumerals: [String] = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
        "十七", "十八", "十九", "二十",
    ]

    /// Sequence words: 首先…其次…再次…最后, First… Second… Finally.
    static let chineseSequence: [(word: String, ordinal: Int)] = [
        ("首先", 1), ("其次", 2), ("再次", 3), ("再者", 3), ("最后", 0), ("最後", 0),
    ]
    /// What may follow a sequence word for it to be a marker: a comma, or 是 or 要 (「首先是…，第二位是…」,
    /// 「首先要…；其次要…」), which stay in the item's text.
    static let chineseSequenceFollowers: Set<Character> = ["，", ",", "、", "是", "要"]

    static let englishOrdinals: [String] = [
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    ]
    /// "Firstly, … Secondly, …": the same list as ``englishOrdinals``.
    static let englishOrdinalAdverbs: [String] = ["Firstly", "Secondly", "Thirdly", "Fourthly", "Fifthly"]
    /// Words that may stand between a sentence's start and its ordinal: "And second, …", "So first, …",
    /// "And then secondly, …".
    static let englishLeadIns: Set<String> = ["and", "so", "but", "then", "also"]
    /// Words before an ordinal: "the second question", "a second question", "my second question"; all but "the"
    /// only before one of ``itemNouns``.
    static let englishDeterminers: [String] = ["The ", "the ", "A ", "a ", "My ", "my ", "Our ", "our ", "Your ", "your "]
    /// Words with which an answer takes up the items it was asked, where a sentence or a clause starts: "On the first,
    /// …. On the second, …", "On your second question, …", "As for the third, …"; lower case, each with its blank.
    static let englishAnswerLeadIns: [String] = ["on ", "as for ", "as to ", "regarding ", "with regard to ", "turning to ", "coming to "]
    static let englishNumberWords: [String] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// Verbs after "One" that open the first of a spoken series ("One is a very basic one."): an item only beside
    /// a second English ordinal.
    static let numberWordVerbs: [String] = ["is", "was", "would be", "will be"]
    /// "the first time", "the second quarter": ordinals that count time or rank, not items of a list.
    static let nonEnumeratingNouns: Set<String> = [
        "time", "times", "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters",
        "half", "place", "meeting", "round", "term", "lady", "gentleman", "amendment", "instance", "person", "people",
        "one", "ones", "of", "and", "in", "to", "at", "on", "few", "hour", "minute", "night", "morning",
        "dose", "doses", "shot", "shots", "booster", "boosters", "ever", "most", "last", "next", "largest", "biggest",
    ]
    /// Nouns that name the items of a list, so "the second question", "a second thing" and "second topic" are
    /// markers wherever they are read. Any other noun after "the first" qualifies it ("the first gathering").
    static let itemNouns: Set<String> = [
        "thing", "things", "point", "question", "reason", "issue", "topic", "item", "area", "priority", "pillar",
        "message", "lesson", "observation", "factor", "piece", "element", "component", "goal", "objective",
        "principle", "takeaway", "comment", "concern", "announcement", "request", "follow-up", "step",
        "argument", "option", "problem", "challenge", "part",
    ]
    /// Words after "the first" that make the ordinal stand for an item ("The first is in Memphis", "the first
    /// about marijuana") rather than qualify a noun.
    static let pronounFollowers: Set<String> = [
        "is", "was", "are", "were", "will", "would", "has", "had", "being", "about", "concerns", "relates", "regards",
        "regarding", "involves", "deals",
    ]
    static let englishClosers: [String] = ["Finally", "Lastly", "And finally", "And lastly"]
    /// The word before an item noun that closes a list ("The final point that I will make"), as ``englishClosers``
    /// do; "the last thing we want" is an idiom, not a list's end.
    static let englishClosingAdjective = "final"

    /// Characters that may follow a 第一 marker; 第一季度, 第一次 and 第一批 are not markers.
    static let ordinalFollowers: Set<Character> = ["，", "、", "：", ",", ":", "是", "条", "條", "点", "點", "．", ".", "个", "個"]
    /// Words a speaker says just before 一是 with no punctuation between (「这样一是可以缓解高考压力，二是…」): a list
    /// may open there, inside the sentence.
    static let chineseLeadIns: [String] = ["这样", "這樣", "那么", "那麼", "主要", "就是", "其中", "所以", "因此"]
    /// Words that name the other of a pair (「一個是…，另外是…」, 「一个是…另一个是…」): the one before them is no item of a
    /// numbered series.
    static let pairingWords: [String] = ["另外", "另一"]
    /// Words that open a clause and never join 第一 into one word (「第一这个东西…，第二后续…」): a speaker who runs the
    /// ordinal straight into the clause. Measure words such as 对 (「第一对夫妻」) are not among them.
    static let clauseOpenersAfterAnOrdinal: Set<Character> = [
        "这", "這", "那", "我", "你", "他", "她", "它", "咱", "就", "也", "还", "還", "从", "從", "后", "後", "如", "在",
    ]
    /// Nouns after 第一个 that make a numbered sub-question or aspect: 「第一个问题」, 「第二位是…」, 「第三类」, 「第一项是…」.
    static let ordinalNouns: [String] = ["个问题", "個問題", "条问题", "條問題", "个方面", "個方面", "方面", "位", "类", "類", "件事", "步", "项", "項"]
    /// Words a speaker says just before 第一个问题 as the answer takes each question up: 「先说第一个问题。…再说第二个问题。」,
    /// Taiwan's spoken 「那第一個問題我先回答。…那第二個問題，…」.
    static let chinesePartLeadIns: [String] = ["先说", "再说", "先講", "再講", "先讲", "再讲", "先回答", "再回答", "至于", "至於", "那"]
    /// Of ``ordinalNouns``, those that name an item only before 是 or a pause (「第一项是企业开办」, 「第二项，…」): 「第一項質詢」
    /// names an agenda's item, no list.
    static let ordinalNounsBeforeAClause: Set<String> = ["项", "項"]
    static let clauseOpenersAfterAnOrdinalNoun: Set<Character> = ["是", "，", "、", "：", ",", ":"]
    /// Of ``ordinalNouns``, those read only in speech (「首先是部长，第二位是次长」): not a reason to refuse a label.
    static let spokenOrdinalNouns: Set<String> = ["位", "类", "類"]
}
