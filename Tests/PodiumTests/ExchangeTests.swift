import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Exchanges")
struct ExchangeTests {
    @Test func questionWithItsAnswer() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("plain_inline.txt"))
        #expect(transcript.exchanges.count == 1)
        let exchange = try #require(transcript.exchanges.first)
        #expect(exchange.question == 3)
        #expect(exchange.answers == [4])
        #expect(transcript.participant(withID: exchange.asker)?.outlet == "新华社")
        #expect(exchange.answerers.compactMap { transcript.participant(withID: $0)?.name } == ["张明远"])
    }

    @Test func twoOfficialsAnswerOneQuestionUpToTheNextQuestionOrModeratorTurn() throws {
        let transcript = try TestSupport.parse("""
            主持人：现在开始提问。

            新华社记者：请问两位局长，进展如何？

            省交通运输厅副厅长张明远：目前进展顺利，全省已经完成新改建农村公路三千公里。

            省交通运输厅综合规划处处长刘静：我补充一点。

            人民日报记者：还有一个问题？

            张明远：好的。

            主持人：今天的发布会就到这里。
            """)
        #expect(transcript.exchanges.count == 2)
        let first = transcript.exchanges[0]
        #expect(first.question == 1)
        #expect(first.answers == [2, 3])
        #expect(first.answerers.compactMap { transcript.participant(withID: $0)?.name } == ["张明远", "刘静"])
        #expect(transcript.exchanges[1].answers == [5])
        #expect(transcript.exchanges.map(\.index) == [0, 1])
        // Moderator turns are never answers.
        #expect(!transcript.exchanges.flatMap(\.answers).contains(6))
    }

    /// A site's `<footer>` after the last turn is a note: the closing thanks stays short, answers nothing, and keeps the
    /// address out of the official's words.
    @Test func pageFooterIsANoteNotTheClosingSpeakersWords() throws {
        let page = """
            <html><body><main>
            <p>MS. REED:&nbsp; Good afternoon. I have nothing at the top.</p>
            <p>Q&nbsp;&nbsp;&nbsp; Has the President spoken to the Governor about the storm damage today?</p>
            <p>MS. REED:&nbsp; He spoke to her this morning and offered every federal resource she needs.</p>
            <p>Q&nbsp;&nbsp;&nbsp; Thank you.</p>
            <p>MS. REED:&nbsp; Thanks, guys.</p>
            </main>
            <footer class="footer"><p>The White House<br>1600 Pennsylvania Ave NW<br>Washington, DC 20500</p></footer>
            </body></html>
            """
        let briefing = try TestSupport.parse(page, format: .html)
        #expect(briefing.turns.last?.paragraphs == ["Thanks, guys."])
        #expect(briefing.notes.map(\.text) == ["The White House", "1600 Pennsylvania Ave NW", "Washington, DC 20500"])
        #expect(briefing.exchanges.map(\.answers) == [[2]])
    }

    /// "Last one. Go on." calls on the next asker and answers nothing; "Thanks, everybody." over the transcriber's
    /// closing direction is closing thanks, as it is without the direction.
    @Test func callForTheLastQuestionAndClosingThanksAnswerNothing() throws {
        let briefing = try TestSupport.parse("""
            GOVERNOR DOYLE: Good morning. The Board left the cash rate unchanged today.

            JOURNALIST: Governor, will the Board cut rates before the end of the year, given the weaker retail figures?

            GOVERNOR DOYLE: I'm not going to put a number on it. We look at the whole picture every month.

            JOURNALIST: Just quickly, Governor –

            GOVERNOR DOYLE: Last one. Go on.

            JOURNALIST: Do the energy rebates flatter the inflation figures this quarter?

            GOVERNOR DOYLE: We do look through them, yes, because they are a temporary effect on measured prices.

            JOURNALIST: Thank you.

            GOVERNOR DOYLE: Thanks, everybody.

            (The media conference concluded at 3.41 pm.)
            """)
        #expect(briefing.turns.map(\.kind) == [.statement, .question, .answer, .remark, .moderation, .question, .answer, .remark, .moderation])
        #expect(briefing.exchanges.map(\.answers) == [[2], [6]])
    }

    /// A live text prints a date and time after each entry (notes); a reporter's label over a direction alone that
    /// stands for unheard words (「（未使用话筒，现场听不清）」) is a turn that asks, answered by the next answer; a label over
    /// laughter alone (「（笑）」) is a turn that asks nothing.
    @Test func aLabelledDirectionAloneAsksOnlyWhenItStandsForWords() throws {
        let live = try TestSupport.parse("""
            谭晓峰：今年第11号台风“银杏”预计明天登陆。
            2024-09-05 10:20:12

            中国气象报记者：这次台风和往年相比强度如何？
            2024-09-05 10:21:48

            谭晓峰：强度和往年接近，但移动路径偏南一些，我们会加强监测。
            2024-09-05 10:24:30

            记者：
            （未使用话筒，现场听不清）
            2024-09-05 10:24:55

            谭晓峰：这位记者问的是和2014年相比怎么样。从目前预报看，强度接近，路径偏南。
            2024-09-05 10:26:10

            记者：
            （笑）

            谭晓峰：今天的发布会到此结束，谢谢大家。
            """)
        #expect(live.turns.map(\.paragraphs.count) == [1, 1, 1, 1, 1, 1, 1])
        #expect(live.turns[3].paragraphs == ["（未使用话筒，现场听不清）"])
        #expect(live.turns.map(\.kind) == [.statement, .question, .answer, .question, .answer, .remark, .moderation])
        #expect(live.exchanges.map(\.answers) == [[2], [4]])
        #expect(live.notes.map(\.text).filter { $0.hasPrefix("2024-09-05") }.count == 5)
        // A question left out in Portuguese, and its answer left out too, are a question and its answer.
        let macau = try TestSupport.parse("""
            記者（澳門日報）：如果明早改發八號風球，學校會如何安排？

            警察總局局長：按照現行指引，八號風球生效期間，所有學校停課。

            記者（葡文）：（以葡文提問，內容從略）

            氣象局局長：（以葡文回應，內容從略）
            """)
        #expect(macau.exchanges.map(\.answers) == [[1], [3]])
    }

    /// `Q How are you?` greets; the question is the one after it.
    @Test func greetingIsNotAQuestion() throws {
        let text = """
            Q How are you?

            MS. JEAN-PIERRE: Good, thanks. As you all know, the President travels to New York today.

            Q What will he say about Ukraine?

            MS. JEAN-PIERRE: He will talk about the support we have given.

            """
        let transcript = try Transcript(parsing: Data(text.utf8))
        #expect(transcript.turns.map(\.kind) == [.remark, .statement, .question, .answer])
        #expect(transcript.exchanges.map(\.answers) == [[3]])
    }

    @Test func followUpIsANewExchangeWithTheSameAsker() throws {
        let transcript = try TestSupport.parse("""
            主持人：请提问。

            南方日报记者：第一个问题？

            李华局长：回答一。

            南方日报记者：追问一下，为什么？

            李华：回答二。
            """)
        #expect(transcript.exchanges.count == 2)
        #expect(transcript.exchanges[0].asker == transcript.exchanges[1].asker)
    }

    @Test func skipExchangesOption() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("plain_inline.txt"), options: .skipExchanges)
        #expect(transcript.exchanges.isEmpty)
    }

    /// The host taking the floor ends an exchange: an official who speaks after the host's hand-over, with no
    /// new question, answers nothing that was asked before it.
    @Test func hostsTurnEndsTheExchange() throws {
        let transcript = try TestSupport.parse("""
            主持人：请提问。

            新华社记者：请问进展如何？

            省交通运输厅副厅长张明远：进展顺利，全省已经完成新改建农村公路三千公里。

            主持人：下面请李局长介绍一下明年的安排。

            市统计局局长李华：明年我们将继续推进农村公路建设，重点是养护和安全。
            """)
        #expect(transcript.turns.map(\.kind) == [.moderation, .question, .answer, .moderation, .answer])
        #expect(transcript.exchanges.map(\.question) == [1])
        #expect(transcript.exchanges.map(\.answers) == [[2]])
    }

    /// Officials who take turns answering one question are each named once, in the order they first speak.
    @Test func eachAnswererIsNamedOnce() throws {
        let transcript = try TestSupport.parse("""
            新华社记者：请问两位局长，进展如何？

            省交通运输厅副厅长张明远：目前进展顺利，全省已经完成新改建农村公路三千公里。

            省交通运输厅综合规划处处长刘静：我补充一点，资金已经全部到位。

            张明远：再补充一句，明年还会加快。
            """)
        let exchange = try #require(transcript.exchanges.first)
        #expect(transcript.exchanges.count == 1)
        #expect(exchange.answers == [1, 2, 3])
        #expect(exchange.answerers.compactMap { transcript.participant(withID: $0)?.name } == ["张明远", "刘静"])
    }

    /// A second official's short thanks after an answer closes the conference; it answers nothing.
    @Test func closingThanksAnswersNothing() throws {
        let transcript = try TestSupport.parse("""
            新华社记者：请问救灾工作进展如何？

            省应急管理厅厅长张明远：目前各项救灾工作进展顺利，受灾群众已经全部得到妥善安置。

            市统计局局长李华：谢谢大家的协助。
            """)
        #expect(transcript.turns.map(\.kind) == [.question, .answer, .moderation])
        #expect(transcript.exchanges.map(\.answers) == [[1]])
    }

    /// The spokesperson's last answer and the closing words printed under one label: the turn answers the question
    /// before it. The closing words alone after an answer answer nothing.
    @Test func anAnswerOverTheClosingWordsAnswers() throws {
        let transcript = try TestSupport.parse("""
            发言人林晓岚：各位记者朋友，大家上午好！下面，我愿意回答大家的提问。

            新华社记者：近日，美方宣布新一轮对台军售。请问对此有何评论？

            林晓岚：我们坚决反对美方向台湾地区出售武器。

            林晓岚：今天的发布会到此结束，谢谢大家！
            """)
        #expect(transcript.turns.map(\.kind) == [.statement, .question, .answer])
        #expect(transcript.exchanges.map(\.answers) == [[2]])
        #expect(ExchangeBuilder.closesBeforeAnswering(["谢谢。", "今天的发布会到此结束。"]))
        #expect(!ExchangeBuilder.closesBeforeAnswering(["我们坚决反对。", "今天的发布会到此结束。"]))
    }

    /// In an interview nobody is labelled: the one who asks more and says less is the interviewer, and
    /// each of their questions pairs with the answer after it.
    @Test func interviewerIsFoundWithoutRoleWords() throws {
        let transcript = try TestSupport.parse("""
            王小明：您好，请问您怎么看今年的经济形势？

            李华：我认为今年经济总体平稳，消费和投资都在回升，出口也保持了韧性，就业形势总体稳定。

            王小明：那么明年会怎样？

            李华：明年的增长动力主要来自科技创新和新型消费，政策空间也还很充足，我们保持乐观。
            """)
        #expect(transcript.participants.map(\.role) == [.reporter, .official])
        #expect(transcript.turns.map(\.kind) == [.question, .answer, .question, .answer])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3]])
    }
}
