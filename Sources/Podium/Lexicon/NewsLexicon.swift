/// The words that tell a sentence carrying news from filler, for the summaries of answers
/// (``NewsSentences``). Data, not logic: a new quotable phrase or body is an entry here.
enum NewsLexicon {
    /// Phrases that make an English sentence a quotable position, matched as whole words, case-insensitively.
    static let englishPositions: [String] = [
        "we will", "we'll", "we are going to", "we're going to", "we are not going to", "we're not going to",
        "will not", "won't", "we must", "must", "should", "we believe", "believes", "we are committed",
        "we're committed", "committed to", "we intend", "intends to", "we plan", "plans to", "we decided",
        "decided", "announce", "announced", "announcing", "will be", "we expect", "expects", "we do not", "we don't",
        "oppose", "opposes", "urge", "urges", "call on", "calls on", "condemn", "condemns", "support", "supports",
        "signed", "launched", "directed", "the president", "i can confirm", "there is no", "there's no",
        "we have", "we've", "remain", "remains", "prepared to", "ready to",
    ]

    /// Phrases that make a Chinese sentence a quotable position (「美方应…」, 「我们将…」, 「坚决反对」).
    static let chinesePositions: [String] = [
        "应当", "應當", "必须", "必須", "敦促", "奉劝", "奉勸", "坚决", "堅決", "反对", "反對", "强烈", "強烈",
        "严正", "嚴正", "呼吁", "呼籲", "希望", "我们将", "我們將", "将继续", "將繼續", "决定", "決定", "宣布",
        "宣佈", "要求", "支持", "一贯", "一貫", "始终", "始終", "绝不", "決不", "决不", "不会", "不會", "下一步",
        "将推动", "將推動", "将加快", "將加快", "将进一步", "將進一步", "立场", "立場", "红线", "紅線", "谴责", "譴責",
        "欢迎", "歡迎", "承诺", "承諾", "计划", "計劃", "准备", "準備",
    ]

    /// Sides named as a party, so that 「美方应…」 is a position: the character before 「方」.
    static let chineseSides: Set<Character> = Set("中美日俄欧歐英法德韩韓朝菲印台乌烏以巴伊澳加越新泰")
    /// Verbs after a side that make a quotable demand: 「美方应」, 「日方必须」.
    static let sideVerbs: [String] = ["应", "應", "要", "必须", "必須", "不要", "停止", "立即", "切实", "切實", "正视", "正視"]

    /// Endings of Chinese names of bodies and places: 「工业和信息化部」, 「国务院」, 「上海市」.
    static let chineseBodies: [String] = [
        "部", "委员会", "委員會", "局", "署", "国务院", "國務院", "政府", "公司", "集团", "集團", "银行", "銀行",
        "联合国", "聯合國", "组织", "組織", "大使馆", "大使館", "领事馆", "領事館", "国会", "國會", "议会", "議會",
        "省", "自治区", "自治區", "联盟", "聯盟", "协会", "協會", "法院", "中心", "研究院",
    ]
    /// Places and countries named in Chinese news more often than any ending shows.
    static let chinesePlaces: [String] = [
        "美国", "美國", "日本", "俄罗斯", "俄羅斯", "欧盟", "歐盟", "乌克兰", "烏克蘭", "台湾", "台灣", "香港",
        "澳门", "澳門", "韩国", "韓國", "朝鲜", "朝鮮", "印度", "英国", "英國", "法国", "法國", "德国", "德國",
        "菲律宾", "菲律賓", "以色列", "伊朗", "巴勒斯坦", "加沙", "中东", "中東", "非洲", "东盟", "東盟", "北京",
        "上海", "全国", "全國", "我国", "我國",
    ]

    /// English words that carry no news by themselves: a sentence made only of them is filler
    /// (`Let me try to get to those.`), unless it holds one of ``englishAnswerWords``.
    static let englishFunctionWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "well", "now", "then", "just", "let", "let's", "me", "my", "i",
        "i'm", "i'll", "i've", "i'd", "you", "your", "you're", "we", "our", "us", "it", "it's", "that", "that's",
        "this", "these", "those", "there", "here", "to", "of", "in", "on", "at", "for", "with", "about", "up", "get",
        "go", "try", "take", "make", "see", "look", "think", "know", "say", "said", "can", "could", "would", "will",
        "be", "is", "are", "was", "were", "been", "have", "has", "had", "all", "right", "okay", "ok", "yeah", "sure",
        "hi", "hello", "hey", "everybody", "everyone", "folks", "guys", "again", "thank", "thanks", "very", "much",
        "great", "good", "question", "questions", "first", "one", "other", "another", "some", "more", "few", "what",
        "as", "if", "by", "from", "into", "out", "back", "also", "too", "oh", "um", "uh", "kind", "sort", "like",
        "mean", "really", "actually", "you've", "quickly", "briefly", "start", "begin", "happy",
        "morning", "afternoon", "evening", "today", "day", "appreciate", "it.", "he", "she", "they", "them", "him",
        "her", "his", "their", "who", "which", "how", "why", "when", "where", "do", "does", "did",
    ]
    /// Words that make a short English sentence an answer rather than filler: `We do.`, `No.`
    static let englishAnswerWords: Set<String> = [
        "yes", "no", "not", "never", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "isn't", "aren't",
        "absolutely", "correct", "true", "false", "none", "nothing",
    ]
    /// Auxiliaries that end an elliptical answer: `We do.`, `He will.`
    static let englishAuxiliaries: Set<String> = [
        "do", "does", "did", "will", "would", "can", "could", "have", "has", "had", "am", "are", "is", "was", "were",
        "should", "shall", "may", "might", "must",
    ]
    /// Words that speak to the room: a short statement paragraph with one of them and no news is an aside.
    static let addressWords: Set<String> = ["you", "you're", "your", "you've", "you'll", "y'all", "everybody", "everyone", "folks"]
    /// Characters that, right before a body's ending, make a common word rather than a body's name: 「全部」,
    /// 「内部」, 「外部」, 「一部」, 「大部」, 「局部」.
    static let charactersBeforeANonBody: Set<String> = ["全", "内", "內", "外", "一", "大", "局"]
    /// English words always written with a capital that name nobody: `I`, `I'm`, `OK`.
    static let capitalisedNonNames: Set<String> = ["I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d", "OK"]
    /// Where a headline that runs on too long is cut back, tried in order: its last comma, semicolon, dash, or
    /// `and` (``Thresholds/Summary/shortestCutHeadline``).
    static let headlinePhraseBoundaries: [String] = [",", ";", " — ", " and "]
    /// English abbreviations, lower-cased and without their last period, after which a period does not end a
    /// sentence (``SentenceSplitter``): titles (`Mr.`), `No.`, `U.S.`, months, `a.m.`.
    /// Words a page's title or opening lines use of an interview (`a conversation with`, `This interview has been
    /// edited`, 「专访」): where they stand, bold questions with plain answers are one (``BoldQuestions``).
    static let interviewCues: [String] = [
        "interview", "Interview", "INTERVIEW", "conversation with", "Conversation with", "spoke with", "spoke to", "talks to",
        "talked to", "talks with", "questions for", "Questions for", "answered our questions", "Q&A", "Q & A", "edited and condensed",
        "专访", "專訪", "采访", "採訪", "对话", "對話", "访谈", "訪談", "问答", "問答",
    ]

    /// Words of a page that lists frequently asked questions: its bold questions are no interview's.
    static let questionListCues: [String] = [
        "FAQ", "Frequently Asked", "frequently asked", "Frequently asked", "常见问题", "常見問題", "常见问答", "常見問答",
    ]

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "sgt", "prof", "rev",
        "no", "vs", "etc", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "fig", "approx", "est",
        // India's honorific for a woman (`Smt. Kavita Raghunathan`); a parliament's for its ministers (`Hon. R. Sandhu`).
        "smt", "hon", "capt", "adm", "amb",
    ]
    static let chineseAddressWords: [String] = ["大家", "各位", "你们", "你們", "朋友们", "朋友們"]
    /// Chinese phrases that make a sentence of the length below filler: hand-overs and remarks on the question.
    static let chineseFiller: [String] = [
        "这个问题", "這個問題", "你的提问", "你的提問", "大家非常关注", "大家非常關注", "大家关心", "大家關心",
        "很好的问题", "很好的問題", "正如你所说", "正如你所說", "刚才", "剛才", "我简要", "我簡要", "我来回答",
        "我來回答", "我想补充", "我想補充", "关于你提到", "關於你提到", "感谢你", "感謝你",
    ]
    /// Sentences at most this many characters long can be Chinese filler.
    static let longestChineseFiller = 60

    /// Column tags a Chinese headline opens with, in brackets or before a bar: 「【专访】国家气候中心首席专家：…」,
    /// 「对话｜某车企海外负责人：…」. What follows them is a headline, not a speaker's label.
    static let headlineTags: Set<String> = [
        "专访", "專訪", "独家", "獨家", "快讯", "快訊", "视频", "視頻", "图解", "圖解", "对话", "對話", "访谈", "訪談", "实录", "實錄",
        "特稿", "深度", "热点", "熱點", "直击", "直擊", "现场", "現場", "聚焦", "观察", "觀察", "评论", "評論", "解读", "解讀",
    ]
}
