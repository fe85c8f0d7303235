import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Markdown block reader")
struct MarkdownBlockReaderTests {
    @Test func blankLinesSplitParagraphsAndHeadingsAreBlocks() {
        let reader = MarkdownBlockReader.read("# 标题\n\n第一段第一行\n第一段第二行\n\n### 主持人：\n\n第二段")
        #expect(reader.blocks.map(\.text) == ["标题", "第一段第一行第一段第二行", "主持人：", "第二段"])
        #expect(reader.blocks[0].kind == .heading(level: 1))
        #expect(reader.blocks[2].kind == .heading(level: 3))
        #expect(reader.firstHeading == "标题")
    }

    @Test func firstQuoteIsTheSummaryLaterQuotesAreBlocks() {
        let reader = MarkdownBlockReader.read("> 摘要一句。\n\n正文。\n\n> （播放视频）\n")
        #expect(reader.summary == "摘要一句。")
        #expect(reader.blocks.map(\.text) == ["正文。", "（播放视频）"])
        #expect(reader.blocks[1].kind == .quote)
    }

    @Test func inlineMarkupGoesWordsStay() {
        let reader = MarkdownBlockReader.read("**新华社记者：** 请问[链接文字](http://example.com)怎么样？![图](a.png)`代码`")
        #expect(reader.blocks.first?.text.hasPrefix("新华社记者：") == true)
        #expect(reader.blocks.first?.text.contains("链接文字") == true)
        #expect(reader.blocks.first?.text.contains("http") == false)
        #expect(reader.blocks.first?.strongPrefix == "新华社记者：")
    }

    @Test func htmlBodyIsReadAsHTML() {
        let reader = MarkdownBlockReader.read("> 摘要\n\n<p style=\"display:none\">隐藏</p><p>第一段</p><p><strong>记者：</strong></p>\n")
        #expect(reader.summary == "摘要")
        #expect(reader.blocks.map(\.text) == ["第一段", "记者："])
    }

    @Test func listsAndFencedCodeKeepTheirText() throws {
        let text = try TestSupport.fixtureText("markdown_headings.md")
        let texts = MarkdownBlockReader.read(Substring(text)).blocks.map(\.text)
        #expect(texts.contains("列表项一"))
        #expect(texts.contains("代码块里的文字"))
        #expect(texts.contains { $0.hasPrefix("1.") && $0.contains("第一条") })
    }

    @Test func headingLabelsMakeTurns() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("markdown_headings.md"))
        #expect(transcript.source.format == "markdown")
        #expect(transcript.source.title == "云澜市生态环境新闻发布会")
        #expect(transcript.lead == ["云澜市生态环境新闻发布会", "云澜市今天召开新闻发布会，介绍生态环境保护情况。"])
        #expect(transcript.turns.count == 4)
        let li = try #require(TestSupport.speaker(transcript, turn: 1))
        #expect(li.name == "李华")
        #expect(li.aliases == ["李华（市生态环境局局长）", "李华"])
        #expect(TestSupport.speaker(transcript, turn: 3)?.id == li.id)
        #expect(transcript.notes.map(\.text) == ["（播放视频）"])
    }

    @Test func thematicBreaksAreThreeOrMoreOfOneMark() {
        for line in ["---", " * * *", "___", "- - -  ", "*****", "-   -   -"] {
            #expect(MarkdownBlockReader.isThematicBreak(line[...]), "\(line)")
        }
        for line in ["--", "- item", "*emphasis*", "-*-", "— — —", "--- x", "**", "", "   ", "_ _", "***a"] {
            #expect(!MarkdownBlockReader.isThematicBreak(line[...]), "\(line)")
        }
    }
}
