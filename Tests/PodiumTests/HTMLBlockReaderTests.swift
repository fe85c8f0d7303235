import Foundation
import Testing

@testable import Podium

@Suite("HTML block reader")
struct HTMLBlockReaderTests {
    private func texts(_ html: String) -> [String] {
        HTMLBlockReader.read(html).blocks.map(\.text)
    }

    @Test func brAndBlockElementsBreakParagraphsInlineElementsDoNot() {
        #expect(texts("<p>第一段<br>第二段</p><div>块<div>嵌套块</div>尾</div>") == ["第一段", "第二段", "块", "嵌套块", "尾"])
        #expect(texts("<p>一<span>二</span><em>三</em><a href='#'>四</a></p>") == ["一二三四"])
    }

    @Test func keytipSpansKeepTheirText() {
        let html = "<p>加快5G技术与能源、<span id=\"bk_90.BK0740\"><a href=\"http://quote.example.com\" class=\"keytip\" data-code=\"90,BK0740\">教育</a></span><span id=\"bkquote_90.BK0740\"></span>、文旅等垂直行业融合应用。</p>"
        #expect(texts(html) == ["加快5G技术与能源、教育、文旅等垂直行业融合应用。"])
    }

    @Test func hiddenParagraphsAreDropped() {
        #expect(texts("<p style=\"display:none;height:1px\">隐藏</p><p hidden>也隐藏</p><p style=\"visibility: hidden\">还是隐藏</p><p>可见</p>") == ["可见"])
    }

    @Test func footerAndNavigationAreFurnitureNotParagraphs() {
        let blocks = HTMLBlockReader.read(
            "<nav><a href='/'>Home</a></nav><main><p>MS. REED: Thanks, guys.</p></main><footer><p>The White House<br>1600 Pennsylvania Ave NW</p></footer>"
        ).blocks
        #expect(blocks.map(\.text) == ["Home", "MS. REED: Thanks, guys.", "The White House", "1600 Pennsylvania Ave NW"])
        #expect(blocks.map(\.kind) == [.aside, .paragraph, .aside, .aside])
    }

    @Test func strongPrefixIsRemembered() throws {
        let blocks = HTMLBlockReader.read("<p><strong>新华社记者：</strong>请问进展如何？</p><p><b>全部加粗</b></p><p>普通<strong>中间加粗</strong></p>").blocks
        #expect(blocks.count == 3)
        #expect(blocks[0].strongPrefix == "新华社记者：")
        #expect(blocks[0].text == "新华社记者：请问进展如何？")
        #expect(blocks[1].strongPrefix == "全部加粗")
        #expect(blocks[2].strongPrefix == nil)
    }

    @Test func stockImageBlockBetweenCommentsLeavesNoText() {
        let html = "<!-- EM_StockImg_Start --><p style=\"text-align:center;\"><a href=\"http://quote.example.com\" class=\"EmImageRemark\"><img src=\"k.png\" alt=\"K图 BK0900_0\" /></a></p><!-- EM_StockImg_End --><p>正文。</p>"
        #expect(texts(html) == ["正文。"])
    }

    @Test func nbspAndIdeographicSpacesCollapse() {
        #expect(texts("<p>价格&nbsp;上涨&nbsp;&nbsp;百分之五</p>") == ["价格上涨百分之五"])
        #expect(texts("<p>\u{3000}\u{3000}全角空格开头的段落。</p>") == ["全角空格开头的段落。"])
        #expect(texts("<p>Prices&nbsp;rose&nbsp; five\u{3000}percent</p>") == ["Prices rose five percent"])
    }

    @Test func scriptsStylesAndHeadAreNotText() {
        let reader = HTMLBlockReader.read("<html><head><title>标题_网站</title><style>p{}</style><script>var a='脚本';</script></head><body><h1>大标题</h1><p>正文</p><script>x()</script></body></html>")
        #expect(reader.blocks.map(\.text) == ["大标题", "正文"])
        #expect(reader.firstHeading == "大标题")
    }

    @Test func headingsAreMarkedAsHeadings() {
        let blocks = HTMLBlockReader.read("<h3 class=\"emh3\">以下为发布会实录</h3><p>x</p>").blocks
        #expect(blocks.first?.kind == .heading(level: 3))
    }

    @Test func emptyAndMarkupOnlyInputGiveNoBlocks() {
        #expect(texts("").isEmpty)
        #expect(texts("<p></p><div> </div><br>").isEmpty)
    }
}
