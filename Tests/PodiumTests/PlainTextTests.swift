import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Plain text")
struct PlainTextTests {
    @Test func blankLinesSplitParagraphs() {
        let blocks = PlainTextBlockReader.read("第一段。\n\n第二段。\n\n\n第三段。")
        #expect(blocks.map(\.text) == ["第一段。", "第二段。", "第三段。"])
    }

    @Test func singleLineBreaksSplitWhenTextIsNotWrapped() {
        let blocks = PlainTextBlockReader.read("主持人：欢迎。\n新华社记者：请问？\n张明远：谢谢。")
        #expect(blocks.map(\.text) == ["主持人：欢迎。", "新华社记者：请问？", "张明远：谢谢。"])
    }

    /// In hard-wrapped text an indented line opens a paragraph, even after a line as long as the others.
    @Test func indentedLineOpensAParagraphInWrappedText() {
        let first = [
            "The bridge program is on schedule and the next phase begins in the spring,",
            "with funding already approved by the legislature last month and all of the",
            "contractors hired for the work the state has asked them to finish before the",
            "summer season arrives and the traffic on the coastal road grows much heavier",
        ]
        let second = [
            "The second phase covers the northern counties, where the work is harder as",
            "the roads are older and the winters are long and very hard on the pavement,",
            "and the state expects that phase to take two full years to finish the repairs",
            "that its engineers listed in their report to the legislature in the autumn.",
        ]
        for indent in ["  ", "\u{3000}", "\t"] {
            let text = (first + [indent + second[0]] + Array(second.dropFirst())).joined(separator: "\n")
            let blocks = PlainTextBlockReader.read(text[...])
            #expect(blocks.map(\.text) == [first.joined(separator: " "), second.joined(separator: " ")], "\(indent.debugDescription)")
        }
    }

    @Test func hardWrappedLinesAreJoined() {
        let line = String(repeating: "word ", count: 14)
        var text = ""
        for _ in 0..<10 { text += line + "\n" + line + "\n\n" }
        let blocks = PlainTextBlockReader.read(Substring(text))
        #expect(blocks.count == 10)
        #expect(blocks.first?.text == Array(repeating: "word", count: 28).joined(separator: " "))
    }

    @Test func crlfLineEndingsAreHandled() throws {
        #expect(TestSupport.blocks("一。\r\n\r\n二。\r\n", format: .text).map(\.text) == ["一。", "二。"])
        #expect(TestSupport.blocks("一。\r\r二。\r", format: .text).map(\.text) == ["一。", "二。"])
        let transcript = try Transcript(parsing: Data("---\r\ntitle: 标题\r\n---\r\n主持人：欢迎。\r\n\r\n新华社记者：请问？\r\n".utf8))
        #expect(transcript.source.title == "标题")
        #expect(transcript.turns.map(\.paragraphs) == [["欢迎。"], ["请问？"]])
    }

    @Test func inlineLabelsAndLeadInPlainText() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("plain_inline.txt"))
        #expect(transcript.source.format == "text")
        #expect(transcript.source.title == "江北省交通运输新闻发布会")
        #expect(transcript.lead.count == 2)
        #expect(transcript.lead[1].hasPrefix("时间："))
        #expect(transcript.turns.count == 6)
        #expect(transcript.turns[1].paragraphs.count == 2)
    }

    @Test func englishBriefingInPlainText() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("en_briefing.txt"))
        #expect(transcript.source.language == "en")
        #expect(transcript.turns.count == 5)
        #expect(transcript.turns[0].paragraphs == [
            "Good afternoon, everyone. I have two announcements. First, the President will travel to Ohio. Second, he will meet the Governor on Friday."
        ])
        #expect(transcript.trailing == ["END 1:41 P.M. EDT"])
        #expect(transcript.notes.map(\.text) == ["(Laughter.)"])
    }

    /// A short reply with a number, said three times under a label printed alone, is the speaker's words, not a
    /// page header repeated on every page.
    @Test func repeatedRepliesUnderLabelsAloneStaySpoken() throws {
        var text = "Briefing\n\n"
        for round in 1...3 {
            text += "Q:\nHow many cases by May 3?\n\nMS. LANE:\nAbout 40 so far, round \(round).\n\n"
        }
        text += "Page header 7\n\nQ:\nThanks.\n\nPage header 7\n\nMS. LANE:\nSure.\n\nPage header 7\n"
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.count == 8)
        #expect(transcript.turns.filter { $0.paragraphs == ["How many cases by May 3?"] }.count == 3)
        // A line repeated between turns is still a running header.
        #expect(transcript.notes.map(\.text) == ["Page header 7", "Page header 7", "Page header 7"])
    }

    /// A paged transcript's footer, a firm's name printed under each page number, breaks into the middle of a
    /// speaker's sentence: it is the pages', kept as a note, and the sentence stays the speaker's.
    @Test func footerBesidePageNumbersIsNoSpeaker() throws {
        let text = """
                      NEWS CONFERENCE

                  MODERATOR: Good afternoon. Rafael, go ahead.

                  MR. OKONJO: Thanks. We found the cause. The capsule dips into the atmosphere,

                                              3
                               ACME TRANSCRIPTION SERVICE

            climbs back out and then comes in again.

                  MODERATOR: Questions? Joel.

                  QUESTIONER: Does this push the launch date, and

                                              4
                               ACME TRANSCRIPTION SERVICE

            what does it cost?

                  MR. OKONJO: No. We hold the date.

            """
        let transcript = try TestSupport.parse(text)
        let labels = transcript.participants.map(\.label)
        #expect(!labels.contains("ACME TRANSCRIPTION SERVICE"))
        #expect(transcript.turns.count == 5)
        #expect(transcript.turns[1].paragraphs.last == "climbs back out and then comes in again.")
        #expect(transcript.turns[3].paragraphs.last == "what does it cost?")
        #expect(transcript.notes.map(\.text).filter { $0 == "ACME TRANSCRIPTION SERVICE" }.count == 2)
        #expect(try TextCoverage(checking: text).isComplete)
    }
}
