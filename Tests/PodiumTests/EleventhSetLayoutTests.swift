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
}
