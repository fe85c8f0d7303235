import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts met first in the eleventh written set and in the pages beside it: a foreign ministry's press conference that
/// names its askers by surname and outlet. Each test holds a transcript written for it in that layout, and a case the
/// rule must leave alone.
@Suite("Eleventh set layouts")
struct EleventhSetLayoutTests {
    /// Japan's foreign ministry prints its spokesperson in full once (`Mr. OHTAKA Masato, Press Secretary:`, the surname
    /// in capitals first), then as `Press Secretary OHTAKA:`, and its askers as a surname beside the outlet in either
    /// order (`Kojima, NHK:`, `NHK, MORI:`, `Freelance journalist, NAKANO:`), each printed once or twice.
    @Test func aSurnameBesideAnOutletAsksAndAnOfficeWithASurnameIsItsHolder() throws {
        let transcript = try TestSupport.parse("""
            Press Conference by Press Secretary OHTAKA Masato

            Opening Remarks

            Mr. OHTAKA Masato, Press Secretary: I would like to make two announcements today.

            Press Secretary OHTAKA: The second is a seminar next week.

            Kojima, NHK: Can you confirm the Foreign Minister's visit?

            Press Secretary OHTAKA: Nothing has been decided.

            NHK, MORI: On a different matter, when will the talks resume?

            Press Secretary OHTAKA: The date will be coordinated through diplomatic channels.

            Freelance journalist, NAKANO: Why were some records blacked out?

            Press Secretary OHTAKA: Portions were not disclosed under the Act.

            But to answer your direct question, Weijia: the budget runs to the end of the fiscal year.
            """, format: .text)
        // The full label and `Press Secretary OHTAKA:` after it are one speaker's one turn.
        #expect(transcript.turns.count == 7)
        let secretary = TestSupport.speaker(transcript, turn: 0)
        #expect(secretary?.name == "OHTAKA Masato")
        #expect(secretary?.role == .official)
        #expect(transcript.turns[0].paragraphs.count == 2)
        for turn in [2, 4, 6] { #expect(TestSupport.speaker(transcript, turn: turn) == secretary) }
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "Kojima")
        #expect(TestSupport.speaker(transcript, turn: 1)?.outlet == "NHK")
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "MORI")
        #expect(TestSupport.speaker(transcript, turn: 5)?.role == .reporter)
        #expect(transcript.exchanges.count == 3)
        // A sentence that addresses someone after a comma names no speaker: the words before it describe no reporter.
        #expect(!transcript.participants.contains { $0.name == "Weijia" })
        #expect(SurnameAndOutlet.read("But to answer your direct question", "Weijia") == nil)
        #expect(SurnameAndOutlet.read("Meanwhile", "Tokyo") == nil)
    }

    /// A results briefing's platform prints each post under its author's name line and time, the post opening with
    /// 「问：」 or 「答：」: the name line is the speaker (and is kept), the mark says what the entry is; an asker whose name
    /// line is printed once stays the anonymous asker.
    @Test func aPostsNameLineOverAnEntryMarkIsTheSpeaker() throws {
        let text = """
            主持人　2025-05-13 15:00:03
            尊敬的各位投资者，大家下午好！欢迎参加本次业绩说明会。

            投资者 用户138****5521　2025-05-13 15:05:12
            问：请问公司一季度毛利率下降的主要原因是什么？

            董事长 王立群　2025-05-13 15:08:40
            答：感谢您的关注。主要受原材料价格上涨影响。谢谢！

            投资者 游客7f3a　2025-05-13 15:12:02
            问：今年的经营目标是多少？

            董事长 王立群　2025-05-13 15:16:30
            答：公司经营计划不构成业绩承诺。谢谢！

            主持人　2025-05-13 16:58:12
            本次业绩说明会到此结束，感谢各位投资者的积极参与！
            """
        let transcript = try TestSupport.parse(text, format: .text)
        let chair = transcript.participants.first { $0.name == "王立群" }
        #expect(chair?.role == .official)
        #expect(transcript.turns.filter { $0.speaker == chair?.id }.count == 2)
        #expect(transcript.turns.contains { $0.paragraphs.first?.hasPrefix("感谢您的关注") == true && $0.speaker == chair?.id })
        #expect(transcript.exchanges.count == 2)
        // Every line is still in the result, the name lines and times included.
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    /// `Hon. R. Sandhu:` — a parliament's honorific closes no sentence, so the coverage check finds the label and its words.
    @Test func aParliamentsHonorificClosesNoSentence() throws {
        let text = """
            M. Carrière: My question is to the Minister of Health. When will the emergency room reopen?

            Hon. R. Sandhu: I thank the member for the question. The department reopens on Monday.

            M. Carrière: Will the minister publish the staffing roster?

            Hon. R. Sandhu: No Premier of this province can sign a roster from this chamber.
            """
        let transcript = try TestSupport.parse(text, format: .text)
        #expect(transcript.turns.count == 4)
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    /// The Australian Senate's record prints a minister's seat and office in one note and the time in another
    /// (`Senator O'DOWD (New South Wales—Minister for Resources) (14:03):`): the time's colon ends no label; the surname
    /// in capitals and the name read from the note's label are one senator.
    @Test func aNoteThatTellsTheTimeEndsNoLabel() throws {
        let transcript = try TestSupport.parse("""
            Senator LACHLAN (Queensland) (14:02): My question is to the minister. How much has the average bill changed?

            Senator O'DOWD (New South Wales—Minister for Resources and Northern Australia) (14:03): I thank Senator Lachlan for her question.

            Senator LACHLAN: Point of order on relevance, President.

            Senator O'DOWD: Senator, you will not hear this government apologise.

            Senator LACHLAN (Queensland) (14:05): Does the minister accept that figure, yes or no?

            Senator O'DOWD (New South Wales—Minister for Resources and Northern Australia) (14:06): I do not accept the framing.
            """, format: .text)
        #expect(transcript.turns.count == 6)
        #expect(transcript.turns[1].time == "14:03")
        #expect(TestSupport.speaker(transcript, turn: 2) == TestSupport.speaker(transcript, turn: 0))
        #expect(TestSupport.speaker(transcript, turn: 3) == TestSupport.speaker(transcript, turn: 1))
        #expect(TestSupport.speaker(transcript, turn: 1)?.role == .official)
        #expect(transcript.participants.count == 2)
    }

    /// A state legislature's journal prints its chair as `The SPEAKER pro tempore.` before the words: the office presides.
    @Test func aJournalsSpeakerProTemporePresides() throws {
        let transcript = try TestSupport.parse("""
            The SPEAKER pro tempore. On that question, the Chair recognizes the gentleman from Centre County.

            Mr. OKAFOR. Thank you, Madam Speaker. The bill does three things.

            The SPEAKER pro tempore. The Chair thanks the gentleman. The Chair recognizes Representative Keffer.

            Mr. KEFFER. Would the prime sponsor say what the bill costs?

            Mr. OKAFOR. Nothing, Madam Speaker.

            Mr. KEFFER. And who pays for the grants?

            Mr. OKAFOR. The Recycling Fund, Madam Speaker.
            """, format: .text)
        #expect(transcript.turns.count == 7)
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 2) == TestSupport.speaker(transcript, turn: 0))
        #expect(transcript.exchanges.map(\.answers) == [[4], [6]])
    }

    /// `spk06:`, a call transcript site's speech-recognition placeholder in small letters, labels a speaker as
    /// `Speaker 6:` does; a word in small letters before a colon still labels nobody.
    @Test func aRecognisersPlaceholderInSmallLettersIsASpeaker() throws {
        let transcript = try TestSupport.parse("""
            spk06: Good afternoon and welcome to the fourth quarter call. I would now like to turn the call over to Tom.

            spk01: Thanks, and good afternoon. Revenue was up four percent.

            spk06: Our first question comes from Jeff Kowalczyk with William Blair.

            spk03: Is the new scanner cannibalizing the older one?

            spk01: No, it is mostly new placements.

            note: this line is no label.
            """, format: .text)
        #expect(transcript.turns.count == 5)
        #expect(Set(transcript.turns.map(\.speaker)).count == 3)
        #expect(SpeakerLexicon.isDiarizationLabel("spk06"))
        #expect(!SpeakerLexicon.isDiarizationLabel("spk"))
        #expect(CandidateReader.script(ofLabel: "note") == nil)
    }

    /// An institution's press officer hosts its press conference ("I'm Marisol Vega with the World Bank's press team.",
    /// no outlet), and the presenter she hands to, whose statement asks what it then answers, answers the reporters.
    @Test func aPressOfficerHostsAndAPresentersOwnQuestionAsksNothing() throws {
        let transcript = try TestSupport.parse("""
            [MARISOL VEGA]

            Good morning, everyone, and welcome. I'm Marisol Vega with the World Bank's press team. Abena will make a short presentation and then we'll go to your questions. Abena.

            [ABENA MENSAH-LARBI]

            Thank you, Marisol. We project growth at 3.5 percent this year. What should governments do? First, mobilize revenue. Second, spend it on jobs.

            [MARISOL VEGA]

            Thank you, Abena. Let's start in the room.

            [QUESTION]

            Thank you. Kwame Asante, Reuters. How many countries are in debt distress?

            [ABENA MENSAH-LARBI]

            Thank you, Kwame. Twenty-two of the 38 countries are, which is about where we were a year ago.

            [MARISOL VEGA]

            We'll go to the lady in the front.

            [QUESTION]

            Hi, Njeri Kamau from the Nation. Is Ghana ready to return to the Eurobond market?

            [ABENA MENSAH-LARBI]

            We don't comment on market timing. What I can say is that the fiscal adjustment is on track.
            """, format: .markdown)
        let host = TestSupport.speaker(transcript, turn: 0)
        #expect(host?.role == .moderator)
        #expect(host?.outlet == nil)
        #expect(TestSupport.speaker(transcript, turn: 1)?.role == .official)
        #expect(transcript.exchanges.map(\.answers) == [[4], [7]])
    }

    /// A live stream's callers and viewers: 「连麦用户“阿杰”：」 (a caller's handle in quotation marks) and 「【弹幕提问】北漂的鱼：」
    /// (the stream's tag for a viewer's question, then the handle) ask; a quotation before a colon in prose is no label.
    @Test func aCallersHandleInQuotationMarksAsks() throws {
        let transcript = try TestSupport.parse("""
            主持人：欢迎大家来到直播间。我们收到不少网友留言。网友“江城老周”问：集采药品会不会打折扣？

            连麦用户“阿杰”：老师，我想问一个问题，怎么办？

            林可：这个问题很好，我来回答。他说“今年要稳”：这是关键。

            【弹幕提问】北漂的鱼：老师，公司不让用外部AI工具，怎么办？

            林可：这个问题特别好。
            """, format: .text)
        #expect(transcript.turns.count == 5)
        // Inside the host's paragraph, a viewer's handle in quotation marks is relayed, not a speaker.
        #expect(transcript.turns[0].paragraphs.joined().contains("网友“江城老周”问："))
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "阿杰")
        #expect(TestSupport.speaker(transcript, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "北漂的鱼")
        #expect(transcript.turns[2].paragraphs.joined().contains("他说“今年要稳”：这是关键。"))
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
    }

    /// New Zealand's oral questions: the numbered question names its member, party and the minister asked
    /// (`1. SAM PRENTICE (National—Whangaparāoa) to the Minister of Finance: What…?`), the member asks; a minister who
    /// answers for another prints it after the label's note (`… (Associate Minister of Health) on behalf of the Minister
    /// of Health:`), and is the minister of the labels after.
    @Test func anOralQuestionsMemberAsksAndAMinisterAnswersOnBehalfOfAnother() throws {
        let transcript = try TestSupport.parse("""
            1. SAM PRENTICE (National—Whangaparāoa) to the Minister of Finance: What recent reports has she seen on the Government's books?

            Hon CLAIRE HOLLOWAY (Minister of Finance): This morning the Treasury released the financial statements.

            Sam Prentice: What does that mean for the track back to surplus?

            Hon CLAIRE HOLLOWAY: It means we are on track.

            2. Dr ANJALI RAO (Labour) to the Minister of Health: Does she stand by all her statements on emergency departments?

            Hon DAVID FENWICK (Associate Minister of Health) on behalf of the Minister of Health: Yes, in the context in which they were made.

            Dr Anjali Rao: When will the additional beds be fully staffed?

            Hon DAVID FENWICK: By the end of October.
            """, format: .text)
        #expect(transcript.turns.count == 8)
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 2) == TestSupport.speaker(transcript, turn: 0))
        #expect(transcript.turns[0].paragraphs.first?.hasPrefix("What recent reports") == true)
        #expect(TestSupport.speaker(transcript, turn: 5)?.title == "Associate Minister of Health")
        #expect(TestSupport.speaker(transcript, turn: 7) == TestSupport.speaker(transcript, turn: 5))
        #expect(transcript.exchanges.count == 4)
        // A numbered sentence with `to the` and a colon, but no member's note, is no question's opening.
        #expect(OrderPaperQuestion.oralQuestion("1. We wrote to the Minister of Finance: she replied.") == nil)
    }

    /// A newspaper's Q&A全文 numbers its questions and answers (`Q1：…（聯合報）`, `A1：…`): the numbered answers are one
    /// respondent, and a numbered list in the opening (「1.物價因素：…」 over 「2.經濟成長：…」) is a list, not speakers.
    @Test func numberedAnswersAreOneRespondentAndANumberedListNoSpeakers() throws {
        let transcript = try TestSupport.parse("""
            主持人：請部長說明。

            這次的調整有三個考量：

            1.物價因素：今年消費者物價指數平均年增率約1.9%。
            2.經濟成長：今年經濟成長率預估超過3%。
            3.中小企業承受度：政府將搭配加薪補助措施。

            Q1：這次調幅比工會要求的少很多，勞方有沒有不滿？（聯合報）

            A1：今天的會議討論得很熱烈，最後大家各退一步。

            Q2：補助的對象和金額是什麼？（中央社）

            A2：補助對象主要是員工30人以下的微型企業。

            Q3：失業率如果上升，會不會暫停調整？（自由時報）

            A3：基本工資審議是依照法律規定的指標來決定。
            """, format: .text)
        #expect(!transcript.participants.contains { $0.label.contains("物價因素") || $0.label.contains("經濟成長") })
        let answerers = Set(transcript.exchanges.flatMap(\.answerers))
        #expect(answerers.count == 1)
        #expect(transcript.exchanges.count == 3)
    }

    /// The Lok Sabha's uncorrected debates: `HON. SPEAKER:` presides, and a minister's long office wraps onto the line of
    /// the label's note (`THE MINISTER OF STATE IN THE MINISTRY OF AGRICULTURE AND FARMERS` / `WELFARE (SHRIMATI REKHA
    /// DESAI): Sir, …`): the two lines are one label, the holder named without her honorific.
    @Test func aLabelWrappedOverTwoLinesIsOneLabel() throws {
        let transcript = try TestSupport.parse("""
            HON. SPEAKER: Q. No. 122, Shri Hemant Borkar.

            SHRI HEMANT BORKAR (AMRAVATI): Sir, my question is about the health camps. Will the Minister extend them?

            THE MINISTER OF STATE IN THE MINISTRY OF AGRICULTURE AND FARMERS
            WELFARE (SHRIMATI REKHA DESAI): Sir, a statement is laid on the Table
            of the House.

            HON. SPEAKER: Please ask the supplementary question.

            SHRI HEMANT BORKAR: Sir, the camps are not reaching the villages. Will the Minister look into it?

            SHRIMATI REKHA DESAI: Sir, I will ask the State Government to report.
            """, format: .text)
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        let minister = TestSupport.speaker(transcript, turn: 2)
        #expect(minister?.name == "Rekha Desai")
        #expect(minister?.role == .official)
        #expect(transcript.turns[2].paragraphs.first?.hasPrefix("Sir, a statement") == true)
        #expect(TestSupport.speaker(transcript, turn: 5) == minister)
        #expect(!transcript.participants.contains { $0.label.hasPrefix("WELFARE") })
    }
}
