import Foundation
import Testing

@testable import Podium

/// Names and titles a briefing reads from the document besides the labels, and `--speaker` matching.
/// Every fixture is made up.
@Suite struct BriefingPeopleTests {
    static let briefing = """
        Press Briefing by Press Secretary Dana Whitfield and FEMA Administrator Luis Ortega

        Briefing Room

        MS. WHITFIELD:  Good afternoon. The ferry fare is frozen until 2027.

        MR. ORTEGA:  Thank you. Our teams are in three counties.

        Q    Thanks, Dana. Mara Quist with Harbor Radio. When do the ferries run again?

        MS. WHITFIELD:  On Monday, at 6 a.m.

        Q    And the bridges?

        MR. ORTEGA:  We will inspect 40 bridges this week.
        """

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
    ])
    func reportersIntroduceThemselves(question: String, name: String, outlet: String) throws {
        let found = try #require(ParticipantNames.selfIntroduction(in: [question]))
        #expect(found.name == name)
        #expect(found.outlet == outlet)
    }

    @Test(arguments: [
        "Thanks, Dana. What about the bridges?", "Will the Crown Prince of Northland visit?",
        "The American Federation of Ferry Workers says no. Is that right?", "So, New Harbor, Eastport and Westport: when?",
    ])
    func otherCapitalsAreNoIntroduction(question: String) {
        #expect(ParticipantNames.selfIntroduction(in: [question]) == nil)
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
