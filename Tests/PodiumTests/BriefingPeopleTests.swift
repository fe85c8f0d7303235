import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Names and titles a briefing reads from the document besides the labels, and `--speaker` matching.
/// Every fixture is made up.
@Suite struct BriefingPeopleTests {
    static let briefing = TestTexts.titledEnglishBriefing

    @Test func fullNamesAndTitlesComeFromTheTitleLine() {
        let title = "Press Briefing by Press Secretary Dana Whitfield and FEMA Administrator Luis Ortega, May 2, 2031"
        #expect(ParticipantNames.englishName(ending: "Whitfield", in: title)! == ("Dana Whitfield", "Press Secretary"))
        #expect(ParticipantNames.englishName(ending: "Ortega", in: title)! == ("Luis Ortega", "FEMA Administrator"))
        #expect(ParticipantNames.englishName(ending: "Hale", in: title) == nil)
        #expect(ParticipantNames.chineseTitle(before: "林远", in: "2031年5月2日外交部发言人林远主持例行记者会") == "外交部发言人")
        #expect(ParticipantNames.chineseTitle(before: "林远", in: "林远表示") == nil)
    }

    @Test(arguments: [
        ("Hi. Mara Quist with Harbor Radio. A question.", "Mara Quist", "Harbor Radio"),
        ("Thank you, Tom Reyes, Valley Courier. Two questions.", "Tom Reyes", "Valley Courier"),
        ("Hi, I'm Ana Soto from the Coast Ledger. On the ferries.", "Ana Soto", "Coast Ledger"),
        ("Thanks, Governor. Tom Reilly, Harbour Financial Review. Why now?", "Tom Reilly", "Harbour Financial Review"),
    ])
    func reportersIntroduceThemselves(question: String, name: String, outlet: String) throws {
        let found = try #require(SelfIntroduction.nameAndOutlet(in: [question]))
        #expect(found.name == name)
        #expect(found.outlet == outlet)
    }

    @Test(arguments: [
        "Thanks, Dana. What about the bridges?", "Will the Crown Prince of Northland visit?",
        "The American Federation of Ferry Workers says no. Is that right?", "So, New Harbor, Eastport and Westport: when?",
        "On the ferries. Mara Quist, Harbor Union President, said they stop. Do they?",
    ])
    func otherCapitalsAreNoIntroduction(question: String) {
        #expect(SelfIntroduction.nameAndOutlet(in: [question]) == nil)
    }

    /// India's briefings label reporters by given name (`Aditi:`), who give their outlet as they start; a surname label
    /// whose turn opens with a title after a comma (`I'm Bob Fenton, the White House … Coordinator`) has no outlet.
    @Test func aGivenNameLabelTakesTheOutletItsTurnOpensWith() throws {
        let briefing = try TestSupport.parse("""
            Official Spokesperson, Shri Rohan Malhotra: Good afternoon friends, and welcome to this weekly briefing.

            Aditi: Sir, Aditi from WION. Have we taken the vessel up with Malé?

            Shri Rohan Malhotra: We keep a close watch.

            Kavya: Sir, this is Kavya Menon from The Hindu. Who will lead our side?

            Shri Rohan Malhotra: The Secretary (East).

            Fenton: I'm Bob Fenton, the White House Response Coordinator. What is the plan?

            Shri Rohan Malhotra: We will share it.
            """)
        #expect(TestSupport.speaker(briefing, turn: 1)?.outlet == "WION")
        #expect(TestSupport.speaker(briefing, turn: 3)?.outlet == "Hindu")
        #expect(TestSupport.speaker(briefing, turn: 5)?.outlet == nil)
    }

    /// Once one named asker gives an outlet, the others are not all officials: one the host has just called on, who
    /// only asks a short question, asks. One who speaks at length after the host's hand-over presents.
    @Test func aNamedAskerTheHostCallsOnAsksBesideAnOutletsReporter() throws {
        let briefing = try TestSupport.parse("""
            Moderator Anna: Welcome. The floor is yours, Dr Okello.

            Jonas Okello: Thank you, Anna. Our teams reached three hospitals this week.

            Moderator Anna: The first question goes to Helen Marsh.

            Helen Marsh: This is Helen Marsh from Health Policy Watch. Will the agreement be signed in May?

            Jonas Okello: We remain confident.

            Moderator Anna: Our last question today goes to Guilherme from Folha.

            Guilherme Souza: Thank you, Anna. Is WHO concerned about dengue ahead of the rainy season?

            Jonas Okello: Yes, we are.

            Moderator Anna: This concludes today's press conference.
            """)
        let roles = Dictionary(uniqueKeysWithValues: briefing.participants.compactMap { participant in participant.name.map { ($0, participant.role) } })
        #expect(roles["Helen Marsh"] == .reporter)
        #expect(roles["Guilherme Souza"] == .reporter)
        #expect(roles["Jonas Okello"] == .official)
        #expect(briefing.exchanges.map(\.answers) == [[4], [7]])
    }

    /// The reporter is a participant of the transcript, for JSON as for the briefing: one participant however many
    /// times they ask, and the shared `Q` stays for those who do not say who they are.
    @Test func aReporterWhoSaysWhoTheyAreIsAParticipant() throws {
        let transcript = try TestSupport.parse("""
            MS. WHITFIELD: Good afternoon. The ferries run again today.

            Q Thanks, Dana. Tom Reyes, Valley Courier. When do the bridges open?

            MS. WHITFIELD: Next week.

            Q And the tolls?

            MS. WHITFIELD: No change.

            Q Hi. Mara Quist with Harbor Radio. What about the ferries at night?

            MS. WHITFIELD: They run until ten.
            """)
        let askers = transcript.exchanges.map { exchange in transcript.participants.first { $0.id == exchange.asker } }
        #expect(askers.map { $0?.name } == ["Tom Reyes", nil, "Mara Quist"])
        #expect(askers.map { $0?.outlet } == ["Valley Courier", nil, "Harbor Radio"])
        #expect(askers.map { $0?.role } == [.reporter, .reporter, .reporter])
    }

    @Test func theBriefingPrintsFullNamesTitlesAndIntroducedAskers() throws {
        let transcript = try Transcript(parsing: Self.briefing)
        let briefing = transcript.briefing()
        #expect(briefing.contains("| Dana Whitfield | Official | Press Secretary |"))
        #expect(briefing.contains("| Luis Ortega | Official | FEMA Administrator |"))
        #expect(briefing.contains("### Q1 · Mara Quist (Harbor Radio)"))
        #expect(briefing.contains("### Q2 · Reporter"))
        #expect(briefing.contains("**Dana Whitfield**:"))
        #expect(briefing.contains("Our teams are in three counties."))
    }

    @Test func speakerMatchesFullNameSurnameLabelAndOutletIgnoringCase() throws {
        let transcript = try Transcript(parsing: Self.briefing)
        let whitfield = try #require(transcript.participants.first { $0.label == "MS. WHITFIELD" })
        for query in ["Dana Whitfield", "dana whitfield", "Whitfield", "MS. WHITFIELD", whitfield.id] {
            #expect(transcript.participants(matching: query).map(\.id) == [whitfield.id], "\(query)")
        }
        #expect(transcript.participants(matching: "Dana").isEmpty)
        #expect(transcript.namedParticipants.compactMap(\.name).contains("Luis Ortega"))
    }

    @Test func aRoleWordLabelIsPrintedAsItsName() {
        let display = ParticipantDisplay(lexicon: BriefingLexicon.english)
        let operatorLabel = Participant(id: "p9", name: nil, role: .moderator, label: "OPERATOR", aliases: ["OPERATOR"])
        #expect(display.name(operatorLabel) == "Operator")
        let question = Participant(id: "p2", name: nil, role: .reporter, label: "Q", aliases: ["Q"])
        #expect(display.name(question) == "Reporter")
    }
}

/// The title, date and source line a briefing finds when the document's metadata lacks them. Every
/// fixture is made up.
@Suite struct BriefingMetadataTests {
    @Test(arguments: [
        ("Transcript of the Chair's press conference on December 3, 2031.", "2031-12-03"),
        ("2031年5月2日外交部发言人林远主持例行记者会", "2031-05-02"),
        ("Sept. 9, 2030 briefing", "2030-09-09"),
        ("minutes-20310502.pdf", "2031-05-02"),
        ("數位部記者會 2031/5/2", "2031-05-02"),
        ("results for the quarter ending September 30, 2031, and the call on October 28, 2031", "2031-10-28"),
    ])
    func datesAreFoundInText(text: String, date: String) {
        #expect(DateFinder.firstDate(in: text) == date)
    }

    @Test func anUndatedDocumentIsDatedByItsLeadOrFileName() throws {
        let text = "Ferry Board Briefing\n\nMay 2, 2031\n\nMS. WHITFIELD:  The fare is frozen.\n\nQ    Until when?\n\nMS. WHITFIELD:  Until 2032.\n"
        let transcript = try Transcript(parsing: text)
        #expect(transcript.documentDate() == "2031-05-02")
        var undated = transcript
        undated.lead = []
        undated.source.title = "Ferry Board Briefing"
        #expect(undated.documentDate(fileName: "archive/2031-06-01-ferry.md") == "2031-06-01")
        #expect(undated.documentDate() == nil)
        let briefing = undated.briefing(BriefingOptions(fileName: "2031-06-01-ferry.md"))
        #expect(briefing.contains("\n2031-06-01\n"))
    }

    @Test func leadsLoseTheirMarkdownAndLendTheirLink() {
        #expect(LeadLine.plain("#### Link [Transcript](https://example.org/t.pdf)") == "Link Transcript")
        #expect(LeadLine.markdown("#### Link [Transcript](https://example.org/t.pdf)") == "Link [Transcript](https://example.org/t.pdf)")
        #expect(LeadLine.plain("**Harbor Hall** ![map](m.png)") == "Harbor Hall")
        let transcript = Transcript(
            source: Source(title: "A"), lead: ["#### Link [Transcript](https://example.org/t.pdf)"],
            participants: [Participant(id: "p1", name: "Ortega", role: .official, label: "ORTEGA", aliases: ["ORTEGA"])],
            turns: [Turn(index: 0, speaker: "p1", kind: .statement, paragraphs: ["The fare is frozen."])])
        #expect(transcript.briefing().contains("[Source](https://example.org/t.pdf)"))
        #expect(transcript.markdown().contains("\nLink [Transcript](https://example.org/t.pdf)\n"))
    }

    @Test func aCallTranscriptIsTitledByTheCall() {
        func call(_ opening: String, title: String = "CORPORATE PARTICIPANTS") -> String {
            let transcript = Transcript(
                source: Source(title: title),
                participants: [
                    Participant(id: "p1", name: nil, role: .moderator, label: "Operator", aliases: ["Operator"]),
                    Participant(id: "p2", name: "Ana Soto", role: .official, organization: "Harbor Ferries", label: "Ana Soto", aliases: []),
                ],
                turns: [
                    Turn(index: 0, speaker: "p1", kind: .moderation, paragraphs: [opening]),
                    Turn(index: 1, speaker: "p2", kind: .statement, paragraphs: ["Revenue rose 4% to $80 million."]),
                ])
            return BriefingHeader(transcript: transcript, lexicon: .english).title
        }
        #expect(call("Good afternoon, and welcome to the Harbor Ferries Second Quarter Earnings Conference Call. Please go ahead.")
            == "Harbor Ferries Second Quarter Earnings Conference Call")
        #expect(call("Thanks for joining this call to discuss Harbor Ferries' results for the second quarter. Go ahead.")
            == "Conference call: Harbor Ferries' results for the second quarter")
        #expect(call("Good morning. Go ahead.") == "Harbor Ferries conference call")
        #expect(call("Good morning.", title: "Harbor Ferries Investor Day") == "Harbor Ferries Investor Day")
    }
}
