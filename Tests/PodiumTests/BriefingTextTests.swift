import Foundation
import Testing

@testable import Podium

/// The rules under the briefing: key figures, sentences, courtesies, escaping, word counts.
@Suite struct BriefingTextTests {
    @Test(arguments: [
        "一季度规模以上工业增加值同比增长6.5%。", "高于去年四季度2.6个百分点", "累计产销分别完成了129.3万辆", "同比均增长1.4倍",
        "一季度电信业务收入规模达到3935亿元", "累计推广超过了一千万辆", "增长了两倍", "will release $2.1 billion in grants",
        "unemployment fell to 3.7 percent", "raised rates by 25 basis points", "a 12% rise", "全年计划发放消费券1.5亿元",
        "增速提高２．８个百分点", "5.25 to 5.5 percent", "123个示范项目", "培育703家示范平台", "repair more than 900 bridges",
    ])
    func findsFigures(sentence: String) {
        #expect(KeyFigureExtractor.containsFigure(sentence))
    }

    @Test(arguments: [
        "2022年一季度", "5G基站建设", "“十四五”规划", "第一，着力振作工业经济", "一是工业生产保持平稳", "千方百计打通堵点",
        "in 2023 the Committee", "March 14, 2024", "Number one, the bridges", "政策体系“1+N”",
    ])
    func ignoresNumbersWithoutUnits(sentence: String) {
        #expect(!KeyFigureExtractor.containsFigure(sentence))
    }

    @Test func splitsSentences() {
        #expect(SentenceSplitter.sentences("第一句。第二句！“第三句。”第四句") == ["第一句。", "第二句！", "“第三句。”", "第四句"])
        #expect(
            SentenceSplitter.sentences("Mr. Powell spoke at 2 p.m. today. The U.S. economy grew. Next?")
                == ["Mr. Powell spoke at 2 p.m. today.", "The U.S. economy grew.", "Next?"])
        #expect(SentenceSplitter.clauses("甲增长1%；乙增长2%；丙") == ["甲增长1%；", "乙增长2%；", "丙"])
    }

    @Test func recognisesCourtesies() {
        #expect(TurnDigest.isCourtesy("这个问题我来回答，谢谢你的提问。"))
        #expect(TurnDigest.isCourtesy("Good afternoon, everybody."))
        #expect(!TurnDigest.isCourtesy("一季度规模以上工业增加值同比增长6.5%。"))
        #expect(!TurnDigest.isCourtesy("感谢各方的支持，" + String(repeating: "我们做了大量工作", count: 8) + "。"))
    }

    @Test func escapesMarkdownSyntax() {
        #expect(MarkdownEscaper.inline("a*b_c`d[e]f<g>h~i|j\\k") == "a\\*b\\_c\\`d\\[e\\]f\\<g>h\\~i\\|j\\\\k")
        #expect(MarkdownEscaper.inline("Q&A and &amp; and &#35;") == "Q&A and \\&amp; and \\&#35;")
        #expect(MarkdownEscaper.paragraph("# 不是标题") == "\\# 不是标题")
        #expect(MarkdownEscaper.paragraph("> 不是引用") == "\\> 不是引用")
        #expect(MarkdownEscaper.paragraph("- 不是列表") == "\\- 不是列表")
        #expect(MarkdownEscaper.paragraph("2022. 不是列表") == "2022\\. 不是列表")
        #expect(MarkdownEscaper.paragraph("    不是代码\n\n=== 不是标题线") == "不是代码\n\\=== 不是标题线")
        #expect(MarkdownEscaper.heading("C# 新闻 #1") == "C\\# 新闻 \\#1")
    }

    @Test func strongEmphasisStaysValidNextToPunctuation() {
        // CommonMark closes ** after punctuation only before punctuation or a space.
        #expect(MarkdownSpan.strong("“攻坚战”", before: "开局") == "**“攻坚战”** ")
        #expect(MarkdownSpan.strong("“攻坚战”", before: "。") == "**“攻坚战”**")
        #expect(MarkdownSpan.strong("工业", before: "经济") == "**工业**")
    }

    @Test func countsWords() {
        #expect(WordCount.words(in: "谢谢主持人。") == 5)
        #expect(WordCount.words(in: "Thank you, Mr. Chairman.") == 4)
        #expect(WordCount.words(in: "5G基站13.4万个") == 7)
    }

    @Test func formatsShares() {
        #expect(BriefingRenderer.percent(66.84) == "66.8%")
        #expect(BriefingRenderer.percent(0.04) == "0.0%")
        #expect(BriefingRenderer.percent(100) == "100.0%")
    }

    @Test func findsEventAndDate() {
        #expect(BriefingHeader.eventName(in: "欢迎出席国务院新闻办新闻发布会。") == "国务院新闻办新闻发布会")
        #expect(BriefingHeader.eventName(in: "欢迎出席今天的新闻发布会。") == nil)
        #expect(DateFinder.firstDate(in: "时间：2024年5月16日上午10时") == "2024-05-16")
        #expect(DateFinder.firstDate(in: "March 14, 2024") == "2024-03-14")
    }
}
