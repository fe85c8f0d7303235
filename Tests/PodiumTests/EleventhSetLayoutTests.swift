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
}
