import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Segmentation")
struct SegmenterTests {
    @Test func explicitStartMarkerSeparatesLeadFromTurns() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("jekyll_post.md"))
        #expect(transcript.lead == [
            "云澜市统计局局长李华表示，一季度经济运行总体平稳。", "工业生产保持增长", "全市工业增加值同比增长5.1%，教育、文旅等行业加快恢复。",
            "以下为发布会实录",
        ])
        #expect(transcript.turns.first?.paragraphs.first == "各位媒体朋友，大家上午好。下面，先请李华先生介绍情况。")
    }

    @Test func leadParagraphNamingAnOfficialIsNotATurnBeforeTheMarker() throws {
        // 「…局长李华表示，…」 in the lead holds a title and a name but no label colon.
        let transcript = try Transcript(parsing: try TestSupport.fixture("jekyll_post.md"))
        #expect(transcript.turns.count == 6)
        #expect(!transcript.lead.isEmpty)
    }

    @Test func withoutMarkerTheFirstLabelStartsTheTranscript() throws {
        let transcript = try TestSupport.parse("云澜市召开发布会。\n\n介绍了有关情况。\n\n主持人：欢迎。\n\n新华社记者：请问？")
        #expect(transcript.lead == ["云澜市召开发布会。", "介绍了有关情况。"])
        #expect(transcript.turns.count == 2)
    }

    @Test(arguments: ["以下为发布会实录", "实录如下：", "文字实录", "Transcript"])
    func startMarkers(marker: String) throws {
        let transcript = try TestSupport.parse("新闻导语。\n\n\(marker)\n\n主持人：欢迎。\n\n新华社记者：请问？")
        #expect(transcript.lead.first == "新闻导语。")
        #expect(transcript.turns.first?.paragraphs == ["欢迎。"])
    }

    @Test func trailingSourceLineAndNavigationAreKeptApart() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("jekyll_post.md"))
        #expect(transcript.trailing.first == "（文章来源：云澜日报）")
        #expect(transcript.trailing.contains("http://news.example.com/a/202204192345.html"))
        #expect(transcript.trailing.last?.contains("返回首页") == true)
        #expect(!TestSupport.paragraphs(transcript).contains { $0.contains("文章来源") || $0.contains("返回首页") })
    }

    /// A Markdown section heading between turns titles the next exchange and is no one's words; one after the last
    /// turn opens the note-taker's own matter, as an emoji-led disclaimer does.
    @Test func markedUpSectionHeadingsAreNotesAndEndTheTranscript() throws {
        let transcript = try TestSupport.parse(
            "**Q：** 分红会提高吗？\n\n**唐国栋：** 会。\n\n## 二、关于提价\n\n**Q：** 销量受影响吗？\n\n**邹立新：** 有一点。\n\n## 老猫小结\n\n1. 分红积极；\n\n2. 提价可控。\n\n⚠️ 免责声明：不构成投资建议。",
            format: .markdown)
        #expect(transcript.turns.map(\.paragraphs) == [["分红会提高吗？"], ["会。"], ["销量受影响吗？"], ["有一点。"]])
        #expect(transcript.notes.map(\.text) == ["二、关于提价"])
        #expect(transcript.turns.allSatisfy { $0.points.isEmpty })
        #expect(transcript.trailing == ["老猫小结", "1. 分红积极；", "2. 提价可控。", "⚠️ 免责声明：不构成投资建议。"])
        // A heading that asks may be an unlabelled question: it stays where it is.
        let asking = try TestSupport.parse("**Q：** 分红会提高吗？\n\n**唐国栋：** 会。\n\n## 那回购呢？\n\n我们在研究。", format: .markdown)
        #expect(asking.turns.last?.paragraphs.contains("那回购呢？") == true)
        #expect(Segmenter.isTrailing("⚠️ 免责声明：不构成投资建议。"))
        #expect(!Segmenter.isTrailing("1. 免责声明以外的话"))
    }

    /// A broadcast's subtitle script: 「【字幕条】」 lines are what the screen shows, notes wherever they stand, never a
    /// speaker; 「【同期声】」 before a label is the source's sound, and the label speaks.
    @Test func onScreenTextIsANote() throws {
        let script = try TestSupport.parse(
            "【同期声】应急管理部新闻发言人　邱明哲：\n七月以来，全国共出现十一次强降雨过程。\n\n【字幕条】七月以来全国出现11次强降雨过程\n\n【同期声】总台央视记者：\n请问群众转移工作是怎么开展的？\n\n【字幕条】转移避险群众126万人次\n\n【同期声】应急管理部新闻发言人　邱明哲：\n人员转移是重中之重。")
        #expect(script.turns.count == 3)
        #expect(script.notes.map(\.text) == ["【字幕条】七月以来全国出现11次强降雨过程", "【字幕条】转移避险群众126万人次"])
        #expect(script.turns.allSatisfy { $0.paragraphs.count == 1 })
    }

    @Test func consecutiveLabelsOfOneSpeakerMergeIntoOneTurn() throws {
        let transcript = try TestSupport.parse("主持人：欢迎。\n\n新华社记者：第一个问题。\n\n新华社记者：第二个问题。\n\n张明远：谢谢。\n\n张明远：补充一点。")
        #expect(transcript.turns.count == 3)
        #expect(transcript.turns[1].paragraphs == ["第一个问题。", "第二个问题。"])
        #expect(transcript.turns[2].paragraphs == ["谢谢。", "补充一点。"])
    }

    @Test func unlabelledParagraphsContinueTheTurn() throws {
        let transcript = try TestSupport.parse("主持人：欢迎。\n\n张明远局长：谢谢。\n\n第二段。\n\n第三段。")
        #expect(transcript.turns[1].paragraphs == ["谢谢。", "第二段。", "第三段。"])
    }

    @Test func labelAloneTakesTheNextParagraph() throws {
        let transcript = try Transcript(parsing: "<p>主持人：</p><p>欢迎大家。</p><p><strong>新华社记者：</strong></p><p><strong>请问进展？</strong></p>", format: .html)
        #expect(transcript.turns.map(\.paragraphs) == [["欢迎大家。"], ["请问进展？"]])
    }

    @Test func stageDirectionsBecomeNotes() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("en_briefing.txt"))
        #expect(transcript.notes == [Note(turn: 2, text: "(Laughter.)")])
        #expect(!TestSupport.paragraphs(transcript).contains("(Laughter.)"))
    }
}
