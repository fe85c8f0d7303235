import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts met in the fourteenth written set. Each test holds a transcript written for it in that layout, and a case
/// the rule must leave alone.
@Suite("Fourteenth set layouts")
struct FourteenthSetLayoutTests {
    /// Broadcast subtitles print each speaker in a colour of their own and name nobody (`<c.yellow>`): each change of
    /// colour is a change of speaker, one colour is one person, and the colour whose words mostly ask is the room's.
    @Test func subtitleColoursTellSpeakersApart() throws {
        let captions = """
            WEBVTT

            STYLE
            ::cue(.yellow) { color: #ffff00; }

            1
            00:00:00.500 --> 00:00:03.000
            <c.white>Good evening. The river peaks tonight.</c>

            2
            00:00:03.000 --> 00:00:06.000
            <c.yellow>We have four severe flood warnings</c>
            <c.yellow>in place along the river.</c>

            3
            00:00:06.000 --> 00:00:08.000
            <c.cyan>Thanks. Rest centres are open at two schools.</c>

            4
            00:00:08.000 --> 00:00:10.000
            <c.green>Is the barrier going to hold?</c>

            5
            00:00:10.000 --> 00:00:13.000
            <c.yellow>It is a fair question. The pumps were replaced.</c>

            6
            00:00:13.000 --> 00:00:15.000
            <c.green>And how long will people be out?</c>

            7
            00:00:15.000 --> 00:00:18.000
            <c.cyan>Too early to say. Days, not weeks.</c>

            8
            00:00:18.000 --> 00:00:20.000
            <c.yellow>And the river stays high until Friday.</c>
            """
        let transcript = try TestSupport.parse(captions)
        try #require(transcript.turns.count == 8)
        let speakers = transcript.turns.indices.map { TestSupport.speaker(transcript, turn: $0)?.label }
        #expect(speakers[1] == speakers[4] && speakers[4] == speakers[7])
        #expect(speakers[2] == speakers[6])
        #expect(Set([speakers[0], speakers[1], speakers[2], speakers[3]]).count == 4)
        #expect(TestSupport.speaker(transcript, turn: 3)?.role == .reporter)
        #expect(transcript.turns[1].paragraphs == ["We have four severe flood warnings in place along the river."])
        #expect(transcript.exchanges.map(\.answers) == [[4], [6, 7]])
    }

    /// SubRip's `<font color>` tags are styling, taken out of the words; where a line mixes colours (a player's
    /// highlighting of the word being sung or spoken) they say nothing about who speaks.
    @Test func fontColoursAreStylingAndMixedColoursNameNoOne() throws {
        let captions = """
            1
            00:00:01,000 --> 00:00:03,000
            <font color="#ffffff">The council meets</font> <font color="#ffff00">tonight</font>

            2
            00:00:03,000 --> 00:00:05,000
            <font color="#ffff00">to set</font> <font color="#ffffff">the budget.</font>

            3
            00:00:05,000 --> 00:00:07,000
            <font color="#ffffff">It votes</font> <font color="#ffff00">at nine.</font>
            """
        let subtitles = try #require(Subtitles(lines: captions.split(separator: "\n", omittingEmptySubsequences: false)))
        let blocks = subtitles.blocks()
        #expect(blocks.map(\.text) == ["The council meets tonight to set the budget. It votes at nine."])
        #expect(blocks.allSatisfy { $0.speaker == nil && $0.voice == nil })
    }

    /// A newspaper's report names each speaker in its lead and notes the surname its labels print (「馮志強（下稱馮）」):
    /// each label is that person; an organisation's short form (「澳門航空（下稱澳航）」) names no one.
    @Test func aLeadNotesTheSurnamesItsLabelsPrint() throws {
        let transcript = try TestSupport.parse("""
            機場今年力拓東南亞客源

            【本報消息】機場專營公司執行委員會主席馮志強（下稱馮）及澳門航空（下稱澳航）商務總監林詠欣（下稱林）昨日出席傳媒茶敘。

            問：今年的目標是多少？

            馮：今年我們預計旅客量會保持增長。

            林：我補充一下航空公司方面的情況。

            問：擴建工程的進度如何？

            馮：擴建工程會分階段進行。
            """)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "馮志強")
        #expect(TestSupport.speaker(transcript, turn: 2)?.name == "林詠欣")
        #expect(!transcript.participants.contains { $0.name == "澳門航空" || $0.label == "澳航" })
        #expect(AbbreviatedLabel.definitions(in: "香港大學（下稱港大）今日公布").isEmpty)
    }

    /// An election debate's full text: the lead names the host (「由…主播沈佩蓉擔任主持人」), each candidate's first label
    /// prints their ballot number (「2號候選人蔡宛庭」) before the name alone, and an asker's label says their part before
    /// the outlet (「提問人 自由時報記者吳宗翰」).
    @Test func aDebatesBallotNumbersAndAskersParts() throws {
        let transcript = try TestSupport.parse("""
            台南市長辯論會全文

            （中央社記者台南8日電）辯論會今天下午舉行，由公視新聞主播沈佩蓉擔任主持人，1號候選人林昭謙、2號候選人蔡宛庭同台。

            主持人：各位觀眾朋友，午安。首先請2號蔡宛庭候選人申論。

            2號候選人蔡宛庭：大家午安。我在台南長大。

            主持人：接下來請1號林昭謙候選人申論。

            1號候選人林昭謙：各位台南的朋友大家好。

            主持人：第一位提問人是自由時報記者吳宗翰，請提問。

            提問人 自由時報記者吳宗翰：請問兩位，上任第一年要怎麼治水？

            蔡宛庭：我會把治水預算提高。

            林昭謙：治水不是只有撒錢。
            """)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "沈佩蓉")
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "蔡宛庭")
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "林昭謙")
        #expect(TestSupport.speaker(transcript, turn: 1)?.id == TestSupport.speaker(transcript, turn: 6)?.id)
        #expect(TestSupport.speaker(transcript, turn: 5)?.outlet == "自由時報")
        #expect(transcript.turns.count == 8)
    }

    /// A legislative hearing's record: the people who state their views are numbered (「1号陈述人刘洋」) and answer; the
    /// legislators who hear them (「听证人苏文静」) ask.
    @Test func aLegislativeHearingsStatersAnswerAndItsHearersAsk() throws {
        let transcript = try TestSupport.parse("""
            立法听证会实录

            主持人：各位听证人、陈述人，大家上午好！首先请1号陈述人发言。

            1号陈述人刘洋：谢谢主持人。我是一名外卖骑手，对草案总体是支持的。

            主持人：下面进入询问阶段。

            听证人苏文静：我想问1号陈述人刘洋，平台派单时间有多紧？

            1号陈述人刘洋：一般三公里以内的单，平台给的时间是二十多分钟。

            主持人：询问阶段到此结束。
            """)
        let stater = try #require(TestSupport.speaker(transcript, turn: 1))
        #expect(stater.name == "刘洋")
        #expect(stater.role == .official)
        let hearer = try #require(TestSupport.speaker(transcript, turn: 3))
        #expect(hearer.name == "苏文静")
        #expect(hearer.role == .reporter)
        #expect(transcript.exchanges.map(\.answers) == [[4]])
    }

    /// A club's page: a partners' strip over a score banner of three parts is no name over its affiliation, so the
    /// lead after it still opens the record and names the coach whose initials label his answers (`BH:`).
    @Test func aBannerOfThreePartsIsNoAffiliation() throws {
        let html = """
            <html><body>
            <div class="partner-logos"><span>Official Partners</span></div>
            <div class="banner">AFL Round 14 &ndash; Tigers v Blues &ndash; FULL TIME</div>
            <article>
            <h1>Hale's post-match press conference</h1>
            <p>RICHMOND coach Brendan Hale says his side ran out of petrol.</p>
            <p><strong>BH:</strong> Yeah, disappointed obviously.</p>
            <p><strong>Q:</strong> What changed in the last quarter?</p>
            <p><strong>BH:</strong> Clearances, mainly.</p>
            </article></body></html>
            """
        let transcript = try TestSupport.parse(html, format: .html)
        #expect(!transcript.participants.contains { $0.label == "Official Partners" })
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "Brendan Hale")
        #expect(AffiliationLine.label(name: "Jenna Morales", affiliation: "Orion Health – Investor Relations") != nil)
    }

    /// A court's verbatim record: its cover names the president presiding (`President Valdivieso presiding,`), and `The
    /// PRESIDENT:` who opens the sitting and gives the floor moderates; a question he hands on is answered by the one he
    /// hands it to.
    @Test func aCourtsPresidentGivesTheFloor() throws {
        let transcript = try TestSupport.parse("""
            Public sitting

            held on Wednesday 8 October 2025, at 3 p.m., at the Peace Palace,

            President Valdivieso presiding,

            VERBATIM RECORD

            The PRESIDENT: Please be seated. The sitting is open. I give the floor to Ms Vunisea, Agent of Fiji. You have the floor, Madam.

            Ms VUNISEA: Mr. President, Members of the Court, it is an honour to appear before you on behalf of Fiji, and I will be brief.

            The PRESIDENT: I thank the Agent of Fiji. I now give the floor to Judge Lindahl, who has a question.

            Judge LINDAHL: Thank you, Mr. President. Who should investigate a cable fault: the coastal State or the flag State?

            The PRESIDENT: Thank you, Judge Lindahl. Ms Vunisea, you wanted to respond?

            Ms VUNISEA: Only to say, Mr. President, that Fiji will answer in writing.

            The PRESIDENT: I thank you. The sitting is closed.
            """)
        let president = try #require(TestSupport.speaker(transcript, turn: 0))
        #expect(president.name == "Valdivieso")
        #expect(president.role == .moderator)
        #expect(transcript.exchanges.map(\.answers) == [[5]])
        #expect(TitleHolder.presidingHolders(in: "Hon. Margaret Ellison, Chair of the Committee, presiding").isEmpty)
    }

    /// A public forum's chair calls the standing microphones and hands each comment to a colleague (`I'll ask Rukmini to
    /// respond.`, `Danko, would you take this one?`): his short hand-overs moderate, and the answers are the colleagues'.
    @Test func aForumsChairCallsTheMicrophonesAndHandsOn() throws {
        let transcript = try TestSupport.parse("""
            Mikael Strand: Thank you, and good afternoon. Each speaker has two minutes. Microphone one, please.

            Darius Onyango: Darius Onyango, speaking for myself. When will the review report be published?

            Mikael Strand: Thanks, Darius. I'll ask Rukmini to respond.

            Rukmini Desai: Thank you, Mikael. The report goes out next month, after the public comment closes.

            Mikael Strand: Thank you, Rukmini. Microphone two.

            Hiroshi Tanaka: Hiroshi Tanaka, At-Large. Why was the comment period only forty days?

            Mikael Strand: Danko, would you take this one?

            Danko Vukovic: Yes. The calendar was compressed this year, and it won't happen again.

            Mikael Strand: Thank you both. Microphone one.
            """)
        #expect(transcript.participants.first { $0.name == "Mikael Strand" }?.role == .moderator)
        #expect(transcript.exchanges.map(\.answers) == [[3], [7]])
    }

    /// A central bank's record of its board member's newspaper interview: questions whole in bold, no labels. The lead
    /// names the interviewee (`Interview with Dr Katrin Vollmer, Member of…`), and a bold paragraph after an answer that
    /// puts a view to her asks though it ends with a full stop.
    @Test func aBoardMembersInterviewInBold() throws {
        let html = """
            <html><head><title>Katrin Vollmer: Interview in Börsen-Zeitung</title></head><body>
            <p>Interview with Dr Katrin Vollmer, Member of the Executive Board of the Deutsche Bundesbank, conducted by Stefan Kreuzer and Mira Holtkamp.</p>
            <p><b>Ms Vollmer, inflation has fallen back close to 2%. Is the job done?</b></p>
            <p>Not quite. Services inflation is still running high.</p>
            <p><b>Some economists argue the ECB should care more about growth now.</b></p>
            <p>Our mandate is price stability.</p>
            <p><b>When will Germans be able to pay with the digital euro?</b></p>
            <p>The preparation phase runs until the autumn.</p>
            <p><b>What has surprised you most on the board?</b></p>
            <p>How many letters we receive from the public.</p>
            </body></html>
            """
        let transcript = try TestSupport.parse(html, format: .html)
        try #require(transcript.turns.count == 8)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name?.hasSuffix("Katrin Vollmer") == true)
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 6])
    }

    /// Judges are titled (「民一庭法官 韩卓」, 「柯大法官雅萍」, the surname, the title and the given name), and what they do
    /// decides their part: a constitutional court's justices ask, an online interview's judges answer.
    @Test func judgesTitlesNameThemAndTheirTurnsDecideTheirPart() throws {
        let hearing = try TestSupport.parse("""
            審判長大法官羅文琦：接下來進入大法官發問的程序，請柯大法官。

            柯大法官雅萍：請教法務部。你們的統計有沒有區分初犯和累犯？

            法務部訴訟代理人蔡承恩：報告大法官，這個統計沒有區分。

            柯大法官雅萍：如果沒有區分，十年的數字能說明什麼？

            法務部訴訟代理人蔡承恩：確實無法說明全部，我們會補充資料。
            """)
        let justice = try #require(TestSupport.speaker(hearing, turn: 1))
        #expect(justice.name == "柯雅萍")
        #expect(justice.role == .reporter)
        let interview = try TestSupport.parse("""
            [主持人 景蕾]
            韩法官，您在审判中遇到过哪些比较典型的案例？

            [北京二中院民一庭法官 韩卓]
            好的。我印象比较深的是去年审结的一起案件。

            [主持人 景蕾]
            谢谢韩法官。还有什么提醒？

            [韩卓]
            天上不会掉馅饼。
            """)
        let judge = try #require(TestSupport.speaker(interview, turn: 1))
        #expect(judge.name == "韩卓")
        #expect(judge.role == .official)
    }

    /// A Hong Kong release's Q&A: an office printed alone (「總藥劑師：」) is the one person the opening names with it, and
    /// a reporter's question put in English and not printed (「（以英文提問，有關…的安排）」) asks.
    @Test func aReleasesOfficesAndQuestionsInAnotherLanguage() throws {
        let transcript = try TestSupport.parse("""
            醫管局公布冬季服務高峰應變措施記者會答問內容

            醫院管理局總行政經理黎卓勳醫生及醫管局總藥劑師龐嘉敏今日出席記者會。以下為記者會答問內容：

            記者：（以英文提問，有關私家醫生參與公私營協作計劃的安排）

            總行政經理：（以英文回答，內容與上述中文答問大致相同）

            記者：會不會出現流感藥短缺？

            總藥劑師：醫管局一直有為抗流感藥物維持足夠的儲備。
            """)
        try #require(transcript.turns.count == 4)
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "龐嘉敏")
        #expect(transcript.exchanges.map(\.question) == [0, 2])
    }

    /// An online interview's host relays a reader's question under her clocked label, and the reader's label opens the
    /// words (`[主持人 景蕾] 2025-03-14 10:24:15` over 「网友“晚霞满天”问：…」): the turn that says nothing goes, and its clock
    /// is kept as a note, not lost with it.
    @Test func aClockedLabelOverAnotherKeepsItsClock() throws {
        let text = """
            [主持人 景蕾] 2025-03-14 10:21:00
            请问法官，老人签的合同能退吗？

            [韩卓] 2025-03-14 10:22:00
            可以依法主张撤销。

            [主持人 景蕾] 2025-03-14 10:24:15
            网友“晚霞满天”问：子女能不能代替父母去法院起诉？

            [韩卓] 2025-03-14 10:26:02
            一般不能。
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.notes.contains { $0.text == "2025-03-14 10:24:15" && $0.turn == 1 })
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }
}
