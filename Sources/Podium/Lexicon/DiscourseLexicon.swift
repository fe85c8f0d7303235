/// Phrases that show what a paragraph does in the flow of a press conference.
enum DiscourseLexicon {
    /// Markers of the start of the transcript proper, after a news lead.
    static let transcriptStartMarkers: [String] = [
        "以下为发布会实录", "以下为实录", "以下是实录", "以下为文字实录", "以下为发布会文字实录", "实录如下",
        "文字实录", "图文实录", "发布会实录", "以下為記者會實錄", "記者會實錄", "文字實錄", "實錄如下",
        "Transcript", "TRANSCRIPT", "Full transcript", "FULL TRANSCRIPT",
    ]
    /// Headings, whole, under which a recorder's export prints the transcript after its summary (`## 原文` under 全文概要,
    /// 章节速览 and 发言总结): too common as words to be sought inside a line, as ``transcriptStartMarkers`` are.
    static let transcriptStartHeadings: Set<String> = ["原文", "全文", "转写原文", "轉寫原文", "转写全文", "文字稿", "逐字稿", "Full text"]
    /// Lines, whole, with which a court reporter's transcript opens the record after its cover page and roster
    /// (`P R O C E E D I N G S`), heading or not.
    static let proceedingsStartLines: Set<String> = ["P R O C E E D I N G S", "PROCEEDINGS", "P R O C E E D I N G S.", "PROCEEDINGS."]
    /// Bytes in the longest of ``proceedingsStartLines``.
    private static let longestProceedingsStartLine = proceedingsStartLines.map(\.utf8.count).max() ?? 0

    /// Whether a paragraph is one of ``proceedingsStartLines``: every paragraph of a document is asked, and most open
    /// otherwise than with `P` or are longer, which their bytes tell before the text is hashed.
    static func isProceedingsStartLine(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "P") && text.utf8.count <= longestProceedingsStartLine && proceedingsStartLines.contains(text)
    }

    /// Words, lower-cased, that join the people or outlets a host calls on in one breath (`Anadolu Agency, and then the
    /// Kyiv Independent`).
    static let wordsBetweenCalledNames: Set<String> = ["and", "then", "the", "of", "from", "at", "with"]
    /// The word that closes a short call for the next asker or topic (`Next, please.`, `Then border controls, please.`).
    static let callingRequests: Set<String> = ["please", "bitte"]

    /// How a host's 「请…」 that hands a question to somebody else ends: 「请林海波先生回答」, 「請陳組長回應」.
    static let chineseHandOverEndings: [String] = ["回答", "作答", "回应", "回應", "来回答", "來回答", "回答一下", "回答这个问题", "回答這個問題"]

    /// What a host says: opening, handing the floor over, taking questions, closing.
    static let moderationPhrases: [String] = [
        "下面，先请", "下面先请", "下面请", "首先请", "现在请", "请继续提问", "欢迎大家提问", "现在开始提问",
        "请介绍所在的新闻机构", "进入提问环节", "今天的发布会就", "发布会到此结束", "今天的发布会到此", "本次发布会",
        "再请", "最后一个问题", "最后两个问题", "还有最后", "接下來請", "接下来请", "現在請", "接下來進入",
        "媒體提問", "開放提問", "繼續提問", "继续提问", "直接提問", "直接提问", "提問嗎", "提问吗",
        "今天記者會", "今天的記者會", "記者會到此", "谢谢各位", "感謝各位", "大家再见", "大家再見",
        // A briefing's host opens it, calls on the next asker by where they sit, and ends on time: 「我们现在开始」「中间那位」
        // 「时间关系，今天就到这里」.
        "我们现在开始", "我們現在開始", "先请", "先請", "中间那位", "中間那位", "后排那位", "後排那位", "前排那位", "那位记者",
        "那位記者", "时间关系", "時間關係", "就到这里", "就到這裡", "到此结束", "到此結束",
        // An online interview's host welcomes the audience to the programme: 「欢迎收看人民网访谈」.
        "欢迎收看", "歡迎收看", "欢迎收听", "歡迎收聽",
        "Next question", "next question", "Go ahead", "go ahead", "Go on.", "Last one.", "last one.", "Our next question", "Our first question",
        "your line is open", "This concludes", "That concludes", "that concludes", "Ladies and gentlemen", "Please go ahead",
        "Let’s go to", "Let's go to", "let’s go to", "let's go to", "Let’s go next to", "Let's go next to",
        "time for a couple", "minutes left", "time for one more", "time for a few more", "time for just a couple", "First question",
        "for joining us", "for joining this call", "for joining the call", "the line of", "you're open", "you’re open",
        "closing remarks", "turn it back to", "turn it back over to",
        // A press officer opens the questions, asks who is asking, calls on the room and ends on time.
        "straight to questions", "straight to our first question", "go to questions", "go to your questions",
        "ready for questions", "ready for your questions", "take your questions", "take questions", "take a few questions",
        "take some questions", "say who you are", "tell us who you are", "state your name", "name and outlet",
        "wait for the microphone", "take one from", "A question from the", "a question from the", "Next question from",
        "all we have time for", "all the time we have", "That's all for now", "That’s all for now", "we're going to get started",
        "we’re going to get started", "let's start with you", "let’s start with you",
        // A virtual press conference's moderator: "The next question goes to Helen. Helen, please unmute yourself."
        "question goes to", "questions go to", "last question", "open the floor", "the floor is yours", "unmute yourself",
        // A programme director hands between venues and calls on the room: "Zanele, over to you.", "Back to you in Cape
        // Town.", "We have a question from News24.", "The gentleman in the second row."
        "over to you", "Back to you", "back to you", "We have a question from", "in the second row", "in the front row",
        "in the back row",
        // An online meeting's host calls on raised hands: "First hand up is Dana.", "Sanjay, you're next."
        "hand up is", "hands up", "you're next", "you’re next", "you're unmuted", "you’re unmuted", "raise-hand", "raise your hand",
        // A central bank's moderator: "I will request Ms. Radhika Menon to ask the first question.", "Last question."
        "to ask the first question", "to ask the next question", "to ask a question", "Last question", "Next, Mr.", "Next, Ms.",
        "Next, Dr.",
        // A committee's chair runs the business of a hearing: witnesses, motions, votes.
        "come forward", "file item", "you may proceed", "Seeing no", "seeing no", "Seeing none", "seeing none",
        "call the roll", "is on call", "Moved and seconded", "moved and seconded", "without objection",
        "Without objection", "will come to order", "stands adjourned", "The chair recognizes", "the chair recognizes",
        // A chamber's chair calls the next member: "I call Deputy Furlong.", "I now call Senator Byrne."
        "I call Deputy", "I call Senator", "I now call", "I call the Leader", "time is up",
        // A government press conference's chair asks the room and moves it from topic to topic: "Are there questions on
        // the cabinet?", "Then we come to the budget." (the German `Gibt es Fragen…`, `Dann kommen wir zu…`).
        "Are there questions", "Are there any questions", "Are there any more questions", "Are there further questions",
        "Any questions", "Any other questions", "Any more questions", "Any further questions", "Then we come to",
        "Now we come to", "We now come to",
        // A host takes the next asker by where they are ("Let us go to the back.", "Next, the gentleman on the aisle.",
        // "Next, Hana on the phone line.", "The next online question is from…") and ends on time ("We'll stop there.",
        // "We're going to wrap it there.", "Okay, we're at time.").
        "Let us go to", "Next, the", "Next, please", "on the phone line", "to the phone line", "Next we have", "Next is",
        "next online question", "next question is from", "turn to questions", "Two more questions", "A couple more questions",
        "stop there", "wrap it there", "wrap up there", "we're at time", "we’re at time", "that's time", "that’s time",
        "minute break", "you're up", "you’re up",
        // A court's or an assembly's president opens and closes the sitting and gives the floor: "The sitting is open.",
        // "I now give the floor to Professor Whitlow.", "Ms Vunisea, you have the floor."
        "give the floor to", "gives the floor to", "you have the floor", "You have the floor", "sitting is open", "sitting is closed",
        "sitting is suspended",
        // A public forum's chair calls the standing microphones: "Microphone one, please.", "Your microphone, please."
        "Microphone one", "Microphone two", "Microphone three", "Microphone four", "microphone one", "microphone two",
        "microphone three", "microphone four", "Your microphone", "your microphone",
    ]

    /// How the last speaker ends the event: "That concludes our call.", "Thank you for joining us.", 「发布会到此结束」.
    static let closingPhrases: [String] = [
        "This concludes", "That concludes", "that concludes", "for joining us", "for joining this call",
        "for joining the call", "for joining today", "for your participation", "Thank you all for coming",
        "今天的发布会就", "发布会到此结束", "今天的发布会到此", "記者會到此", "谢谢各位", "感謝各位", "大家再见", "大家再見",
        "就到这里", "就到這裡", "到此结束", "到此結束",
    ]

    /// How an official who chairs hands a question to a colleague without answering it: "Anything you'd like to
    /// add, Dr. Lee?", "Want to take that one?", 「請部長補充」. Read only in short turns (``Thresholds/Exchanges``).
    static let handOverPhrases: [String] = [
        // "I'll let the Minister answer that.", "That one is for the Vice-President. Tomás?", "I will request Deputy
        // Governor Kulkarni to respond.", "Gregory, would you please take this one?"; not "I will ask the Minister.",
        // which promises.
        "to answer that one", "to respond.", "take this one", "That one is for", "That one’s for", "That one's for",
        "I'll let the", "I’ll let the",
        "like to add", "want to add", "anything to add", "to add anything", "want to take that", "want to take this",
        "take that one", "want to jump in", "turn it over to", "hand it over to", "hand it off to", "over to you",
        "I'll take one more", "I’ll take one more", "take one more", "do one more", "one more question", "last question",
        "anybody else want", "anyone else want", "anybody else have", "anyone else have", "get last word",
        "get the last word",
        "請部長補充", "请部长补充", "幫忙回答", "帮忙回答",
    ]

    /// How a short turn that names a colleague ends when it asks them to speak ("Rania, please."), lower-cased; or it
    /// ends asking ("Dr. Lee?").
    static let handOverCourtesies: [String] = ["please.", "please"]

    /// An official's request that a colleague speak, 「請」 then what to do (「我請龐處長說一下大約的數字。」,
    /// 「請簡處長來回答」): a hand-over when the colleague speaks next.
    static let colleagueRequests: [String] = ["請", "请"]
    /// What the colleague is asked to do after 「請」: explain, answer, add, present, respond.
    static let colleagueRequestVerbs: [String] = [
        "說明", "说明", "回答", "補充", "补充", "說一下", "说一下", "講一下", "讲一下", "介紹", "介绍", "回應", "回应", "解說", "解说",
    ]

    /// How a speaker hands the floor to somebody they name, lower-case, as captions print it ("I'M GOING TO ASK
    /// UNDERSHERIFF DAN MERCER TO ADDRESS THAT", "I'll turn it over to Chief Ramos"): the name follows (``CaptionSpeakers``).
    static let captionHandOverVerbs: [String] = [
        " ask ", " turn it over to ", " hand it over to ", " hand it to ", " pass it to ", " invite ", " bring up ", " let ",
    ]
    /// Words, lower-case, that end a name handed the floor or show there was none ("ask you to be patient", "let
    /// people know").
    static let wordsAfterAHandedName: Set<String> = [
        "to", "and", "who", "about", "on", "for", "with", "in", "at", "if", "that", "you", "everyone", "everybody", "people",
        "them", "him", "her", "us", "me", "folks", "anyone", "anybody", "questions", "a", "some", "our", "my", "your", "their",
    ]

    /// How an official takes up what a colleague said, lower-case: a sign that an anonymous label is shared.
    static let colleagueReferences: [String] = [
        "my colleague", "to add to what", "to build on what", "to echo what", "hand it over to my", "pass it to my",
    ]

    /// How an official's question back about what was asked begins: "You're talking about the video?".
    static let askingBackOpenings: [String] = [
        "You mean", "You're talking about", "You’re talking about", "When you say", "Are you asking", "Are you talking",
        "Which one", "Sorry, which", "Sorry, what", "Say that again", "Specifically what", "What kind of", "What type of",
        "What do you mean", "你是说", "你是指", "您是说", "您是指", "你指的是",
        "您指的是", "你說的是", "您說的是", "你是問", "您是問", "你是问", "您是问",
    ]
    /// Words, lower-cased, anywhere in a short official turn that asks for the question again ("Say that one more
    /// time?", "I'm sorry, counsel. Would you please repeat the question?").
    static let repairRequests: [String] = [
        "one more time", "repeat that", "repeat the question", "say that again", "say more", "start again", "restate it",
        "what do you mean", "you mean", "are you talking about", "you're talking about", "you’re talking about", "pardon",
        "excuse me", "i'm sorry?", "i’m sorry?", "sorry?",
    ]
    /// Words, lower-cased, that open a question back made of a phrase rather than a clause, which asks what the
    /// question meant ("A commission in Congress?", "For the restaurant program or in general?").
    static let phraseOpenings: Set<String> = [
        "a", "an", "the", "for", "on", "in", "with", "about", "to", "from", "of", "meaning", "including", "through",
    ]

    /// How an answer declines a question: no information, a referral elsewhere, no comment. Read only in short
    /// answers (``Thresholds/Exchanges/longestDeflection``): a long one that says this in passing answers.
    static let deflections: [String] = [
        "refer you to", "I’d refer you", "I'd refer you", "I would refer you", "I’ll refer you", "I'll refer you",
        "I don’t have anything", "I don't have anything", "don’t have anything to share", "don't have anything to share",
        "don’t have an update", "don't have an update", "don’t have any updates", "don't have any updates",
        "nothing to share", "nothing to announce", "not going to get ahead of", "not going to comment",
        "I’m not going to comment", "I won’t comment", "I won't comment", "no comment", "not in a position to",
        "我不掌握", "不掌握有关情况", "请向主管部门", "請向主管部門", "建议你向", "建議你向", "没有可以发布的消息",
        "沒有可以發布的消息", "我不了解有关情况", "無可奉告", "无可奉告",
        // Declining to speculate, or to speak for someone else: "I'm not going to get into a hypothetical", "That's
        // for the campaign to speak to", "I'd leave it to the Department of Justice", "point you to the authorities".
        "not going to get into", "can’t get into", "can't get into", "won’t get into", "won't get into",
        "not going to speak to", "can’t speak to", "can't speak to", "won’t speak to", "won't speak to",
        "to speak to.", "leave it to the", "point you to", "you should ask the", "don’t have a call to",
        "don't have a call to", "nothing to read out", "not going to be more specific", "stay tuned",
        "没有可以提供的信息", "沒有可以提供的信息", "没有更多信息可以提供", "沒有更多信息可以提供", "没有更多可以提供的信息",
        // 「如果有进一步消息，我们会及时发布」, where 「此访具体情况我们会及时发布」 closes an answer.
        "如果有进一步消息", "如果有進一步消息", "如有进一步消息", "如有進一步消息", "已经作了回应", "已經作了回應",
        "已经多次阐明", "已經多次闡明", "已多次阐明", "已多次闡明",
    ]

    /// Sounds a listener makes while the other person is still talking.
    static let backchannels: Set<String> = ["mm-hm", "mm-hmm", "mhm", "uh-huh", "uh-hum", "mm", "hmm", "嗯", "嗯嗯", "嗯哼"]

    /// How a turn opens that goes on with the speaker's own interrupted sentence (`-- and if they knew about it…`,
    /// `…and that is why`): the turn before it broke in.
    static let resumingMarks: [String] = ["--", "—", "–", "...", "…", "……"]
    /// How a turn ends that breaks off mid-sentence (`…the backend —`, `…and then...`): someone broke in.
    static let breakingMarks: [String] = ["—", "–", "--", "……", "…", "..."]

    /// How a short reporter's rejoinder that presses the point begins.
    static let pushbackOpenings: [String] = ["But ", "But,", "So ", "So,", "Well, but", "And yet", "但是", "但", "可是", "不过", "不過", "所以"]

    /// Words that acknowledge an aside without answering anything.
    /// How a speaker's unlabelled statement opens (``UnlabelledStatement``), lower-cased.
    static let statementGreetings: [String] = ["good morning", "good afternoon", "good evening", "ladies and gentlemen"]

    /// A reporter's greeting, which asks nothing even with a question mark: `Q How are you?`.
    static let greetings: Set<String> = [
        "how are you", "how are you doing", "hi how are you", "good morning", "good afternoon", "good evening", "hi",
        "hello", "hey", "morning", "afternoon", "你好", "您好", "大家好",
    ]

    /// Words, lower-cased, that open an English question: words cut off at a dash before any question mark ("Were you
    /// doing robotics as an undergrad or –") still ask (``ExchangeBuilder/asksBeforeTheBreak(_:answeredBy:roles:)``).
    static let askingOpeningWords: Set<String> = [
        "who", "what", "where", "when", "why", "how", "which", "whose", "is", "are", "was", "were", "do", "does", "did",
        "have", "has", "had", "can", "could", "would", "will", "should", "shall", "isn't", "aren't", "wasn't", "weren't",
        "don't", "doesn't", "didn't", "haven't", "hasn't", "can't", "couldn't", "wouldn't", "won't", "shouldn't",
    ]
    /// Words, lower-cased, that may come before a question's opening word: "And who else…", "So, is there…".
    static let questionLeadIns: Set<String> = ["and", "so", "but", "also", "now", "okay", "well", "then", "or"]
    /// Words, lower-cased, after `what` or `how` that make an exclamation ("What a trip.", "How nice"), not a question.
    static let exclamationSeconds: Set<String> = ["a", "an", "nice", "great", "wonderful", "lovely", "interesting"]

    /// Words, lower-cased, that a chair may say before the name of the reporter called on: `Hi, Zeke.`, `Okay, Anita.`
    static let callingOnGreetings: Set<String> = ["hi", "hey", "hello", "okay", "ok", "yes", "yeah", "and", "then"]
    /// Capitalised one-word replies that are no one's name (`Correct.`, `Nope.`, `Great.`), lower-cased, beside
    /// ``acknowledgements``, ``affirmations`` and ``agreementOpenings``: an official's turn of these answers or
    /// acknowledges rather than calls on a reporter.
    static let replyWords: Set<String> = [
        "no", "nope", "great", "good", "thanks", "thank", "you", "bye", "wait", "look", "well", "so", "oh", "never",
        "both", "neither", "none", "all", "nothing", "everybody", "everyone", "today", "tomorrow", "yesterday", "done",
        "fine", "perfect", "wonderful", "agreed", "true", "false", "maybe", "probably", "definitely", "certainly", "totally",
        "soon", "later", "now", "sometimes", "always", "often",
    ]
    /// Words that lead into an official's hand-on to the next reporter ("I think we're going to move on. Go ahead.",
    /// "I already called on you."), read only where the turn already moderates.
    static let handOverLeads: [String] = ["move on", "called on", "one or two more", "one more", "wrap this up", "wrap up"]
    /// Words, lower-cased, that say nothing of their own before a hand-on (`Oh, go ahead.`, `All right. Go ahead.`).
    static let handOverFillers: Set<String> = ["oh", "well", "look", "all", "sorry", "um", "uh", "so", "and", "then"]

    /// Words that open a reply agreeing with what was said (`Yup. No, …`, 「是的，已经看到了」, 「对。这在中国…」), each
    /// followed by punctuation: the turn before was a remark, not a prompt (``ExchangeBuilder/isPrompt``).
    static let agreementOpenings: [String] = [
        "Yes", "Yeah", "Yup", "Yep", "Right", "Exactly", "Absolutely", "Sure", "Indeed", "True", "Correct",
        "是的", "是啊", "对", "對", "对啊", "對啊", "没错", "沒錯", "确实", "確實", "嗯",
    ]

    /// Words before the name a speaker gives as their own (``SelfIntroduction/introducedName(in:)``), lower-cased.
    /// How a host calls on the next asker by name, lower-case: "Our next question comes from the line of Craig
    /// Mailman with Citi", "Next we'll go to Sheryl Stolberg with the New York Times".
    static let callingOnPhrases: [String] = [
        "question comes from the line of ", "question comes from ", "question is from the line of ", "question is from ",
        "question will come from ", "go to the line of ", "we'll go to ", "we’ll go to ", "we will go to ",
        "we'll go next to ", "we’ll go next to ", "we'll now go to ", "we’ll now go to ", "we'll hear from ",
        "we’ll hear from ", "next we have ", "let's go to ", "let’s go to ", "first question, ", "next question, ",
        "last question, ", "next question from ", "first question from ",
    ]
    /// How a host says, in their first turns, that they host, lower-case: 「我是主持人晓彤」, 「我是主播小雅」, "I'm your host".
    static let hostSelfIntroductions: [String] = [
        "我是主持人", "我是主播", "我是本期主持人", "我是节目主持人", "我是今天的主持人", "我是本场主持人", "我是主持",
        "i'm your host", "i’m your host", "i am your host", "your host for", "your host tonight", "your host today",
        "i'll be moderating", "i’ll be moderating", "i will be moderating", "i'll be your moderator", "i’ll be your moderator",
        // `I'm Marisol Vega with the World Bank's press team.`: the institution's press officer hosts its press conference.
        "press team", "press office.", "press office,", "media relations team",
    ]

    /// Keys of a credits line that names the hosts (upper-cased): 「节目主持：晓彤　志刚」, `Moderator: Julie Ménard`.
    static let hostCreditKeys: Set<String> = [
        "节目主持", "主持", "主持人", "主播", "節目主持", "HOST", "HOSTS", "MODERATOR", "MODERATORS", "HOSTED BY", "MODERATED BY",
    ]

    static let selfIntroductionPhrases: [String] = ["my name is ", "i'm ", "i’m ", "i am ", "this is ", "我是", "我叫"]

    /// Words, lower-cased, that a reporter's own name follows when they introduce themselves in a question: a
    /// greeting or thanks (`Thanks. Owen Jensen with EWTN`, `Thank you, Chris Rugaber`, `Good morning, …`) or
    /// `I'm`, `is`, `am` (`Hi, I'm Jose Diaz from Reforma`).
    static let wordsBeforeAnIntroducedName: Set<String> = [
        "hi", "hello", "thanks", "you", "i'm", "i’m", "is", "am", "morning", "afternoon", "evening",
    ]

    static let acknowledgements: Set<String> = [
        "yeah", "yes", "yep", "sure", "okay", "ok", "all right", "right", "go ahead", "好", "好的", "对", "對", "是",
    ]

    /// The words of a turn that only apologises (`I am so sorry, guys.`, `Okay. Sorry, guys.`), lower-case: every word
    /// one of these and one of ``apologyWords`` among them. An apology with more words ("Sorry, I can't comment") says
    /// something.
    static let apologyTurnWords: Set<String> = [
        "i", "am", "i'm", "i’m", "we", "we're", "we’re", "are", "so", "very", "really", "oh", "okay", "ok", "guys", "folks",
        "everyone", "everybody", "all", "sorry", "apologies", "my", "excuse", "me", "us",
    ]
    /// The words that make an apology of ``apologyTurnWords``.
    static let apologyWords: Set<String> = ["sorry", "apologies", "excuse"]
    /// Letters each of ``apologyWords`` holds as transcripts print it (`Sorry`, `SORRY`, `Apologies`): a turn without
    /// any of them is no apology, and its words need not be read.
    static let apologyStems: [String] = ["orry", "ORRY", "polog", "POLOG", "xcuse", "XCUSE"]

    /// Acknowledgements that say yes to what was put (`Yes.`, 「對。」) rather than only let the speaker go on (`Yeah.`).
    static let affirmations: Set<String> = ["yes", "是", "是的", "对", "對", "对的", "對的"]

    /// Fillers that may come before a closing thanks: `Okay. Thanks, guys.`
    static let openingFillers: [String] = [
        "Okay.", "Okay,", "OK.", "All right.", "All right,", "Alright.", "Good stuff.", "Great.", "好，", "好。", "那，",
    ]

    /// How a short closing thanks begins.
    /// How a sentence that only greets or thanks opens, lower-case ("Hi, Jim, thanks for doing this.", 「谢谢。」):
    /// an unmarked first part of a question starts after it.
    static let courtesyOpenings: [String] = [
        "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "thank you", "thanks", "谢谢", "謝謝",
        "你好", "您好", "大家好",
    ]
    static let thanksPhrases: [String] = [
        "Thank you", "Thanks", "Appreciate y'all", "Appreciate you all", "Appreciate it", "Diolch", "Merci", "谢谢", "謝謝",
        "感谢", "感謝", "多谢", "多謝",
    ]

    /// Signs that a reporter's short turn asks something.
    static let questionCues: [String] = [
        "?", "？", "请证实", "請證實", "请问", "請問", "请介绍", "請介紹", "请说明", "請說明", "能否", "是否", "吗", "嗎",
        "如何", "怎么", "怎麼", "什么", "什麼", "哪些", "有何", "评论", "評論", "回应", "回應", "请教", "請教",
        "想問", "想问", "問一下", "问一下", "想了解", "想知道", "能不能", "可不可以", "會不會", "会不会", "有沒有", "有没有",
        "confirm", "comment", "wonder", "curious", "can you", "could you", "would you", "do you", "will you",
    ]

    /// Words inside brackets that make a stage direction rather than spoken text.
    static let stageWords: [String] = [
        "laughter", "laughs", "applause", "inaudible", "crosstalk", "cross talk", "pause", "audio", "video",
        "off-mic", "off mic", "off-mike", "off mike", "microphone", "unintelligible", "indiscernible", "technical difficulties", "break", "recess",
        "music", "silence", "phone rings", "coughs", "speaks", "speaking", "translated", "interpretation",
        "via teleconference", "via videoconference", "sic", "overtalk", "whereupon",
        // A bilingual record's note on the language of what follows: `[Translation]`, `[English]`, `[Français]`.
        "translation", "traduction", "english", "français",
        // A question or an answer put in another language and not printed: `[Question in Italian]`.
        "question in", "answer in", "in italian", "in german", "in french", "in spanish", "in portuguese", "in dutch",
        "in arabic", "in russian", "in mandarin", "in cantonese", "in japanese", "in korean", "in welsh", "in irish",
        // The transcriber's closing line: `(The briefing was concluded at 2:31 p.m.)`, 「（发布会结束）」.
        "concluded", "ended at", "adjourned", "结束", "結束",
        "笑", "掌声", "掌聲", "鼓掌", "播放", "簡報", "简报", "影片", "视频", "視頻", "听不清", "聽不清", "麦克风", "麥克風", "音訊", "音频",
        "休息", "暂停", "暫停", "翻译", "翻譯", "口译", "口譯", "直播", "投影", "畫面", "画面", "沉默", "停頓", "停顿",
        "現場", "现场", "起立", "鞠躬", "敬禮", "敬礼", "合影", "合照", "英語", "英语", "日語", "台語", "客語",
        // 「（以下為英文部分）」: an editor's note on the language of what follows; 「（以葡文提問，內容從略）」 one on words left out.
        "英文部分", "中文部分", "普通話部分", "普通话部分", "粵語部分", "葡文", "葡語", "葡语", "從略", "从略",
        // 「（以英文提問，有關…的安排）」, 「（以英文回答，內容與上述中文答問大致相同）」: a release's note on words in another
        // language.
        "以英文", "以中文", "以普通話", "以普通话", "以粵語", "以粤语",
        // A caller's line breaking up in an online meeting: 「（声音断续）」, `[audio breaking up]`, `(garbled)`.
        "断续", "斷續", "卡顿", "卡頓", "breaking up", "garbled",
    ]

    /// Words of ``stageWords``, lower-cased, of a direction that stands for words somebody said unprinted (`(Inaudible.)`,
    /// `Q. (No microphone.)`, 「（聽不清楚）」, 「（以英語提問）」): a reporter's turn of one asks. Laughter or applause asks
    /// nothing.
    static let unprintedSpeechWords: [String] = [
        "inaudible", "off-mic", "off mic", "off-mike", "off mike", "microphone", "unintelligible", "indiscernible", "crosstalk",
        "cross talk", "overtalk", "question", "speaks", "speaking", "spoke", "in french", "in spanish",
        "听不清", "聽不清", "未听清", "未聽清", "听不到", "聽不到", "麦克风", "麥克風", "话筒", "話筒", "提问", "提問", "未錄到", "未录到", "英語", "英语", "日語", "台語", "客語",
        "葡文", "葡語", "普通話", "粵語", "断续", "斷續", "卡顿", "卡頓", "breaking up", "garbled",
        "以英文", "以中文", "以普通话", "以粤语",
    ]

    /// Words, lower-cased, that show a live event with an audience and a host on stage (a panel, a town hall), whose
    /// asking host is its moderator rather than an interviewer: in a stage direction (`(APPLAUSE)`), a label
    /// (`Audience 1:`) or the title.
    static let liveEventWords: [String] = [
        "applause", "audience", "panel", "panelist", "panellist", "town hall", "townhall", "moderator", "moderated by",
        "掌声", "掌聲", "观众", "觀眾", "听众", "聽眾", "现场观众", "現場觀眾",
    ]

    /// Whether a label's whole text is a stage word (`Break`, `Applause`, 「掌声」).
    static func isStageWord(_ text: String) -> Bool {
        text.utf8.count <= 72 && text.hasLength(atMost: 24) && stageWordSet.contains(text.lowercased())
    }

    private static let stageWordSet = Set(stageWords)

    /// Verbs that open an interview's section titles, 「谈现状：」 (on the present), 「聊未来：」 (``TopicHeading``).
    static let topicHeadingVerbs: Set<Character> = ["谈", "談", "聊", "论", "論"]

    /// Words that open an interview's page title before the interviewee's name and a colon (``InterviewTitle``).
    static let interviewTitleOpenings: [String] = ["独家专访", "獨家專訪", "专访", "專訪", "对话", "對話", "访谈", "訪談"]

    /// Capitalised headings of call transcripts that are neither speech nor speaker (none longer than
    /// `PageFurniture.longestLine`, the longest line the segmenter looks up).
    static let sectionHeadings: Set<String> = [
        "PRESENTATION", "QUESTIONS AND ANSWERS", "QUESTION AND ANSWER", "QUESTIONS & ANSWERS", "Q&A",
        "CORPORATE PARTICIPANTS", "CONFERENCE CALL PARTICIPANTS", "PARTICIPANTS", "MANAGEMENT DISCUSSION SECTION",
        "QUESTION AND ANSWER SECTION", "OPERATOR INSTRUCTIONS", "PREPARED REMARKS",
        // Seeking Alpha's and FactSet's rosters and sections: `Company Participants`, `Question-and-Answer Session`.
        "COMPANY PARTICIPANTS", "OTHER PARTICIPANTS", "CALL PARTICIPANTS", "EXECUTIVES", "ANALYSTS",
        "QUESTION-AND-ANSWER SESSION", "QUESTION-AND-ANSWER SECTION", "QUESTION AND ANSWER SESSION",
        // A press conference's turn to the room, as a sports federation's transcripts print it.
        "QUESTIONS FROM THE FLOOR", "QUESTIONS FROM THE MEDIA",
    ]

    /// Whose names a call transcript's roster lists under a heading (``CallRoster``): the company's people, who answer,
    /// the call's other participants, the analysts who ask, or both, each told by what the line says they are.
    enum RosterSide: Sendable { case company, analysts, either }

    /// Roster headings, in capitals, and whose names follow them.
    static let rosterHeadings: [String: RosterSide] = [
        "COMPANY PARTICIPANTS": .company, "CORPORATE PARTICIPANTS": .company, "EXECUTIVES": .company,
        "CONFERENCE CALL PARTICIPANTS": .analysts, "OTHER PARTICIPANTS": .analysts, "ANALYSTS": .analysts,
        // An export's one list of everyone who speaks (Quartr's `## Speakers`).
        "SPEAKERS": .either,
    ]

    /// Phrases opening a source line, a link back or an editor's note after the transcript.
    static let trailingPrefixes: [String] = [
        "（文章来源", "(文章来源", "文章来源", "（来源", "来源：", "（責任編輯", "（责任编辑", "责任编辑", "責任編輯",
        "原标题", "原標題", "（原标题", "（完）", "【纠错】", "[返回", "返回", "http://", "https://", "//",
        "本文来源", "（本文来源", "更多精彩", "点击进入", "# # #", "###", "DISCLAIMER", "Disclaimer", "免责声明", "免責聲明", "风险提示", "風險提示",
        "Copyright", "COPYRIGHT", "©", "（编辑", "（責編", "（责编", "【责任编辑", "编辑：", "責任編輯：",
        // The American Presidency Project's editor's note after a news conference.
        "NOTE: ",
        // A magazine's line on where the interview ran, and its links to related stories.
        "本文刊发于", "本文首发于", "本文原载于", "相关推荐", "相關推薦", "相关链接", "相關鏈接", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀",
        "Related:", "RELATED:", "Related stories:", "Read more:", "READ MORE:", "See also:", "Further reading:",
        // A transcriber's line closing the record.
        "(Fin de la transcripción", "Fin de la transcripción", "(End of transcript", "End of transcript", "END OF TRANSCRIPT",
        "[End of Audio]", "[END OF AUDIO]", "[End of Recording]", "[END OF RECORDING]",
        // A court reporter's certificate after the record.
        "CERTIFICATE OF NOTARY PUBLIC", "CERTIFICATE OF REPORTER", "REPORTER'S CERTIFICATE", "CERTIFICATE OF TRANSCRIBER",
        "TRANSCRIBER'S CERTIFICATE", "CERTIFICATE OF TRANSCRIPTION",
        // A government or club page's buttons, contacts and links after the last words; a monitoring service's or a
        // transcription tool's note; a press office's end mark and a meeting tool's end line.
        "Share this", "Share on", "Facebook |", "Related releases", "Related news", "Recent News", "Media Contact",
        "Media contact", "For information media", "Transcript prepared by", "Generated by", "Retrieved from",
        "Forward-looking statements", "conclusion of press conference", "Conclusion of press conference",
        "You May Also Like", "You may also like", "[TOPICS:", "Meeting ended", "[ENDS]", "- ENDS -", "[Space ended", "【點閱次數", "【点击次数", "更新日期", "回上一頁", "相關圖片",
        "相关图片", "文章網址", "文章网址", "Contact:", "Contacts:", "Press contact", "Press Contact", "Enquiries:", "Media enquiries",
        "Media Enquiries", "Press Release Number",
    ] + transcriptEndMarkers

    /// Lines that are only a mark closing the record (``ClosingMark``): a press office's end mark, a news agency's,
    /// a transcriber's, a WeChat post's, a bulletin board's signature separator.
    static let closingMarks: Set<String> = [
        "###", "# # #", "-###-", "- ### -", "（完）", "(完)", "【完】", "（全文完）", "[ENDS]", "[END]", "ENDS", "-ENDS-", "- ENDS -",
        "END OF TRANSCRIPT", "[END OF TRANSCRIPT]", "— END —", "—END—", "-END-", "- END -", "--",
    ]

    /// How the line that closes a transcript begins: White House transcripts end `END 3:45 P.M. EDT`. Such a
    /// line is trailing matter, and never a speaker's label though it is in capitals.
    static let transcriptEndMarkers: [String] = ["END"]

    /// Words that make a bracketed line after the last turn a source or editor's note, wherever they stand in it:
    /// 「（来源：新华社）」, 「（新华社记者 张三 编辑 李四）」.
    static let bracketedTrailingWords: [String] = ["来源", "來源", "编辑", "編輯", "整理"]

    /// Words before the publisher a source line names (「（文章来源：财联社）」), tried in order: the longer first,
    /// since a line with 「文章来源」 holds 「来源」 too.
    static let originKeys: [String] = ["文章来源", "文章來源", "来源", "來源"]

    /// English nouns a count announces a list with: "two things", "three quick questions", "two foreign policy
    /// questions" (a count, at most ``Thresholds/Points/wordsBetweenCountAndNoun`` words, the noun).
    static let englishCountNouns: Set<String> = [
        "things", "questions", "points", "announcements", "updates", "areas", "reasons", "issues", "items", "steps",
        "priorities", "pillars", "topics", "follow-ups", "followups", "elements", "components", "messages", "lessons",
        "goals", "objectives", "principles", "takeaways", "factors", "categories",
    ]
    static let englishCountWords: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]

    /// Phrases saying how many items a list will have: 「有四个亮点」, 「五个方面举措」.
    static let countNouns: [String] = [
        "个亮点", "个方面", "方面的工作", "项措施", "项举措", "个特点", "个问题", "点", "项工作", "个重点", "条措施",
        "个基础条件", "个原因", "个阶段", "個方面", "個重點", "項措施",
    ]
}
