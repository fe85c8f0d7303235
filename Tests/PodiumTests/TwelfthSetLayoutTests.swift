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
}
