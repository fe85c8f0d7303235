import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Transcripts pasted from forums and social audio: a thread's post headers, an account's display name beside its
/// handle. Each test holds a transcript written for it in that layout, and a case the rule must leave alone.
@Suite("Social layouts")
struct SocialLayoutTests {
    /// A Reddit AMA pasted as text: `u/name · 14 hr. ago` opens each post, `Posted by` the thread and `OP` its author's
    /// replies, which are one account; `level 2`, `Reply`, `Verified` are the thread's furniture, kept as notes; a
    /// taken-down post is a turn by nobody named. The checker finds every sentence.
    @Test func threadPostHeadersOpenTurns() throws {
        let text = """
            r/IAmA
            Posted by u/Dr_Ada_Epi · 14 hr. ago
            Verified

            I'm Dr. Ada Nwosu, state epidemiologist. Ask me anything about the outbreak.

            level 1
            u/lakeshore_mom · 14 hr. ago

            My baby is 10 months old. What can I do to protect her?

            1.1k
            Reply

            level 2
            u/Dr_Ada_Epi OP · 13 hr. ago

            Talk to your pediatrician about an early dose.

            level 1
            [deleted] · 12 hr. ago

            [removed]

            level 1
            u/retired_RN · 1 hr. ago

            Do adults born before 1957 need anything?

            12
            Reply

            level 2
            u/Dr_Ada_Epi OP · 1 hr. ago

            Generally no.
            """
        let thread = try TestSupport.parse(text)
        let names = thread.turns.map { TestSupport.speaker(thread, turn: $0.index)?.name ?? "-" }
        #expect(names == ["u/Dr_Ada_Epi", "u/lakeshore_mom", "u/Dr_Ada_Epi", "-", "u/retired_RN", "u/Dr_Ada_Epi"])
        #expect(thread.turns.map(\.time) == ["14 hr. ago", "14 hr. ago", "13 hr. ago", "12 hr. ago", "1 hr. ago", "1 hr. ago"])
        #expect(thread.turns[0].paragraphs == ["I'm Dr. Ada Nwosu, state epidemiologist. Ask me anything about the outbreak."])
        #expect(thread.notes.map(\.text).contains("level 2"))
        #expect(!thread.turns.flatMap(\.paragraphs).contains { $0 == "Reply" || $0 == "Verified" || $0.hasPrefix("level ") })
        #expect(thread.exchanges.map(\.question) == [1, 4])
        #expect(TextCoverage.check(text: text, transcript: thread).isComplete)
        // A dot and a time in speech are no post header.
        #expect(AccountName.postHeader("We met at noon · 2 hr. ago we left, and nobody said why") == nil)
        #expect(AccountName.postHeader("u/name · yesterday") == nil)
        #expect(AccountName.isAge("3d") && AccountName.isAge("2 days ago") && AccountName.isAge("just now"))
    }

    /// An X Spaces export: `Display Name (@handle)  00:02:20` over the words; the display name may hold an initial and a
    /// number, and `Name | Outlet` gives the outlet. The header's fields (`Host:`, `Recorded:`) are no turns.
    @Test func spacesDisplayNamesAndHandles() throws {
        let text = """
            Space:      Ask the Chief: ice storm Q&A
            Host:       Tulsa Emergency Mgmt (@TulsaOEM)
            Co-host:    Chief R. Dunmore (@ChiefDunmoreTFD)
            Recorded:   Jan 28, 2026, 6:00 PM CST

            Tulsa Emergency Mgmt (@TulsaOEM)  00:00:09
            Okay, we're live. Chief, go ahead.

            Chief R. Dunmore (@ChiefDunmoreTFD)  00:00:38
            Thanks. About 61,000 customers are still without power.

            Kirsten Ohlsson | KJRH 2 (@kirstenKJRH)  00:02:20
            Were there any deaths?

            Chief R. Dunmore (@ChiefDunmoreTFD)  00:02:29
            One, an elderly man.

            News On 6 (@NewsOn6)  00:03:24
            When does the debris pickup start?

            Chief R. Dunmore (@ChiefDunmoreTFD)  00:03:45
            Monday.
            """
        let space = try TestSupport.parse(text)
        let names = space.turns.map { TestSupport.speaker(space, turn: $0.index)?.name ?? "-" }
        #expect(names == ["Tulsa Emergency Mgmt", "Chief R. Dunmore", "Kirsten Ohlsson", "Chief R. Dunmore", "News On 6", "Chief R. Dunmore"])
        #expect(TestSupport.speaker(space, turn: 2)?.outlet == "KJRH 2")
        #expect(TestSupport.speaker(space, turn: 1)?.label == "Chief R. Dunmore (@ChiefDunmoreTFD)")
        #expect(space.turns[0].paragraphs == ["Okay, we're live. Chief, go ahead."])
        #expect(space.exchanges.map(\.question) == [2, 4])
        #expect(TextCoverage.check(text: text, transcript: space).isComplete)
        // Brackets that hold no handle are no account's.
        #expect(AccountName.displayName("Helen Brandt (Contoso)") == nil)
        #expect(AccountName.displayName("the chief (@ who?)") == nil)
    }

    /// A Zoom saved transcript: `[OUSD Communications] 08:30:07` is an office's account, and the person who introduces
    /// themselves in its first turn ("I'm Marisol Ventura, director of communications") holds it; an account named for a
    /// person keeps its name though its words name somebody else.
    @Test func anOfficeAccountIsThePersonWhoIntroducesThemselves() throws {
        let text = """
            [OUSD Communications] 08:30:07
            Good morning. I'm Marisol Ventura, director of communications. Dr. Asante will give a short update, then we'll take questions.

            [Dr. Kenneth Asante] 08:30:41
            Thank you, Marisol. Last night the board voted to consolidate six schools.

            [OUSD Communications] 08:32:02
            Thank you. First in the chat is Leticia.

            [Leticia Morales] 08:32:09
            Hi, I'm Leticia Morales with KQED. Do you accept that the engagement was rushed?

            [Dr. Kenneth Asante] 08:32:24
            I accept that some families feel that way. This is Ruth's area, though.
            """
        let meeting = try TestSupport.parse(text)
        #expect(TestSupport.speaker(meeting, turn: 0)?.name == "Marisol Ventura")
        #expect(TestSupport.speaker(meeting, turn: 0)?.label == "OUSD Communications")
        #expect(TestSupport.speaker(meeting, turn: 1)?.name == "Kenneth Asante")
        #expect(SelfIntroduction.isOfficeAccount("Metro Transit Comms") && !SelfIntroduction.isOfficeAccount("Comms"))
        #expect(!SelfIntroduction.isOfficeAccount("Leticia Morales"))
    }
}
