import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// What a page prints after the record it closes (`###`, 「（完）」, `END OF TRANSCRIPT`, 「（责任编辑：…）」) is the page's
/// own matter, however its lines are shaped: a field (`Press Release Number: 24-118`), a picture caption heading
/// (「相關圖片：」), a related story's headline with a colon (「国台办：…」). Each test holds such a page and a record the
/// mark does not close.
@Suite("Closing marks")
struct ClosingMarkTests {
    /// A press office's end mark, then the release's fields: the last turn is the host's closing words, and the
    /// fields are trailing matter, no speaker.
    @Test func fieldsAfterAPressOfficesEndMarkAreTrailing() throws {
        let transcript = try TestSupport.parse("""
            <html><body><main>
            <h1>U.S. Attorney Announces Charges in Medicare Fraud Scheme</h1>
            <p><strong>U.S. ATTORNEY HOLLOWAY:</strong> Good afternoon. Four people were charged today.</p>
            <p><strong>QUESTION:</strong> What happens to the shore houses?</p>
            <p><strong>U.S. ATTORNEY HOLLOWAY:</strong> We've filed for forfeiture.</p>
            <p><strong>MS. PEREZ:</strong> Thank you, everyone. Copies of the indictment are at the back.</p>
            <p>###</p>
            <div class="field-number"><h2>Press Release Number:</h2><p>24-118</p></div>
            </main></body></html>
            """, format: .html)
        #expect(transcript.turns.count == 4)
        #expect(!transcript.participants.contains { $0.name?.contains("Release") == true })
        #expect(transcript.trailing.first == "###")
        #expect(transcript.trailing.contains { $0.contains("24-118") })
    }

    /// 「（完）」 closes a government news release; its picture captions follow under 「相關圖片：」.
    @Test func captionsAfterTheEndOfAReleaseAreTrailing() throws {
        let transcript = try TestSupport.parse("""
            社會文化司司長柯麗雯今日主持記者會。

            記者：名額會不會增加？

            吳德銘：今年名額增加三成。

            （完）

            相關圖片：社會文化司司長主持記者會（1/2）
            """, format: .text)
        #expect(transcript.turns.count == 2)
        #expect(!transcript.participants.contains { $0.name == "相關圖片" })
        #expect(transcript.trailing == ["（完）", "相關圖片：社會文化司司長主持記者會（1/2）"])
    }

    /// An editor's line, then a related story whose headline opens with an office and a colon: the office is no
    /// speaker, and the answer before it keeps only its own words.
    @Test func aRelatedHeadlineAfterTheEditorsLineIsTrailing() throws {
        let transcript = try TestSupport.parse("""
            <html><body>
            <p>[记者]：请问如何推动两岸交流？</p>
            <p>[许晓岚]：我们将继续推动交流合作。</p>
            <div class="editor">（责任编辑：张子扬）</div>
            <div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.htm">国台办：欢迎台湾青年参加海峡论坛</a></li></ul></div>
            </body></html>
            """, format: .html)
        #expect(transcript.turns.count == 2)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "许晓岚")
        #expect(transcript.turns[1].paragraphs == ["我们将继续推动交流合作。"])
        #expect(transcript.trailing.contains { $0.hasPrefix("国台办：") })
    }

    /// A mark between two parts of one record, after which the same people speak again, closes nothing.
    @Test func aMarkTheSpeakersGoOnAfterClosesNothing() throws {
        let transcript = try TestSupport.parse("""
            MODERATOR: Welcome to the first part.

            MINISTER HALE: Thank you. Rates stay where they are.

            ###

            MODERATOR: Now the second part.

            MINISTER HALE: On housing, we will build more.
            """, format: .text)
        #expect(transcript.turns.count == 4)
        #expect(transcript.trailing.isEmpty)
        #expect(transcript.turns.last?.paragraphs == ["On housing, we will build more."])
    }

    /// The marks are whole lines: a line that mentions one, or says more, is no mark.
    @Test func onlyAWholeLineIsAClosingMark() {
        #expect(ClosingMark.isClosingMark("###"))
        #expect(ClosingMark.isClosingMark("（完）"))
        #expect(ClosingMark.isClosingMark(" END OF TRANSCRIPT "))
        #expect(!ClosingMark.isClosingMark("### Questions"))
        #expect(!ClosingMark.isClosingMark("（完）谢谢大家"))
        #expect(!ClosingMark.isClosingMark("END OF TRANSCRIPT, he said, was printed on every page of the record."))
    }

    /// A contact field after the last turn is the page's, though its shape is a label's.
    @Test func aContactFieldAfterTheLastTurnIsTrailing() throws {
        let transcript = try TestSupport.parse("""
            **Spokesperson Ismael Fuentes:** Good afternoon. Members met today.

            **Reuters:** When is the deadline?

            **Spokesperson Ismael Fuentes:** At the Ministerial.

            **Contact:** [WTO Media Relations](mailto:pressoffice@wto.org)
            """, format: .markdown)
        #expect(transcript.turns.count == 3)
        #expect(!transcript.participants.contains { $0.name == "Contact" })
        #expect(transcript.trailing.contains { $0.contains("WTO Media Relations") })
    }
}
