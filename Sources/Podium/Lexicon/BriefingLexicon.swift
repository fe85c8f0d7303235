/// The words that Podium's Markdown, briefing, statement and Q&A output prints around the transcript's
/// own text, one table per output language. Data, not logic: a better wording is a change here.
struct BriefingLexicon: Sendable {
    /// The title printed when the document has none.
    var untitled: String
    /// The separator between the items of the line under the title.
    var metaSeparator: String
    /// The text of the link to the original page.
    var sourceLink: String
    /// What comes before the publisher the text was taken from.
    var originPrefix: String
    /// A colon as written in running text: 「：」 or `: `.
    var colon: String
    /// The separator between names in a list of names.
    var listSeparator: String
    /// Brackets around an aside, such as an outlet after a name.
    var openBracket: String
    var closeBracket: String
    /// Whether sentences are joined with a space.
    var spacedSentences: Bool
    /// Before what a call meets to discuss, as a title (`Conference call: …`), and after a company's name.
    var callTitle: String
    var callSuffix: String

    // Section headings.
    var participants: String
    var openingStatements: String
    var questionsAndAnswers: String
    var keyFigures: String
    var transcript: String

    // Participants table columns.
    var nameColumn: String
    var roleColumn: String
    var affiliationColumn: String
    var turnsColumn: String
    var shareColumn: String

    // Lines inside the briefing.
    var askedBy: String
    var fullAnswer: String
    var noQuestions: String
    var noStatements: String
    var noFigures: String
    /// Beside a question whose answers decline it (``Exchange/Status/deflected``).
    var deflected: String
    /// Around the number of the question part an answer passage takes up (``QuestionPart``): 「（第」 and
    /// 「个问题）」, ` (on question ` and `)`; Chinese tables print the number as a Chinese numeral.
    var partMarkOpen: String
    var partMarkClose: String

    // The HTML briefing's own words.
    /// Before the links from a question to its answers.
    var answersLink: String
    /// The caption of the speaking-share chart.
    var chartCaption: String
    /// The unit of the chart's figures: words (English) or characters (Chinese).
    var wordsUnit: String

    /// Who a label printed with no name stands for (`[00:22:41]  :`).
    var unnamedSpeaker: String

    /// Role names, by ``Role``.
    var roles: [Role: String]
    /// What a turn does, by ``Turn/Kind``, as a heading word.
    var kinds: [Turn.Kind: String]

    /// The mark of an answer passage that takes up part `ordinal` of its question: 「（第一个问题）」, `(on question 2)`.
    func partMark(_ ordinal: Int) -> String {
        let number = !spacedSentences && OrdinalLexicon.chineseNumerals.indices.contains(ordinal - 1)
            ? OrdinalLexicon.chineseNumerals[ordinal - 1] : String(ordinal)
        return partMarkOpen + number + partMarkClose
    }

    /// A question part as listed under its question: the part's text, cut after
    /// ``Thresholds/QuestionParts/longestShownPart`` characters with `…`, on one line.
    static func shownPart(_ part: QuestionPart) -> String {
        let text = part.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let limit = Thresholds.QuestionParts.longestShownPart
        return text.hasLength(atMost: limit) ? text : String(text.prefix(limit)) + "…"
    }

    /// The table for a language.
    static func forLanguage(_ language: OutputLanguage) -> BriefingLexicon {
        switch language {
        case .simplifiedChinese: return simplifiedChinese
        case .traditionalChinese: return traditionalChinese
        case .english: return english
        }
    }

    static let simplifiedChinese = BriefingLexicon(
        untitled: "新闻发布会", metaSeparator: " · ", sourceLink: "原文", originPrefix: "来源：", colon: "：",
        listSeparator: "、", openBracket: "（", closeBracket: "）", spacedSentences: false,
        callTitle: "电话会议：", callSuffix: "电话会议",
        participants: "出席人员", openingStatements: "发布内容", questionsAndAnswers: "答记者问",
        keyFigures: "关键数据", transcript: "实录",
        nameColumn: "姓名", roleColumn: "角色", affiliationColumn: "职务／机构或媒体", turnsColumn: "发言次数",
        shareColumn: "字数占比",
        askedBy: "提问", fullAnswer: "回答全文", noQuestions: "本场没有记者提问。", noStatements: "本场没有开场发布。",
        noFigures: "没有找到带单位的数据。", deflected: "未正面回答",
        partMarkOpen: "（第", partMarkClose: "个问题）",
        answersLink: "回答", chartCaption: "发言字数", wordsUnit: "字", unnamedSpeaker: "未署名发言人",
        roles: [.moderator: "主持人", .official: "发布人", .reporter: "记者", .unknown: "其他"],
        kinds: [.statement: "开场发布", .question: "提问", .answer: "回答", .moderation: "主持", .remark: "发言"]
    )

    static let traditionalChinese = BriefingLexicon(
        untitled: "記者會", metaSeparator: " · ", sourceLink: "原文", originPrefix: "來源：", colon: "：",
        listSeparator: "、", openBracket: "（", closeBracket: "）", spacedSentences: false,
        callTitle: "電話會議：", callSuffix: "電話會議",
        participants: "出席人員", openingStatements: "發布內容", questionsAndAnswers: "答記者問",
        keyFigures: "關鍵數據", transcript: "實錄",
        nameColumn: "姓名", roleColumn: "角色", affiliationColumn: "職務／機構或媒體", turnsColumn: "發言次數",
        shareColumn: "字數占比",
        askedBy: "提問", fullAnswer: "回答全文", noQuestions: "本場沒有記者提問。", noStatements: "本場沒有開場說明。",
        noFigures: "沒有找到帶單位的數據。", deflected: "未正面回答",
        partMarkOpen: "（第", partMarkClose: "個問題）",
        answersLink: "回答", chartCaption: "發言字數", wordsUnit: "字", unnamedSpeaker: "未署名發言人",
        roles: [.moderator: "主持人", .official: "發言人", .reporter: "記者", .unknown: "其他"],
        kinds: [.statement: "開場說明", .question: "提問", .answer: "回答", .moderation: "主持", .remark: "發言"]
    )

    static let english = BriefingLexicon(
        untitled: "Press conference", metaSeparator: " · ", sourceLink: "Source", originPrefix: "via ", colon: ": ",
        listSeparator: ", ", openBracket: " (", closeBracket: ")", spacedSentences: true,
        callTitle: "Conference call: ", callSuffix: " conference call",
        participants: "Participants", openingStatements: "Opening statements", questionsAndAnswers: "Questions and answers",
        keyFigures: "Key figures", transcript: "Transcript",
        nameColumn: "Name", roleColumn: "Role", affiliationColumn: "Title, organisation or outlet", turnsColumn: "Turns",
        shareColumn: "Share of words",
        askedBy: "Asked by", fullAnswer: "Full answer", noQuestions: "No questions were asked.",
        noStatements: "No opening statement.", noFigures: "No figures with units were found.", deflected: "deflected",
        partMarkOpen: " (on question ", partMarkClose: ")",
        answersLink: "Answers", chartCaption: "Words spoken", wordsUnit: "words", unnamedSpeaker: "Unnamed speaker",
        roles: [.moderator: "Moderator", .official: "Official", .reporter: "Reporter", .unknown: "Other"],
        kinds: [.statement: "Statement", .question: "Question", .answer: "Answer", .moderation: "Moderation", .remark: "Remark"]
    )

    /// The first letters of the English months, in order, for dates written in words.
    static let englishMonths = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    /// Words after which a date ends a period rather than dates the document: `the quarter ending September 30`.
    static let periodWords = ["ending", "ended", "through", "as of", "until", "since", "截至", "截止", "截止到", "至"]
    /// Verbs that hold an event, before its name in an opening or a lead: 「举行国务院新闻办新闻发布会」.
    static let eventVerbs: [String] = ["出席", "举行", "召开", "舉行", "召開", "舉辦", "举办"]
    /// Words between such a verb and the event's name that are no part of it, tried in order, the longer first:
    /// 「举行今天的发布会」.
    static let eventFillers: [String] = ["今天的", "今天", "本次", "此次"]
    /// Names of an event that say only what kind it is: 「举行新闻发布会」 names no event.
    static let genericEventNames: Set<String> = [
        "新闻发布会", "新聞發布會", "发布会", "發布會", "记者会", "記者會", "吹风会", "吹風會", "说明会", "說明會",
    ]
    /// First lines of call transcripts that are section headings, not titles.
    static let sectionHeadings: Set<String> = [
        "CORPORATE PARTICIPANTS", "CONFERENCE CALL PARTICIPANTS", "PARTICIPANTS", "PRESENTATION",
        "QUESTIONS AND ANSWERS", "QUESTION AND ANSWER", "TRANSCRIPT", "EDITED TRANSCRIPT", "CALL PARTICIPANTS",
    ]

    /// The name of a role.
    func role(_ role: Role) -> String { roles[role] ?? role.rawValue }

    /// The heading word of a turn kind.
    func kind(_ kind: Turn.Kind) -> String { kinds[kind] ?? kind.rawValue }
}
