/// The words that make a paragraph opening a speaker label, per language. Data, not logic:
/// a new title, role word or outlet convention is a new entry here.
enum SpeakerLexicon {
    /// Whole labels that name a role rather than a person.
    static let roleLabels: [String: LabelRole] = [
        // Simplified and Traditional Chinese
        "主持人": .moderator, "主持": .moderator, "司仪": .moderator, "司儀": .moderator, "主席": .moderator,
        "新闻官": .moderator, "新聞官": .moderator,
        // A trial's record (``courtRoles``).
        "审判长": .moderator, "審判長": .moderator, "公诉人": .reporter, "公訴人": .reporter, "辩护人": .reporter, "辯護人": .reporter,
        "被告人": .official,
        // A legislative hearing's record: its chair, the people who state their views, and the legislators who ask them.
        "听证主持人": .moderator, "聽證主持人": .moderator, "陈述人": .official, "陳述人": .official, "听证人": .reporter,
        "聽證人": .reporter,
        "记者": .reporter, "記者": .reporter, "问": .reporter, "問": .reporter, "提问": .reporter, "提問": .reporter,
        "记者提问": .reporter, "記者提問": .reporter, "媒体提问": .reporter, "媒體提問": .reporter, "记者问": .reporter, "記者問": .reporter, "提问者": .reporter,
        "提問者": .reporter, "媒体": .reporter, "媒體": .reporter, "匿名": .reporter, "追问": .followUp, "追問": .followUp,
        "講者": .official, "讲者": .official, "主講人": .official, "主讲人": .official,
        "答": .official, "回答": .official, "发言人": .official, "發言人": .official, "新闻发言人": .official,
        "新聞發言人": .official, "嘉宾": .official, "嘉賓": .official, "受访者": .official, "受訪者": .official,
        // A crowd asks (``collectiveLabels``).
        // A live stream's viewer comment read out (「【弹幕】@山里的风：…」).
        "弹幕": .reporter, "彈幕": .reporter, "弹幕提问": .reporter, "彈幕提問": .reporter,
        "网友": .reporter, "網友": .reporter, "网友提问": .reporter, "網友提問": .reporter, "观众提问": .reporter, "觀眾提問": .reporter, "观众": .reporter, "觀眾": .reporter, "听众": .reporter, "聽眾": .reporter,
        "现场观众": .reporter, "現場觀眾": .reporter,
        // An investor platform's anonymous askers (「投资者提问：」).
        "投资者": .reporter, "投資者": .reporter,
        // English
        "Q": .reporter, "QUESTION": .reporter, "Question": .reporter,
        // The English translation of a German `Zusatzfrage:`.
        "Follow-up question": .followUp, "Follow-up Question": .followUp, "FOLLOW-UP QUESTION": .followUp, "Follow-up": .followUp,
        "FOLLOW-UP": .followUp,
        // Someone in the room who speaks without being called (the German `Zuruf:`): a reporter in a press conference.
        "Interjection": .reporter, "INTERJECTION": .reporter, "Zuruf": .reporter, "Questioner": .reporter, "QUESTIONER": .reporter,
        "Interviewer": .reporter, "INTERVIEWER": .reporter, "JOURNALIST": .reporter, "Journalist": .reporter, "Answer": .official, "Audience": .reporter, "REPORTER": .reporter, "Reporter": .reporter, "AUDIENCE MEMBER": .reporter,
        "A": .official, "ANSWER": .official, "Correspondent": .reporter, "CORRESPONDENT": .reporter, "Caller": .reporter,
        "CALLER": .reporter, "Interviewee": .official, "INTERVIEWEE": .official, "Guest": .official, "GUEST": .official,
        "Presenter": .moderator, "PRESENTER": .moderator,
        // The chair of a chamber calls the members and keeps order (`The Presiding Officer (Morag Lindsay):`,
        // `Mr Speaker:`); a committee's or a central bank's `Chair` asks or answers, and is not among them.
        "The Presiding Officer": .moderator, "Presiding Officer": .moderator, "The Deputy Presiding Officer": .moderator,
        "Deputy Presiding Officer": .moderator, "Mr Speaker": .moderator, "Mr. Speaker": .moderator, "Madam Speaker": .moderator,
        "The Speaker": .moderator, "Mr Deputy Speaker": .moderator, "Madam Deputy Speaker": .moderator, "The Deputy Speaker": .moderator,
        // The Lok Sabha's uncorrected debates: `HON. SPEAKER:`, `HON. CHAIRPERSON:`.
        "HON. SPEAKER": .moderator, "Hon. Speaker": .moderator, "HON. CHAIRPERSON": .moderator, "Hon. Chairperson": .moderator,
        "HON. DEPUTY SPEAKER": .moderator,
        // The Dáil's, the Seanad's and the Senedd's chairs.
        "An Ceann Comhairle": .moderator, "Ceann Comhairle": .moderator, "An Leas-Cheann Comhairle": .moderator,
        "Leas-Cheann Comhairle": .moderator, "An Cathaoirleach": .moderator, "Cathaoirleach": .moderator, "The Llywydd": .moderator,
        "Llywydd": .moderator, "The Deputy Llywydd": .moderator,
        // A hearing's or an inquiry's chair printed by office alone, as ``presidingOffices`` are before a period.
        "THE CHAIR": .moderator, "The Chair": .moderator, "THE CHAIRMAN": .moderator, "The Chairman": .moderator,
        "THE CHAIRWOMAN": .moderator, "The Chairwoman": .moderator, "THE CHAIRPERSON": .moderator, "The Chairperson": .moderator,
        // A club's or a ministry's press officer runs the questions.
        "Press officer": .moderator, "Press Officer": .moderator, "PRESS OFFICER": .moderator, "Media officer": .moderator,
        "Media Officer": .moderator, "MEDIA OFFICER": .moderator,
        "MODERATOR": .moderator, "THE MODERATOR": .moderator, "OPERATOR": .moderator, "THE OPERATOR": .moderator,
        "Operator": .moderator, "Moderator": .moderator, "Anchor": .moderator, "ANCHOR": .moderator, "Host": .moderator,
        "HOST": .moderator, "Emcee": .moderator, "EMCEE": .moderator, "Chair": .moderator, "CHAIR": .moderator, "Unidentified Analyst": .reporter,
        "UNIDENTIFIED ANALYST": .reporter, "Unknown Analyst": .reporter, "UNKNOWN ANALYST": .reporter,
        "Unidentified Participant": .unknown, "Unidentified Company Representative": .official,
        // Spanish: the Spanish government's `P.-` and `R.-`, Mexico's `INTERLOCUTOR:` for a reporter.
        "Moderador": .moderator, "Moderadora": .moderator, "MODERADOR": .moderator, "MODERADORA": .moderator,
        "Presentador": .moderator, "Presentadora": .moderator, "Periodista": .reporter, "PERIODISTA": .reporter,
        "Pregunta": .reporter, "PREGUNTA": .reporter, "P": .reporter, "Respuesta": .official, "RESPUESTA": .official,
        "R": .official, "Interlocutor": .reporter, "INTERLOCUTOR": .reporter, "Interlocutora": .reporter,
        "INTERLOCUTORA": .reporter, "Entrevistador": .reporter, "Entrevistadora": .reporter,
        // German: the federal government's press conference (`Frage:`, `Zusatzfrage:`, `Vorsitzende Brandt:`).
        "Frage": .reporter, "FRAGE": .reporter, "Zusatzfrage": .followUp, "Nachfrage": .followUp, "Antwort": .official,
        "Moderatorin": .moderator, "Vorsitzender": .moderator, "Vorsitzende": .moderator,
        // People who speak without a name or a part in the questions: White House transcripts print aides and crew
        // aboard a flight (`AIR FORCE ONE CREW MEMBER:`, `PILOT:`), conferences a `PARTICIPANT:` from the floor.
        "AIR FORCE ONE CREW MEMBER": .unknown, "CREW MEMBER": .unknown, "MILITARY AIDE": .unknown, "AIDE": .unknown,
        "STAFF": .unknown, "PARTICIPANT": .unknown, "AUDIENCE": .unknown, "PILOT": .unknown,
        // A programme's voice-over, which no one on screen says: 「解说：」, `NARRATOR:`.
        "解说": .unknown, "解說": .unknown, "旁白": .unknown, "画外音": .unknown, "畫外音": .unknown, "NARRATOR": .unknown,
        "Narrator": .unknown, "VOICEOVER": .unknown, "VOICE-OVER": .unknown, "Voice-over": .unknown,
    ]
    /// The last word of a meeting account named for an office rather than a person (`OUSD Communications`, `Metro Transit
    /// Comms`): whoever introduces themselves under it is its holder.
    static let officeAccountWords: Set<String> = [
        "Communications", "Comms", "Mgmt", "Management", "Office", "Desk", "Team", "Department", "Dept", "Media", "PIO", "Press",
    ]
    /// The word of a speech-recognition diarization label (`Speaker 0`, 「说话人 1」): a placeholder for a person.
    static let diarizationWords: Set<String> = [
        "Speaker", "SPEAKER", "speaker", "说话人", "說話人", "发言人", "發言人",
        // A call transcript site's speech recognition: `spk06:`.
        "spk", "SPK", "Spk",
    ]

    /// The verb of a question on a parliament's order paper, after the member who asks it (`Mr Drumgoole asked the
    /// Minister for Infrastructure…`).
    static let orderPaperQuestionVerb = " asked the "
    /// What joins the member to the minister asked in New Zealand's oral questions (`1. SAM PRENTICE
    /// (National—Whangaparāoa) to the Minister of Finance: What…`), and what a minister answering for another prints
    /// after the label's notes (`Hon DAVID FENWICK (Associate Minister of Health) on behalf of the Minister of Health:`).
    static let (oralQuestionJoint, answeringOnBehalf) = (" to the ", " on behalf of the ")

    /// The events a headline says are somebody's (`Governor Sakamoto's Press Conference`): the one who holds them answers.
    static let ownedEventWords: [String] = [
        "Press Conference", "press conference", "News Conference", "news conference", "Press Briefing", "Media Availability",
        "Remarks", "Interview",
    ]

    /// What an online roadshow's record prints after the speaker to say what the entry is (「吴海涛 董事长 发言」, 「投资者
    /// lz***88 提问」, 「沈丽 财务总监 回答」): no part of who speaks.
    static let chineseEntryActions: [String] = ["发言", "發言", "提问", "提問", "回答", "回复", "回覆", "答复", "答覆", "追问", "追問"]

    /// 「投资者 lz***88提问」 → 「投资者 lz***88」: a label without the entry's action after it, where more than a
    /// character stands before it; `nil` where none ends it.
    static func withoutEntryAction(_ text: String) -> String? {
        guard let action = chineseEntryActions.first(where: { text.hasSuffix($0) && text.count > $0.count + 1 }) else { return nil }
        return String(text.dropLast(action.count)).trimmingCharacters(in: " ")
    }

    /// Devices a meeting app names a participant after when they join without a name (`[iPad (2)]`, `iPhone(00:11:02):`,
    /// `Galaxy S23`, `Jordan's iPhone`, 「张敏的iPhone」): a placeholder for whoever speaks from it.
    static let deviceAccountWords: Set<String> = [
        "iPhone", "iPad", "iPod", "Android", "Galaxy", "Pixel", "Samsung", "Huawei", "HUAWEI", "Xiaomi", "Redmi", "OPPO", "vivo",
        "Honor", "HONOR", "OnePlus", "Nokia", "Motorola", "华为", "小米", "荣耀",
    ]

    /// `iPad (2)`, `iPhone`, `Galaxy S23 Ultra`, `Jordan's iPhone`, 「张敏的iPhone」: an account named after a device, perhaps
    /// with its owner's given name before it, a model after it, and the meeting's count of same-named devices.
    static func isDeviceAccount(_ text: String) -> Bool {
        var words = text.split(separator: " ")
        // Zoom counts devices of one name: `iPad (2)`.
        if let last = words.last, last.first == "(", last.last == ")", last.dropFirst().dropLast().allSatisfy(\.isNumber) {
            words.removeLast()
        }
        guard let first = words.first, words.count <= 3 else { return false }
        let device = first.split(separator: "的").last.map(String.init) ?? String(first)
        if deviceAccountWords.contains(device) { return device.count < first.count || words.dropFirst().allSatisfy(isModelWord) }
        // `Jordan's iPhone`: the owner's given name, then the device.
        guard words.count == 2, first.hasSuffix("'s") || first.hasSuffix("’s") else { return false }
        return deviceAccountWords.contains(String(words[1]))
    }

    /// `S23`, `Ultra`, `Pro`, `13`: what follows a device's name in a model's.
    private static func isModelWord(_ word: Substring) -> Bool {
        word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && (word.first?.isUppercase == true || word.first?.isNumber == true)
    }

    /// `+1 513-555-****`, `(613) 555-0142`: a caller a meeting's transcript knows only by the number they dialled in from.
    static func isPhoneNumber(_ text: some StringProtocol) -> Bool {
        // Most names end with a letter: turned down on the last byte.
        guard let last = text.last, last.isASCII, last.isNumber || last == "*" else { return false }
        // Digits, some perhaps masked, in groups: a year or a count is one group.
        let digits = text.filter { ($0.isASCII && $0.isNumber) || $0 == "*" }.count
        return digits >= 7 && text.count <= 24 && text.first.map { $0 == "+" || $0 == "(" || $0.isNumber } == true
            && text.contains(where: { "+-() ".contains($0) }) && text.allSatisfy { ($0.isASCII && $0.isNumber) || "+-()* .".contains($0) }
    }

    /// `Speaker 0`, `SPEAKER_12`, 「说话人 1」, 「发言人2」: a diarization word and a number, with a blank, an underscore
    /// or nothing between them.
    static func isDiarizationLabel(_ text: some StringProtocol) -> Bool {
        guard let last = text.last, last.isASCII, last.isNumber else { return false }
        let word = text.prefix { !$0.isNumber && $0 != " " && $0 != "_" }
        let number = text.dropFirst(word.count).drop { $0 == " " || $0 == "_" }
        return !number.isEmpty && number.count <= 3 && number.allSatisfy { $0.isASCII && $0.isNumber }
            && diarizationWords.contains(String(word))
    }

    /// Front-matter fields, lower-cased, that name the one person playing a part (`host: Owen Castellano`): a label
    /// printing the part's word (`**Host:**`) is that person.
    static let frontMatterParts: Set<String> = [
        "host", "guest", "interviewer", "interviewee", "moderator", "presenter", "anchor", "speaker",
    ]

    /// Headings, lower-cased, over a key that lists each speaker's initials and name (``LabelKey/initialsList(in:)``).
    static let speakerKeyHeadings: Set<String> = ["speaker key", "speakers key", "speakers' key", "key to speakers", "speaker legend"]
    /// Bytes in the longest of ``speakerKeyHeadings``, and their first bytes.
    static let longestSpeakerKeyHeading = speakerKeyHeadings.map(\.utf8.count).max() ?? 0
    static let speakerKeyHeadingInitials = Set(speakerKeyHeadings.compactMap(\.utf8.first))

    /// A chamber's members speaking together (`Some Hon. Members: Hear, hear!`, `Hon. Senators:`), lower-cased: no one
    /// person's turn, but a reaction printed in the turn it interrupts.
    static let chorusLabels: Set<String> = [
        "some hon. members", "some hon members", "hon. members", "hon members", "some honourable members", "honourable members",
        "some honorable members", "hon. senators", "hon senators", "some hon. senators", "honourable senators",
        "government senators", "opposition senators", "government members", "opposition members",
    ]

    /// Whether a label is one of ``chorusLabels``, in any case. Every label is asked: its length and first letter turn
    /// most down before it is lower-cased.
    static func isChorus(_ label: String) -> Bool {
        guard let first = label.utf8.first, chorusInitials.contains(first | 0x20), chorusLengths.contains(label.utf8.count) else { return false }
        return chorusLabels.contains(label.lowercased())
    }

    private static let chorusInitials = Set(chorusLabels.compactMap(\.utf8.first))
    private static let chorusLengths = (chorusLabels.map(\.utf8.count).min() ?? 0)...(chorusLabels.map(\.utf8.count).max() ?? 0)

    /// Labels for a crowd rather than a person: two in a row are two people.
    static let collectiveLabels: Set<String> = [
        "Audience", "AUDIENCE", "Audience Member", "Audience member", "AUDIENCE MEMBER", "Audience Question",
        "观众", "觀眾", "听众", "聽眾", "现场观众", "現場觀眾", "网友", "網友", "另一同学", "另一位同学", "另一同學",
        "另一位同學",
    ]

    /// Characters in the longest of ``roleLabels``.
    static let longestRoleLabel = roleLabels.keys.map(\.count).max() ?? 0

    /// The role ``roleLabels`` gives `text`, or `nil`.
    ///
    /// Hashing a Chinese text normalizes it first, a few thousand instructions for a label: a text that opens with a
    /// scalar equal only to itself (``Unicode/Scalar/hasNoCanonicalEquivalent``, most Chinese) and opens no key is
    /// turned down on that scalar, as any text equal to a key opens with the key's first scalar. `FastPathTests` holds
    /// it to the dictionary.
    static func roleLabel(_ text: String) -> LabelRole? {
        if let first = text.unicodeScalars.first, first.hasNoCanonicalEquivalent, !roleLabelOpenings.contains(first) { return nil }
        return roleLabels[text]
    }

    /// The first scalars of ``roleLabels``' keys.
    private static let roleLabelOpenings = Set(roleLabels.keys.compactMap(\.unicodeScalars.first))

    /// Title words that come before a Chinese name; the role they imply when it is not official.
    static let chineseTitles: [String] = [
        "新闻发言人", "新聞發言人", "发言人", "發言人", "主持人", "司仪", "司儀", "负责人", "負責人",
        "局长", "局長", "部长", "部長", "司长", "司長", "厅长", "廳長", "处长", "處長", "科长", "科長", "主任",
        "委员", "委員", "主席", "秘书长", "秘書長", "祕書長", "书记", "書記", "市长", "市長", "省长", "省長", "镇长", "鎮長", "乡长", "鄉長", "村长", "村長",
        "县长", "縣長", "区长", "區長", "院长", "院長", "署长", "署長", "行长", "行長", "会长", "會長", "理事长",
        "理事長", "董事长", "董事長", "总经理", "總經理", "经理", "經理", "总裁", "總裁", "总监", "總監",
        "工程师", "工程師", "督学", "督學", "所长", "所長", "校长", "校長", "教授", "研究员", "研究員", "专家",
        "專家", "大使", "参赞", "參贊", "领事", "領事", "政委", "次长", "次長", "执行长", "執行長", "首席",
        "代表", "官员", "官員", "顾问", "顧問", "队长", "隊長", "团长", "團長", "参事", "參事", "医生", "醫師",
        "医师", "博士", "博士后", "博士後", "总工", "總工", "主管", "检察长", "檢察長", "庭长", "庭長", "司令", "部长助理", "助理",
        "总干事", "總幹事", "干事", "幹事", "总统", "總統", "总理", "總理", "院士", "律师", "律師", "议员", "議員",
        "召集人", "执行秘书", "執行秘書", "组长", "組長", "副处长", "秘书", "秘書", "行政长官", "特首",
        "政务司司长", "主委", "局长助理", "分析师", "分析師", "嘉宾", "嘉賓",
        // A police force's ranks (Hong Kong's 總警司, 高級警司, 總督察).
        "警司", "督察", "警長",
        // A club's coaches and players at a match's press conference.
        "主教练", "主教練", "教练", "教練", "球员", "球員", "队员", "隊員", "领队", "領隊",
        // A listed company's officers at a results briefing.
        "董事", "独立董事", "獨立董事", "董事会秘书", "董事會秘書", "监事", "監事", "证券事务代表", "證券事務代表",
        // The public a news report hears (「和睦新村居民　王秀英：」, 「市民　陈建国：」).
        "居民", "市民", "村民", "业主", "業主", "乘客", "游客", "遊客", "患者", "商户", "商戶", "店主", "摊主", "攤主",
        // A studio's makers at a game's or a film's press event.
        "制作人", "製作人", "制片人", "製片人", "导演", "導演", "主策划", "主策劃", "策划", "策劃", "编剧", "編劇",
        "创始人", "創始人", "联合创始人", "聯合創始人",
        // An election debate's candidates (「2號候選人蔡宛庭」); a legislative hearing's (「1号陈述人刘洋」, 「听证人苏文静」).
        "候选人", "候選人", "陈述人", "陳述人", "听证人", "聽證人", "听证主持人", "聽證主持人",
        // A court's judges: an online interview's guests (「[北京二中院民一庭法官 韩卓]」), a constitutional court's justices
        // (「柯大法官雅萍」, the surname, the title and the given name).
        "法官", "大法官", "审判员", "審判員",
        // A hospital authority's officers (「總藥劑師：」).
        "药剂师", "藥劑師",
    ]

    /// The titles of ``chineseTitles`` whose holder is no official: the host, and the analyst of an earnings call
    /// (「分析师 王磊（中信证券）」), who asks for a firm printed after the name.
    /// Characters that make a title another office when printed before it (副市長 is not 市長, 總經理 not 經理).
    static let chineseTitlePrefixes: Set<Character> = ["副", "总", "總", "常"]

    /// Offices of ``chineseTitles`` that one person holds at a conference, so that the office printed alone as a label
    /// (「市長：」, 「發言人：」) is the one holder the opening names (「臺北市長周以衡」); 「专家」 or 「代表」 alone is any of several.
    /// A trial's parts, each held by the one person the report's lead names (「被告人孟庆祥」, 「审判员邵明远担任审判长」):
    /// the presiding judge chairs, prosecution and defence ask, the defendant answers.
    static let courtRoles: Set<String> = ["审判长", "審判長", "公诉人", "公訴人", "辩护人", "辯護人", "被告人"]

    static let singleHolderChineseOffices: Set<String> = [
        "新闻发言人", "新聞發言人", "发言人", "發言人", "市长", "市長", "省长", "省長", "县长", "縣長", "区长", "區長", "院长", "院長",
        "部长", "部長", "局长", "局長", "署长", "署長", "次长", "次長", "主委", "行长", "行長", "校长", "校長", "董事长", "董事長",
        "总经理", "總經理", "总统", "總統", "总理", "總理", "主席", "会长", "會長", "理事长", "理事長", "执行长", "執行長",
    ]

    /// Titles of ``chineseTitles`` held by legislators (「林委員志明」, 「盧偉國議員」, 「东升村代表罗德全」), who ask at an interpellation and
    /// answer at a press conference: what they do decides their part, not the title.
    static let legislatorTitles: Set<String> = ["委員", "委员", "議員", "议员", "立委", "代表"]
    /// Titles of ``chineseTitles`` held by judges, who ask at a constitutional court's hearing (「柯大法官雅萍」) and answer
    /// as an online interview's guests: what they do decides their part, as a legislator's does.
    static let benchTitles: Set<String> = ["大法官", "法官", "审判员", "審判員"]

    static let chineseTitleRoles: [String: LabelRole] = [
        "主持人": .moderator, "司仪": .moderator, "司儀": .moderator, "分析师": .reporter, "分析師": .reporter,
        "听证人": .reporter, "聽證人": .reporter, "听证主持人": .moderator, "聽證主持人": .moderator,
    ]

    /// Words for a spokesperson, which end the title before the name of the host a heading names:
    /// 「外交部发言人华春莹主持例行记者会」.
    static let spokespersonWords: [String] = ["发言人", "發言人"]

    /// A briefing page's header line that gives the spokesperson's office, then the name: `Spokesperson and Deputy
    /// Minister for Public Relations Yoon Ha-jin`.
    static let englishSpokespersonOpenings: [String] = [
        "Spokesperson ", "Spokesman ", "Spokeswoman ", "Deputy Spokesperson ", "Chief Spokesperson ", "Press Secretary ",
    ]
    /// Capitalised words of an office's name that are no part of its holder's: `… for Public Relations Yoon Ha-jin`.
    static let officeNameWords: Set<String> = ["PUBLIC", "RELATIONS", "AFFAIRS", "COMMUNICATIONS", "INFORMATION", "MEDIA", "DIPLOMACY"]

    /// What the named spokesperson does, after the name: 「发言人林晓岚回答记者提问」, 「发言人华春莹主持例行记者会」.
    static let hostingVerbs: [String] = ["主持", "回答", "答记者问", "答記者問", "出席"]

    /// Endings of a reporter label: 「新华社记者」, 「《纽约时报》记者」.
    static let reporterWords: [String] = ["记者", "記者"]
    /// The part a reporter plays, printed before their outlet (「提問人 自由時報記者吳宗翰」): a debate's or a hearing's
    /// askers.
    static let askerPartsBeforeAnOutlet: [String] = ["提問人", "提问人", "提問者", "提问者", "發問人", "发问人"]
    /// What follows a ballot number before the person it numbers (「2號候選人蔡宛庭」, 「3号选手」).
    static let ballotNumberMarks: Set<Character> = ["號", "号"]

    /// What follows a reporter word in another noun, which names no reporter: 「记者会」「記者會見」 (a press conference),
    /// 「记者招待会」, 「记者见面会」, 「记者站」 (a bureau), 「记者节」, 「记者证」. 「行政院會後記者會逐字稿」 is a title.
    static let reporterWordCompounds: [String] = ["会", "會", "招待", "见面", "見面", "站", "节", "節", "证", "證"]

    /// Words in an affiliation line that mark a sell-side analyst, who asks rather than answers.
    static let analystWords: [String] = ["Analyst", "Research", "Securities", "Capital Markets", "Investment Bank"]

    /// What opens a familiar name of two characters, in place of a surname: a podcast's hosts 「小满」, 「老周」 (阿 is
    /// a surname too: 「阿晨」). Only the shape of a speaker printed alone: the document's recurrence decides.
    static let familiarNamePrefixes: Set<Character> = ["小", "老"]
    /// The last characters of an office's unit before the familiar name of one of its staff (「宣传科小吴」, 「办公室老王」).
    static let chineseUnitSuffixes: [String] = ["局", "科", "处", "處", "室", "办", "辦", "部", "组", "組", "中心", "厅", "廳", "委"]
    /// What joins an outlet and a reporter's name in a chat group's nickname: 「宁川日报-孙晓」, 「新华社｜张明」.
    static let nicknameJoiners: Set<Character> = ["-", "－", "|", "｜", "_"]

    /// A council's minutes head each public question and its answer with who gives it (`Question from Ms Harriet
    /// Doyle to the Cabinet Member for Housing (Councillor Sam Whitfield):`, `Response from Councillor Whitfield:`), and
    /// the follow-ups with a word alone (`Supplementary question:`, `Response:`), which are the same two people.
    static let minutedQuestionOpenings: [String] = ["Question from ", "Question by ", "Questions from ", "Supplementary question from "]
    static let minutedAnswerOpenings: [String] = ["Response from ", "Response by ", "Reply from ", "Reply by ", "Answer from ", "Answer by "]
    static let minutedFollowUpQuestions: Set<String> = ["Supplementary question", "Supplementary Question", "Supplementary"]
    static let minutedFollowUpAnswers: Set<String> = ["Response", "Reply", "Answer", "Supplementary response", "Supplementary answer"]
    /// What follows a witness's name where a hearing's transcript records the oath (`MR DEREK ASHWORTH (affirmed)`,
    /// `JANE DOE, having been first duly sworn, testified as follows:`): the `A.` answers after it are theirs.
    static let swornMarkers: [String] = [
        "(affirmed)", "(sworn)", "(Affirmed)", "(Sworn)", "(AFFIRMED)", "(SWORN)", ", having been first duly sworn", ", having been duly sworn",
        ", having been sworn", ", being first duly sworn", ", being duly sworn",
        // An Australian tribunal's transcript: `<KAREN ELIZABETH DOYLE, AFFIRMED`.
        ", AFFIRMED", ", SWORN",
    ]
    /// The labels, upper-cased, of a hearing's presiding member where the record swears a witness (``WitnessExamination``);
    /// elsewhere `THE PRESIDENT` answers questions.
    static let presidingMemberLabels: Set<String> = [
        "THE DEPUTY PRESIDENT", "THE VICE PRESIDENT", "THE PRESIDENT", "THE COMMISSIONER", "THE SENIOR DEPUTY PRESIDENT", "HIS HONOUR",
        "HER HONOUR", "THE COURT", "THE CORONER", "THE MEMBER",
    ]
    /// What opens a paragraph's number printed alone over it: `PN12` in an Australian tribunal's transcript.
    static let paragraphNumberPrefixes: [String] = ["PN"]
    /// How a sworn witness's record labels the witness's words (`THE WITNESS:`), upper-cased.
    static let witnessLabels: Set<String> = ["THE WITNESS", "WITNESS"]
    /// A heading that names who examines the witness after it: `Questions from COUNSEL TO THE INQUIRY`, `EXAMINATION BY
    /// MR. SMITH:`. The `Q.` questions after it are that person's, or, where it names an office, those of the first
    /// named speaker under it.
    static let examinationHeadings: [String] = [
        "Questions from ", "Questions by ", "Examination by ", "EXAMINATION BY ", "Cross-examination by ", "CROSS-EXAMINATION BY ",
        "Re-examination by ", "RE-EXAMINATION BY ", "DIRECT EXAMINATION BY ", "REDIRECT EXAMINATION BY ", "Direct examination by ",
        "EXAMINATION-IN-CHIEF BY ", "Examination-in-chief by ", "FURTHER CROSS-EXAMINATION BY ", "FURTHER RE-EXAMINATION BY ",
    ]

    /// Notes after a speaker's first label that give the short form printed after it: 「林正宏（以下簡稱林）：」.
    static let abbreviationNotes: [String] = ["以下簡稱", "以下简称", "以下稱", "以下称", "下稱", "下称", "简称", "簡稱"]

    /// Offices a minute prints before a name, kept as the person's title: `Councillor Whitfield`.
    static let minutedOffices: [String] = ["Councillor", "Cllr", "Alderman", "Councilmember", "Councilman", "Councilwoman"]
    /// What ends the asker's name in a minuted question: whom it was put to, or that person in brackets.
    static let minutedNameEnds: [String] = [" to ", " To ", " (", ","]

    /// Common Chinese surnames (simplified and traditional), so a bare 「张明远：」 reads as a name.
    static let chineseSurnames: Set<Character> = Set(
        "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林罗羅高郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴盖蓋练練廉禹井祖漆巴丰支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊阿乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由"
    )

    /// Lower-case words inside a name printed as a label: `Aaron van Wirdum`, `Maria de la Cruz`.
    static let nameParticles: Set<String> = ["van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le", "bin", "al", "el", "y", "ter", "ten"]

    /// The small words inside an office's name: `Member of the Commission`, `Minister for Foreign Affairs`.
    static let officeConnectives: Set<String> = ["of", "the", "for", "and", "on", "to", "in", "at"]

    /// Abbreviations with a period inside, as they stand before their last period: in a label in capitals
    /// (`U.S. TRADE REPRESENTATIVE TAI:`) the period after one goes on the label, as after an honorific (`MS.`).
    /// Titles shortened with a period inside a label (`DTI SEC. BAUTISTA`, `USEC. DE LEON`, `ATTY. CRUZ`), which end no label.
    static let dottedAbbreviations: Set<String> = ["U.S", "SEC", "USEC", "ASEC", "ATTY", "ENGR", "DIR", "SUPT", "SECY", "PRES"]

    /// Short words written in lower case inside a name or title put in title case (`Secretary of State`), which
    /// are never a title word of their own before a name.
    static let lowercaseTitleWords: Set<String> = ["of", "the", "and", "for", "on"]

    /// Forms of address, lower-cased, that a reporter's greeting may put before a name (`Thank you, Mr.
    /// Chairman`) and that are never a word of the reporter's own name.
    static let formsOfAddress: Set<String> = ["mr", "ms", "mrs", "dr", "chair", "chairman"]

    /// How a heading names an interviewer by a possessive, with either apostrophe: `Professor M. S. Mahoney’s
    /// interview with Al Aho`.
    static let possessiveInterviewMarkers: [String] = ["’s interview with", "'s interview with"]

    /// What joins a short label to its meaning in a key printed as a sentence: `Q = 主持人赵一禾`, 「李为制作人李牧之」.
    static let keyJoiners: Set<Character> = ["=", "＝", "为", "為"]
    /// Ideographs that make a word with the 为 after them (因为, 作为, 认为), so that the 为 joins no key's pair.
    static let wordsBeforeJoiningWei: Set<Character> = Set("因作成认認以称稱分更较較极極即视視改转轉变變身实實行最尤甚颇頗广廣")
    /// The words that introduce a key printed as a sentence: 「以下Q为记者」, 「文中 Q = 主持人」.
    static let keyIntroductions: [String] = ["以下", "文中", "下文", "本文", "其中"]
    /// Headings a key printed as a field opens with before its colon: 「發言代號：持＝主持人…」.
    static let keyHeadings: [String] = ["發言代號", "发言代号", "發言人代號", "发言人代号", "代號說明", "代号说明"]

    /// Words that make a numbered question label a follow-up: `Q1 Follow-up`.
    static let followUpWords: Set<String> = ["follow-up", "followup", "follow", "follow-up:", "追問", "追问", "續問", "续问"]

    /// A title printed alone as a label (`PM:`, `行政長官：`), and the words that introduce its holder in a
    /// heading or title (`Prime Minister Jane Smith`, `行政長官李家超`).
    struct TitleHolder: Sendable {
        var title: String
        var phrases: [String]
        /// The part its holder plays: a committee's chair presides.
        var role: LabelRole = .official
    }

    /// A hearing record's presiding office printed alone before a period (`The Chair. Good morning.`), upper-cased.
    static let presidingOffices: [String: TitleHolder] = [
        "THE CHAIR": TitleHolder(title: "Chair", phrases: ["Chair"], role: .moderator),
        "THE CHAIRMAN": TitleHolder(title: "Chairman", phrases: ["Chairman"], role: .moderator),
        "THE CHAIRWOMAN": TitleHolder(title: "Chairwoman", phrases: ["Chairwoman"], role: .moderator),
        "THE PRESIDING OFFICER": TitleHolder(title: "Presiding Officer", phrases: ["Presiding Officer"], role: .moderator),
        "THE CHAIRPERSON": TitleHolder(title: "Chairperson", phrases: ["Chairperson"], role: .moderator),
        // A state legislature's journal: `The SPEAKER pro tempore. Without objection, …`.
        "THE SPEAKER": TitleHolder(title: "Speaker", phrases: ["Speaker"], role: .moderator),
        "THE SPEAKER PRO TEMPORE": TitleHolder(title: "Speaker pro tempore", phrases: ["Speaker pro tempore"], role: .moderator),
        "THE ACTING SPEAKER": TitleHolder(title: "Acting Speaker", phrases: ["Acting Speaker"], role: .moderator),
        "THE DEPUTY SPEAKER": TitleHolder(title: "Deputy Speaker", phrases: ["Deputy Speaker"], role: .moderator),
    ]
    /// Keys of a record's line naming who presides over the sitting (`IN THE CHAIR: Katarina ANDERSSON`), upper-cased.
    static let presidingLineKeys: Set<String> = ["IN THE CHAIR", "PRESIDING", "CHAIRED BY", "PRESIDING OFFICER"]
    /// The phrases of ``presidingLineKeys`` as the opening is searched for the name after them.
    static let presidingLinePhrases = presidingLineKeys.map { $0.lowercased() + ":" }
    /// Labels, upper-cased, a sitting's chair is printed under (`President. –` in the European Parliament's verbatim report,
    /// `The Deputy Speaker`), the person a presiding line names.
    /// The word after a record's chair on its cover (`President Valdivieso presiding,`).
    static let presidingWord = " presiding"
    static let sittingChairLabels: Set<String> = [
        "PRESIDENT", "THE PRESIDENT", "CHAIR", "THE CHAIR", "CHAIRMAN", "THE CHAIRMAN", "CHAIRWOMAN", "THE CHAIRWOMAN", "CHAIRPERSON",
        "THE CHAIRPERSON", "SPEAKER", "THE SPEAKER", "MR SPEAKER", "MADAM SPEAKER", "DEPUTY SPEAKER", "THE DEPUTY SPEAKER",
        "THE SPEAKER PRO TEMPORE", "THE ACTING SPEAKER",
        "PRESIDING OFFICER", "THE PRESIDING OFFICER", "CONVENER", "THE CONVENER", "VICE-PRESIDENT",
    ]
    /// Bytes in the longest of ``presidingOffices``.
    static let longestPresidingOffice = presidingOffices.keys.map(\.utf8.count).max() ?? 0

    static let titleOnlyLabels: [String: TitleHolder] = [
        "PM": TitleHolder(title: "Prime Minister", phrases: ["Prime Minister"]),
        // White House remarks: `THE PRESIDENT:` is the `President Biden` of the heading.
        "THE PRESIDENT": TitleHolder(title: "President", phrases: ["President"]),
        "THE VICE PRESIDENT": TitleHolder(title: "Vice President", phrases: ["Vice President"]),
        "THE FIRST LADY": TitleHolder(title: "First Lady", phrases: ["First Lady"]),
        "PRIME MINISTER": TitleHolder(title: "Prime Minister", phrases: ["Prime Minister"]),
        "DPM": TitleHolder(title: "Deputy Prime Minister", phrases: ["Deputy Prime Minister"]),
        "TREASURER": TitleHolder(title: "Treasurer", phrases: ["Treasurer"]),
        "PREMIER": TitleHolder(title: "Premier", phrases: ["Premier"]),
        "THE PREMIER": TitleHolder(title: "Premier", phrases: ["Premier"]),
        // Hong Kong's transcripts print the English part under the English title of the 行政長官 their heading names.
        "CHIEF EXECUTIVE": TitleHolder(title: "Chief Executive", phrases: ["Chief Executive", "行政長官", "行政长官"]),
        "行政長官": TitleHolder(title: "行政長官", phrases: ["行政長官"]),
        "行政长官": TitleHolder(title: "行政长官", phrases: ["行政长官"]),
        "特首": TitleHolder(title: "行政長官", phrases: ["特首", "行政長官", "行政长官"]),
        "財政司司長": TitleHolder(title: "財政司司長", phrases: ["財政司司長"]),
        "政務司司長": TitleHolder(title: "政務司司長", phrases: ["政務司司長"]),
        // The Spanish government's transcripts: `Presidente del Gobierno.-`, then `Presidente.-`.
        "PRESIDENTE DEL GOBIERNO": TitleHolder(title: "Presidente del Gobierno", phrases: ["Presidente del Gobierno"]),
        "PRESIDENTA DEL GOBIERNO": TitleHolder(title: "Presidenta del Gobierno", phrases: ["Presidenta del Gobierno"]),
        "PRESIDENTE": TitleHolder(title: "Presidente", phrases: ["Presidente"]),
        "PRESIDENTA": TitleHolder(title: "Presidenta", phrases: ["Presidenta"]),
    ].merging(presidingOffices) { first, _ in first }

    /// Keys of the fields that describe a record (upper-cased), one of which makes a run of `KEY: value` lines
    /// metadata rather than turns.
    static let metadataKeys: Set<String> = [
        "DATE", "PLACE", "LOCATION", "TIME", "VENUE", "SUBJECT", "TITLE", "INTERVIEWER", "INTERVIEWEE", "TRANSCRIBER", "RECORDED",
        "TRANSCRIPT", "DURATION", "PARTICIPANTS", "RESPONDENTS", "PANELISTS", "ATTENDEES", "SUBJECTS", "TOPICS", "THEMEN", "GUILD", "CHANNEL", "TOPIC", "SITTING DATE", "SITTING NO", "PARLIAMENT NO", "SESSION NO", "VOLUME NO", "SECTION NAME", "MPS SPEAKING", "时间", "時間", "地点", "地點", "日期", "主题", "主題", "采访", "採訪", "受访者", "受訪者",
        // A radio call-in programme's header: 「上线单位：…」, 「上线嘉宾：…」, 「节目主持：…」, 「热线电话：…」.
        "上线单位", "上線單位", "上线嘉宾", "上線嘉賓", "节目主持", "節目主持", "热线电话", "熱線電話",
        // A press conference page's header: 「发布会主题：…」, 「发布人：…」, 「主持人：…」.
        "发布会主题", "發布會主題", "发布主题", "發布主題",
        // A recorder's export header: 「文件名：…m4a」, 「时长：00:34:08」, 「转写语言：普通话」, 「发言人数：5」.
        "文件名", "檔案名稱", "时长", "時長", "转写语言", "轉寫語言", "导出时间", "導出時間", "关键词", "關鍵詞", "发言人数", "發言人數",
    ]

    /// Words of a by-line or metadata that name the interviewer after them: `INTERVIEWER: Peter Asaro`,
    /// 「撰文 / 陈少远」. A `Q:` or 「问：」 label is that person when exactly one is named.
    static let interviewerPhrases: [String] = [
        "INTERVIEWER:", "Interviewer:", "Interviewed by", "Interview conducted by", "Interview by", "interviewed by",
        "作者：", "作者:", "撰文 / ", "撰文/", "撰文：", "采访：", "採訪：", "采访者：", "採訪者：", "采访 / ", "訪問：",
    ]

    /// Words that name the interviewee after them: `INTERVIEWEE: Allison Okamura`, 「专访周雪光」. An `A:` or
    /// 「答：」 label is that person when exactly one is named.
    /// How a cover page or lead names who moderates: `[Moderated by Joanna Reyes, NASA Office of Communications]`.
    static let moderatorPhrases: [String] = ["Moderated by", "moderated by", "MODERATED BY"]

    static let intervieweePhrases: [String] = [
        "INTERVIEWEE:", "Interviewee:", "An Interview with", "An interview with", "A conversation with", "In conversation with",
        // A central bank's record of its board member's interview: `Interview with Dr Katrin Vollmer, Member of the…`.
        "Interview with",
        "专访", "專訪", "对话", "對話",
        // A lecture's record: 「主講人為中央研究院…研究員許文瀚」.
        "主講人為", "主讲人为", "主講人：", "主讲人：",
        // A news agency's interview headline: 「让科技成果更快转化为现实生产力——访中国工程院院士杨振国」.
        "——访", "——訪", "—访", "—訪",
    ]

    /// Capitalised words after a title that are not part of the holder's name: `Prime Minister Jane Smith MP`.
    /// Words of the style a parliament's member is given before their name (`The Hon Daniel Kearney MP`, `The Rt Hon`),
    /// upper-cased.
    static let parliamentaryStyleWords: Set<String> = ["THE", "HON", "HONOURABLE", "HONORABLE", "RT", "RIGHT"]

    /// Letters a member or holder of an honour prints after their name (`Daniel Kearney MP`), upper-cased.
    static let postNominals: Set<String> = ["MP", "MLA", "MLC", "MSP", "MS", "QC", "KC", "AO", "AC", "OBE", "MBE", "CBE"]

    static let nameStopWords: Set<String> = [
        "MP", "IEEE", "TRANSCRIPT", "INTERVIEW", "DOORSTOP", "PRESS", "CONFERENCE", "REMARKS", "SPEECH", "MEDIA", "RELEASE", "AND",
        "WITH", "THE", "OF", "ON", "AT", "BEFORE", "AFTER", "DURING", "IN", "TO", "FOR", "FROM", "ABOARD", "EN", "AS", "BY",
    ]

    /// Characters that follow a name in a heading rather than end it: 「行政長官李家超出席…」, 「…接受訪問」.
    static let charactersAfterNames: Set<Character> = Set("出接在於于表會会與与和的今昨明主率到赴見见談谈答回說说發发宣及")

    /// Polite suffixes dropped from a name: 「罗俊杰先生」.
    static let honorificSuffixes: [String] = ["先生", "女士", "小姐", "同志"]

    /// Titles after a name that make the speaker the programme's host (`STEVE INSKEEP, HOST:`). `Chair` is not one: a
    /// chair of a committee or a central bank answers at a press conference.
    static let hostTitleWords: Set<String> = ["HOST", "CO-HOST", "MODERATOR", "ANCHOR", "PRESENTER", "EMCEE"]

    /// The bullets of a plain-text list's entries (`* David Moritz, Chief Executive Officer`).
    static let listBullets: Set<Character> = ["*", "-", "•", "·", "–"]
    /// Marks a page sets before each speaker's label as bullets (「■主持人：」, 「◆赵明远：」): layout, no part of the label.
    static let labelBullets: Set<Character> = ["■", "□", "◆", "◇", "●", "○", "▲", "△", "▶", "►", "★", "☆", "◎", "※", "•", "▪", "◼", "➤", "➢"]

    /// Words of a clause, in capitals: a run of capitals holding one is a sentence printed in capitals (CNN's `THIS IS A
    /// RUSH TRANSCRIPT.`), never a name or a title (`THE VICE PRESIDENT`, `SECRETARY OF STATE`).
    static let clauseWords: Set<String> = [
        "IS", "ARE", "WAS", "WERE", "THIS", "THESE", "THOSE", "IT", "IT'S", "WE", "WE'RE", "YOU", "THEY", "HAVE", "HAS",
        "HAD", "NOT", "DOES", "DON'T", "I'M", "THAT'S",
    ]

    /// What stands between an asker's name and outlet in the brackets before a question (`(Marta Vrijland – De
    /// Telegraaf)`, `(Anil Rao, Motorsport.com)`), tried in this order.
    static let askerOutletSeparators: [String] = [" – ", " — ", " - ", ", "]
    /// The dash between a shared asker's label and the asker it names: `Q — Oliver Brandt, Automobilwoche:`.
    static let askerDashes: [String] = ["— ", "– ", "-- "]
    /// How a transcript names an asker it could not identify, after the shared label: `Q — (Unidentified):`.
    static let unidentifiedAskers: Set<String> = [
        "(Unidentified)", "(unidentified)", "Unidentified", "(Inaudible)", "(inaudible)", "(Off mic)", "(off mic)",
    ]

    /// Languages a bracket after a Chinese label notes the speaker speaks in (「記者（普通話）：」), or that the words were
    /// interpreted (「贝利尼（经翻译）」): no part of who speaks.
    static let chineseLanguageNotes: Set<String> = [
        "普通話", "普通话", "粵語", "粤语", "廣東話", "广东话", "英語", "英语", "英文", "國語", "国语", "台語", "葡語", "葡语", "葡文",
        "经翻译", "經翻譯", "翻译", "翻譯", "同传", "同傳", "同声传译", "同聲傳譯", "现场翻译", "現場翻譯",
    ]

    /// English honorifics and titles printed before a surname in capitals.
    static let englishHonorifics: Set<String> = [
        "MR", "MS", "MRS", "MISS", "DR", "PROF", "REP", "SEN", "GOV", "GEN", "ADM", "AMB", "SGT", "COL", "LT", "CAPT", "FR", "REV", "HON",
        // India's, as its ministries' briefings print them: `Shri Randhir Jaiswal`, `Smt. Nirmala Sitharaman`.
        "SHRI", "SMT", "SHRIMATI", "KUMARI", "SUSHRI",
    ]

    /// Whether a printed word is one of ``englishHonorifics``, its period and case aside: `Mr`, `MS.`, `Dr.`.
    static func isEnglishHonorific(_ word: some StringProtocol) -> Bool {
        englishHonorifics.contains(String(word).trimmingCharacters(in: ".").uppercased())
    }
    /// Bytes in the longest honorific, with its period (`Prof.`).
    static let longestEnglishHonorific = (englishHonorifics.map(\.utf8.count).max() ?? 0) + 1
    /// A name without the honorifics printed before it (`Shri Anil Kumar Bhatnagar` → `Anil Kumar Bhatnagar`); an
    /// honorific alone, or a name with none, as printed.
    static func withoutEnglishHonorifics(_ name: String) -> String {
        let words = name.split(separator: " ")
        let bare = words.drop { isEnglishHonorific($0) }
        return bare.isEmpty || bare.count == words.count ? name : bare.joined(separator: " ")
    }
    /// Title words that name a person's office (of ``englishTitles``, which also holds the words of departments):
    /// a label of titles that ends in one (`COMMISSIONER`, `THE SECRETARY`, `DEPUTY MAYOR`) is someone speaking.
    static let personTitleWords: Set<String> = [
        "COMMISSIONER", "SECRETARY", "MINISTER", "MAYOR", "GOVERNOR", "SENATOR", "DIRECTOR", "CHAIRMAN", "CHAIRWOMAN",
        "PRESIDENT", "AMBASSADOR", "SPOKESPERSON", "SPOKESMAN", "ADMINISTRATOR", "ATTORNEY", "JUDGE", "JUSTICE", "ADMIRAL",
        "COMMANDER", "CAPTAIN", "ADVISER", "ADVISOR", "COORDINATOR", "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN",
        "SURGEON", "TREASURER", "PREMIER", "OFFICER", "CEO", "CFO", "COO", "HEAD",
    ]
    /// Offices of ``personTitleWords`` whose holders answer at a press conference, however much they ask or call on
    /// others: a governor who hands over to her health director ("Dr. Lee?") is no interviewer. Legislators, judges
    /// and a committee's chair ask at a hearing, and are not among them.
    static let executiveTitleWords: Set<String> = [
        "GOVERNOR", "MAYOR", "MINISTER", "SECRETARY", "PRESIDENT", "PREMIER", "SPOKESPERSON", "SPOKESMAN", "AMBASSADOR",
        "ADMINISTRATOR", "DIRECTOR", "SURGEON", "TREASURER", "CEO", "CFO", "COO",
    ]
    static let englishTitles: Set<String> = [
        "PRESIDENT", "VICE", "SECRETARY", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "SENATOR", "GOVERNOR", "ADMINISTRATOR",
        "COUNCILLOR", "CLLR", "ALDERMAN", "COUNCILMEMBER", "COUNCILMAN", "COUNCILWOMAN",
        "VORSITZENDE", "VORSITZENDER", "COACH",
        "AMBASSADOR", "GENERAL", "ADMIRAL", "DIRECTOR", "DEPUTY", "PRESS", "PRINCIPAL", "ADVISOR", "ADVISER",
        "SPOKESPERSON", "SPOKESMAN", "COMMISSIONER", "ATTORNEY", "MAYOR", "MINISTER", "PRIME", "SPEAKER", "LEADER",
        "CHIEF", "STAFF", "OF", "THE", "NATIONAL", "SECURITY", "COORDINATOR", "SURGEON", "ACTING", "ASSISTANT",
        "SENIOR", "ADMINISTRATION", "OFFICIAL", "OFFICIALS", "FIRST", "LADY", "DR", "CAPTAIN", "COLONEL", "MAJOR",
        "REPRESENTATIVE", "CONGRESSMAN", "CONGRESSWOMAN", "JUDGE", "JUSTICE", "COMMANDER", "ECONOMIC", "COUNCIL",
        "HEALTH", "HOMELAND", "DEFENSE", "STATE", "TREASURY", "COMMERCE", "AGRICULTURE", "ENERGY", "LABOR",
        "TRANSPORTATION", "EDUCATION", "INTERIOR", "ENVIRONMENTAL", "PROTECTION", "AGENCY", "U.S.", "US",
        "TRADE", "ADVISORS", "ADVISERS", "CENTERS", "DISEASE", "CONTROL", "PREVENTION", "MEDICAL", "WHITE",
        "HOUSE", "COVID-19", "RESPONSE", "TEAM", "AND", "FOR", "ON", "CLIMATE", "ENVOY", "SPECIAL", "CABINET",
    ]
    /// Capitalised labels that are a role, not a person, though they are made of title words.
    static let anonymousOfficialWords: Set<String> = ["OFFICIAL", "OFFICIALS"]
    /// The last word of the words that describe a reporter printed beside the surname instead of an outlet
    /// (`Freelance journalist, NAKANO:`), upper-cased.
    static let reporterDescriptionWords: Set<String> = ["JOURNALIST", "REPORTER", "CORRESPONDENT", "FREELANCER", "WRITER", "COLUMNIST"]
    /// Words before a role word that say the person is not named (`UNIDENTIFIED REPORTER`, `ANOTHER JOURNALIST`): the
    /// label is the role's.
    static let unnamedQualifiers: Set<String> = ["UNIDENTIFIED", "UNKNOWN", "ANOTHER", "MALE", "FEMALE", "OFF-CAMERA", "OFF-MIC", "A", "AN"]

    /// Endings that make a colon-ended opening a report of speech, not a label: 「胡泳指出：」, 「他表示：」.
    static let speechVerbEndings: [String] = [
        "指出", "表示", "认为", "認為", "强调", "強調", "要求", "部署", "决定", "決定", "称", "稱", "说", "說", "说道", "說道", "介绍", "介紹", "回应", "回應",
        "透露", "坦言", "直言", "补充", "補充", "提到", "写道", "寫道", "问道", "問道", "答道",
    ]

    /// Beginnings of list headings that end in a colon: attendance lists, vote tallies.
    static let nonSpeakerPrefixes: [String] = ["出席", "缺席", "列席", "贊成", "赞成", "反對", "反对", "棄權", "弃权"]
    /// How the heading of an article's summary or note ends (「要点提示：」, 「内容提要：」, 「编者按：」): no speaker.
    static let nonSpeakerEndings: [String] = [
        "提示", "摘要", "要点", "要點", "提要", "导读", "導讀", "按语", "按語", "编者按", "編者按",
        // A results briefing's agenda and its investor-relations contact: 「議程：」, 「投資者關係部聯絡：」.
        "議程", "议程", "聯絡", "联络", "查詢", "查询",
    ]
    /// A newswire's story tag after its name, before a headline: `MNI TRANSCRIPT: Richmond Fed's Varga Q&A…`, `MNI
    /// POLICY: …`. A label in capitals that ends in one names no speaker.
    static let storyTags: [String] = [" TRANSCRIPT", " INTERVIEW", " EXCLUSIVE", " ANALYSIS", " PREVIEW", " INSIGHT", " POLICY", " BRIEF"]
    /// Phrases inside a colon-ended heading that announce what follows rather than who speaks.
    static let nonSpeakerPhrases: [String] = [
        "請教", "请教", "問題要", "问题要", "結論", "结论", "想要", "想問", "想问",
        "如下", "以下", "下列", "包括", "功能團體", "功能团体", "地方選區", "地方选区", "選舉委員會", "选举委员会",
    ] + eventNames

    /// `POST-CABINET PRESS CONFERENCE: MONDAY, 3 MARCH 2025`: the name of an event, which heads a page before a colon
    /// as a label would, and names no speaker.
    static let eventNames: [String] = [
        "PRESS CONFERENCE", "Press Conference", "NEWS CONFERENCE", "News Conference", "PRESS BRIEFING", "Press Briefing",
        // A sports event's postgame press conference (ASAP Sports): `NCAA WOMEN'S BASKETBALL TOURNAMENT: SECOND ROUND`.
        "TOURNAMENT", "Tournament", "CHAMPIONSHIP", "Championship",
    ]

    /// Verbs a Chinese label may end with after the speaker (「王明答」, 「记者问」), and the role each gives.
    /// Two-character ones too, as an investor platform prints them (「董秘回复」, 「投资者提问」).
    static let turnVerbs: [String: LabelRole] = [
        "答": .official, "问": .reporter, "問": .reporter,
        "回复": .official, "回覆": .official, "答复": .official, "答覆": .official, "提问": .reporter, "提問": .reporter,
        // 「中央社追問：」: the same outlet asking again.
        "追问": .reporter, "追問": .reporter,
    ]
    /// ``turnVerbs``, the longest first: 「投资者提问」 ends with 提问 before it ends with 问.
    static let turnVerbsLongestFirst = turnVerbs.sorted { ($0.key.count, $0.key) > ($1.key.count, $1.key) }

    /// Words for an organisation that a surname happens to open (公司, 政府): before a title they name whose officer
    /// speaks (「公司董事会秘书」), not a person.
    static let chineseOrganisationWords: Set<String> = ["公司", "本公司", "集团", "集團", "政府", "市府", "学校", "學校", "银行", "銀行"]

    /// Words for one who asks on an online platform, printed before the handle they post under (「投资者 老张看盘」).
    static let handleAskerWords: [String] = ["投资者", "投資者", "网友", "網友", "连麦用户", "連麥用戶", "连麦观众", "連麥觀眾"]

    /// Short forms of an office, and the office each stands for: 「董秘」 is the company's 董事会秘书, whom a page's
    /// header names (「公司董事会秘书：邵明远」).
    static let chineseOfficeAbbreviations: [String: String] = [
        "董秘": "董事会秘书", "證代": "證券事務代表", "证代": "证券事务代表", "独董": "独立董事", "獨董": "獨立董事",
    ]

    /// Words after a clock time that tell the time rather than name a speaker (`2:05 P.M. EDT`), in capitals and
    /// without their periods.
    static let clockWords: Set<String> = [
        "AM", "PM", "A.M", "P.M", "NOON", "MIDNIGHT", "EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "AKDT", "HST",
        "GMT", "UTC", "BST", "CET", "CEST", "JST", "KST", "HKT", "AEST", "AEDT", "IST",
    ]

    /// Openings of a label's note that says in which language the speaker spoke (`Mr. Zhang Jun (China) (spoke in
    /// Chinese):`), lower-cased: neither a title nor an outlet.
    static let languageNotes: [String] = ["spoke in ", "interpretation from ", "speaking in ", "through an interpreter", "via interpreter"]

    /// Words that number a question as its label (「问题1：」, 「提問2：」): an asker the record does not name. Alone, 「问题：」
    /// opens a sentence of prose as often.
    static let numberedQuestionWords: Set<String> = ["问题", "問題", "提问", "提問"]

    /// `Q` and `A` printed alone under a speaker's name and title, as FactSet's call transcripts mark who asks and who
    /// answers: the named speaker's role, not a speaker of their own.
    static let turnMarkerLetters: Set<String> = ["Q", "A"]
    /// What marks an entry as a question or an answer under its author's name line (`董事长 王立群　2025-05-13 16:08:40`
    /// over 「答：感谢您的关注。」, as a results briefing's online platform prints its posts): the named author's role, not
    /// a speaker of their own. FactSet's letters (``turnMarkerLetters``) among them.
    static let entryMarkers: Set<String> = turnMarkerLetters.union(["问", "答", "問"])

    /// What a Bloomberg terminal link after a speaker's name opens (``TerminalLink``): `{BIO 1718293 <GO>}`.
    static let terminalLinkKinds: Set<String> = ["BIO"]

    /// How a page's copyright line opens, printed at the foot of each page of a company's or a site's document
    /// (`Copyright (C) Kubota Corporation. All rights reserved.`, 「版权所有」).
    static let copyrightOpenings: [String] = ["Copyright (C)", "Copyright (c)", "Copyright ©", "COPYRIGHT (C)", "COPYRIGHT ©", "© ", "版权所有", "版權所有"]

    /// A news page's advertisement slots, printed alone between paragraphs: a note, never a speaker or their words.
    static let advertisementLines: Set<String> = ["Advertisement", "ADVERTISEMENT", "Sponsored", "SPONSORED", "广告", "廣告"]
    /// How a page's links to related stories open, before a colon (「相关阅读：」, `RELATED: Audit finds…`,
    /// `**Related:**`): a note wherever it stands, never a speaker or their words.
    static let relatedLinkHeadings: Set<String> = [
        "Related", "RELATED", "Related stories", "Read more", "READ MORE", "See also", "Further reading",
        "相关推荐", "相關推薦", "相关链接", "相關鏈接", "相关阅读", "相關閱讀", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "相关新闻", "相關新聞",
    ]

    /// The tags a broadcast's subtitle script prints before on-screen text (「【字幕条】七月以来…」): what the screen shows,
    /// which nobody says; a note wherever it stands, and never a speaker.
    static let onScreenTextTags: [String] = ["字幕条", "字幕條", "屏幕字幕", "滚动字幕", "滾動字幕", "画面", "畫面"]

    /// Whole labels that are never speakers even though a colon follows them.
    static let nonSpeakers: Set<String> = Set<String>(onScreenTextTags + [
        // The German federal government's press conference lists its speakers and topics first.
        "Themen", "THEMEN", "Sprecher", "Sprecherin",
        // A page's sharing buttons: `Share: Facebook  X  LinkedIn`.
        "Share", "SHARE", "Share this", "Print",
        // A news page's links to other stories under a heading with a colon: `You May Also Like:`.
        "You May Also Like", "You may also like", "Related Stories", "Related stories", "Most Read", "Read More", "Read more",
        // A transcription service's last line: `Duration: 31 minutes`.
        "Duration", "DURATION",

        // An Australian minister's transcript: `SUBJECTS: Gas reservation; …` heads it, `ENDS` closes it.
        "SUBJECTS", "Subjects", "SUBJECT", "TOPICS", "Topics", "ENDS", "Ends", "END", "End",
        // A news conference's cover page lists who speaks before the proceedings: `SPEAKERS:`, `PARTICIPANTS:`.
        "SPEAKERS", "Speakers", "PARTICIPANTS", "Participants", "PANELISTS", "Panelists",
        // A board's or a commission's transcript lists its members on the cover: `BOARD MEMBERS:`.
        "BOARD MEMBERS", "Board Members", "Board members", "MEMBERS PRESENT", "Members Present", "Members present",
        "ALSO PRESENT", "Also Present", "Also present", "COMMISSIONERS", "Commissioners",
        // A council's minutes: who attended, and what was resolved.
        "Present", "PRESENT", "Minutes", "MINUTES", "Apologies", "APOLOGIES", "Apologies for absence", "In attendance", "IN ATTENDANCE", "Absent",
        "ABSENT", "Officers", "OFFICERS", "Officers present", "RESOLVED", "Resolved",
        // An earnings call's record: who wrote it up, and the disclaimer under it.
        "纪要整理", "紀要整理", "整理", "免责声明", "免責聲明", "风险提示", "風險提示",
        "原标题", "原標題", "责任编辑", "責任編輯", "编辑", "編輯", "来源", "來源", "文章来源", "文章來源", "时间",
        "時間", "地点", "地點", "注", "附", "附件", "说明", "說明", "相关附件", "相關附件", "图", "圖", "图片", "圖片", "摄影", "攝影",
        "视频", "視頻", "网址", "網址", "链接", "鏈接", "關鍵字", "关键词", "标签", "標籤", "主题", "主題", "日期",
        "Note", "NOTE", "Source", "SOURCE", "Date", "DATE", "Link", "URL", "Time", "Location", "Title", "TITLE",
        "Subject", "Re", "Tags", "Photo", "Video", "EDT", "EST", "END", "P.M", "A.M", "AM", "Witnesses", "WITNESSES",
        "一是", "二是", "三是", "四是", "五是", "第一", "第二", "第三", "第四", "第五", "例如", "比如", "包括", "其中",
        "具体来说", "具體來說", "总之", "總之", "如下", "主要有", "主要是", "一方面", "另一方面", "首先", "其次", "最后",
        "最後", "同时", "同時", "另外", "此外", "结果", "結果", "答案", "问题", "問題", "重点", "重點", "目标", "目標",
        "要求", "特点", "特點", "内容", "內容", "措施", "举措", "舉措", "原因", "背景", "数据", "數據", "对此", "對此",
        "他说", "她说", "他們說", "我们", "我們", "大家", "也就是说", "也就是說", "就是说", "據悉", "据悉", "報導",
        "报道", "据报道", "據報導", "公告", "通知", "提示", "警告", "备注", "備註", "摘要", "导语", "導語",
        // An online interview's header lists its guests and time (「访谈嘉宾：…司长 刘新宇；…」, 「访谈时间：」).
        "访谈嘉宾", "訪談嘉賓", "本期嘉宾", "本期嘉賓", "访谈时间", "訪談時間", "访谈主题", "訪談主題",
        // A government transcript's header: where it was held.
        "Venue", "VENUE",
        // A meeting recorder's export (飞书妙记, 通义听悟, 讯飞听见) heads its sections with these.
        "文字记录", "文字記錄", "全文概要", "发言总结", "發言總結",
        "要点回顾", "要點回顧", "问答回顾", "問答回顧", "待办", "待辦", "待办事项", "待辦事項", "转写文本", "轉寫文本", "关键词汇",
        "Keywords", "KEYWORDS", "Chapters", "CHAPTERS", "Action items", "Action Items", "ACTION ITEMS",
    ]).union(advertisementLines).union(relatedLinkHeadings).union(chapterHeadings)

    /// The heading over a recording's chapters, each a clock time and a title (`00:09:45 媒体提问`, `0:00 Intro`).
    static let chapterHeadings: Set<String> = [
        "智能章节", "智能章節", "章节速览", "章節速覽", "章节", "章節", "Chapters", "CHAPTERS", "Timestamps", "TIMESTAMPS",
    ]
}
