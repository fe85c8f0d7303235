import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Real-world transcript shapes, each on a small fixture written for it (Fixtures/Formats).
@Suite("Real-world formats")
struct RealFormatTests {
    static func parse(_ name: String) throws -> Transcript {
        try Transcript(parsing: try TestSupport.fixture(name, in: "Fixtures/Formats"))
    }

    static func participant(_ transcript: Transcript, alias: String) -> Participant? {
        transcript.participants.first { $0.aliases.contains(alias) }
    }

    /// The JSON of a transcript with the one field that must differ between encodings taken out.
    static func jsonIgnoringEncoding(_ transcript: Transcript) -> String {
        var copy = transcript
        copy.source.encoding = nil
        return copy.jsonString()
    }

    @Test func gb18030CopyParsesLikeTheUTF8Original() throws {
        let original = try Transcript(parsing: try TestSupport.sample("zh_plain_inline_labels.txt"))
        let legacy = try Self.parse("zh_plain_inline_labels.gb18030.txt")
        #expect(legacy.source.encoding == "gb18030")
        #expect(Self.jsonIgnoringEncoding(legacy) == Self.jsonIgnoringEncoding(original))
    }

    @Test func big5CopyParsesLikeTheUTF8Original() throws {
        let original = try Self.parse("tw_routine.md")
        let legacy = try Self.parse("tw_routine.big5.md")
        #expect(legacy.source.encoding == "big5")
        #expect(original.source.language == "zh-Hant")
        #expect(Self.jsonIgnoringEncoding(legacy) == Self.jsonIgnoringEncoding(original))
    }

    @Test func declaredGB2312IsReadAsGB18030() throws {
        let transcript = try Self.parse("gb2312_page.html")
        #expect(transcript.source.encoding == "gb18030")
        #expect(transcript.turns.map { $0.paragraphs } == [["欢迎。"], ["请问？"], ["谢谢。"]])
    }

    @Test func traditionalChineseMarkdown() throws {
        let transcript = try Self.parse("tw_routine.md")
        #expect(Self.participant(transcript, alias: "司儀")?.role == .moderator)
        let reporter = try #require(transcript.participants.first { $0.outlet == "中央社" })
        #expect(reporter.name == "蘇思云")
        #expect(reporter.role == .reporter)
        #expect(transcript.participants.first { $0.name == "林" }?.title == "部長")
        // Stage directions never start a turn; a leading one is split off into the notes.
        #expect(transcript.notes.map(\.text) == ["（播放影片）", "（簡報第 3 頁）"])
        #expect(transcript.turns[3].paragraphs == ["預計下個月開放，細節會再公告。"])
        #expect(transcript.exchanges.map(\.question) == [2, 4])
    }

    @Test func foreignMinistryRepost() throws {
        let transcript = try Self.parse("mfa_repost.txt")
        let host = try #require(transcript.participants.first)
        #expect(host.name == "陈晓")
        #expect(host.aliases.contains("答"))
        // The announcement before the first question is the host's statement; the repost header is lead.
        #expect(transcript.turns[0].kind == .statement)
        #expect(transcript.turns[0].speaker == host.id)
        #expect(transcript.lead.contains("原标题：外交部发言人陈晓主持例行记者会"))
        #expect(Self.participant(transcript, alias: "《纽约时报》记者")?.outlet == "纽约时报")
        // 追问 is a follow-up: a new exchange.
        #expect(transcript.exchanges.count == 3)
        #expect(transcript.trailing == ["责任编辑：王明"])
        #expect(transcript.notes.map(\.text) == ["（图片说明：记者会现场）"])
    }

    @Test func boldCapitalLabelsAndSelfIntroducedOutlets() throws {
        let transcript = try Self.parse("en_fomc_style.md")
        #expect(Self.participant(transcript, alias: "CHAIR SMITH")?.role == .official)
        #expect(Self.participant(transcript, alias: "MARY JONES")?.outlet == "Daily Ledger")
        #expect(Self.participant(transcript, alias: "PETER KIM")?.outlet == "Harbor News")
        #expect(transcript.exchanges.count == 2)
        #expect(transcript.turns[2].points.map(\.marker) == ["First", "Second"])
        #expect(transcript.notes.map(\.text) == ["(Laughter.)"])
    }

    @Test func nonBreakingSpacesAndAliasesAcrossForms() throws {
        let transcript = try Self.parse("en_nbsp_labels.txt")
        let parker = try #require(Self.participant(transcript, alias: "MS. PARKER"))
        #expect(parker.aliases == ["MS. PARKER", "PRESS SECRETARY ANN PARKER"])
        let asker = try #require(Self.participant(transcript, alias: "Q"))
        #expect(asker.name == nil)
        #expect(asker.role == .reporter)
        // `Q    (Laughter.)` is a note, not a turn.
        #expect(transcript.turns.count == 5)
    }

    @Test func earningsCall() throws {
        let transcript = try Self.parse("earnings_call.txt")
        let analyst = try #require(Self.participant(transcript, alias: "Lisa Brandt"))
        #expect(analyst.role == .reporter)
        #expect(analyst.outlet == "Northbridge Securities")
        let chief = try #require(Self.participant(transcript, alias: "Jane Q. Rivera"))
        #expect(chief.organization == "Harbor Widgets")
        #expect(chief.title == "CEO")
        #expect(Self.participant(transcript, alias: "Operator")?.role == .moderator)
        // The participant lists at the top are not turns, and section headings are notes.
        #expect(transcript.turns.count == 6)
        #expect(transcript.notes.map(\.text).contains("QUESTIONS AND ANSWERS"))
        #expect(transcript.exchanges.map(\.answers) == [[4]])
    }

    /// A WebVTT meeting export: each voice span (`<v Ana Ruiz>`, `<v.loud Ana Ruiz>`) names the speaker, a cue's
    /// start is the turn's time, and styling tags are not words.
    @Test func webVTTVoiceSpans() throws {
        let data = try TestSupport.fixture("voice_tags.vtt", in: "Fixtures/Formats")
        let transcript = try Transcript(parsing: data)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name } == ["Tom Baker", "Ana Ruiz", "Tom Baker", "Ana Ruiz"])
        #expect(transcript.turns.map(\.time) == ["00:00:05.000", "00:00:09.000", "00:00:15.200", "00:00:18.500"])
        #expect(transcript.turns[1].paragraphs.joined(separator: " ") == "It's the worst in a decade. Reservoirs are at thirty percent.")
        #expect(transcript.turns[2].paragraphs == ["What should cities do first?"])
        #expect(!transcript.turns.flatMap(\.paragraphs).contains { $0.contains("<") || $0.contains("-->") })
        #expect(transcript.turns[3].points.map(\.marker) == ["First", "Second"])
        #expect(TextCoverage.check(text: String(decoding: data, as: UTF8.self), transcript: transcript).isComplete)
    }

    /// A WebVTT caption file whose `NOTE` says who speaks: the note is the text's opening, not lost with the styling,
    /// and it names `<v Commissioner>` (`Commissioner Paul Reardon`) and `<v PIO>`, the initials of the office
    /// `Dana Oyelaran, BFD Public Information Officer` holds. A `STYLE` block is no words of anyone's.
    @Test func webVTTNoteNamesTheVoices() throws {
        let captions = """
            WEBVTT
            Kind: captions

            NOTE
            Dorchester fire media availability.
            Speakers: Commissioner Paul Reardon, Boston Fire Department;
            Dana Oyelaran, BFD Public Information Officer.

            STYLE
            ::cue { color: yellow }

            1
            00:00:01.200 --> 00:00:04.900
            <v PIO>Okay, we're going to get started.

            2
            00:00:05.000 --> 00:00:09.000
            <v Commissioner>Thank you, Dana. Engine 21 was called at 3:40.

            3
            00:00:09.500 --> 00:00:11.000
            <v Reporter>Where did it start?

            4
            00:00:11.500 --> 00:00:14.000
            <v Commissioner>On a rear porch.

            5
            00:00:14.500 --> 00:00:16.000
            <v PIO>Thanks, everybody. That's all for now.
            """
        let transcript = try TestSupport.parse(captions)
        #expect(transcript.lead == ["Dorchester fire media availability. Speakers: Commissioner Paul Reardon, Boston Fire Department; Dana Oyelaran, BFD Public Information Officer."])
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name } == ["Dana Oyelaran", "Paul Reardon", nil, "Paul Reardon", "Dana Oyelaran"])
        #expect(transcript.participant(withID: transcript.turns[0].speaker)?.role == .moderator)
        #expect(!transcript.lead.joined().contains("color"))
        #expect(TextCoverage.check(text: captions, transcript: transcript).isComplete)
    }

    /// SubRip with the speaker's name opening the cue where a stretch starts, a sentence running over cues: the
    /// stretch is one turn and starts at its first cue's time.
    @Test func subRipNamesAtCueStarts() throws {
        let data = try TestSupport.fixture("cue_labels.srt", in: "Fixtures/Formats")
        let transcript = try Transcript(parsing: data)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["Host", "Dana Park", "Host", "Dana Park"])
        #expect(transcript.turns.map(\.time) == ["00:00:00,179", "00:00:06,900", "00:00:12,700", "00:00:14,300"])
        #expect(transcript.turns[0].paragraphs == ["Welcome back to the show. Today we talk about bridges. Dana, how old are ours?"])
        #expect(TextCoverage.check(text: String(decoding: data, as: UTF8.self), transcript: transcript).isComplete)
    }

    @Test func labelsInTheMiddleOfAParagraph() throws {
        let transcript = try Self.parse("inline_labels.txt")
        #expect(transcript.turns.count == 4)
        #expect(transcript.participants.compactMap(\.name) == ["何明", "王培安"])
        #expect(transcript.turns[1].points.map(\.marker) == ["一是", "二是"])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3]])
    }

    /// The window read for an inline label ended in a blank here, and the old cut dropped that many
    /// characters of the answer after the label.
    @Test func inlineLabelKeepsEveryCharacterAfterIt() throws {
        let answer = "Botox" + String(repeating: "很", count: 30)
        let text = "主持人：请提问。\n\n新华社记者：请问这个问题？中央社记者：\(answer) OK还有后文。\n\n罗俊杰：回答。\n"
        let transcript = try Transcript(parsing: Data(text.utf8))
        let paragraphs = transcript.turns.flatMap(\.paragraphs)
        #expect(paragraphs.contains("\(answer) OK还有后文。"))
        #expect(transcript.turns.count == 4)
    }

    @Test func htmlFragmentWithoutDocument() throws {
        let transcript = try Self.parse("fragment.html")
        #expect(transcript.source.format == "html")
        #expect(transcript.turns.count == 3)
    }

    @Test func escapedHTMLInsideMarkdownWithAnEmptyTitle() throws {
        let transcript = try Self.parse("escaped_html.md")
        #expect(transcript.source.title == nil)
        #expect(transcript.source.date == "2024-01-02")
        #expect(transcript.turns.map(\.paragraphs) == [["欢迎。"], ["请问？"], ["谢谢。"]])
    }

    @Test func hardWrappedLinesJoin() throws {
        let transcript = try Self.parse("wrapped.txt")
        #expect(transcript.turns[1].paragraphs == ["谢谢主持人。今年以来，全省农村公路建设进展顺利，累计完成投资一百二十亿元，新改建农村公路三千公里，提前完成年度目标任务的百分之六十以上。"])
        #expect(transcript.turns[2].paragraphs.first?.contains("begins in the spring") == true)
    }

    @Test func foldedFrontMatterTitle() throws {
        let text = "---\ntitle: \"President\\_Biden Meets the Biden-\\u2060Harris Team\\\n  \\ on COVID-\\u206019\"\n---\nMS. PSAKI:  Hello.\n\nQ    Hi?\n"
        let transcript = try Transcript(parsing: text)
        #expect(transcript.source.title == "President Biden Meets the Biden-Harris Team on COVID-19")
    }

    @Test func legislativeCouncilHeadersAndTalliesAreNotSpeakers() throws {
        let text = """
            立法會 ─ 2013年 2月 21日

            5035

            出席議員：

            李卓人議員

            主席：現在恢復會議。

            盧偉國議員：主席，我支持議案。

            立法會 ─ 2013年 2月 21日

            5036

            盧偉國議員：我再補充一點。

            功能團體：

            立法會 ─ 2013年 2月 21日

            主席：議案獲得通過。
            """
        let transcript = try Transcript(parsing: text)
        #expect(transcript.participants.compactMap(\.name) == ["盧偉國"])
        #expect(transcript.participants.map(\.aliases) == [["主席"], ["盧偉國議員"]])
        #expect(transcript.notes.map(\.text).contains("5036"))
        #expect(!transcript.turns.flatMap(\.paragraphs).contains("立法會 ─ 2013年 2月 21日"))
    }

    @Test func utf16WithByteOrderMark() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "主持人：欢迎。\n\n新华社记者：请问？\n\n张明远：谢谢。".utf16 {
            bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let transcript = try Transcript(parsing: Data(bytes))
        #expect(transcript.source.encoding == "utf-16le")
        #expect(transcript.turns.count == 3)
    }
}

extension RealFormatTests {
    @Test func moderatorWhoCallsOnReporters() throws {
        let text = """
            CHAIR POWELL.  Good afternoon. Our policy is unchanged.

            MICHELLE SMITH.  Chris.

            CHRIS RUGABER.  Chris Rugaber, Associated Press. Will you cut rates?

            CHAIR POWELL.  We will see.

            MICHELLE SMITH.  Steve.

            STEVE LIESMAN.  Steve Liesman, CNBC. And the balance sheet?

            CHAIR POWELL.  No change there.
            """
        let transcript = try Transcript(parsing: text)
        #expect(Self.participant(transcript, alias: "MICHELLE SMITH")?.role == .moderator)
        #expect(Self.participant(transcript, alias: "CHRIS RUGABER")?.outlet == "Associated Press")
        #expect(Self.participant(transcript, alias: "CHAIR POWELL")?.role == .official)
        #expect(transcript.exchanges.map(\.answers) == [[3], [6]])
    }
}

extension RealFormatTests {
    /// A press officer who thanks the chair before naming the next reporter, or calls on one with a phrase, still only
    /// calls on people; one who says `Sure.` after a question answers it.
    @Test func moderatorWhoThanksBeforeCallingOn() throws {
        let text = """
            CHAIR HARTLEY.  Good afternoon. Our policy is unchanged.

            MICHELLE SAUNDERS.  Thank you, Mr. Chair. Nina.

            NINA CASTELLANOS.  Nina Castellanos, Associated Press. Will you cut rates?

            CHAIR HARTLEY.  We will see.

            MICHELLE SAUNDERS.  Let's go to Greta Lindahl at Bloomberg.

            GRETA LINDAHL.  And the balance sheet?

            CHAIR HARTLEY.  No change there.

            MICHELLE SAUNDERS.  Anadolu Agency, and then the Kyiv Independent.
            """
        let transcript = try Transcript(parsing: text)
        #expect(Self.participant(transcript, alias: "MICHELLE SAUNDERS")?.role == .moderator)
        #expect(Self.participant(transcript, alias: "CHAIR HARTLEY")?.role == .official)
        #expect(RoleInference.endsCallingOn(["Thank you, Mr. Chair. Nina."]))
        #expect(!RoleInference.endsCallingOn(["Sure."]))
        #expect(!RoleInference.endsCallingOn(["We will see how the data come in. Inflation is still too high."]))
    }

    /// A spokesperson chairing a joint briefing hands each question over (「这个问题请林海波先生回答。」) and answers none:
    /// the host. Her 「下面请方卫东先生回答学校方面的问题」 between two answers hands the same question on.
    @Test func aChairWhoHandsEachQuestionOver() throws {
        let text = """
            国家卫生健康委新闻发言人、宣传司副司长 周启航：各位媒体朋友，大家下午好！欢迎参加今天的新闻发布会。

            健康报记者：儿科门急诊压力比较大。请问在保障患儿就医方面有哪些措施？学校有什么安排？

            周启航：请孟雅琳女士回答。

            孟雅琳：我们扩大了儿科门诊的接诊能力，延长了服务时间。

            周启航：谢谢孟雅琳女士。下面请方卫东先生回答学校方面的问题。

            方卫东：我们要求学校落实晨午检制度，做好因病缺课登记。

            央视记者：请问流感疫苗现在接种还来得及吗？

            周启航：这个问题请章可新先生回答。

            章可新：现在接种仍然来得及。

            周启航：今天的发布会到此结束，谢谢大家！
            """
        let transcript = try Transcript(parsing: text)
        let host = try #require(transcript.participants.first { $0.name == "周启航" })
        #expect(host.role == .moderator)
        #expect(transcript.exchanges.map(\.answers) == [[3, 5], [8]])
        #expect(!RoleInference.asksSomeoneToAnswer("我现在要做的就是回答你的问题。"))
    }
}

extension RealFormatTests {
    @Test func acronymsOpeningASentenceAreNotSpeakers() throws {
        let text = """
            MS. PSAKI:  Good afternoon.

            U.N. Ambassador Thomas-Greenfield spoke today.

            COVID-19: the numbers keep falling.

            Q    What about NATO?

            MS. PSAKI:  NATO is strong.
            """
        let transcript = try Transcript(parsing: text)
        #expect(transcript.participants.map(\.label) == ["MS. PSAKI", "Q"])
        #expect(transcript.turns.count == 3)
    }

    @Test func outletLabelsWithoutAPersonsNameAsk() throws {
        let text = """
            ### 唐鳳：
            大家好，今天開放提問。

            ### 網管人：
            請問資安法何時修正？

            ### 唐鳳：
            預計下半年完成修正草案，並送立法院審議，屆時也會舉辦說明會。
            """
        let transcript = try Transcript(parsing: text)
        #expect(Self.participant(transcript, alias: "網管人")?.role == .reporter)
        #expect(Self.participant(transcript, alias: "唐鳳")?.role == .official)
    }
}

extension RealFormatTests {
    @Test(arguments: [
        ("2016年1月7日外交部发言人华春莹主持例行记者会\n\n问：请问？\n\n答：好。", "2016-01-07"),
        ("# 2024-04-10 數位部例行記者會\n\n### 司儀：\n開始。", "2024-04-10"),
        ("时间：2024年5月16日上午10时\n\n主持人：开始。", "2024-05-16"),
        ("共有2024个项目\n\n主持人：开始。", nil),
        ("截至2024年3月31日，全省共有2024个项目\n\n主持人：开始。", nil),
    ] as [(String, String?)])
    func dateFromTitleOrLead(text: String, date: String?) throws {
        #expect(try Transcript(parsing: text).source.date == date)
    }
}
