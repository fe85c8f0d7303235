import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts met in the twelfth written set and in the written sets' remaining errors. Each test holds a transcript
/// written for it in that layout, and a case the rule must leave alone.
@Suite("Twelfth set layouts")
struct TwelfthSetLayoutTests {
    /// An interview's section titles open with a topic verb (「谈现状：」, 「谈政策：」), which is also a surname: a run of
    /// them, each printed once over a headline, titles the sections; they stay in the transcript as notes. The page's
    /// title (「专访…教授何正阳：…」) stays in the lead.
    @Test func topicTitlesAreNoSpeakers() throws {
        let transcript = try TestSupport.parse("""
            专访西南财经大学教授何正阳：县域消费潜力远未释放

            谈现状：县城不缺需求，缺的是“好供给”

            记者：从您的调研来看，县域消费现在处在一个什么样的状态？

            何正阳：我不太同意“消费降级”这个说法。

            谈政策：以旧换新要“往下沉”

            记者：这项政策的效果怎么样？

            何正阳：效果很明显，但补贴要往县里走。
            """, format: .text)
        // The page's title names the interviewee before a colon, and is no turn of his.
        #expect(transcript.turns.count == 4)
        #expect(transcript.lead.contains { $0.hasPrefix("专访") })
        #expect(!transcript.participants.contains { $0.name?.hasPrefix("谈") == true })
        #expect(transcript.notes.contains { $0.text.hasPrefix("谈政策") })
        #expect(transcript.exchanges.count == 2)
    }

    /// A person surnamed 谈 who speaks twice, or says a sentence, is a speaker: one title alone is no run.
    @Test func aSpeakerSurnamedLikeATopicVerbStaysASpeaker() throws {
        let transcript = try TestSupport.parse("""
            主持人：请谈国华局长介绍情况。

            谈国华：今年全市新增就业岗位十二万个。

            记者：请问谈局长，明年的目标是多少？

            谈国华：明年的目标不低于今年。
            """, format: .text)
        #expect(transcript.turns.count == 4)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "谈国华")
        #expect(TopicHeading.headings(in: BlockLabeler.label(TestSupport.blocks("谈现状：县城不缺需求\n\n谈国华：我来回答。", format: .text))).isEmpty)
    }

    /// An export's transcript lists everyone under `## Speakers` (`- **Henrik Vold** — Chief Executive Officer`), then
    /// prints each turn under a header of the name, the office and the clock between middle dots: the roster is no
    /// turn, the header's office is the speaker's title and the words start under it.
    @Test func anExportsRosterAndDottedHeaders() throws {
        let transcript = try TestSupport.parse("""
            # Nordhavn Maritime Systems ASA — Capital Markets Day

            ## Speakers

            - **Henrik Vold** — Chief Executive Officer
            - **Eirik Solbakken** — Analyst, Pareto Securities
            - **Unknown Analyst**

            ## Q&A

            **Henrik Vold** · Chief Executive Officer · 01:56:48

            So to sum up before we go to questions, we are raising our ambition.

            **Eirik Solbakken** · Analyst, Pareto Securities · 01:59:02

            Thanks. How much of the uplift is mix and how much is price?

            **Henrik Vold** · Chief Executive Officer · 01:59:48

            It's mostly mix.

            **Unknown Analyst** · 02:02:50

            Is the autonomy contract a licence or a subscription?

            **Henrik Vold** · Chief Executive Officer · 02:03:20

            A subscription.
            """, format: .markdown)
        #expect(transcript.turns.count == 5)
        #expect(transcript.turns.first?.paragraphs.first?.hasPrefix("So to sum up") == true)
        let chief = TestSupport.speaker(transcript, turn: 0)
        #expect(chief?.name == "Henrik Vold")
        #expect(chief?.title == "Chief Executive Officer")
        #expect(TestSupport.speaker(transcript, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 3)?.role == .reporter)
        #expect(transcript.lead.contains("Henrik Vold — Chief Executive Officer"))
        #expect(transcript.exchanges.count == 2)
    }

    /// A bar between a name and what follows is left to the name's readers: an X Space prints the outlet there.
    @Test func aBarAfterTheNameIsNoOfficeSeparator() throws {
        let transcript = try TestSupport.parse("""
            Tulsa Emergency Mgmt (@TulsaOEM)  00:00:09
            Okay, I think we're live. Chief, go ahead.

            Chief R. Dunmore (@ChiefDunmoreTFD)  00:00:38
            Thanks, Jake. About 61,000 customers are still without power.

            Kirsten Ohlsson | KJRH 2 (@kirstenKJRH)  00:02:20
            Hi, Chief. Were there any deaths?

            Chief R. Dunmore (@ChiefDunmoreTFD)  00:02:29
            One.
            """, format: .text)
        #expect(TestSupport.speaker(transcript, turn: 2)?.title == nil)
    }

    /// A foreign ministry's summary opens each shared asker's question with the outlet and a dash (`Q: Bangkok Post –
    /// Two questions.`): the outlet asks, and the words start after the dash.
    @Test func anOutletBeforeADashOpensEachQuestion() throws {
        let transcript = try TestSupport.parse("""
            Summary of Weekly Press Briefing

            Q: Thai PBS World – What are the Prime Minister's priorities with Viet Nam?

            A: Trade, including rice, is high on the agenda.

            Q: Bangkok Post – Two questions. First, is there any progress on the case?

            A: On the first question, the Embassy is working with the authorities.
            """, format: .text)
        #expect(TestSupport.speaker(transcript, turn: 0)?.outlet == "Thai PBS World")
        #expect(TestSupport.speaker(transcript, turn: 2)?.outlet == "Bangkok Post")
        #expect(transcript.turns[2].paragraphs.first?.hasPrefix("Two questions.") == true)
    }

    /// Where most questions open otherwise, capitalised words before a dash are a broken-off start or an address, not
    /// an outlet, and stay in the question.
    @Test func aFewQuestionsOpeningWithAWordAndADashNameNoOutlet() throws {
        let transcript = try TestSupport.parse("""
            Q: Beyond — Is it breaking the law?

            MS. JEAN-PIERRE: I'm not going to go into that.

            Q: Karine — Can I follow up on the budget?

            MS. JEAN-PIERRE: Go ahead.

            Q: Is the President okay with the caps?

            MS. JEAN-PIERRE: He is.

            Q: And on the trip, when does he leave?

            MS. JEAN-PIERRE: Tomorrow morning.
            """, format: .text)
        #expect(transcript.participants.allSatisfy { $0.outlet == nil })
        #expect(transcript.turns[0].paragraphs.first?.hasPrefix("Beyond") == true)
    }

    /// A transcript's key printed as a field (「※發言代號：持＝主持人 呂佩華；…；記＝現場記者（括號內為媒體名稱）」) names
    /// the one-character labels; the reporter's label carries the outlet in brackets (「記（公視）：」).
    @Test func aKeyPrintedAsAFieldAndAKeyedReportersOutletInBrackets() throws {
        let transcript = try TestSupport.parse("""
            運安會記者會逐字稿

            ※發言代號：持＝主持人 呂佩華；主＝主任委員 馮立言；記＝現場記者（括號內為媒體名稱）

            持：各位媒體朋友早安，首先請主委致詞。

            主：謝謝大家今天來參加記者會。

            記（公視）：主委好，公路事故件數為什麼增加？

            主：謝謝公視的提問，主要是通報範圍擴大。

            記：追問一下，過去有沒有改善的案例？

            主：有，前年鐵道類的一項建議已經完成。
            """, format: .text)
        #expect(transcript.turns.count == 6)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "呂佩華")
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "馮立言")
        #expect(TestSupport.speaker(transcript, turn: 2)?.outlet == "公視")
        #expect(TestSupport.speaker(transcript, turn: 2)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 4)?.role == .reporter)
        #expect(transcript.exchanges.count == 2)
    }

    /// A bilingual page prints each label in Chinese, then in English, over the Chinese words and their translation:
    /// one turn, the Chinese label the speaker's and the English one a note. Two labels in one script, one over the
    /// other, stay two speakers.
    @Test func aLabelPrintedInTwoLanguagesIsOneTurn() throws {
        let transcript = try TestSupport.parse("""
            **国务院新闻办公室新闻发言人 寇文清：**

            **Kou Wenqing:**

            女士们、先生们，大家上午好！

            Ladies and gentlemen, good morning.

            **彭博社记者：**

            **Bloomberg:**

            我有两个问题。

            I have two questions.

            **文化和旅游部副部长 韩启东：**

            **Han Qidong:**

            关于第一个问题，数据将由国家统计局发布。

            On the first question, the data will be released by the statistics bureau.
            """, format: .markdown)
        #expect(transcript.turns.count == 3)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "寇文清")
        #expect(transcript.turns[0].paragraphs.count == 2)
        #expect(transcript.notes.contains { $0.text == "Kou Wenqing" })
        #expect(Segmenter.translates("Han Qidong", "文化和旅游部副部长 韩启东"))
        #expect(!Segmenter.translates("Q", "MR. SMITH"))
    }

    /// An international organisation's transcript labels each asker by the agency in capitals (`REUTERS:`, `AFP:`,
    /// `EFE:`): the outlet asks. An operator's sentence that ends on an outlet before the next sentence stays the
    /// operator's.
    @Test func anAgencyInCapitalsAsks() throws {
        let transcript = try TestSupport.parse("""
            <p><strong>SPOKESPERSON TOMASZ WIERZBICKI:</strong> We'll start with Reuters.</p>
            <p><strong>REUTERS:</strong> Director General, how much fuel is on site now?</p>
            <p><strong>MARWICK:</strong> There is enough diesel on site for ten days.</p>
            <p><strong>AFP:</strong> On Syria, is this a new issue?</p>
            <p><strong>MARWICK:</strong> It is a continuation, not a new issue.</p>
            """, format: .html)
        #expect(TestSupport.speaker(transcript, turn: 1)?.outlet == "Reuters")
        #expect(TestSupport.speaker(transcript, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 3)?.outlet == "AFP")
        #expect(transcript.exchanges.count == 2)

        let call = try TestSupport.parse("""
            OPERATOR: Our next question will come from the line of Kayla Tausche of CNBC. Please go ahead.

            Q: Hi, Jen. Will the President sign it?

            MS. PSAKI: He will.
            """, format: .text)
        #expect(call.turns.count == 3)
        #expect(OutletLexicon.knownName("FOX") == nil)
    }

    /// A live interview's page prints each entry under its speaker in square brackets and the time
    /// (`[主持人]　14:30:05`): the brackets are the label's, so the host's entries are the host whom the header names
    /// (「主 持 人：浙江在线记者　叶晓岚」), and that header line is no turn.
    @Test func aBracketedNameLineWithATimeIsTheSpeaker() throws {
        let transcript = try TestSupport.parse("""
            访谈嘉宾：浙江省人力资源和社会保障厅副厅长　程立群
            主 持 人：浙江在线记者　叶晓岚

            [主持人]　14:30:05
            各位网友，大家下午好！欢迎收看浙江在线在线访谈。

            [程立群]　14:30:58
            各位网友，大家好！很高兴和大家交流。

            [主持人]　14:35:40
            今年全省高校毕业生规模有多大？

            [程立群]　14:36:12
            今年我省普通高校毕业生约48万人。
            """, format: .text)
        #expect(transcript.turns.count == 4)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "叶晓岚")
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "程立群")
        #expect(transcript.turns[0].time == "14:30:05")
    }

    /// A chamber's chorus (`Some Hon. Members: Hear, hear!`, `Hon. Senators:`) is no one person's turn: it stays a note
    /// of the turn it interrupts, and answers nothing.
    @Test func aChambersChorusIsANoteOfTheTurnItInterrupts() throws {
        let transcript = try TestSupport.parse("""
            Hon. Senator Dupuis: My question is for the Government Representative. When will the report be tabled?

            Hon. Senator Gold: The report will be tabled next week.

            Hon. Senators: Hear, hear!

            Hon. Senator Dupuis: Will it include the costs?
            """, format: .text)
        #expect(transcript.turns.count == 3)
        #expect(transcript.notes.contains { $0.text.hasPrefix("Hon. Senators:") && $0.turn == 1 })
        #expect(!transcript.participants.contains { $0.label == "Hon. Senators" })
    }
}
