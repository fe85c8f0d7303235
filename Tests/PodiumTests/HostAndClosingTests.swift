import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// What a host says and what ends an event, read from the exchanges of the written sets: a host who takes the next
/// asker by where they sit or ends on time, an official who hands a question to a colleague, closing thanks with the
/// page's buttons after them, a radio host who says they host. Each test holds a case the rule must leave alone.
@Suite("Hosts and closings")
struct HostAndClosingTests {
    /// A press officer under their own name calls on the room by where people sit ("Let us go to the back.", "Next, the
    /// gentleman on the aisle.") and ends on time ("We'll stop there."): none of it answers, and the officer hosts.
    @Test func aHostCallingOnTheRoomAnswersNothing() throws {
        let transcript = try TestSupport.parse("""
            Brian Kiptoo: Good morning. We start with the questions. Citizen TV.

            Q (Citizen TV): Will the levy be reviewed before June?

            Dana Mwangi: The Treasury is reviewing it now, and the review will be published in May.

            Brian Kiptoo: Let us go to the back. The lady in the blue.

            Q (Nation): Has the Cabinet approved the housing fund?

            Dana Mwangi: Not yet. The memo is before the Cabinet committee this week.

            Brian Kiptoo: Next, the gentleman on the aisle.

            Q (KBC): When will the fund open?

            Dana Mwangi: In July, once the regulations are gazetted.

            Brian Kiptoo: We'll stop there. Thank you all.
            """, format: .text)
        #expect(transcript.exchanges.map(\.answers) == [[2], [5], [8]])
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 2)?.role == .official)
    }

    /// "I'll let the Minister answer that." hands the question on; "On publication, I will ask the Minister." promises,
    /// and answers.
    @Test func anOfficialHandingAQuestionOnAnswersNothing() throws {
        let transcript = try TestSupport.parse("""
            Reporter: What stops a developer from selling the homes after ten years?

            Hemi Castleton: I'll let the Minister answer that.

            Ruth Aldred: The covenant runs with the land for thirty years, whoever owns it.

            Reporter: Will the register be published?

            Hemi Castleton: On publication, I will ask the Minister.
            """, format: .text)
        #expect(transcript.turns[1].kind == .moderation)
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
    }

    /// `Appreciate y'all.` and `Good stuff. Thanks, everyone.` close the event, and the page's buttons and links after
    /// them (`Share this`, `Facebook | X | LinkedIn | Email`) are trailing matter, not the official's words.
    @Test func closingThanksBeforeThePagesButtonsAnswerNothing() throws {
        let transcript = try TestSupport.parse("""
            Reporter: How confident are you in the line if Kowalski doesn't play?

            Marcus Oyelaran: Very confident. Cal has been working with us all year, and the guys trust him.

            Reporter: Thanks, Marcus.

            Marcus Oyelaran: Appreciate y'all.

            Share this

            Facebook | X | LinkedIn | Email
            """, format: .text)
        #expect(transcript.exchanges.map(\.answers) == [[1]])
        #expect(transcript.turns.last?.kind == .moderation)
        #expect(transcript.trailing == ["Share this", "Facebook | X | LinkedIn | Email"])
        // "Appreciate the question, and no." says no: it answers.
        let answered = try TestSupport.parse("""
            Reporter: Will Kowalski practise today?

            Marcus Oyelaran: He will do some individual work.

            Reporter: Will you start him on Sunday?

            Marcus Oyelaran: Appreciate the question, and no.
            """, format: .text)
        #expect(answered.exchanges.map(\.answers) == [[1], [3]])
    }

    /// A radio call-in programme: its credits name the hosts (「节目主持：晓彤　志刚」) and one says 「我是主持人晓彤」; both
    /// host, so their turns between a caller's question and the official's answer answer nothing. The credits are
    /// fields of the header, not a guest's turn.
    @Test func aProgrammesCreditsAndAHostsIntroductionMakeHosts() throws {
        let transcript = try TestSupport.parse("""
            上线单位：济南市住房和城乡建设局
            节目主持：晓彤　志刚
            热线电话：0531-12345678

            晓彤：各位听众朋友，大家上午好！欢迎收听今天的节目，我是主持人晓彤。

            志刚：我是志刚。今天走进直播间的是市住房和城乡建设局局长张国庆。

            听众：我家小区的电梯什么时候能装好？

            志刚：好，这个问题请张局长回答。

            张国庆：您反映的小区已经列入今年的计划，十月底前完工。

            晓彤：又有一位听众打进来了，我们来听一听。

            听众：我们村的安置房什么时候供暖？

            张国庆：供暖管网本月底接通，下月初开始供暖。
            """, format: .text)
        let roles = transcript.turns.map { TestSupport.speaker(transcript, turn: $0.index)?.role }
        #expect(roles == [.moderator, .moderator, .reporter, .moderator, .official, .moderator, .reporter, .official])
        #expect(transcript.exchanges.map(\.answers) == [[4], [7]])
        #expect(!transcript.participants.contains { $0.label.hasPrefix("上线") || $0.label.hasPrefix("节目") })
        // A guest who says who he is, not that he hosts, stays a guest.
        #expect(!DiscourseLexicon.hostSelfIntroductions.contains { "我是张国庆。".containsLiteral($0) })
    }

    /// 「贝利尼（经翻译）：」: a note that the words were interpreted is no part of who speaks, and is kept as a note.
    @Test func anInterpretedSpeakersNoteIsKept() throws {
        let transcript = try TestSupport.parse("""
            新闻官：现在请记者朋友们提问。

            记者：贝利尼教练，第四局暂停时您做了什么布置？

            贝利尼（经翻译）：我告诉她们，对方的二传在关键分喜欢把球传给4号位。

            记者：李思雨，你怎么评价今天的表现？

            李思雨：今天还可以吧，前两局有点着急。

            贝利尼（经翻译）：她今天打得很好。
            """, format: .text)
        #expect(TestSupport.speaker(transcript, turn: 2)?.name == "贝利尼")
        #expect(TestSupport.speaker(transcript, turn: 5)?.name == "贝利尼")
        #expect(transcript.notes.contains { $0.text == "（经翻译）" })
    }
}
