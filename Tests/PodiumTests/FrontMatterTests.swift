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

    /// A Chinese list is cut at its enumeration commas, each item an office and a name; the labels that print the
    /// office alone (「指揮官：」) or a surname and the office's last words (「周組長：」) are the people it lists.
    @Test func aChineseSpeakersListNamesTheOfficesItsLabelsPrint() throws {
        let (matter, _) = FrontMatter.split("---\nspeakers: 指揮中心指揮官 張立德、發言人 莊宏達、疫情監測組組長 周育成\n---\nbody")
        #expect(matter.list("speakers") == ["指揮中心指揮官 張立德", "發言人 莊宏達", "疫情監測組組長 周育成"])
        let transcript = try TestSupport.parse("""
            ---
            title: "指揮中心記者會逐字稿"
            speakers: 中央流行疫情指揮中心指揮官 張立德、發言人 莊宏達、疫情監測組組長 周育成
            ---

            主持人：記者會現在開始。首先請指揮官說明。

            指揮官：今年流感疫苗跟新冠疫苗會在10月1日同步開打。

            發言人：今年流感疫苗總共採購了六百五十萬劑。

            記者：請問小朋友兩劑要間隔多久？

            周組長：中間間隔四個禮拜以上。

            指揮官：謝謝周組長。

            林組長：我補充一下，學校也會配合。
            """)
        #expect(TestSupport.speaker(transcript, turn: 1)?.name == "張立德")
        #expect(TestSupport.speaker(transcript, turn: 2)?.name == "莊宏達")
        #expect(TestSupport.speaker(transcript, turn: 4)?.name == "周育成")
        // No listed 組長 is a 林: the label keeps its own reading.
        #expect(TestSupport.speaker(transcript, turn: 6)?.name == "林")
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
