import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts of the eighth written set: a parliament's verbatim report, a senate committee's stenographic notes, a chat
/// export, meeting accounts named after devices. Each test holds a transcript written for it in that layout, and a case
/// the rule must leave alone.
@Suite("Chamber and chat layouts")
struct ChamberAndChatLayoutTests {
    /// The European Parliament's verbatim report: `Name (Group). – words`, an office after a comma, the sitting's
    /// `President. –` the person `IN THE CHAIR` names, who presides; an Irish name's `Ó`. The photo line is no speaker.
    @Test func verbatimReportLabelsAndTheChair() throws {
        let text = """
            IN THE CHAIR: Katarina ANDERSSON
            Vice-President

            MPphoto

             President. – The next item is Question Time with the Commission.

            MPphoto

             Pieter Van Damme (PPE). – Madam President, will the Commission increase the reserve?

            MPphoto

             Aino Lehtinen, Member of the Commission. – Thank you, Honourable Member. Let me make two points.

            MPphoto

             Tomás Ó Faoláin (Renew). – Thank you, Madam President. Will you fund prevention?

            MPphoto

             Aino Lehtinen, Member of the Commission. – I fully agree that prevention is cheaper.

            MPphoto

             President. – Thank you, Commissioner. That concludes Question Time.
            """
        let report = try TestSupport.parse(text)
        let names = report.turns.map { TestSupport.speaker(report, turn: $0.index)?.name ?? "-" }
        #expect(names == ["Katarina Andersson", "Pieter Van Damme", "Aino Lehtinen", "Tomás Ó Faoláin", "Aino Lehtinen", "Katarina Andersson"])
        #expect(TestSupport.speaker(report, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(report, turn: 2)?.role == .official)
        #expect(report.lead.contains("IN THE CHAIR: Katarina ANDERSSON"))
        #expect(report.turns[1].paragraphs == ["Madam President, will the Commission increase the reserve?"])
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
        // A spaced dash after a sentence is speech: `…unveiled the U.S. — the new strategy` keeps its words.
        #expect(PeriodDashLabel.readAsColon("Yesterday, he unveiled the U.S. — the new strategy") == nil)
        #expect(PeriodDashLabel.readAsColon("Well, yes, and then. – More") == nil)
    }

    /// A Philippine Senate committee's stenographic notes: `THE CHAIRPERSON (Sen. Villareal). words`, the holder in
    /// brackets before the period, presides; the resource persons under `MR. CASTILLO.` answer.
    @Test func presidingOfficeWithItsHolderBeforeAPeriod() throws {
        let text = """
            THE CHAIRPERSON (Sen. Villareal). Good morning. The Committee on Energy is now in session.

            MR. CASTILLO. Good morning, Mr. Chair. Ernesto Castillo, Meralco.

            THE CHAIRPERSON (Sen. Villareal). Thank you. Why did the generation charge go up?

            MR. CASTILLO. Mainly because of outages, Mr. Chair.

            THE CHAIRPERSON (Sen. Villareal). Thank you. The hearing is adjourned.
            """
        let hearing = try TestSupport.parse(text)
        let chair = try #require(TestSupport.speaker(hearing, turn: 0))
        #expect(chair.name?.hasSuffix("Villareal") == true)
        #expect(chair.role == .moderator)
        #expect(hearing.turns.map(\.speaker) == [chair.id, hearing.turns[1].speaker, chair.id, hearing.turns[1].speaker, chair.id])
        #expect(hearing.turns[0].paragraphs.first?.hasPrefix("Good morning. The Committee") == true)
        #expect(TextCoverage.check(text: text, transcript: hearing).isComplete)
        // A sentence that opens with `The Chair` and a bracket is no label: the period must follow the bracket.
        #expect(CandidateReader.presidingOfficeBeforePeriod("The Chair (as we said) thanked the witnesses.") == nil)
        #expect(CandidateReader.presidingOfficeBeforePeriod("THE CHAIRPERSON (Sen. Villareal). Good morning.")?.0 == "THE CHAIRPERSON (Sen. Villareal)")
    }

    /// A court reporter's transcript of a think tank's event: a cover page and a roster whose headings read as labels,
    /// `P R O C E E D I N G S` where the record opens, the reporter's footer over each page's running header, and the
    /// notary's certificate after the record.
    @Test func courtReporterCoverFootersAndCertificate() throws {
        // The page's layout is kept as printed, its indents included: the lines are joined, not a literal re-indented.
        let text = [
            "ECON-2025/11/06                                                          1",
            "",
            "                        THE BROOKINGS INSTITUTION",
            "",
            "              THE ECONOMIC OUTLOOK: A CONVERSATION WITH THE",
            "          PRESIDENT OF THE FEDERAL RESERVE BANK OF RICHMOND",
            "",
            "      PARTICIPANTS:",
            "",
            "      Welcome and Moderator:",
            "",
            "      MARGARET O'CONNELL",
            "      Senior Fellow, The Brookings Institution",
            "",
            "      Featured Speaker:",
            "",
            "      THOMAS R. ABERNATHY",
            "      President and Chief Executive Officer",
            "",
            "                           P R O C E E D I N G S",
            "",
            "                 MS. O'CONNELL: Good afternoon, and welcome to the Hutchins",
            "      Center. Tom, welcome. How do you see the economy right now?",
            "",
            "                 MR. ABERNATHY: Thank you, Margaret. I see a labour market",
            "      that is cooling gradually.",
            "",
            "ANDERSON COURT REPORTING",
            "500 Montgomery Street, Suite 400",
            "Alexandria, VA 22314",
            "ECON-2025/11/06                                                          2",
            "",
            "                 MS. O'CONNELL: What are businesses telling you about tariffs?",
            "",
            "                 MR. ABERNATHY: It varies a lot. Most have absorbed the cost so far.",
            "",
            "ANDERSON COURT REPORTING",
            "500 Montgomery Street, Suite 400",
            "Alexandria, VA 22314",
            "ECON-2025/11/06                                                          3",
            "",
            "                 MS. O'CONNELL: Thank you very much.",
            "",
            "                         CERTIFICATE OF NOTARY PUBLIC",
            "",
            "                 I, Harriet L. Mabry, certify that the electronic file of",
            "      these proceedings was transcribed under my direction.",
        ].joined(separator: "\n")
        let event = try TestSupport.parse(text)
        let names = event.turns.map { TestSupport.speaker(event, turn: $0.index)?.name ?? "-" }
        #expect(names.count == 5)
        #expect(Set(names).count == 2)
        #expect(event.turns[0].paragraphs.first?.hasPrefix("Good afternoon") == true)
        #expect(event.lead.contains("P R O C E E D I N G S"))
        #expect(!event.turns.flatMap(\.paragraphs).contains { $0.contains("Montgomery Street") || $0.contains("certify") })
        #expect(event.trailing.first == "CERTIFICATE OF NOTARY PUBLIC")
        #expect(TextCoverage.check(text: text, transcript: event).isComplete)
    }

    /// Singapore's and Northern Ireland's records print a question on the order paper in the third person under its
    /// number (`1 Mr Daniel Koh Wei Ming asked the Minister…`, `T1. Mrs Hasson-Reid asked…`): the member asks it, and is
    /// the member who follows up under a label later.
    @Test func orderPaperQuestionsAreTheMembers() throws {
        let html = """
            <html><body>
            <h3>SUPPORT FOR LOWER-WAGE WORKERS</h3>
            <p>1 <strong>Mr Daniel Koh Wei Ming</strong> asked the Minister for Manpower how many workers were retrenched.</p>
            <p><strong>The Minister for Manpower (Dr Lim Boon Keat)</strong>: Mr Speaker, about 2,400 workers were retrenched.</p>
            <p><strong>Mr Speaker</strong>: Mr Daniel Koh Wei Ming.</p>
            <p><strong>Mr Daniel Koh Wei Ming (Sembawang GRC)</strong>: I thank the Minister. How many found work again?</p>
            <p><strong>Dr Lim Boon Keat</strong>: About two-thirds, within six months.</p>
            <p><strong>T1. Mrs Hasson-Reid</strong> asked the Minister whether she will publish the list of potholes.</p>
            <p><strong>Dr Lim Boon Keat</strong>: I will write to the Member.</p>
            </body></html>
            """
        let record = try TestSupport.parse(html)
        let asker = try #require(TestSupport.speaker(record, turn: 0))
        #expect(asker.name?.hasSuffix("Daniel Koh Wei Ming") == true && asker.role == .reporter)
        #expect(record.turns[0].paragraphs.first?.hasPrefix("asked the Minister for Manpower") == true)
        #expect(record.turns[3].speaker == asker.id)
        #expect(TestSupport.speaker(record, turn: 5)?.name?.hasSuffix("Hasson-Reid") == true)
        #expect(TextCoverage.check(text: html, transcript: record).isComplete)
        // A label and a sentence whose subject asked someone are no order paper's question, nor is a question unnumbered.
        #expect(OrderPaperQuestion.split("MS. PSAKI: The President asked the Vice President to meet them.") == nil)
        #expect(OrderPaperQuestion.split("Mr Drumgoole asked the Minister for an update.") == nil)
        #expect(OrderPaperQuestion.split("12 of them asked the Minister for an update.") == nil)
    }

    /// DiscordChatExporter's plain text: `[11/14/2025 5:58 PM] kettle.host (pinned)` over each message, `{Reactions}` and
    /// `{Attachments}` kept as notes, the export's header fields and closing line no one's words.
    @Test func chatExportAuthorsOpenTurns() throws {
        let text = """
            ==============================================================
            Guild: Python Discord
            Channel: Events / ama-stage-chat
            ==============================================================

            [11/14/2025 5:58 PM] kettle.host (pinned)
            Hi everyone, and welcome to today's AMA! Our guest is Ines Marwick.

            {Reactions}
            🎉 (31) 👋 (18)

            [11/14/2025 5:59 PM] imarwick
            Hi all! Thanks for having me.

            [11/14/2025 6:05 PM] byte_sized_ben
            hi Ines! are you using the free-threaded build day to day yet?

            [11/14/2025 6:09 PM] imarwick
            Not day to day, no. I test against it.

            {Attachments}
            https://cdn.discordapp.com/attachments/1/2/flaky_test_graph.png

            [11/14/2025 6:10 PM] byte_sized_ben
            thanks!!

            [11/14/2025 6:12 PM] kettle.host
            **Q from @tomas.r:** Is it a job or a hobby?

            [11/14/2025 6:15 PM] imarwick
            Both, kind of.

            ==============================================================
            Exported 8 message(s)
            ==============================================================
            """
        let chat = try TestSupport.parse(text)
        let names = chat.turns.map { TestSupport.speaker(chat, turn: $0.index)?.name ?? "-" }
        #expect(names == ["kettle.host", "imarwick", "byte_sized_ben", "imarwick", "byte_sized_ben", "kettle.host", "imarwick"])
        #expect(chat.turns.map(\.time).prefix(5) == ["11/14/2025 5:58 PM", "11/14/2025 5:59 PM", "11/14/2025 6:05 PM", "11/14/2025 6:09 PM", "11/14/2025 6:10 PM"])
        // The host relays a question from the channel: `Q from @…` is the host's words, not a reporter's label.
        #expect(chat.turns[5].paragraphs.first?.contains("Q from @tomas.r") == true)
        #expect(chat.turns[1].paragraphs == ["Hi all! Thanks for having me."])
        #expect(!chat.turns.flatMap(\.paragraphs).contains { $0.hasPrefix("{") })
        #expect(chat.turns.last?.paragraphs == ["Both, kind of."])
        #expect(chat.trailing.count == 1)
        #expect(chat.exchanges.contains { $0.question == 2 && $0.answers == [3] })
        #expect(TextCoverage.check(text: text, transcript: chat).isComplete)
        // A caption's clock before one lower-case word is no chat author: only a dated clock is.
        #expect(CandidateReader.candidate(in: "[00:01:02] okay", strongPrefix: nil, kind: .paragraph)?.text != "okay")
        #expect(Timestamp.isDatedClock("11/14/2025 5:58 PM") && Timestamp.isDatedClock("2025-11-14 17:58"))
        #expect(!Timestamp.isDatedClock("5:58 PM") && !Timestamp.isDatedClock("Nov 14 5:58"))
    }

    /// 上证路演中心's record of a results briefing: `<b>吴海涛 董事长</b><span>发言</span><em>…</em>` over each entry, the
    /// entry's action (发言, 提问, 回答) no part of who speaks, and investors under masked or numbered handles.
    @Test func roadshowEntriesNameTheSpeakerBeforeTheAction() throws {
        let html = """
            <html><body>
            <div class="who"><b>主持人</b><em>2024-05-17 15:00:02</em></div><div class="con"><p>尊敬的各位投资者，大家下午好！</p></div>
            <div class="who"><b>吴海涛 董事长</b><span>发言</span><em>2024-05-17 15:01:10</em></div><div class="con"><p>谢谢大家的关注。</p></div>
            <div class="who"><b>投资者 lz***88</b><span>提问</span><em>2024-05-17 15:04:21</em></div><div class="con"><p>请问毛利率为何下降？</p></div>
            <div class="who"><b>吴海涛 董事长</b><span>回答</span><em>2024-05-17 15:07:45</em></div><div class="con"><p>主要是原材料涨价。</p></div>
            <div class="who"><b>投资者 钢铁直男2020</b><span>提问</span><em>2024-05-17 15:10:07</em></div><div class="con"><p>有没有回购计划？</p></div>
            <div class="who"><b>吴海涛 董事长</b><span>回答</span><em>2024-05-17 15:12:30</em></div><div class="con"><p>我们会认真研究。</p></div>
            </body></html>
            """
        let briefing = try TestSupport.parse(html)
        let names = briefing.turns.map { TestSupport.speaker(briefing, turn: $0.index).map { $0.name ?? $0.label } ?? "-" }
        #expect(names == ["主持人", "吴海涛", "lz***88", "吴海涛", "钢铁直男2020", "吴海涛"])
        #expect(TestSupport.speaker(briefing, turn: 2)?.role == .reporter)
        #expect(briefing.exchanges.map(\.question) == [2, 4])
        #expect(SpeakerLexicon.withoutEntryAction("投资者 lz***88提问") == "投资者 lz***88")
        // An action word that is the whole label, or a name that ends with one character before it, is left alone.
        #expect(SpeakerLexicon.withoutEntryAction("发言") == nil && SpeakerLexicon.withoutEntryAction("记者提问") == "记者")
    }

    /// Who a label that names nobody stands for, from the page: `Answer:` under `Governor Sakamoto's Press Conference`,
    /// `DW:` under a title naming `Dan Whitcombe` and a heading printing `DAN WHITCOMBE` (one name, not two), and
    /// 「主持人：」 after 「林佳慧（主持人）：」.
    @Test func headingsAndEarlierLabelsNameTheLabels() throws {
        let boj = try TestSupport.parse("""
            <html><head><title>Governor Sakamoto's Press Conference on October 30, 2025</title></head><body>
            <h1>Governor Sakamoto's Press Conference</h1>
            <p>Question: Please explain today's decision.</p>
            <p>Answer: We kept the policy rate unchanged.</p>
            <p>Question: When will you raise it?</p>
            <p>Answer: I will refrain from commenting on timing.</p>
            </body></html>
            """)
        #expect(TestSupport.speaker(boj, turn: 1)?.name == "Sakamoto")
        #expect(TitleHolder.possessiveHeadlineSpeaker("The President's Remarks") == nil)

        let team = try TestSupport.parse("""
            # Transcripts: Dan Whitcombe, Marcus Oyelaran Wednesday Press Conferences

            ## HEAD COACH DAN WHITCOMBE

            **DW:** Good afternoon. We are moving fast this week.

            **Q:** Dan, you had three turnovers. What happened?

            **DW:** We did not protect the ball.
            """)
        #expect(TestSupport.speaker(team, turn: 0)?.name == "Dan Whitcombe")

        let meeting = try TestSupport.parse("""
            林佳慧（主持人）：各位午安，歡迎大家來參加今天的協作會議。

            張博鈞：謝謝主持人。請問考官的人力夠嗎？

            黃冠宇：這確實是我們評估時最大的困難。

            主持人：謝謝黃科長。接下來進入開放討論。
            """)
        #expect(meeting.turns[3].speaker == meeting.turns[0].speaker)
    }

    /// A live stream's record reads out viewers' comments under the stream's tag (「【弹幕】@山里的风：…」): the viewer asks,
    /// under the handle without its `@`.
    @Test func liveStreamCommentsNameTheViewer() throws {
        let stream = try TestSupport.parse("""
            小雅：家人们晚上好！欢迎来到直播间，今天我们请到了文旅局的刘局长。

            刘卫东：各位网友朋友们大家好！我是文旅局的刘卫东。

            【弹幕】@山里的风：五一去老君山要不要提前预约？

            刘卫东：要预约的，这个我要特别提醒一下。

            【弹幕】@郑州打工人小王：从郑州自驾过去大概多久？

            刘卫东：大概三个小时。
            """)
        let viewer = try #require(TestSupport.speaker(stream, turn: 2))
        #expect(viewer.name == "山里的风" && viewer.role == .reporter)
        #expect(TestSupport.speaker(stream, turn: 4)?.name == "郑州打工人小王")
        #expect(stream.turns[2].paragraphs == ["五一去老君山要不要提前预约？"])
        #expect(stream.exchanges.map(\.question) == [2, 4])
    }

    /// Meeting apps name a participant who joins without a name after the device (`[iPad (2)] 08:33:12`,
    /// 「iPhone(00:11:02):」): a speaker like the others, who may say who they are; a caller's line breaking up
    /// (「（声音断续）」) is a direction before the words.
    @Test func deviceAccountsSpeak() throws {
        let zoom = """
            [Ventura Comms] 08:30:07
            Good morning. Dr. Asante will give an update, then we will take questions.

            [Dr. Kenneth Asante] 08:30:41
            Thank you. The board voted last night.

            [Ventura Comms] 08:33:06
            Next is Jordan on an iPad.

            [iPad (2)] 08:33:12
            Yes, that is me, Jordan Tsai, Oaklandside. Where does the money come from?

            [Dr. Kenneth Asante] 08:33:30
            Mostly buildings.
            """
        let meeting = try TestSupport.parse(zoom)
        #expect(meeting.turns.count == 5)
        #expect(TestSupport.speaker(meeting, turn: 3)?.label == "iPad (2)")
        #expect(TestSupport.speaker(meeting, turn: 3)?.role == .reporter)
        #expect(meeting.turns[3].paragraphs.first?.hasPrefix("Yes, that is me") == true)

        let tencent = """
            宣传处-邵宁(00:00:10): 各位媒体朋友上午好，下面请谷处长介绍情况。

            谷立新(00:01:30): 今年以来，我们抽检了化妆品210批次。

            宣传处-邵宁(00:05:00): 下面请大家提问。

            钱江晚报-周敏(00:08:11): 谷处长好，网购的化妆品出了问题找谁？

            谷立新(00:08:50): 消费者可以找商家，也可以找平台。

            iPhone(00:11:02): （声音断续）……那个……老产品的备案……

            宣传处-邵宁(00:11:20): 这位用户，您的声音不太清楚，可以在聊天框里把问题打出来。
            """
        let call = try TestSupport.parse(tencent)
        #expect(call.turns.count == 7)
        #expect(TestSupport.speaker(call, turn: 5)?.label == "iPhone")
        #expect(call.turns[5].paragraphs == ["……那个……老产品的备案……"])
        #expect(TextCoverage.check(text: tencent, transcript: call).isComplete)

        #expect(SpeakerLexicon.isDeviceAccount("iPad (2)") && SpeakerLexicon.isDeviceAccount("Jordan's iPhone"))
        #expect(SpeakerLexicon.isDeviceAccount("Galaxy S23 Ultra") && SpeakerLexicon.isDeviceAccount("张敏的iPhone"))
        #expect(!SpeakerLexicon.isDeviceAccount("iPhone sales fell") && !SpeakerLexicon.isDeviceAccount("Pixel perfect"))
    }
}
