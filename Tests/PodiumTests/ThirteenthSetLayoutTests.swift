import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts met in the thirteenth written set. Each test holds a transcript written for it in that layout, and a case
/// the rule must leave alone.
@Suite("Thirteenth set layouts")
struct ThirteenthSetLayoutTests {
    /// A provincial government's page prints its transcript as a table, a row per turn: clock, who speaks, words.
    /// Each row is a turn of the person its middle cell names, at its clock; a row naming no one, or the same person
    /// again, goes on with the turn before, its clock kept beside it.
    @Test func aTranscriptPrintedAsATableIsReadRowByRow() throws {
        let html = """
            <html><body>
            <h2>海南省政府新闻办召开新闻发布会</h2>
            <table class="fbh">
            <tr><td>10:00:12</td><td>主持人</td><td>各位记者朋友，大家上午好！</td></tr>
            <tr><td>10:01:05</td><td></td><td>（播放宣传片）</td></tr>
            <tr><td>10:03:40</td><td>主持人</td><td>下面，请陈卓副厅长介绍有关情况。</td></tr>
            <tr><td>10:03:58</td><td>副厅长 陈卓</td><td>今年夏季文旅消费季从6月底持续到8月底。<br>我们推出一批精品线路。</td></tr>
            <tr><td>10:08:30</td><td>海南日报记者</td><td>请问今年在提升亲子游体验方面有哪些措施？</td></tr>
            <tr><td>10:09:01</td><td>副厅长 陈卓</td><td>我们主要做了三件事。</td></tr>
            </table>
            </body></html>
            """
        let transcript = try TestSupport.parse(html, format: .html)
        try #require(transcript.turns.count == 4)
        #expect(transcript.turns[0].paragraphs == ["各位记者朋友，大家上午好！", "下面，请陈卓副厅长介绍有关情况。"])
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "陈卓")
        #expect(transcript.turns[1].time == "10:03:58")
        #expect(transcript.turns[1].paragraphs == ["今年夏季文旅消费季从6月底持续到8月底。", "我们推出一批精品线路。"])
        #expect(TestSupport.speaker(transcript, turn: 2)?.outlet == "海南日报")
        #expect(transcript.notes.map(\.text) == ["10:01:05", "（播放宣传片）", "10:03:40"])
        #expect(transcript.exchanges.count == 1)
        #expect(TextCoverage.check(text: html, transcript: transcript).isComplete)
    }

    /// A table of the page's fields, or an agenda whose rows name people beside topics, is no transcript: its rows
    /// stay paragraphs as they were read.
    @Test func fieldsAndAgendasStayParagraphs() {
        let agenda = TestSupport.blocks("""
            <html><body><table>
            <tr><td>10:00</td><td>主持人</td><td>开场介绍</td></tr>
            <tr><td>10:05</td><td>陈卓</td><td>文旅消费季总体安排</td></tr>
            <tr><td>10:20</td><td>主持人</td><td>记者提问环节</td></tr>
            </table></body></html>
            """, format: .html)
        #expect(agenda.count == 3)
        #expect(agenda.allSatisfy { $0.speaker == nil && $0.text.hasPrefix("10:") })
        let fields = TestSupport.blocks("""
            <html><body><table>
            <tr><td>发布时间：</td><td>2025年6月26日 10:00</td></tr>
            <tr><td>发布地点：</td><td>海南省人民政府新闻发布厅。</td></tr>
            <tr><td>主 持 人：</td><td>新闻办副主任 符海涛。</td></tr>
            </table></body></html>
            """, format: .html)
        #expect(fields.count == 3)
        #expect(fields.allSatisfy { $0.speaker == nil })
    }

    /// `[Lydia Carrow:]` on a line of its own: the colon printed inside the brackets ends the label as one after
    /// them does.
    @Test func aNameLineWithItsColonInsideBrackets() throws {
        let transcript = try TestSupport.parse("""
            <html><body><article>
            <p>[Lydia Carrow:]</p>
            <p>Good morning, everyone. Amelia, how does it feel to have the trophy in front of you?</p>
            <p>[Amelia Hart:]</p>
            <p>It's pretty special, to be honest.</p>
            <p>[Dev Mehra:]</p>
            <p>Sneha, what has changed in the last twelve months?</p>
            <p>[Sneha Kulkarni:]</p>
            <p>Firstly, the depth. Secondly, our fielding.</p>
            <p>[Dev Mehra:]</p>
            <p>And your first game is against Australia.</p>
            <p>[Sneha Kulkarni:]</p>
            <p>No easing into it, but I'd rather play them first.</p>
            <p>[Amelia Hart:]</p>
            <p>Same for us, we want the big games early.</p>
            <p>[Lydia Carrow:]</p>
            <p>Thank you to both captains.</p>
            </article></body></html>
            """, format: .html)
        #expect(transcript.turns.count == 8)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "Lydia Carrow")
        #expect(TestSupport.speaker(transcript, turn: 3)?.name == "Sneha Kulkarni")
        #expect(transcript.turns[1].paragraphs == ["It's pretty special, to be honest."])
    }

    /// A Hansard page prints each speaker's name over their words with the clock of the day (`Mr Speaker 10:05 a.m.`),
    /// a minister's first words under the office with the holder in brackets. The clock's colon is no label's, its
    /// half of the day is the turn's time with it, and the holder is one speaker with the name printed later.
    @Test func nameLinesWithAClockOfTheDay() throws {
        let transcript = try TestSupport.parse("""
            ORAL ANSWERS TO QUESTIONS 10:10 a.m.

            Mr Speaker 10:10 a.m.
            Hon Members, the Minister is in the House to answer Questions.

            Mr Kofi Adjei-Mensah 10:10 a.m.
            Mr Speaker, I beg to ask the Minister when the road will be completed.

            Minister for Roads and Highways (Mr Yaw Boateng) 10:12 a.m.
            Mr Speaker, the road is 46 per cent complete.

            Mr Speaker 10:15 a.m.
            Any supplementary question?

            Mr Yaw Boateng 10:16 a.m.
            The Ministry will invoke the relevant clauses of the contract.
            """, format: .text)
        try #require(transcript.turns.count == 5)
        #expect(transcript.turns[0].time == "10:10 a.m.")
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 2)?.name == "Yaw Boateng")
        #expect(transcript.turns[2].speaker == transcript.turns[4].speaker)
        #expect(transcript.turns[2].paragraphs == ["Mr Speaker, the road is 46 per cent complete."])
        #expect(!transcript.participants.contains { $0.label.hasSuffix("10") })
        #expect(LabelParser.split("Mr Speaker 10:05 a.m.", strongPrefix: nil) == nil)
    }

    /// Television captions as SubRip cues, in capitals, mark each change of speaker with `>>` and name nobody: each
    /// stretch is a turn, its cue's time the turn's, and a cue line in capitals that ends a sentence is no label.
    @Test func subtitleCaptionsMarkEachChangeOfSpeaker() throws {
        let transcript = try TestSupport.parse("""
            1
            00:00:10,690 --> 00:00:15,490
            >> GOOD AFTERNOON, EVERYONE. I'M CAPTAIN
            MARISOL VEGA, PUBLIC INFORMATION OFFICER.

            2
            00:00:15,590 --> 00:00:20,150
            WE'LL HEAR FIRST FROM THE CHIEF.
            CHIEF.

            3
            00:00:28,970 --> 00:00:33,800
            >> THANK YOU, MARISOL. THE FIRE HAS BURNED
            ABOUT 4,200 ACRES.

            4
            00:00:34,100 --> 00:00:38,000
            >> CHIEF, HOW MANY HOMES ARE THREATENED?

            5
            00:00:38,200 --> 00:00:42,000
            >> ABOUT 3,100 HOMES ARE UNDER EVACUATION ORDERS.
            """, format: .text)
        try #require(transcript.turns.count == 4)
        #expect(transcript.turns[0].time == "00:00:10,690")
        #expect(transcript.turns[1].paragraphs.first?.hasPrefix("THANK YOU, MARISOL.") == true)
        #expect(transcript.turns[2].kind == .question)
        #expect(!transcript.participants.contains { $0.label.hasPrefix("WE'LL") || $0.label == "CHIEF" })
    }

    /// A central bank's transcript prints offices in capitals as its labels (`GOVERNOR`) under a field that names
    /// their holders with the offices in capitals opening their words (`Speakers: Tomáš Hálek, Governor; …`): each
    /// office is its one holder. An asker's label stays unnamed.
    @Test func officesInCapitalsAreTheHoldersAFieldNames() throws {
        let transcript = try TestSupport.parse("""
            Transcript of the questions and answers

            Speakers: Tomáš Hálek, Governor; Radek Svoboda, Spokesperson

            SPOKESPERSON: Good afternoon. The first question, please.

            QUESTION: Will you cut rates again this year?

            GOVERNOR: We will decide meeting by meeting.

            SPOKESPERSON: Thank you. Next, please.

            QUESTION: And what about wages?

            GOVERNOR: Wage growth has slowed.
            """, format: .text)
        try #require(transcript.turns.count == 6)
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "Radek Svoboda")
        #expect(TestSupport.speaker(transcript, turn: 2)?.name == "Tomáš Hálek")
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == nil)
        #expect(TitleHolder.capitalizedWords("DEPUTY GOVERNOR") == "Deputy Governor")
    }
}
