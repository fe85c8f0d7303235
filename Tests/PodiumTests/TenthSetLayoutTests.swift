import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts of the tenth written set: a newswire's transcript between story tags, a foreign ministry's doorstop with an
/// office's initials before the name, a council's press remarks with a question put in another language. Each test holds
/// a transcript written for it in that layout, and a case the rule must leave alone.
@Suite("Tenth set layouts")
struct TenthSetLayoutTests {
    /// `MNI TRANSCRIPT: …` heads a wire story and `MNI INTERVIEW: …` lines under `You May Also Like:` close it: story tags
    /// and a page's links, no speakers.
    @Test func aWiresStoryTagsAndLinksAreNoSpeakers() throws {
        let transcript = try TestSupport.parse("""
            MNI TRANSCRIPT: Richmond Fed's Varga Q&A After Charlotte Speech

                 WASHINGTON (MNI) - The following is a transcript of the question and answer session.

                 Q: Would a first cut in June be premature?

                 A: I'm not going to put a month on it.

                 Q: Is the election a factor at all?

                 A: No. We don't look at the political calendar.

            You May Also Like:
            MNI INTERVIEW: Fed Should Slow QT Sooner - Ex-Staffer
            MNI POLICY: Regional Fed Officials Signal Patience on Cuts
            """, format: .text)
        #expect(transcript.turns.count == 4)
        #expect(!transcript.participants.contains { $0.label.hasPrefix("MNI") || $0.label.hasPrefix("You May") })
        #expect(transcript.trailing.first?.hasPrefix("You May Also Like") == true)
        // A label in capitals that names a person stays one.
        #expect(!NonSpeakerText.matches("SENATOR BRANDT"))
    }

    /// `MOS Rahman:` then `MOS:`: the initials an earlier label printed before a name are that person's office, and the
    /// two labels one participant; initials nobody printed before a name stay a participant of their own.
    @Test func anOfficesInitialsBeforeANameAreThatPersonsOffice() throws {
        let transcript = try TestSupport.parse("""
            Question: Minister of State, could you give us an overview of the visit?

            MOS Rahman: It has been a short but full visit.

            Question: Did the supply chains come up?

            MOS: They did, at some length.

            Question: And the Pacific Islands?

            MOS: Yes, briefly.

            Question: Will there be a joint statement?

            DPM: There will be one tomorrow.
            """, format: .text)
        #expect(TestSupport.speaker(transcript, turn: 3) == TestSupport.speaker(transcript, turn: 1))
        #expect(TestSupport.speaker(transcript, turn: 5) == TestSupport.speaker(transcript, turn: 1))
        #expect(TestSupport.speaker(transcript, turn: 7) != TestSupport.speaker(transcript, turn: 1))
    }

    /// `Journalist (ANSA): [Question in Italian]`: a question put in another language and not printed asks, and the
    /// answer after it answers it.
    @Test func aQuestionInAnotherLanguageAsks() throws {
        let transcript = try TestSupport.parse("""
            Moderator: Last question, ANSA.

            Journalist (ANSA): [Question in Italian]

            Commissioner Aaltonen: Thank you. If I understood the interpretation correctly, you are asking whether the soil law will create new obligations for farmers. The answer is no.

            Journalist (Euractiv): Will it pass?

            Commissioner Aaltonen: Yes, I think it will pass in June.
            """, format: .text)
        #expect(transcript.turns[1].kind == .question)
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
        #expect(StageDirection.isStageDirection("[Question in Italian]"))
        // Brackets around words of the speaker's own are no direction.
        #expect(!StageDirection.isStageDirection("[the Italian proposal]"))
    }

    /// A team site's page of quotes: each speaker's name is a heading over their words in quotation marks, the lead names
    /// them, and a reporter's topic (`On his comfort level now:`) prints before the words. Each heading opens its
    /// speaker's turn; the topics are notes.
    @Test func headingsOverQuotationsAreSpeakers() throws {
        let transcript = try TestSupport.parse("""
            <html><body>
            <h1>Weekly Press Conference Quotes</h1>
            <p>CORVALLIS, Ore. – Head coach Trent Maddox and senior linebacker Isaiah Mensah met with the media Monday.</p>
            <h2>Head Coach Trent Maddox</h2>
            <p><strong>Opening statement:</strong></p>
            <p>"Good win on Saturday, not a perfect one. We talked about three things: one, ball security; two, finishing drives."</p>
            <p><strong>On the run game:</strong></p>
            <p>"It starts with their back, obviously."</p>
            <h2>Senior LB Isaiah Mensah</h2>
            <p><strong>On the fourth-quarter stand:</strong></p>
            <p>"That's what we practice for."</p>
            </body></html>
            """, format: .html)
        #expect(transcript.turns.count == 2)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "Trent Maddox")
        #expect(TestSupport.speaker(transcript, turn: 0)?.title == "Head Coach")
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "Isaiah Mensah")
        #expect(transcript.turns[0].paragraphs.count == 2)
        #expect(transcript.notes.contains { $0.text == "On the run game:" })
        // A heading whose name the page prints nowhere else names no speaker.
        #expect(QuotedSpeakers.speakerHeading("Senior LB Isaiah Mensah", namedIn: "The Beavers won on Saturday.") == nil)
    }

    /// A transcription service's Word transcript ends `[End of Audio]` and `Duration: 31 minutes`: trailing lines, not a
    /// participant called `Duration`.
    @Test func aTranscriptionServicesEndLinesTrail() throws {
        let transcript = try TestSupport.parse("""
            Jenna Marsh:		We have time for one more.

            Female Speaker 1:	Just quickly, will the hotline stay open?

            Secretary Larkin:	Yes. It stays open through the weekend.

            Jenna Marsh:		Great. Thanks, everybody.

            [End of Audio]

            Duration: 31 minutes
            """, format: .text)
        #expect(transcript.trailing == ["[End of Audio]", "Duration: 31 minutes"])
        #expect(!transcript.participants.contains { $0.label == "Duration" })
    }
}
