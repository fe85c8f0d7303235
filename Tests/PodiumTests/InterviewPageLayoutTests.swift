import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Interview pages of magazines, podcasts and ministers' sites: what surrounds the dialogue (the headline, section
/// headings, a roster, related links) is no speaker's.
@Suite("Interview page layouts")
struct InterviewPageLayoutTests {
    /// Each turn's speaker: the name, or the label of one who has none.
    private func speakers(_ transcript: Transcript) -> [String] {
        transcript.turns.indices.map { TestSupport.speaker(transcript, turn: $0)?.name ?? TestSupport.speaker(transcript, turn: $0)?.label ?? "?" }
    }

    /// A Markdown 对话: the `# 对话…：…` headline repeats the title, `## 谈专业：“…”` quotes the speaker as a section's
    /// heading, `**相关阅读：**` and the line on where it ran close the page.
    @Test func magazineHeadlineSectionsAndRelatedLinks() throws {
        let page = """
            ---
            title: "对话大学校长张明远：大学不能只培养“考试机器”"
            ---

            # 对话大学校长张明远：大学不能只培养“考试机器”

            ## 谈AI：“学生用AI写作业，不是洪水猛兽”

            **南方周末：** 现在很多大学生用AI写作业。您怎么看？

            **大学校长 张明远：** 我觉得不必把它当成洪水猛兽。

            ## 谈专业：“撤销专业不是否定学科”

            **南方周末：** 去年学校撤销了7个本科专业。

            **张明远：** 是的，争议很大。

            *本文刊发于南方周末2025年11月20日。未经授权，不得转载。*

            **相关阅读：**
            - [高校“撤专业”潮背后](https://www.example.com/a/1)
            """
        let interview = try TestSupport.parse(page, format: .markdown)
        #expect(interview.turns.count == 4)
        #expect(Set(interview.participants.map(\.label)) == ["南方周末", "大学校长张明远"])
        #expect(interview.trailing.first?.hasPrefix("*本文刊发于") == true)
        #expect(interview.trailing.contains("相关阅读："))
        #expect(BlockLabeler.isOneQuotation("“撤销专业不是否定学科”"))
        #expect(!BlockLabeler.isOneQuotation("“撤销”不是“否定”"))
    }

    /// A newspaper's `Q:`/`A:` interview: `A` is the one the title closes on after a colon (`Meet the candidates:
    /// Marisol Ibarra - …`), named in the lead too; an advertisement slot and a `RELATED:` link between answers and a
    /// sidebar (`<aside>`) after them are notes, not the candidate's words. A title's words after a colon that the lead
    /// does not print name nobody.
    @Test func newspaperInterviewNamesItsIntervieweeInTheTitle() throws {
        let page = """
            <html><head><title>Meet the candidates: Marisol Ibarra - Harbor Tribune</title></head><body>
            <article><h1>Meet the candidates: Marisol Ibarra</h1>
            <p>Marisol Ibarra, 44, chairs the council's budget committee. She met with the editorial board on Tuesday.</p>
            <p><strong>Q:</strong> How much water does the city lose every year?</p>
            <p><strong>A:</strong> About 8 percent last year, according to the auditor.</p>
            <div class="ad-slot">Advertisement</div>
            <p class="related">RELATED: <a href="/audit">Audit finds aging pipes cost the city millions</a></p>
            <p><strong>Q:</strong> Would you keep the safe sleeping sites?</p>
            <p><strong>A:</strong> I'd keep them, with case managers on site.</p>
            </article>
            <aside><h3>Most Popular</h3><ol><li>Storm watch for the weekend</li></ol></aside>
            </body></html>
            """
        let interview = try TestSupport.parse(page, format: .html)
        #expect(speakers(interview) == ["Q", "Marisol Ibarra", "Q", "Marisol Ibarra"])
        #expect(interview.turns[1].paragraphs == ["About 8 percent last year, according to the auditor."])
        #expect(interview.turns[3].paragraphs == ["I'd keep them, with case managers on site."])
        #expect(interview.notes.map(\.text) == [
            "Advertisement", "RELATED: Audit finds aging pipes cost the city millions", "Most Popular", "Storm watch for the weekend",
        ])
        let topic = try TestSupport.parse(page.replacingOccurrences(of: "Meet the candidates: Marisol Ibarra", with: "Water Rates: Leaks And Budgets"), format: .html)
        #expect(speakers(topic) == ["Q", "A", "Q", "A"])
    }

    /// A lecture's question time: 「觀眾A」, 「觀眾B」 are the audience, who ask, unnamed as 「記者」 is; 「講者」 is the speaker the editor's
    /// note names (「主講人為中央研究院…研究員許文瀚，主持人為…」), the one 「許文瀚：」 labels later.
    @Test func aLecturesAudienceAndSpeaker() throws {
        let lecture = try TestSupport.parse("""
            > **編者按**：本文整理自臺大公開講座，主講人為中央研究院環境變遷研究中心研究員許文瀚，主持人為臺大大氣系張怡君教授。

            ## 現場問答

            **主持人（張怡君）**：謝謝許老師精彩的演講。我們開放提問。

            **觀眾A**：老師好，AI 天氣預報還需要傳統數值模式嗎？

            **講者**：謝謝，這個問題很好。我的答案是絕對需要。

            **觀眾B**：氣候模型的結果要怎麼轉換成地方政策？

            **許文瀚**：我的經驗是，要先問決策者需要什麼。

            **主持人**：謝謝許老師。
            """, format: .markdown)
        #expect(speakers(lecture) == ["張怡君", "觀眾A", "許文瀚", "觀眾A", "許文瀚", "張怡君"])
        #expect(TestSupport.speaker(lecture, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(lecture, turn: 3)?.role == .reporter)
        #expect(lecture.exchanges.map(\.answers) == [[2], [4]])
    }

    /// A magazine interview that labels its first question and answer (`**Physics World: How…?**`, `**Carvalho:**`) and
    /// then prints only the questions, whole in bold: each later question is the magazine's, the words under it
    /// Carvalho's; the `**Related:**` links after it are no one's. A bold line that asks nothing stays in the answer.
    @Test func labelledFirstQuestionsThenBoldQuestions() throws {
        let interview = try TestSupport.parse("""
            Matthew Osei spoke to Ines Carvalho, a systems engineer at ESA.

            **Physics World: How do you design a mission when you don't know where it's going?**

            **Carvalho:** You design for a family of targets rather than one.

            **Physics World: So what does that mean for the hardware?**

            **Carvalho:** A lot of margin on propellant.

            **You'll be flying through the comet's coma. How dangerous is that?**

            It's the biggest risk we have.

            **Never assume the second probe will behave like the first one.**

            **What keeps you up at night?**

            The schedule, every time.

            **Related:** [ESA selects comet mission](/news/esa-comet)
            """, format: .markdown)
        #expect(speakers(interview) == ["Physics World", "Carvalho", "Physics World", "Carvalho", "Physics World", "Carvalho", "Physics World", "Carvalho"])
        #expect(interview.turns[5].paragraphs.count == 2)
        #expect(interview.exchanges.map(\.answers) == [[1], [3], [5], [7]])
        #expect(!interview.turns.flatMap(\.paragraphs).contains { $0.contains("ESA selects") })
        #expect((interview.trailing + interview.notes.map(\.text)).contains { $0.contains("ESA selects") })
    }

    /// A newsletter's interview labels nobody: its questions are whole in bold, one of them going on after its question
    /// mark, and the subtitle's "A conversation with Ines Harcourt" names who answers. A question's answer that ends
    /// asking is still the answer.
    @Test func boldQuestionsThatGoOnAndTheGuestTheSubtitleNames() throws {
        let interview = try TestSupport.parse("""
            # "We stopped pretending the bus was a backup plan"

            ### A conversation with Ines Harcourt, who runs a transit agency

            Ines Harcourt has run the agency for four years. I talked with her last week.

            **Ridership is at 108 percent of 2019. How?**

            It came from three decisions. Who would have guessed?

            **And the driver shortage? That was the story everywhere two years ago.**

            We were short 80 operators in 2023. We're short 11 today.

            **What would you tell a new general manager?**

            Ride the bus yourself.

            **At ten at night?**

            On a Tuesday.
            """, format: .markdown)
        #expect(interview.turns.count == 8)
        #expect(interview.turns[2].paragraphs == ["And the driver shortage? That was the story everywhere two years ago."])
        #expect(interview.turns[1].paragraphs == ["It came from three decisions. Who would have guessed?"])
        #expect(TestSupport.speaker(interview, turn: 3)?.name == "Ines Harcourt")
        #expect(TestSupport.speaker(interview, turn: 2)?.role == .reporter)
        #expect(interview.exchanges.map(\.answers) == [[1], [3], [5], [7]])
    }

    /// A repost's note keys its labels with equals signs after a sentence (`文中 Q = 主持人赵一禾，A = 博士后林栖。`):
    /// `Q` and `A` are those two, and the note is no turn. One equals sign in a sentence keys nothing.
    @Test func aKeyWithEqualsSigns() throws {
        let repost = try TestSupport.parse("""
            # 普通人用肉眼还能看到哪些天文现象？

            发布于 2025-04-02 · IP 属地北京

            > 本回答整理自直播访谈，经嘉宾审阅。文中 Q = 知乎科学圆桌主持人赵一禾，A = 紫金山天文台博士后林栖。

            **Q：** 城市里还能看到星星吗？

            **A：** 亮星还是看得到的。

            **Q：** 流星雨呢？

            **A：** 要去郊区。
            """, format: .markdown)
        #expect(speakers(repost) == ["赵一禾", "林栖", "赵一禾", "林栖"])
        #expect(TestSupport.speaker(repost, turn: 0)?.role == .reporter)
        #expect(!repost.turns.flatMap(\.paragraphs).contains { $0.contains("文中") })
        #expect(LabelKey.equalsPairs(in: "文中 Q = 主持人赵一禾，A = 博士后林栖。")?.map(\.label) == ["Q", "A"])
        #expect(LabelKey.equalsPairs(in: "成本加起来 = 八块。") == nil)
    }

    /// A television programme's text: 「解说：」 is the voice-over's turn, no one's on screen, and not the last speaker's
    /// words; 「记者孟遥：」 names the one reporter, whom 「记者：」 then stands for. At a press conference, where reporters
    /// are printed with their outlets, 「记者：」 stays unnamed.
    @Test func aProgrammesNarrationAndItsOneReporter() throws {
        let programme = try TestSupport.parse("""
            解说：早上七点，双湖县城的气温还在零下十度。

            记者孟遥：每次出诊都要走这么远吗？

            彭立川：这还算近的。

            解说：双湖县面积近十二万平方公里。

            记者：你刚来的时候，最大的困难是什么？

            彭立川：最大的困难是语言。
            """)
        #expect(speakers(programme) == ["解说", "孟遥", "彭立川", "解说", "孟遥", "彭立川"])
        #expect(TestSupport.speaker(programme, turn: 0)?.role == .unknown)
        #expect(programme.turns[2].paragraphs == ["这还算近的。"])
        #expect(programme.exchanges.map(\.answers) == [[2], [5]])

        let presser = try TestSupport.parse("""
            记者王磊：请问今年的目标是多少？

            发言人：增长百分之五左右。

            新华社记者：能否介绍一下具体措施？

            发言人：主要有三条。

            记者：还有一个问题。
            """)
        #expect(TestSupport.speaker(presser, turn: 4)?.name == nil)
    }

    /// `**Guest:** …` and `**Host:** …` above `## Transcript` list who takes part; the dialogue starts under the heading.
    /// Without the heading, the labelled lines are turns.
    @Test func rosterAboveATranscriptHeading() throws {
        let episode = try TestSupport.parse("""
            # Episode 112

            **Guest:** Katrin Albers, co-founder of Nordlicht Express
            **Host:** Owen McBride

            ## Transcript

            **Owen McBride** [00:00:00]
            Hello and welcome. I'm Owen McBride.

            **Katrin Albers** [00:00:24]
            Thank you, Owen.

            **Owen McBride** [00:00:31]
            Why did the railways give up on sleepers?

            **Katrin Albers** [00:00:36]
            Three reasons, really.
            """, format: .markdown)
        #expect(episode.turns.count == 4)
        #expect(Set(episode.participants.map(\.label)) == ["Owen McBride", "Katrin Albers"])
        #expect(episode.lead.contains("Host: Owen McBride"))
    }

    /// An Australian minister's page: `SUBJECTS:` heads it and `ENDS` closes it, in bold as the names are; `PRIME
    /// MINISTER` is an office, not a Mr Minister.
    @Test func subjectsAndEndsAreNoSpeakers() throws {
        let page = """
            <p><strong>SUBJECTS:</strong> Gas reservation; electricity prices.</p>
            <p><b>PATRICIA KEALY, HOST</b>: Minister, welcome.</p>
            <p><b>GRAHAM WHITLOCK, MINISTER</b>: Good morning, Patricia.</p>
            <p><b>KEALY</b>: How big is the share?</p>
            <p><b>WHITLOCK</b>: Fifteen per cent.</p>
            <p><b>ENDS</b></p>
            <p>Media contact: Minister's office</p>
            """
        let interview = try TestSupport.parse(page, format: .html)
        #expect(interview.turns.count == 4)
        #expect(interview.trailing.first == "ENDS")
        #expect(interview.lead.first?.hasPrefix("SUBJECTS") == true)
        let office = LabelParser.parseEnglishLabel("PRIME MINISTER")
        #expect(office.name == nil && office.title == "Prime Minister" && office.roleHint == .official)
        #expect(LabelParser.parseEnglishLabel("MINISTER LEE").name == "Lee")
    }

    /// Minutes in reported speech are no transcript: a council's `Present:`, `Apologies:` and `RESOLVED:` fields, and a
    /// government meeting's 「会议要求：」 and 「相关链接：」, name no speaker.
    /// A think tank's event page: a name line, then an affiliation line that closes with the speaker's part in
    /// brackets (`Senior Fellow, Meridian Policy Forum (Moderator)`), names no office and is still no words spoken.
    @Test func anAffiliationLineClosedByARoleNote() throws {
        let event = try TestSupport.parse("""
            <div class="speaker-name">Rebecca Thornton</div>
            <div class="speaker-role">Senior Fellow, Meridian Policy Forum (Moderator)</div>
            <div class="speaker-text"><p>Good morning, and welcome. Amara, how bad was the season?</p></div>
            <div class="speaker-name">Dr. Amara Okafor</div>
            <div class="speaker-role">Director, Sahel Water Initiative</div>
            <div class="speaker-text"><p>It was the worst in forty years.</p></div>
            <div class="speaker-name">Rebecca Thornton</div>
            <div class="speaker-text"><p>We will have to leave it there.</p></div>
            """, format: .html)
        #expect(event.turns.first?.paragraphs == ["Good morning, and welcome. Amara, how bad was the season?"])
        let host = TestSupport.speaker(event, turn: 0)
        #expect(host?.role == .moderator)
        #expect(host?.title == "Senior Fellow")
        #expect(TestSupport.speaker(event, turn: 2)?.id == host?.id)
        #expect(AffiliationLine.roleNote(closing: "Senior Fellow (Moderator)")?.role == .moderator)
        #expect(AffiliationLine.roleNote(closing: "Professor of Law (Emeritus)") == nil)
    }

    /// A podcast's front matter names its host and guest (`host: Owen Castellano`); `**Host:**` and `**Guest:**` are
    /// those two. The host labelled as one stays the moderator, and asks the questions the guest answers.
    @Test func frontMatterNamesTheHostAndGuest() throws {
        let episode = try TestSupport.parse("""
            ---
            title: "Ep. 112: Rebuilding the Grid"
            host: Owen Castellano
            guest: Dr. Priya Raman
            ---

            ## Transcript

            **Host:** Welcome to The Long Wire. Why is it so hard to build transmission?

            **Guest:** Thanks, Owen. There are three reasons, and permitting is the first.

            **Host:** What would you change first?

            **Guest:** Who pays. Cost allocation is the real fight.

            **Host:** And who should pay?

            **Guest:** Everyone who benefits, in proportion.

            **Host:** Is that likely to happen soon?

            **Guest:** Not before the next rule from the regulator.
            """)
        #expect(speakers(episode) == Array(repeating: ["Owen Castellano", "Dr. Priya Raman"], count: 4).flatMap { $0 })
        #expect(TestSupport.speaker(episode, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(episode, turn: 1)?.role == .official)
        #expect(episode.exchanges.map(\.answers) == [[1], [3], [5], [7]])
    }

    /// A page's last navigation link over its headline (`Press Releases` / `# Department Press Briefing – April 16,
    /// 2024`) is no name over an affiliation: a heading is never a line's affiliation.
    @Test func aHeadlineIsNoAffiliation() throws {
        let page = try TestSupport.parse("""
            <nav><ul><li><a href="/statements/">Briefings and Statements</a></li><li><a href="/press/">Press Releases</a></li></ul></nav>
            <h1>Department Press Briefing – April 16, 2024</h1>
            <p>Daniel Okafor, Deputy Department Spokesperson</p>
            <p><strong>MR OKAFOR:</strong> Good afternoon, everyone. I have two items at the top.</p>
            <p><strong>QUESTION:</strong> Is there anything new on the ceasefire talks?</p>
            <p><strong>MR OKAFOR:</strong> We have not seen a formal response yet.</p>
            """, format: .html)
        #expect(!page.participants.contains { $0.label == "Press Releases" })
        #expect(page.turns.first?.paragraphs.first == "Good afternoon, everyone. I have two items at the top.")
    }

    @Test func minutesAreNoTranscript() {
        #expect(LabelParser.split("RESOLVED: That the minutes be approved.", strongPrefix: nil).map(\.0) == nil)
        #expect(LabelParser.split("Apologies: Councillor P. Nguyen", strongPrefix: nil).map(\.0) == nil)
        #expect(throws: PodiumError.noSpeakerTurns) {
            try TestSupport.parse("""
                MINUTES of the meeting of the CABINET held on 21 January 2026.

                Present: Councillor H. Patel (Leader of the Council) (Chair)

                Apologies: Councillor P. Nguyen

                53. MINUTES

                RESOLVED: That the minutes of the meeting held on 10 December 2025 be approved.

                Mr J. Hart asked whether the allotment rents would rise. The Leader replied that they would not.
                """)
        }
        #expect(throws: PodiumError.noSpeakerTurns) {
            try TestSupport.parse("""
                市政府召开第45次常务会议。会议审议并原则通过了《稳就业若干措施》。

                会议要求：
                （一）人社部门要尽快出台实施细则；
                （二）各区要压实责任。

                相关链接：
                · 市政府第44次常务会议
                """)
        }
    }

    /// A meeting recorder's export (飞书妙记): its section headings are no speakers; 「说话人 1  00:00:03」 over the
    /// words is a speaker it has not named, printed once or often; a placeholder who says 「我是羊城晚报的记者」 has
    /// that outlet; the host who opens, calls on 「中间那位」 and ends 「就到这里」 moderates.
    @Test func aMeetingRecordersExport() throws {
        let transcript = try TestSupport.parse("""
            门诊共济改革政策吹风会（现场录音）

            关键词:
            门诊统筹、起付线

            智能章节:
            00:00:03 开场介绍
            00:09:45 媒体提问

            文字记录:

            说话人 1 00:00:03
            好，各位媒体朋友，我们现在开始。今天请到陈宏亮处长介绍调整。先请陈处长。

            陈宏亮 00:00:21
            好，谢谢主持人。这次调整主要是三个方面。第一，起付线降低。第二，比例提高。第三，家庭共济。

            说话人 1 00:09:45
            好，谢谢陈处长。下面进入提问环节。

            说话人 4 00:09:58
            陈处长您好，我是羊城晚报的记者。起付线降低以后，基金压力会不会太大？

            陈宏亮 00:10:20
            基金这块我们做过精算，结余是够的。

            说话人 1 00:11:47
            好，中间那位。

            说话人5 00:11:52
            定点药店什么时候能刷统筹？

            陈宏亮 00:12:15
            年底前再增加四百家。

            说话人 1 00:15:30
            好，时间关系，今天的吹风会就到这里。谢谢大家。
            """)
        #expect(transcript.turns.count == 9)
        let labels = transcript.participants.map(\.label)
        #expect(!labels.contains("智能章节") && !labels.contains("文字记录") && !labels.contains("关键词"))
        #expect(TestSupport.speaker(transcript, turn: 0)?.label == "说话人 1")
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 3)?.outlet == "羊城晚报")
        #expect(TestSupport.speaker(transcript, turn: 6)?.label == "说话人5")
        #expect(TestSupport.speaker(transcript, turn: 6)?.role == .reporter)
        #expect(transcript.exchanges.map(\.question) == [3, 6])
        #expect(transcript.turns[1].time == "00:00:21")
        // 「发言人 2」 is a placeholder, not a spokesperson numbered.
        #expect(SpeakerLexicon.isDiarizationLabel("发言人2") && SpeakerLexicon.isDiarizationLabel("SPEAKER_00"))
        #expect(!SpeakerLexicon.isDiarizationLabel("发言人") && !SpeakerLexicon.isDiarizationLabel("新闻发言人2"))
    }

    /// A government site's online interview: each entry's name line prints the role and name, then the date and time
    /// (`嘉宾 罗振东  2025-06-18 15:01:03`); a netizen posts under a handle in quotes (`网友“城南老街坊”`).
    @Test func anOnlineInterviewsDatedNameLines() throws {
        let transcript = try TestSupport.parse("""
            <h1>老旧小区改造政策解读</h1>
            <table><tr><td>访谈嘉宾：市住建局局长 罗振东</td></tr><tr><td>主持人：季婷</td></tr></table>
            <div class="item"><span class="name">主持人</span> <span class="time">2025-06-18 15:00:26</span>
            <p>各位网友，大家下午好！首先请罗局长跟网友打个招呼。</p></div>
            <div class="item"><span class="name">嘉宾 罗振东</span> <span class="time">2025-06-18 15:01:03</span>
            <p>各位网友，大家好！今年的工作重点有三个。</p></div>
            <div class="item"><span class="name">网友“城南老街坊”</span> <span class="time">2025-06-18 15:05:30</span>
            <p>一楼的住户坚决反对加装电梯，怎么办？</p></div>
            <div class="item"><span class="name">嘉宾 罗振东</span> <span class="time">2025-06-18 15:06:48</span>
            <p>三分之二以上业主同意就可以。</p></div>
            <div class="item"><span class="name">网友“小橙子妈妈”</span> <span class="time">2025-06-18 15:10:15</span>
            <p>政府补贴多少？</p></div>
            <div class="item"><span class="name">嘉宾 罗振东</span> <span class="time">2025-06-18 15:11:02</span>
            <p>每部补贴20万元。</p></div>
            """, format: .html)
        #expect(transcript.turns.count == 6)
        #expect(transcript.turns.map(\.time).first == "2025-06-18 15:00:26")
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "罗振东")
        #expect(TestSupport.speaker(transcript, turn: 2)?.name == "城南老街坊")
        #expect(TestSupport.speaker(transcript, turn: 4)?.name == "小橙子妈妈")
        #expect(TestSupport.speaker(transcript, turn: 4)?.role == .reporter)
        #expect(transcript.exchanges.map(\.question) == [2, 4])
    }

    /// A court's live text of a trial: 审判长 chairs, 公诉人 and 辩护人 ask, 被告人 answers, and each is the one person the
    /// lead names in that part (「被告人孟庆祥」, 「审判员邵明远担任审判长」); a part the lead names nobody in stays printed.
    @Test func aTrialsLiveText() throws {
        let transcript = try TestSupport.parse("""
            【图文直播】孟某祥涉嫌合同诈骗案公开开庭审理

            今天下午，江州区人民法院依法公开开庭审理被告人孟庆祥涉嫌合同诈骗一案。本案由审判员邵明远担任审判长，检察员冯蔚然出庭支持公诉，被告人孟庆祥及其辩护人程一鸣到庭参加诉讼。

            审判长：现在开庭。被告人孟庆祥，你以前是否受过法律处分？
            被告人：没有。
            审判长：下面由公诉人讯问被告人。
            公诉人：签合同的时候，你的公司仓库里有多少钢材？
            被告人：大概几十吨吧。
            审判长：辩护人可以发问。
            辩护人：你收到预付款以后，有没有向上游付过货款？
            被告人：付过一百多万。
            """)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "邵明远")
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "孟庆祥")
        #expect(TestSupport.speaker(transcript, turn: 1)?.role == .official)
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == nil)
        #expect(TestSupport.speaker(transcript, turn: 3)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 6)?.name == "程一鸣")
        #expect(transcript.exchanges.map(\.question) == [3, 6])
        #expect(TitleHolder.appointed(to: "审判长", in: "本案由审判员邵明远担任审判长，") == ["邵明远"])
    }

    /// Hong Kong's press releases print some labels with the vertical colon `︰`: 「記者︰」 is a reporter as 「記者：」 is.
    @Test func aVerticalColonClosesALabel() throws {
        let transcript = try TestSupport.parse("""
            <p>以下是行政長官韋啟源今日上午出席行政會議前會見傳媒的答問內容：</p>
            <p>記者：特首你好。《施政報告》會不會有派錢措施？</p>
            <p>行政長官：財政預算案才是適當的時候處理。</p>
            <p>記者︰你剛才講公營房屋時間表，市民點樣可以有信心？</p>
            <p>行政長官︰我明白市民的心情。</p>
            """, format: .html)
        #expect(transcript.turns.count == 4)
        #expect(transcript.turns[2].paragraphs == ["你剛才講公營房屋時間表，市民點樣可以有信心？"])
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "韋啟源")
        #expect(transcript.exchanges.map(\.question) == [0, 2])
    }

    /// A PTT summary of a press conference: 「答（曾）：」 is the one person the attendance list names with that surname
    /// (「疾管署 曾淑芬 副署長」), whose bracket is no title; 「中央社追問：」 is the same outlet asking again.
    @Test func answersLabelledWithASurname() throws {
        let transcript = try TestSupport.parse("""
            出席名單：
            疾管署 曾淑芬 副署長
            疾管署 疫情中心 鄭博文 主任

            QA

            聯合報：會不會擴大到全市噴藥？

            答（曾）：不會全市噴。

            中央社：目前有沒有引進疫苗的計畫？

            答（鄭）：有一款疫苗在審查中。

            中央社追問：自費還是公費？

            答（鄭）：還在評估。
            """)
        #expect(transcript.turns.count == 6)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "曾淑芬")
        #expect(TestSupport.speaker(transcript, turn: 1)?.title == nil)
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "鄭博文")
        #expect(TestSupport.speaker(transcript, turn: 4)?.outlet == "中央社")
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4])
        #expect(TitleHolder.bracketedSurname("答（曾）") == "曾" && TitleHolder.bracketedSurname("記者（普通話）") == nil)
        #expect(TitleHolder.namesPrinted(startingWith: "曾", in: "疾管署曾淑芬副署長") == ["曾淑芬"])
    }
}
