import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Front matter")
struct FrontMatterTests {
    @Test func readsJekyllFields() {
        let (matter, body) = FrontMatter.split(
            "---\nlayout: post\ntitle: \"工信部：发布会\"\ndate: 2022-04-19 10:45:38 +0800\ncategories: emnews\ntags: 东财滚动新闻\n---\n> 摘要\n")
        #expect(matter["title"] == "工信部：发布会")
        #expect(matter["layout"] == "post")
        #expect(matter.list("categories") == ["emnews"])
        #expect(matter.list("tags") == ["东财滚动新闻"])
        #expect(body.hasPrefix("> 摘要"))
    }

    @Test func readsYAMLListsInBothSpellings() {
        let (flow, _) = FrontMatter.split("---\ntags: [财经, \"发布会\"]\n---\nbody")
        #expect(flow.list("tags") == ["财经", "发布会"])
        let (block, _) = FrontMatter.split("---\ntags:\n  - 财经\n  - 发布会\n---\nbody")
        #expect(block.list("tags") == ["财经", "发布会"])
    }

    @Test func withoutClosingFenceNothingIsFrontMatter() {
        let text = "---\ntitle: x\n主持人：大家好。"
        let (matter, body) = FrontMatter.split(text)
        #expect(matter.fields.isEmpty)
        #expect(String(body) == text)
    }

    @Test func documentWithoutFrontMatterKeepsItsBody() {
        let (matter, body) = FrontMatter.split("主持人：大家好。")
        #expect(matter.fields.isEmpty && matter.lists.isEmpty)
        #expect(body == "主持人：大家好。")
    }

    @Test func datesBecomeISO8601() {
        #expect(ISODate.normalize("2022-04-19 10:45:38 +0800") == "2022-04-19T10:45:38+08:00")
        #expect(ISODate.normalize("2021-01-20") == "2021-01-20")
    }

    @Test func sourceCarriesFrontMatterThroughParsing() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("jekyll_post.md"))
        #expect(transcript.source.title == "云澜市发布会：一季度经济运行情况")
        #expect(transcript.source.date == "2022-04-19T10:45:38+08:00")
        #expect(transcript.source.categories == ["emnews"])
        #expect(transcript.source.tags == ["财经", "发布会"])
        #expect(transcript.source.origin == "云澜日报")
        #expect(transcript.source.url == "http://news.example.com/a/202204192345.html")
        #expect(transcript.summary == "云澜市一季度经济运行总体平稳。")
    }
}
