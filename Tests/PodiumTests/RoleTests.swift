import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

@Suite("Roles")
struct RoleTests {
    private func role(of name: String, in transcript: Transcript) -> Role? {
        transcript.participants.first { $0.name == name }?.role
    }

    @Test func moderatorWordMakesAModerator() throws {
        let transcript = try TestSupport.parse("主持人：欢迎。\n\n新华社记者：请问？\n\n张明远局长：谢谢。")
        #expect(transcript.participants.map(\.role) == [.moderator, .reporter, .official])
    }

    /// Short answers to the host's own questions are answers: someone who speaks right after a question is not
    /// calling on people.
    @Test func shortAnswersToTheHostsQuestionsAreAnOfficials() throws {
        let transcript = try TestSupport.parse(
            "访谈实录\n\n【主持人】欢迎收看本期节目。\n\n【张明远】谢谢主持人，大家好。\n\n【主持人】请问今年的工作重点是什么？\n\n"
                + "【张明远】今年重点是就业和民生。\n\n【主持人】谢谢张局长。\n")
        #expect(role(of: "张明远", in: transcript) == .official)
        #expect(transcript.participants.first { $0.label == "主持人" }?.role == .moderator)
    }

    /// A committee hearing: the chair runs the business (witnesses, motions, the roll) and moderates; a witness who
    /// names an organisation and asks nothing has no outlet and is no reporter; a member who asks is one, and the
    /// author's "Specifically what type of changes?" only asks what was meant.
    @Test func aHearingsChairModeratesAndItsWitnessesAreNoReporters() throws {
        let transcript = try TestSupport.parse("""
            Paula Moore: She'll be presenting AB 7, file item number one.

            Rosa Lind: Thank you, Chair and members. AB 7 puts a nurse in every school, because one in five schools has none today and the children pay for it.

            Paula Moore: Thank you. Others in support, please come forward, state your name and position on the bill.

            Dana Reyes: Dana Reyes with the Riverside Teachers Association, in strong support.

            Omar Haddad: Omar Haddad on behalf of the County Nurses Union, in support.

            Paula Moore: Seeing no others in support, any opposition? Seeing none, Mr. Stone.

            Gary Stone: Thank you, Chair. I just wanted to ask about the cost, and whether the bill could start with the poorest districts.

            Rosa Lind: Specifically what type of changes?

            Gary Stone: Start with the poorest districts and add the others when the money allows. Would you take that amendment?

            Rosa Lind: We have looked at it, and the need is in every district, so the bill stays statewide with the money phased in.

            Paula Moore: Thank you. Call the roll, please. The motion is do pass.
            """)
        #expect(role(of: "Paula Moore", in: transcript) == .moderator)
        let witness = try #require(transcript.participants.first { $0.name == "Dana Reyes" })
        #expect(witness.outlet == nil)
        #expect(witness.role != .reporter)
        #expect(role(of: "Gary Stone", in: transcript) == .reporter)
        #expect(transcript.turns[7].kind == .remark)
        #expect(transcript.exchanges.map(\.question) == [8])
    }

    /// A host named but not titled (「高遵：」) who only opens the floor and asks for more questions
    /// (「政委麻煩大家直接提問」, 「歡迎媒體繼續提問。」, 「還有其他的媒體要提問嗎？」) moderates.
    @Test func aHostWhoOnlyAsksForQuestionsModerates() throws {
        let transcript = try TestSupport.parse("""
            高遵：非常謝謝大家參加今天的茶敘。

            唐鳳：很高興有這個機會跟各位見面，我們半年一次有這樣子的茶敘。

            高遵：政委麻煩大家直接提問，請。

            問：想請問政委，數位發展的預算什麼時候會通過？

            唐鳳：預算已經送到立法院，我們希望年底前可以通過。

            高遵：歡迎媒體繼續提問。

            問：白名單是政府在制定嗎？

            唐鳳：是由業者自律，政府提供協助。

            高遵：還有其他的媒體要提問嗎？
            """)
        #expect(role(of: "高遵", in: transcript) == .moderator)
        #expect(transcript.exchanges.map(\.answers) == [[4], [7]])
    }

    /// A central bank's press officer opens the questions ("We'll go straight to questions. Please say who you are"),
    /// calls on the room ("A question from the back, from Sky News.") and ends on time ("That's all we have time for
    /// today."): a moderator, none of whose turns answers.
    @Test func aPressOfficerWhoRunsTheQuestionsModerates() throws {
        let transcript = try TestSupport.parse("""
            Alastair Pryce: Good afternoon. The Committee voted to hold Bank Rate at 4%.

            Rhiannon Coles: Thank you, Governor. We'll go straight to questions. Please say who you are and where you're from.

            Hannah Price, Financial Times: Is a cut in February likely?

            Alastair Pryce: Every meeting is a live meeting.

            Rhiannon Coles: Thank you. A question from the back, from Sky News.

            Ed Morris, Sky News: Is the economy in recession?

            Alastair Pryce: No. Growth was a bit weaker than we forecast.

            Rhiannon Coles: Thank you very much. That's all we have time for today.
            """)
        #expect(role(of: "Rhiannon Coles", in: transcript) == .moderator)
        #expect(role(of: "Alastair Pryce", in: transcript) == .official)
        #expect(transcript.exchanges.map(\.answers) == [[3], [6]])
    }

    /// An Otter export: unnamed voices (`Speaker 3`, `Speaker 4`) ask once or twice each; the board member answers
    /// every one of them and hands over to a colleague by name ("Martin?"). She answers, however often her turns end
    /// with a question mark; the voices ask.
    @Test func anOfficialWhoHandsOverByNameStillAnswers() throws {
        let transcript = try TestSupport.parse("""
            Keith Holloway  0:02
            Okay, I think we're live. We'll hear from Board Member Rosa Delgado. Member Delgado.

            Member Rosa Delgado  0:21
            Thank you, Keith. Yesterday a floatplane crashed shortly after departing the harbor.

            Member Rosa Delgado  1:02
            Our team arrived late last night and will be here for about a week.

            Keith Holloway  2:10
            Please state your name and outlet. Go ahead.

            Speaker 3  2:14
            Hi, Amy Lund, Ketchikan Daily News. Did the airplane have any kind of recorder on board?

            Member Rosa Delgado  2:20
            It did not. We will look at any portable devices that could hold data. Martin?

            Martin Ueda  2:38
            Sure. We recovered one handheld GPS this morning.

            Speaker 4  2:55
            Peter Rhee with Alaska Public Media. Was the pilot in contact with anyone on the radio?

            Member Rosa Delgado  3:09
            There was a routine departure call and nothing after that.

            Speaker 4  3:31
            Jenna Price, Associated Press. Was there any warning about the wind?

            Member Rosa Delgado  3:38
            We're collecting the weather data now. Martin?

            Martin Ueda  3:47
            Yeah, and I'd ask any pilot who was flying in the area to contact us.

            Speaker 3  4:01
            Sorry, follow-up. Will you be talking to the families?

            Member Rosa Delgado  4:05
            Yes. I met with two of the families this morning.

            Keith Holloway  4:19
            All right, that's all the time we have.
            """)
        #expect(transcript.participants.first { $0.label == "Member Rosa Delgado" }?.role == .official)
        #expect(transcript.participants.first { $0.label == "Speaker 3" }?.role == .reporter)
        #expect(transcript.exchanges.map(\.answers) == [[4, 5], [7], [9, 10], [12]])
        #expect(RoleInference.endsNamingSomeone(["We will look at it. Dr. Lee?"]))
        #expect(!RoleInference.endsNamingSomeone(["Is that right, Martin?"]))
    }

    /// A club's pre-match press conference: `**Press officer:**` runs it, `**SV:**` is the head coach the lead names
    /// with those initials, and the press officer's turns answer nothing.
    @Test func aPressOfficerLabelModerates() throws {
        let transcript = try TestSupport.parse("""
            Head coach Søren Vestergaard (SV) spoke to the media on Thursday.

            **Press officer:** Afternoon, everyone. Who's first?

            **Q:** Is anyone coming back for Saturday?

            **SV:** Mikkel trained fully yesterday, so he is available.

            **Press officer:** Let's go to the line. Sam from The Athletic.

            **Q (The Athletic):** Is the squad big enough?

            **SV:** Yes.
            """, format: .markdown)
        #expect(transcript.participants.first { $0.label == "Press officer" }?.role == .moderator)
        #expect(transcript.participants.first { $0.label == "SV" }?.name == "Søren Vestergaard")
        #expect(transcript.exchanges.map(\.answers) == [[2], [5]])
    }

    /// A ministry's spokesperson opens, hands questions to colleagues and closes, but also answers one question at
    /// length over the closing words under the same label: an official, whose answer pairs with the question. Without
    /// that answer, the same spokesperson hosts.
    @Test func aSpokespersonWhoHostsAndAnswers() throws {
        let text = """
            交通运输部新闻发言人 周海涛：大家上午好！下面，先请韩立群副司长通报经济运行情况。

            韩立群：谢谢周发言人。总的来看，1至5月交通运输经济运行延续稳中向好的态势。

            周海涛：谢谢韩司长。下面进入提问环节。

            人民日报记者：暑期运力保障有哪些安排？

            周海涛：这个问题请韩立群副司长回答。

            韩立群：我们会加密班次、增开夜间线路，做好不同运输方式之间的衔接。

            中国交通报记者：今年前5个月水路货运量增长较快，主要原因是什么？

            周海涛：关于这个问题，水路货运量增长较快，主要得益于外贸需求回升和大宗物资运输需求增加，内河集装箱运输也保持了较好势头。

            长江航道汛期通航保障方面，我们已制定方案，加强重点水域的水位监测和航道维护。

            由于时间关系，今天的发布会就到这里。谢谢大家！
            """
        let transcript = try TestSupport.parse(text)
        #expect(role(of: "周海涛", in: transcript) == .official)
        #expect(transcript.exchanges.map(\.answers) == [[5], [7]])
        let hosting = try TestSupport.parse(text.replacingOccurrences(
            of: "关于这个问题，水路货运量增长较快，主要得益于外贸需求回升和大宗物资运输需求增加，内河集装箱运输也保持了较好势头。\n\n长江航道汛期通航保障方面，我们已制定方案，加强重点水域的水位监测和航道维护。\n\n", with: "这个问题请韩立群副司长回答。\n\n韩立群：主要得益于外贸需求回升。\n\n周海涛："))
        #expect(role(of: "周海涛", in: hosting) == .moderator)
    }

    /// A reporter who names the outlet and asks without a question mark ("I wonder if…") keeps the outlet.
    @Test func aReporterWhoWondersKeepsTheOutlet() throws {
        let transcript = try TestSupport.parse("""
            CHAIR POWELL: Good afternoon. We kept the rate where it was, and the committee sees inflation easing.

            STEVE HALE: Steve Hale, Reuters. I wonder if you could comment on the cuts the markets expect next year.

            CHAIR POWELL: We are not thinking about cuts yet; the committee will look at the data as it comes in.

            STEVE HALE: And the balance sheet. Thank you.

            CHAIR POWELL: The runoff goes on as planned.
            """)
        #expect(transcript.participants.first { $0.name == "Steve Hale" }?.outlet == "Reuters")
    }

    @Test func spokespersonWhoOpensHandsOverAndClosesIsTheModerator() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("jekyll_post.md"))
        #expect(role(of: "王芳", in: transcript) == .moderator)
        #expect(role(of: "李华", in: transcript) == .official)
        #expect(transcript.participants.first { $0.outlet == "新华社" }?.role == .reporter)
    }

    @Test(arguments: [
        ["下面，先请罗局长做情况介绍。", "现在欢迎大家提问。", "今天的发布会就先到这里，谢谢大家！"],
        ["下面请张局长介绍。", "请继续提问。", "今天的发布会到此结束。"],
    ])
    func moderatorInferredFromPhrases(phrases: [String]) throws {
        let text = """
            国务院新闻办新闻局副局长、新闻发言人邢慧娜：\(phrases[0])

            工业和信息化部运行监测协调局局长罗俊杰：谢谢主持人。一季度工业经济平稳开局，我们做了大量工作，效果明显。

            邢慧娜：\(phrases[1])

            新华社记者：请问下一步的打算？

            罗俊杰：我们将继续努力，推动工业经济平稳增长。

            邢慧娜：\(phrases[2])
            """
        let transcript = try TestSupport.parse(text)
        #expect(role(of: "邢慧娜", in: transcript) == .moderator)
        #expect(role(of: "罗俊杰", in: transcript) == .official)
        #expect(transcript.turns.filter { $0.speaker == transcript.participants.first { $0.name == "邢慧娜" }?.id }.allSatisfy { $0.kind == .moderation })
    }

    @Test func anonymousQuestionerIsAReporter() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("en_briefing.txt"))
        #expect(transcript.participants.first { $0.aliases == ["Q"] }?.role == .reporter)
        #expect(role(of: "Hartley", in: transcript) == .official)
    }

    @Test func turnKinds() throws {
        let transcript = try Transcript(parsing: try TestSupport.fixture("plain_inline.txt"))
        #expect(transcript.turns.map(\.kind) == [.moderation, .statement, .moderation, .question, .answer, .moderation])
    }

    /// 「網管人：」 names no person; a label like it that mostly asks is an outlet's reporter.
    @Test func unnamedLabelThatAsksIsAReporter() throws {
        let transcript = try TestSupport.parse("""
            主持人：現在開放提問。

            網管人：請問部長，這個計畫什麼時候開始？

            唐鳳：明年一月開始，我們會分三個階段推動，第一階段先從中央部會做起。

            網管人：經費從哪裡來？

            唐鳳：經費已經編列在明年的預算裡面，總共是三億元。
            """)
        #expect(transcript.participants.map(\.label) == ["主持人", "網管人", "唐鳳"])
        #expect(transcript.participants.map(\.role) == [.moderator, .reporter, .official])
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
    }

    /// A compilation of hosts' monologues: the host who asks most speaks in monologues, longer than anyone, so the
    /// questions are rhetorical and nobody interviews. The same host asking in a few words interviews the others.
    @Test func aHostWhoSpeaksLongestAsksRhetorically() throws {
        let lecture = "Most of our listeners start with a laptop microphone, and that is fine for the first month. "
            + "Later on, the room matters more than the microphone, so hang blankets and close the windows. "
        let musing = String(repeating: lecture, count: 3)
        let monologues = [
            "Ann: \(musing)So is there an ideal episode length? Nope. \(musing)",
            "Bo: \(lecture)",
            "Ann: \(musing)Why does that matter? Because people listen while they drive. \(musing)",
            "Cy: \(lecture)",
            "Ann: \(musing)\(musing)",
            "Bo: \(lecture)",
            "Ann: \(musing)\(musing)Is this something I really want to listen to?",
            "Cy: \(lecture)",
        ]
        let compilation = try TestSupport.parse(monologues.joined(separator: "\n\n"))
        #expect(compilation.participants.map(\.role) == [.official, .official, .official])
        #expect(compilation.exchanges.isEmpty)

        let questions = [
            "Ann: So is there an ideal episode length?", "Bo: \(lecture)",
            "Ann: Why does that matter?", "Cy: \(lecture)",
            "Ann: What about the room?", "Bo: \(lecture)",
            "Ann: Is this something people want to listen to?", "Cy: \(lecture)",
        ]
        let interview = try TestSupport.parse(questions.joined(separator: "\n\n"))
        #expect(role(of: "Ann", in: interview) == .reporter)
        #expect(interview.exchanges.count == 4)
    }

    /// A television interview whose host is labelled as one (「主持人」) and no reporter is labelled: the host stays
    /// the moderator, and asks the questions the guest answers. Beside labelled reporters the host only hands over.
    @Test func aLabelledHostWithNoReportersAsks() throws {
        let interview = try TestSupport.parse("""
            【主持人】各位观众好，欢迎收看本期节目。今天我们请到了经济学家李明。

            【嘉宾 李明】谢谢主持人，大家好。

            【主持人】您怎么看今年的经济形势？

            【嘉宾 李明】总体向好，但也面临不少挑战。消费恢复得比预期慢，出口压力也比较大。

            【主持人】那么明年呢？

            【嘉宾 李明】明年我比较乐观。一是政策空间还在，二是企业信心在恢复。

            【主持人】最后一个问题，普通人应该怎么应对？

            【嘉宾 李明】量入为出，保持学习。

            【主持人】谢谢李明先生，我们下期再见。
            """)
        #expect(interview.participants.map(\.role) == [.moderator, .official])
        #expect(interview.exchanges.map(\.question) == [2, 4, 6])
        #expect(interview.exchanges.map(\.answers) == [[3], [5], [7]])

        let briefing = try TestSupport.parse("""
            主持人：各位记者朋友，大家上午好。今天请张局长介绍情况，大家有什么问题？

            张明远：谢谢主持人。今年我们做了三件事。

            主持人：下面请记者提问，哪位先来？

            新华社记者：请问张局长，明年有什么计划？

            张明远：明年我们将继续推进改革。

            主持人：还有哪位记者有问题？

            中央电视台记者：请问改革的重点是什么？

            张明远：重点是简政放权。

            主持人：今天的发布会到此结束，谢谢大家。
            """)
        #expect(briefing.exchanges.map(\.question) == [3, 6])
        #expect(briefing.turns.filter { $0.speaker == "p1" }.allSatisfy { $0.kind == .moderation })
    }

    /// An online interview's page (人民网访谈): its header lists the guests (「访谈嘉宾：」), who speak first as 「嘉宾 刘新宇：」 and
    /// after as 「刘新宇：」, one person; the host's welcome asks nothing, and the guests' greetings answer nothing.
    @Test func anOnlineInterviewsGuestsAndHost() throws {
        let transcript = try TestSupport.parse("""
            访谈嘉宾：国家医疗保障局司长 刘新宇；中国药科大学教授 唐文静

            **主持人：**各位网友大家好，欢迎收看人民网访谈。今天我们邀请到刘新宇司长、唐文静教授。两位嘉宾好！

            **嘉宾 刘新宇：**主持人好，各位网友好！

            **嘉宾 唐文静：**大家好！

            **主持人：**刘司长，药品集采已经七年了，您能介绍一下总体成效吗？

            **刘新宇：**七年来，国家层面开展了十一批药品集采。

            **主持人：**唐教授，您怎么看？

            **唐文静：**集采改变的不只是价格。

            **主持人：**网友问：集采药品质量会不会打折扣？

            **刘新宇：**我们从几个环节把关，质量有保障。

            **主持人：**最后一个问题，接下来集采会有哪些新变化？

            **刘新宇：**我们将推动集采提质扩面。
            """)
        #expect(Set(transcript.participants.compactMap(\.name)) == ["刘新宇", "唐文静"])
        #expect(transcript.turns.count == 11)
        #expect(transcript.turns.first?.kind == .moderation)
        #expect(transcript.exchanges.map(\.question) == [3, 5, 7, 9])
    }

    /// A press officer who opens, calls on the room in words no lexicon lists (`We start with the gentleman in front.`,
    /// `Last question, KBC.`) and closes moderates, though she is named with no role's word; the spokesperson who
    /// answers stays an official, and the host's calls are no answers.
    @Test func aHostWhoCallsOnTheRoomInHerOwnWordsModerates() throws {
        let transcript = try TestSupport.parse("""
            Brian Kiptoo: Good morning, ladies and gentlemen of the press. We shall start with a statement from the Spokesperson, then take questions. Spokesperson.

            Wanjiru Kamau: Thank you, Brian. Good morning. Allow me to cover two matters this week: the housing programme and the drought response in the north.

            Brian Kiptoo: Thank you. We start with the gentleman in front.

            Dennis Mwangi (Citizen TV): Spokesperson, when will the evicted families get their units?

            Wanjiru Kamau: Every household on the list is entitled to a unit, and the allocation starts in June.

            Brian Kiptoo: Let us go to the back. The lady in blue.

            Amina Hassan (Nation): Is the drought response funded for the whole season?

            Wanjiru Kamau: It is funded to the end of March, and we will review it then.

            Brian Kiptoo: Thank you, Spokesperson, and thank you, members of the press. See you next week.
            """)
        #expect(role(of: "Brian Kiptoo", in: transcript) == .moderator)
        #expect(role(of: "Wanjiru Kamau", in: transcript) == .official)
        #expect(transcript.exchanges.map(\.answers) == [[4], [7]])
    }

    /// Clips of a speech a host plays between questions to a guest open nothing: their short lines come before
    /// the host's questions, as a host's calls do, but the host speaks first and the clips call on no one.
    @Test func clipsPlayedBetweenAHostsQuestionsCallOnNoOne() throws {
        let transcript = try TestSupport.parse("""
            Nora Hale: Welcome back. My guest tonight is the senator. First, here is the governor last week.

            Tom Reyes: The levee held. Two streets flooded.

            Nora Hale: Senator, was he right about the levee?

            Ann Vale: He was, but only just, and the state knew it for years.

            Nora Hale: Here he is again.

            Tom Reyes: The city pays for the cleanup.

            Nora Hale: Should the city pay?

            Ann Vale: No. The state should, because the levee is the state's.

            Nora Hale: And one more.

            Tom Reyes: We have asked for help.

            Nora Hale: Has he?

            Ann Vale: Not that I have seen.
            """)
        #expect(role(of: "Tom Reyes", in: transcript) != .moderator)
    }
}
