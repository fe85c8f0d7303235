import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Numbered points")
struct PointTests {
    private func points(_ paragraphs: [String]) -> [Point] {
        PointExtractor(paragraphs: paragraphs).extract()
    }

    private func markers(_ points: [Point]) -> [String] { points.map(\.marker) }

    @Test func yiShiInline() {
        let found = points(["我们有两个基础条件：一是路网完善，二是资金到位。"])
        #expect(markers(found) == ["一是", "二是"])
        #expect(found.map(\.ordinal) == [1, 2])
        #expect(found[0].text.hasPrefix("路网完善"))
        #expect(found[1].headline == "资金到位")
    }

    /// Spoken English lists: an ordinal after "And", "So" or "And then", and the -ly adverbs.
    @Test func englishOrdinalsAfterALeadIn() {
        let question = points(["First, on tariffs, what did he say? And secondly, is there a plan for the summit?"])
        #expect(markers(question) == ["First", "secondly"])
        #expect(question[0].text == "on tariffs, what did he say?")
        #expect(question[1].text == "is there a plan for the summit?")
        let adverbs = points(["Firstly, we are moving fast. Secondly, we are moving together. And then thirdly, we listen."])
        #expect(markers(adverbs) == ["Firstly", "Secondly", "thirdly"])
        #expect(adverbs[1].text == "we are moving together.")
        // An ordinal after any other word stays prose.
        #expect(points(["First, thanks. We came second, behind them."]).isEmpty)
    }

    /// 1️⃣ 2️⃣ 3️⃣: a social post's keycap emoji number its items, with the emoji variation selector or without; keycap
    /// zero and `#` number nothing.
    @Test func keycapEmojiNumberItems() {
        let found = points(["我们做了几件事：", "1️⃣ 渠道下沉；", "2️⃣ 推出小规格包装；", "3\u{20E3} 跟连锁餐饮做定制。"])
        #expect(markers(found) == ["1️⃣", "2️⃣", "3\u{20E3}"])
        #expect(found.map(\.ordinal) == [1, 2, 3])
        #expect(found[0].text == "渠道下沉；")
        #expect(points(["0️⃣ 起点。", "#️⃣ 话题。"]).isEmpty)
        #expect(OrdinalMarkers.match("🔟 第十条。")?.ordinal == 10)
    }

    @Test func yiShiAsParagraphs() {
        let found = points(["有以下几方面的工作：", "一是抓紧抓实推动政策落地。要加强统筹协调。", "二是多措并举打通堵点。", "三是帮扶中小企业。"])
        #expect(markers(found) == ["一是", "二是", "三是"])
        #expect(found[0].headline == "抓紧抓实推动政策落地")
        #expect(found[0].text == "抓紧抓实推动政策落地。要加强统筹协调。")
    }

    @Test func diWithNestedInlineYiShiToSiShi() throws {
        let found = points([
            "我们主要采取了两个方面举措。",
            "第一，着力振作工业经济。我们觉得有四个亮点。一是工业生产保持平稳。二是制造业占比提升。三是出口带动增强。四是投资明显回升。",
            "第二，持续加大助企纾困力度。",
        ])
        #expect(markers(found) == ["第一", "第二"])
        let first = try #require(found.first)
        #expect(first.headline == "着力振作工业经济")
        #expect(markers(first.children) == ["一是", "二是", "三是", "四是"])
        #expect(first.children.map(\.ordinal) == [1, 2, 3, 4])
        #expect(found[1].children.isEmpty)
    }

    @Test func sequenceWordsOnlyWhenAtLeastTwo() {
        #expect(markers(points(["首先，继续治理河道；其次，加强监测；最后，公开数据。"])) == ["首先", "其次", "最后"])
        #expect(points(["首先，感谢大家的关心。今天天气很好。"]).isEmpty)
    }

    @Test func parenthesisedChineseNumerals() {
        let found = points(["（一）加快建设。", "（二）优化服务。", "（三）强化保障。"])
        #expect(found.map(\.ordinal) == [1, 2, 3])
        #expect(found.first?.text == "加快建设。")
    }

    @Test(arguments: ["1.", "1、"])
    func arabicNumerals(style: String) {
        let second = style.replacingOccurrences(of: "1", with: "2")
        let found = points(["具体措施如下：", "\(style)加快建设。", "\(second)优化服务。"])
        #expect(markers(found) == ["1", "2"])
    }

    @Test func arabicNumberIsNotAMarker() {
        #expect(points(["增长1.5个百分点。增长2.5个百分点。"]).isEmpty)
        // At a sentence's start, where `1.` and `2.` would open items.
        #expect(points(["1.5亿元用于道路建设。2.5亿元用于桥梁维修。"]).isEmpty)
        #expect(points(["资金安排如下：", "1.5亿元用于道路建设。", "2.5亿元用于桥梁维修。"]).isEmpty)
    }

    /// A written list goes on only with the next ordinal: 「一是…三是…」 is one item and a stray marker (a speaker who
    /// skips a number, "The first is … And then third", goes on: `SpokenPointTests`).
    @Test func skippedOrdinalDoesNotContinueAList() {
        #expect(points(["有两点：一是加快建设；三是优化服务。"]).isEmpty)
        #expect(markers(points(["有三点：一是加快建设；二是优化服务；四是强化保障。"])) == ["一是", "二是"])
    }

    @Test func englishOrdinals() {
        let found = points(["I have two announcements. First, the President will travel to Ohio. Second, he will meet the Governor."])
        #expect(markers(found) == ["First", "Second"])
        #expect(found[0].text.hasPrefix("the President will travel"))
    }

    @Test func aListRestartsWhenItsFirstMarkerAppearsAgain() {
        let found = points([
            "今年以来：一是产业规模创新高。二是品牌蓬勃发展。",
            "下一步：一是完善支持政策。二是促进跨界融合。三是促进推广应用。",
        ])
        #expect(markers(found) == ["一是", "二是", "一是", "二是", "三是"])
        #expect(found.map(\.ordinal) == [1, 2, 1, 2, 3])
    }

    @Test func singleItemIsNotAList() {
        #expect(points(["一是我们要继续努力。"]).isEmpty)
    }

    @Test func ordinalWordsThatAreNotMarkers() {
        #expect(points(["第一季度增长很快。第二季度也不错。"]).isEmpty)
    }

    @Test func announcedCountThatDiffersGivesADiagnostic() throws {
        let transcript = try TestSupport.parse("主持人：请介绍。\n\n李华局长：我们有四个亮点：一是产量增长，二是质量提升，三是出口增加。\n\n新华社记者：请问？")
        let diagnostic = try #require(transcript.diagnostics.first { $0.code == "point-count-mismatch" })
        #expect(diagnostic.turn == 1)
    }

    @Test func announcedCountThatMatchesGivesNoDiagnostic() throws {
        let transcript = try TestSupport.parse("主持人：请介绍。\n\n李华局长：我们有三个亮点：一是产量增长，二是质量提升，三是出口增加。\n\n新华社记者：请问？")
        #expect(!transcript.diagnostics.contains { $0.code == "point-count-mismatch" })
        #expect(transcript.turns[1].points.count == 3)
    }

    @Test func skipPointsOption() throws {
        let transcript = try TestSupport.parse("主持人：请介绍。\n\n李华局长：一是产量增长，二是质量提升。", options: .skipPoints)
        #expect(transcript.turns.allSatisfy { $0.points.isEmpty })
    }
}

extension PointTests {
    @Test func anOrdinalQuestionIsNotACount() throws {
        let transcript = try TestSupport.parse("""
            问：请问两件事？

            答：关于第一个问题，情况良好。关于第二个问题，正在研究。关于第三个问题，我没有可以发布的消息。
            """)
        #expect(transcript.turns[1].points.map(\.marker) == ["第一个问题", "第二个问题", "第三个问题"])
        #expect(!transcript.diagnostics.contains { $0.code == "point-count-mismatch" })
    }
}
