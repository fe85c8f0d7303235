import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Speaker labels")
struct LabelParserTests {
    private func parsed(_ text: String, strong: String? = nil) -> SpeakerLabel? {
        LabelParser.split(text, strongPrefix: strong)?.0
    }

    /// The remembered readings are the readings: asked twice each, in turn, labels that read differently.
    @Test func rememberedEnglishReadingsAreFreshReadings() {
        let labels = ["MS. PSAKI", "SENIOR ADMINISTRATION OFFICIAL", "MR. JEAN-PIERRE", "THE PRESIDENT", "SPEAKER 2", "DR. O’BRIEN", "Q"]
        for _ in 0..<2 {
            for raw in labels {
                #expect(LabelParser.parseEnglish(raw) == LabelParser.parseEnglishLabel(raw), "\(raw)")
            }
        }
    }

    /// A chat group's nicknames: 「宁川日报-孙晓」 an outlet and its reporter, 「文旅局宣传科小吴」 the familiar name of an
    /// office's staff member. A familiar name after no unit, or a joined pair that names no outlet, is neither.
    @Test func chatGroupNicknames() throws {
        let reporter = try #require(LabelParser.parseChinese("宁川日报-孙晓"))
        #expect(reporter.outlet == "宁川日报" && reporter.name == "孙晓" && reporter.roleHint == .reporter)
        let staff = try #require(LabelParser.parseChinese("文旅局宣传科小吴"))
        #expect(staff.name == "小吴" && staff.organization == "文旅局宣传科")
        #expect(LabelParser.parseChinese("我们大家小吴")?.name != "小吴")
        #expect(LabelParser.parseChinese("大家好-孙晓")?.outlet == nil)
        // The chat's name lines over each message read these as speakers.
        let chat = try TestSupport.parse(
            "文旅局宣传科小吴 10:00\n今天线上答问现在开始。\n\n宁川日报-孙晓 10:04\n请问消费券什么时候发？\n\n杜立群 10:06\n7月12日发放。\n\n宁川日报-孙晓 10:07\n收到，谢谢！\n\n文旅局宣传科小吴 10:30\n今天到此结束。")
        #expect(chat.turns.map { TestSupport.speaker(chat, turn: $0.index)?.name ?? "-" } == ["小吴", "孙晓", "杜立群", "孙晓", "小吴"])
    }

    /// A Chinese recorder's export (讯飞听见): its header's fields are no speakers, `[00:00:25] 罗局长：` is 罗局长 with the
    /// turn's time, and 「发言人3：」 a placeholder whose words make them the asker, not a spokesperson. A live stream's
    /// 「【网友提问】豆豆妈：」 is the viewer's handle.
    @Test func recorderExportAndLiveStreamLabels() throws {
        let export = try TestSupport.parse(
            "文件名：0617发布会.m4a\n时长：00:34:08\n转写语言：普通话（中文）\n发言人数：3\n\n[00:00:02] 发言人1：\n各位媒体朋友，下午好。首先请罗局长介绍情况。\n\n[00:00:25] 罗局长：\n好，谢谢。今年降水偏多。\n\n[00:05:10] 发言人1：\n下面进入提问环节。\n\n[00:05:22] 发言人3：\n罗局长您好，会不会出现内涝？\n\n[00:05:40] 罗局长：\n不会。")
        #expect(export.turns.map { TestSupport.speaker(export, turn: $0.index)?.label ?? "-" } == ["发言人1", "罗局长", "发言人1", "发言人3", "罗局长"])
        #expect(export.turns.map(\.time) == ["00:00:02", "00:00:25", "00:05:10", "00:05:22", "00:05:40"])
        #expect(TestSupport.speaker(export, turn: 3)?.role == .reporter)
        #expect(export.lead.first == "文件名：0617发布会.m4a")
        // 「新闻发言人2」 numbers no placeholder.
        #expect(LabelParser.parseChinese("发言人3")?.name == "发言人3")
        #expect(LabelParser.parseChinese("新闻发言人2")?.name != "新闻发言人2")
        let viewer = try #require(LabelParser.parseChinese("【网友提问】豆豆妈"))
        #expect(viewer.name == "豆豆妈" && viewer.roleHint == .reporter)
        #expect(LabelParser.parseChinese("【现场】豆豆妈")?.name != "豆豆妈")
    }

    /// A recorder's export (通义听悟): the summary's sections above `## 原文` are no turns; 「韦副区长：」 is the 韦嘉诚 the
    /// host introduces as 「副区长韦嘉诚先生」, 「葛主任：」 the 葛蔓 of 「中心主任葛蔓女士」; 「第一项是…」 numbers items, and
    /// 「第一项质询。」 names an agenda's item.
    @Test func surnameAndOfficeLabelsNameWhomTheHostIntroduces() throws {
        let export = try TestSupport.parse("""
            ## 发言总结

            **主持人**：介绍与会嘉宾，组织提问。

            **韦副区长**：介绍改革措施。

            ## 原文

            ### 主持人 00:00

            今天出席的有副区长韦嘉诚先生，区政务服务中心主任葛蔓女士。首先请韦副区长介绍情况。

            ### 韦副区长 01:12

            今年我们重点抓了三项改革。第一项是企业开办，压缩到半天。第二项是工程审批。第三项是投诉专线。

            ### 主持人 05:20

            下面请记者提问。

            ### 发言人 3 05:30

            我是南方都市报记者。半天办结真的能做到吗？

            ### 葛主任 05:40

            能做到，窗口已经全部改造完了。

            ### 主持人 07:10

            今天的吹风会到此结束。
            """, format: .markdown)
        #expect(export.turns.map { TestSupport.speaker(export, turn: $0.index)?.name ?? "-" } == ["-", "韦嘉诚", "-", "发言人 3", "葛蔓", "-"])
        #expect(export.lead.contains("发言总结"))
        #expect(export.turns[1].points.map(\.marker) == ["第一项", "第二项", "第三项"])
        #expect(SurnameAndOffice.fullName(surname: "罗", office: "局长", in: ["台上罗建平（市气象局副局长）、孔令涛（首席预报员）"]) == "罗建平")
        // Two people printed with the surname and office: neither.
        #expect(SurnameAndOffice.fullName(surname: "王", office: "主任", in: ["主任王强，主任王刚"]) == nil)
        #expect(PointExtractor(paragraphs: ["第一项质询。", "第二项质询。"]).extract().isEmpty)
    }

    @Test func fullTitleAndNameLabel() throws {
        let (label, rest) = try #require(LabelParser.split("工业和信息化部新闻发言人、运行监测协调局局长罗俊杰：", strongPrefix: nil))
        #expect(label.name == "罗俊杰")
        #expect(label.organization == "工业和信息化部")
        #expect(label.title == "新闻发言人、运行监测协调局局长")
        #expect(rest.isEmpty)
    }

    /// A note in brackets that names an outlet makes the speaker a reporter of it; any other note is a title. A name in
    /// capitals before it is title-cased, as without a note.
    @Test(arguments: [
        ("记者（新华社）：请问？", nil, "新华社", nil),
        ("问（人民日报记者）：请问？", nil, "人民日报", nil),
        ("JANE DOE (CNN): Thank you.", "Jane Doe", "CNN", nil),
        ("李华（市生态环境局局长）：谢谢。", "李华", nil, "市生态环境局局长"),
        ("Q (Reuters): When?", nil, "Reuters", nil),
    ] as [(String, String?, String?, String?)])
    func parenthesisedOutletOrTitle(text: String, name: String?, outlet: String?, title: String?) throws {
        let (label, _) = try #require(LabelParser.split(text, strongPrefix: nil))
        #expect(label.name == name)
        #expect(label.outlet == outlet)
        #expect(label.title == title)
        if outlet != nil { #expect(label.roleHint == .reporter) }
    }

    /// A note after a role word that names a person is who holds the role; `SPEAKER 1` is a numbered person.
    @Test func roleWordsWithTheirHolderOrNumber() throws {
        let moderator = try #require(LabelParser.split("MODERATOR (Jane Doe): Welcome.", strongPrefix: nil))
        #expect(moderator.0.name == "Jane Doe")
        #expect(moderator.0.roleHint == .moderator)
        let host = try #require(LabelParser.split("主持人（张明）：欢迎。", strongPrefix: nil))
        #expect(host.0.name == "张明")
        let speaker = try #require(LabelParser.split("SPEAKER 1: Welcome.", strongPrefix: nil))
        #expect(speaker.0.name == "Speaker 1")
        #expect(speaker.0.title == nil)
        // `Q (Inaudible.)` without a colon stays a `Q` whose words begin with the direction.
        let inaudible = try #require(LabelParser.split("Q (Inaudible.) What about the talks?", strongPrefix: nil))
        #expect(inaudible.0.text == "Q")
        #expect(inaudible.rest == "(Inaudible.) What about the talks?")
    }

    @Test func labelWithTextAfterIt() throws {
        let (label, rest) = try #require(LabelParser.split("省交通运输厅副厅长张明远：谢谢主持人。", strongPrefix: nil))
        #expect(label.name == "张明远")
        #expect(rest == "谢谢主持人。")
    }

    /// The words after a label keep their own closing punctuation; only the label's colon and blanks go.
    @Test(arguments: [
        ("Q Good.", nil as String?, "Good."),
        ("Q:  Okay.", nil, "Okay."),
        ("**MR. KIRBY** The criteria are as follows:", "MR. KIRBY", "The criteria are as follows:"),
        ("主持人： 请看以下三点：", nil, "请看以下三点："),
    ])
    func wordsAfterALabelKeepTheirLastCharacter(_ text: String, _ strong: String?, _ words: String) throws {
        let input = strong.map { text.replacingOccurrences(of: "**\($0)**", with: $0) } ?? text
        let (_, rest) = try #require(LabelParser.split(input, strongPrefix: strong))
        #expect(rest == words)
    }

    @Test func bareNameResolvesToTheSameParticipantWithAliases() throws {
        let transcript = try TestSupport.parse(
            "主持人：下面请罗局长介绍。\n\n工业和信息化部新闻发言人、运行监测协调局局长罗俊杰：谢谢。\n\n新华社记者：请问进展如何？\n\n罗俊杰：进展顺利。")
        let luo = try #require(transcript.participants.first { $0.name == "罗俊杰" })
        #expect(luo.aliases == ["工业和信息化部新闻发言人、运行监测协调局局长罗俊杰", "罗俊杰"])
        #expect(luo.label == "工业和信息化部新闻发言人、运行监测协调局局长罗俊杰")
        #expect(luo.title == "新闻发言人、运行监测协调局局长")
        #expect(luo.organization == "工业和信息化部")
        #expect(transcript.turns[1].speaker == luo.id)
        #expect(transcript.turns[3].speaker == luo.id)
        #expect(transcript.participants.filter { $0.name == "罗俊杰" }.count == 1)
    }

    @Test(arguments: [
        ("中央广播电视总台央视记者：", "中央广播电视总台央视"),
        ("CNBC记者：", "CNBC"),
        ("新华社记者：", "新华社"),
        ("《人民日报》记者：", "人民日报"),
    ])
    func outletAndReporter(text: String, outlet: String) throws {
        let label = try #require(parsed(text))
        #expect(label.roleHint == .reporter)
        #expect(label.outlet == outlet)
    }

    @Test(arguments: [
        ("主持人：", LabelRole.moderator),
        ("记者：", LabelRole.reporter),
        ("问：", LabelRole.reporter),
        ("答：", LabelRole.official),
    ])
    func roleWords(text: String, role: LabelRole) throws {
        let label = try #require(parsed(text))
        #expect(label.roleHint == role)
        #expect(label.name == nil)
    }

    @Test func roleWordLabelsInADocument() throws {
        let transcript = try TestSupport.parse("问：今年的目标是什么？\n\n答：稳中求进。\n\n问：还有呢？\n\n答：谢谢。")
        #expect(transcript.turns.map(\.kind) == [.question, .answer, .question, .answer])
        #expect(transcript.participants.map(\.role).sorted { $0.rawValue < $1.rawValue } == [.official, .reporter])
    }

    @Test(arguments: [
        "在这个方面我们还有几个很好的基础条件：一是在党中央、国务院的坚强领导下，我们有信心。",
        "我们有两个基础条件：一是路网完善，二是资金到位。",
        "有以下几方面的工作：",
        "一是：抓紧抓实推动政策落地。",
        "时间：2024年3月5日",
        "原标题：工信部召开发布会",
        "要点提示：本次会议只向学生代表开放",
        "编者按：本文根据现场录音整理",
        "内容提要：委员会只有调查权",
    ])
    func sentenceWithAColonIsNotALabel(text: String) {
        #expect(parsed(text) == nil)
    }

    /// An article's summary heading (「**要点提示：**」) before the transcript is the lead's, not a speaker's.
    @Test func aSummaryHeadingIsNoSpeaker() throws {
        let transcript = try TestSupport.parse("""
            有幸参加了昨天的意见征集会，现在把会上的问题和回答整理如下。

            **要点提示：**

            1. 本次意见征集会只向学生代表开放

            2. 委员会只有调查权，没有处理权

            **主持人：**请大家提问。

            **同学：**委员会的成员怎么产生？

            **老师：**由学校任命，学生代表也会参加。
            """)
        #expect(!transcript.participants.contains { $0.label.contains("要点") })
        #expect(transcript.turns.first?.paragraphs.first == "请大家提问。")
    }

    @Test func colonSentenceStaysInTheSpeakersTurn() throws {
        let transcript = try TestSupport.parse(
            "主持人：请罗局长介绍。\n\n罗俊杰局长：谢谢。\n\n在这个方面我们还有几个很好的基础条件：一是信心足，二是政策实。\n\n新华社记者：请问？")
        #expect(transcript.turns.count == 3)
        #expect(transcript.turns[1].paragraphs.last == "在这个方面我们还有几个很好的基础条件：一是信心足，二是政策实。")
    }

    @Test func englishHonorificAndSurname() throws {
        let (label, rest) = try #require(LabelParser.split("MS. PSAKI:  Good afternoon.", strongPrefix: nil))
        #expect(label.name == "Psaki")
        #expect(rest == "Good afternoon.")
    }

    @Test func englishQuestionLabel() throws {
        let (label, rest) = try #require(LabelParser.split("Q    Thanks, Jen.  Two questions.", strongPrefix: nil))
        #expect(label.text == "Q")
        #expect(label.roleHint == .reporter)
        #expect(rest.hasPrefix("Thanks, Jen."))
        #expect(LabelParser.split("A great day for America.", strongPrefix: nil) == nil)
    }

    @Test func englishSentencesAreNotLabels() {
        #expect(parsed("The President said: we will act.") == nil)
        #expect(parsed("Thanks. Here is the thing: nothing.") == nil)
    }

    @Test func boldLabelAloneInItsParagraph() throws {
        let label = try #require(parsed("新华社记者：", strong: "新华社记者："))
        #expect(label.outlet == "新华社")
        #expect(!label.isTentative)
    }

    /// `A great day…` and `Q.4 results…` open sentences, not turns: the paragraph stays with its speaker.
    @Test func aAndQBeforeWordsAndDigitsAreProse() throws {
        #expect(parsed("Q.4 results were strong.") == nil)
        #expect(parsed("A great day for America.") == nil)
        let transcript = try TestSupport.parse("""
            MR. HARTLEY: Revenue grew this year.

            A great deal of it came from new customers.

            Q.4 was our best quarter, and we expect more.

            Q Thanks. What about costs?

            MR. HARTLEY: Costs fell.
            """)
        #expect(transcript.turns.map(\.paragraphs) == [
            ["Revenue grew this year.", "A great deal of it came from new customers.", "Q.4 was our best quarter, and we expect more."],
            ["Thanks. What about costs?"], ["Costs fell."],
        ])
    }

    /// An investor relations record numbers its questions as their labels (「问题1：」, 「問題 12：」): an asker it does not
    /// name. The bare word 「问题：」 opens prose as often, and stays text.
    @Test func numberedQuestionWordsAsk() throws {
        for text in ["问题1：公司今年是否有回购计划？", "問題 12：明年呢？", "提问3：请问产线何时投产？"] {
            let (label, rest) = try #require(LabelParser.split(text, strongPrefix: nil))
            #expect(label.roleHint == .reporter && label.name == nil)
            #expect(rest.hasSuffix("？"))
        }
        #expect(LabelParser.split("问题：如何稳定就业，是今年的重点。", strongPrefix: nil) == nil)
        let record = try TestSupport.parse("""
            投资者关系活动主要内容介绍：

            问题1：公司一季度营业收入同比下滑的原因是什么？
            答：主要是产品价格下降所致，销量同比仍有增长。

            问题2：新建产线什么时候投产？
            答（总经理 刘洋）：预计二季度末实现量产。
            """)
        #expect(record.turns.map(\.kind) == [.question, .answer, .question, .answer])
        #expect(record.exchanges.map(\.answers) == [[1], [3]])
    }

    /// A page's heading that names the event before a colon (`POST-CABINET PRESS CONFERENCE: MONDAY, 3 MARCH 2025`) is no
    /// speaker; the press secretary is.
    @Test func anEventsNameBeforeAColonIsNoSpeaker() throws {
        #expect(LabelParser.split("POST-CABINET PRESS CONFERENCE: MONDAY, 3 MARCH 2025", strongPrefix: nil) == nil)
        #expect(LabelParser.split("WHITE HOUSE PRESS BRIEFING: DAY ONE", strongPrefix: nil) == nil)
        let (secretary, _) = try #require(LabelParser.split("PRESS SECRETARY: Good afternoon.", strongPrefix: nil))
        #expect(secretary.text == "PRESS SECRETARY")
    }

    /// The Philippine government's briefings: a title shortened with a period inside the label (`DTI SEC. CRUZ:`), and a
    /// reporter's name and outlet joined by a slash (`ANA REYES/ABS-CBN:`). `AND/OR:` and `Yes/No:` name nobody.
    @Test func shortenedTitlesAndSlashedOutlets() throws {
        let (secretary, words) = try #require(LabelParser.split("DTI SEC. CRUZ: Thank you, Usec.", strongPrefix: nil))
        #expect(secretary.text == "DTI SEC. CRUZ" && words == "Thank you, Usec.")
        let (reporter, question) = try #require(LabelParser.split("ANA REYES/ABS-CBN: How many stores?", strongPrefix: nil))
        #expect(reporter.name == "Ana Reyes" && reporter.outlet == "ABS-CBN" && reporter.roleHint == .reporter)
        #expect(question == "How many stores?")
        #expect(LabelParser.nameSlashOutlet("AND/OR: either will do.") == nil)
        #expect(LabelParser.nameSlashOutlet("Yes/No: pick one.") == nil)
    }

    /// An outlet whose name opens with digits (「21世纪经济报道记者」) is a reporter's label; a list item or a date before a
    /// reporter's word is not.
    @Test func anOutletOpeningWithDigits() {
        #expect(LabelParser.parseChinese("21世纪经济报道记者")?.outlet == "21世纪经济报道")
        #expect(LabelParser.parseChinese("21世纪经济报道记者")?.roleHint == .reporter)
        #expect(LabelParser.parseChinese("1、记者") == nil)
        #expect(LabelParser.parseChinese("2024年记者") == nil)
    }
}
