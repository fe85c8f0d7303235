import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// `parse --format markdown`: every turn, label in bold, nothing dropped, syntax escaped.
@Suite struct MarkdownRenderingTests {
    @Test(arguments: TestSupport.sampleNames)
    func keepsEveryTurnAndParagraph(sample: String) throws {
        let transcript = try TestSupport.sampleTranscript(sample)
        let markdown = transcript.markdown()
        for paragraph in transcript.turns.flatMap(\.paragraphs) + transcript.lead + transcript.notes.map(\.text) {
            #expect(markdown.contains(MarkdownEscaper.paragraph(paragraph)), "dropped «\(paragraph.prefix(40))»")
        }
        for line in transcript.trailing {
            #expect(markdown.contains(MarkdownEscaper.paragraph(line)) || markdown.contains("<\(line)>"))
        }
        // One bold label opens every turn: count the paragraphs that start with **.
        let opened = markdown.components(separatedBy: "\n\n").filter { $0.hasPrefix("**") }
        #expect(opened.count == transcript.turns.count)
        let counts = MarkdownCounts(markdown)
        #expect(counts.headings1 == 1)
        #expect(counts.headings2 == 1)
        #expect(counts.listItems == 0)
        #expect(counts.blockquotes == (transcript.summary == nil ? 0 : 1))
        Snapshots.library.expect(markdown, matches: Snapshots.name("markdown", sample, ".md"))
    }

    @Test func labelsTheSeedsTurns() throws {
        let markdown = try TestSupport.seed().markdown()
        #expect(markdown.contains("\n**国务院新闻办新闻局副局长、新闻发言人邢慧娜**：各位媒体朋友们，大家上午好。"))
        #expect(markdown.contains("\n**邢慧娜**：谢谢罗局长的介绍。"))
        #expect(markdown.contains("\n**工业和信息化部新闻发言人、运行监测协调局局长罗俊杰**：女士们、先生们"))
        #expect(markdown.contains("\n**CNBC记者**：据报道"))
        #expect(markdown.contains("\n---\n\n（文章来源：财联社）\n\n<http://hk.eastmoney.com/news/1797,202204192347943667.html>\n"))
    }

    @Test func escapesWhatMarkdownWouldRead() throws {
        let text = """
            主持人：欢迎。

            新华社记者：请问*重点*和_强调_、[链接](http://x.cn)、<b>标签</b>、`代码`与 ~~删除~~ 怎么看？

            张明远：# 不是标题

            - 不是列表

            1. 不是编号

            > 不是引用
            """
        let transcript = try Transcript(parsing: text, format: .text)
        let markdown = transcript.markdown()
        let html = MarkdownCounts(markdown).html
        for tag in ["<em>", "<a ", "<b>", "<code>", "<s>", "<del>", "<ul>", "<ol>", "<blockquote>"] {
            #expect(!html.contains(tag), "\(tag) in \(html)")
        }
        #expect(MarkdownCounts(markdown).headings1 == 1)
        #expect(MarkdownCounts(markdown).headings2 == 1)
        #expect(markdown.contains("请问\\*重点\\*和\\_强调\\_、\\[链接\\](http://x.cn)、\\<b>标签\\</b>、\\`代码\\`与 \\~\\~删除\\~\\~ 怎么看？"))
    }

    @Test func englishLabelsAndStageDirections() throws {
        let transcript = try TestSupport.sampleTranscript("en_briefing_q_labels.txt")
        let markdown = transcript.markdown()
        #expect(markdown.contains("\n**MR. HARTLEY**: Good afternoon"))
        #expect(markdown.contains("\n**Q**: Thanks, Dan."))
        #expect(markdown.contains("\n## Transcript\n"))
    }
}
