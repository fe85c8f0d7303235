import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Exchanges in conversation: hosts who are officials, interjections, shared anonymous labels.
@Suite("Exchanges in conversation")
struct ConversationExchangeTests {
    /// A press secretary chairing hands questions to a colleague by name: that answers nothing.
    private let chairedBriefing = """
        MS. ROWE: Good afternoon. Dr. Okafor will start with an update on the outbreak.

        DR. OKAFOR: Thank you. Cases fell by a third this week, and testing is up in every county.

        Q Thanks. How long will the testing sites stay open, and who pays for them?

        MS. ROWE: Dr. Okafor?

        DR. OKAFOR: The sites stay open through the spring. The state pays for them with federal money.

        MS. ROWE: Anything you'd like to add, Dr. Okafor?

        DR. OKAFOR: Only that the hours are longer on weekends.

        Q And are schools closing next week?

        DR. OKAFOR: No, schools stay open.

        MS. ROWE: Next question.

        Q What about the vaccine supply for clinics in the north?

        DR. OKAFOR: Supply is steady; two more shipments arrive on Monday.

        MS. ROWE: Thank you all.
        """

    /// An interviewer's prompt without a question mark (「谈谈你被抓的过程吧。」, a claim put to the guest) is a question
    /// when the guest answers it at length; a word that completes the guest's sentence, a remark the guest agrees
    /// with (「对。…」) and words cut off by a dash are not.
    @Test func anInterviewersPromptIsAQuestion() throws {
        let text = """
            # 专访李先生

            **记者：**谈谈你被抓的过程吧。

            **李先生：**被抓的时候我还在睡梦当中，家里被搜查了。警察告诉我，公司报了案，抓我的原因是我涉嫌职务侵占，后来才知道是因为那封邮件。这件事我以后还会慢慢讲给大家听，今天先说到这里。

            **记者：**有人质疑你当初的举报动机不单纯。

            **李先生：**社会的运行规律是主观为自己，客观为别人。我当时只是想把事情说清楚，没有别的目的，这一点我问心无愧。这件事我以后还会慢慢讲给大家听，今天先说到这里。

            **记者：**……然后你就离开了那家公司……

            **李先生：**对。离开以后我花了很长时间才重新找到工作，那段日子对我和家人来说都非常艰难，至今难忘。这件事我以后还会慢慢讲给大家听，今天先说到这里。

            **记者：**现在——

            **李先生：**现在我在一家小公司工作，收入不如从前，但是心里踏实，每天都能按时回家陪孩子吃晚饭。这件事我以后还会慢慢讲给大家听，今天先说到这里。
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map(\.kind) == [.question, .answer, .question, .answer, .remark, .answer, .remark, .answer])
        #expect(transcript.exchanges.map(\.question) == [0, 2])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3, 5, 7]])
    }

    /// A Chinese reply says about twice as much per character as a Latin one: a claim put to the guest that draws 39
    /// characters in reply is a prompt, as one drawing 78 Latin letters is.
    @Test func aShortChineseReplyAnswersAPrompt() throws {
        let transcript = try TestSupport.parse("""
            # 专访李先生

            **记者：**谈谈你被抓的过程吧。

            **李先生：**被抓的时候我还在睡梦当中，家里被搜查了。警察告诉我，公司报了案，抓我的原因是我涉嫌职务侵占，后来才知道是因为那封邮件。

            **记者：**接着比较具体的是，你以前曾经不想上学，有个校长很维护你。

            **李先生：**我有上学，但是我是去大学上学，虽然我是中学，我只是不想上中学，并不是不想上学。
            """)
        #expect(transcript.exchanges.map(\.question) == [0, 2])
        #expect(ExchangeBuilder.says(moreThan: 60, ["我有上学，但是我是去大学上学，虽然我是中学，我只是不想上中学，并不是不想上学。"]))
        #expect(!ExchangeBuilder.says(moreThan: 60, ["No, it pays better now, and it did before, too."]))
        // Four bytes a scalar at most: the byte count turns down only what the scalars would.
        #expect(ExchangeBuilder.says(moreThan: 3, ["😀😀😀😀"]))
        #expect(!ExchangeBuilder.says(moreThan: 3, ["😀😀😀"]))
    }

    /// An official's thanks for an asker's closing words, which ask nothing, answer nothing; thanks for a question do.
    @Test func thanksForClosingWordsAnswerNothing() throws {
        let transcript = try TestSupport.parse("""
            STACK: What made you start the company, after twenty years at big firms?

            FISCHER: I kept seeing the same problem: nobody paid the people who maintain the code we all rely on.

            STACK: Thank you, Donald. It was a pleasure, and I really appreciate you coming on.

            FISCHER: Thanks for having me on.
            """)
        #expect(transcript.turns[3].kind == .moderation)
        #expect(transcript.exchanges.map(\.answers) == [[1]])
        let thanked = try TestSupport.parse("""
            STACK: What made you start the company, after twenty years at big firms?

            FISCHER: I kept seeing the same problem: nobody paid the people who maintain the code we all rely on.

            STACK: And will you come back next year to tell us how it went?

            FISCHER: Thanks, I will.
            """)
        #expect(thanked.turns[3].kind == .answer)
    }

    /// A chair who calls on the next reporter by name after a colleague's answer ("Monica.", "Hi, Zeke.") answers
    /// nothing; the same few words right after a question ("Thursday.") answer it, and so does a reply word ("Correct.").
    @Test func callingOnTheNextReporterAnswersNothing() throws {
        let transcript = try TestSupport.parse("""
            MS. ROWE: Good afternoon. Dr. Okafor is here to take your questions on the outbreak.

            Q Thanks. How long will the testing sites stay open, and who pays for them?

            DR. OKAFOR: The sites stay open through the spring. The state pays for them with federal money.

            MS. ROWE: Monica.

            Q When does the President travel to the state to see the sites?

            MS. ROWE: Thursday.

            Q And will he meet the governor there, in the capital?

            DR. OKAFOR: He will, and the two of them will visit the site in the north together.

            MS. ROWE: Correct.

            Q Hi. On the budget, when does it come out?

            MS. ROWE: In May, as planned.
            """)
        #expect(transcript.turns[3].kind == .moderation)
        #expect(transcript.turns[5].kind == .answer)
        #expect(transcript.turns[8].kind == .answer)
        #expect(transcript.exchanges.map(\.answers) == [[2], [5], [7, 8], [10]])
    }

    /// An official who answers in a sentence of their own before calling on the next reporter ("No. Go ahead.") has
    /// answered; "Sure. Go ahead." and "Alex. Go ahead." only hand on.
    @Test func anAnswerBeforeTheCallOnTheNextReporterAnswers() throws {
        let transcript = try TestSupport.parse("""
            MS. ROWE: Good afternoon. Questions?

            Q What does the report say about the testing sites?

            MS. ROWE: It says the sites stay open through the spring, that the state pays for them with federal money, and that the hours grow longer on weekends.

            Q And the vaccine supply for the clinics in the north?

            MS. ROWE: Supply is steady, and two more shipments arrive on Monday, with a third expected before the end of the month.

            Q Was the President briefed on the report before it came out this morning?

            MS. ROWE: I don't have any update on internal briefings, no. Go ahead.

            Q Can you imagine any circumstance where he would fire the director?

            MS. ROWE: No. Go ahead.

            Q One more on the report, if I may, about its second chapter?

            MS. ROWE: Sure. Go ahead.

            Q Does the second chapter change the plan for the spring?

            MS. ROWE: Alex. Alex. Go ahead.
            """)
        #expect(transcript.turns.map(\.kind) == [.statement, .question, .answer, .question, .answer, .question, .answer, .question, .answer, .question, .moderation, .question, .moderation])
        #expect(transcript.exchanges.map(\.answers) == [[2], [4], [6], [8]])
    }

    /// An official who asks a colleague to speak (「我請龐處長說一下大約的數字。」) hands over when the colleague speaks
    /// next; one who answers before asking has answered.
    @Test func anOfficialAskingAColleagueToSpeakHandsOver() throws {
        let transcript = try TestSupport.parse("""
            主持人：現在開放媒體提問。

            記者：請問目前補發了多少張隔離通知書？分子、分母出來？

            羅秉成：我請龐處長說一下大約的數字。

            龐一鳴：目前系統上收的數字大概是 50 萬，其中補發的大約三成。

            記者：縣長今天為什麼沒有來？

            羅秉成：縣長還在議會質詢期間，所以用遠距的方式。請龐處長補充。

            龐一鳴：遠距的連線已經測試過了，沒有問題。
            """)
        #expect(transcript.turns[2].kind == .moderation)
        #expect(transcript.turns[5].kind == .answer)
        #expect(transcript.exchanges.map(\.answers) == [[3], [5, 6]])
    }

    @Test func aChairWhoHandsOverAnswersNothing() throws {
        let transcript = try TestSupport.parse(chairedBriefing)
        #expect(transcript.turns[3].kind == .moderation)
        #expect(transcript.turns[5].kind == .moderation)
        let first = try #require(transcript.exchanges.first)
        #expect(first.question == 2)
        #expect(first.answers == [4, 6])
        // "Next question." and the closing thanks answer nothing.
        #expect(transcript.exchanges.map(\.answers) == [[4, 6], [8], [11]])
        #expect(transcript.turns[9].kind == .moderation)
        #expect(transcript.turns[12].kind == .moderation)
    }

    /// A town hall's host asks the guests throughout and hands the floor to them: where the audience is on stage
    /// (`(APPLAUSE)`), the host is the event's moderator, and the host's questions open exchanges however the host
    /// is labelled.
    private let townHall = """
        BAKER: Welcome to the town hall. Tonight we talk about the river, with the mayor and two of her engineers. (APPLAUSE)

        BAKER: Mayor Hill, the flood last spring closed the bridge for a month. When does the new levee start?

        HILL: Work starts in March. We have the money from the state and the contracts are signed, so the crews are ready.

        BAKER: And who pays if the cost runs over?

        HILL: The city pays the first ten percent and the state the rest, as the agreement says. (APPLAUSE)

        BAKER: Mr. Ortiz, you built the old levee. What went wrong with it?

        ORTIZ: The old levee was built for a smaller river. The water came two feet higher than anything we had planned for.

        BAKER: Right.

        ORTIZ: And the soil under the north end was softer than the survey showed, which nobody knew until it gave way.

        BAKER: Ms. Patel, will the new one hold?

        PATEL: It is built for a flood twice the size of last spring's, and we test the soil every hundred feet this time.

        BAKER: Mayor, how long will the bridge stay closed during the work?

        HILL: Two weeks at most, in the summer, when the traffic is lightest and the schools are closed for the holidays.
        """

    @Test func aTownHallsHostAsksTheQuestions() throws {
        let transcript = try TestSupport.parse(townHall)
        let host = try #require(transcript.participants.first { $0.name == "Baker" })
        #expect(host.role == .moderator)
        #expect(transcript.participants.filter { $0.name != "Baker" }.allSatisfy { $0.role == .official })
        // `PATEL:`, one word in capitals printed once, is a speaker: the host named her just before.
        #expect(transcript.participants.map(\.name) == ["Baker", "Hill", "Ortiz", "Patel"])
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 8, 10])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3], [5, 7], [9], [11]])
    }

    /// Between questions, a panel's host who passes the floor on ("Anybody else want to jump in?") or says a few
    /// words that ask nothing ("Right.", "But there is now.") keeps the exchange going.
    @Test func aPanelHostsInterjectionsKeepTheExchange() throws {
        let panel = townHall.replacingOccurrences(
            of: "BAKER: Right.", with: "BAKER: Anybody else want to jump in?\n\nHILL: Only that the state has promised the money twice before, and paid both times.\n\nBAKER: But there is now.")
        let transcript = try TestSupport.parse(panel)
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 10, 12])
        #expect(transcript.exchanges[2].answers == [5, 7, 9])
        #expect(transcript.turns[6].kind == .moderation)
        #expect(transcript.turns[8].kind == .remark)
    }

    /// A host who breaks into an answer while the guest goes on with the same sentence (`-- and the soil…`) asks
    /// nothing new, even in a few words that end by asking.
    @Test func aHostBreakingIntoAnAnswerThatGoesOnAsksNothingNew() throws {
        let interrupted = townHall.replacingOccurrences(of: "BAKER: Right.", with: "BAKER: Two feet?")
            .replacingOccurrences(of: "ORTIZ: And the soil", with: "ORTIZ: -- and the soil")
        let transcript = try TestSupport.parse(interrupted)
        #expect(transcript.turns[6].kind == .remark)
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 8, 10])
        #expect(transcript.exchanges[2].answers == [5, 7])

        // Where the guest starts afresh, the same words are a question of their own.
        let asked = townHall.replacingOccurrences(of: "BAKER: Right.", with: "BAKER: Two feet?")
        #expect(try TestSupport.parse(asked).exchanges.map(\.question) == [0, 2, 4, 6, 8, 10])
    }

    /// The host's own welcome can name the event ("Welcome to the town hall"): with no stage direction or title to
    /// say so, the host who asks throughout still moderates it.
    @Test func aHostWhoWelcomesATownHallModeratesIt() throws {
        let unstaged = townHall.replacingOccurrences(of: " (APPLAUSE)", with: "")
        let transcript = try TestSupport.parse(unstaged)
        #expect(transcript.participants.first { $0.name == "Baker" }?.role == .moderator)
        // A "show" the host welcomes people to is no live event: the host interviews.
        let show = unstaged.replacingOccurrences(of: "town hall", with: "show")
        #expect(try TestSupport.parse(show).participants.first { $0.name == "Baker" }?.role == .reporter)
    }

    /// An audience member who asks in one of four turns is no rival to a host who asks in a quarter of forty: the
    /// host is weighed against those who speak about as often.
    @Test func aFewAudienceQuestionsDoNotUnseatTheHost() throws {
        var lines = ["BAKER: Welcome to the town hall with the mayor."]
        for round in 1...12 {
            let hostLine = round % 4 == 0
                ? "BAKER: Mayor, round \(round), what happens to the bridge next year?"
                : "BAKER: Round \(round) is about the levee, and the crews are already on the river bank."
            lines.append(hostLine)
            lines.append("HILL: On round \(round), the state pays for the work, the crews start in March, and the river is watched every day.")
        }
        lines += [
            "BAKER: Ruth Gray is here from the north end. Go ahead, Ruth.",
            "RUTH GRAY: Thank you. My street flooded twice. Who pays for the pumps?",
            "HILL: The city pays for the pumps, and the county for the pipes under the road to the river.",
            "RUTH GRAY: Thank you. That is good to hear for the whole street.",
            "BAKER: Ruth, another one?",
            "RUTH GRAY: Only thanks.",
            "RUTH GRAY: And the school?",
            "HILL: The school stays open through the whole of the work, with buses from the north end.",
        ]
        let transcript = try TestSupport.parse(lines.joined(separator: "\n\n"))
        #expect(transcript.participants.first { $0.name == "Baker" }?.role == .moderator)
    }

    /// A question broken off at a dash, acknowledged (`Yeah.`) and finished from a dash is asked by the turn that
    /// finishes it; the `Yeah.` answers nothing, nor does a colleague's `Yes.` inside an answer that goes on.
    @Test func aQuestionBrokenByAnAcknowledgementIsAskedWhereItEnds() throws {
        let transcript = try TestSupport.parse("""
            MS. PSAKI: Good afternoon, everyone.

            Q Thanks, Jen. Looking ahead to the trip, the backend —

            MS. PSAKI: Yeah.

            Q — the meeting with the Russian President: what does he expect from it?

            MR. DEESE: We will have more on that later this afternoon —

            MS. PSAKI: Yes.

            MR. DEESE: — so, stay tuned for the details.
            """)
        #expect(transcript.turns.map(\.kind) == [.statement, .remark, .remark, .question, .answer, .remark, .answer])
        #expect(transcript.exchanges.map(\.question) == [3])
        #expect(transcript.exchanges.map(\.answers) == [[4, 6]])
    }

    /// An interviewer's question that breaks off at a dash before its question mark still asks when the guest answers
    /// it afresh; a word or two ("Can you —") and an exclamation ("What a trip —") do not.
    @Test func aQuestionCutOffBeforeItsQuestionMarkAsks() throws {
        let transcript = try TestSupport.parse("""
            ASARO: Where did you grow up, and where did you go to school?

            OKAMURA: I grew up in Riverside, California, and studied mechanical engineering at Berkeley.

            ASARO: Were you doing robotics as an undergrad or –

            OKAMURA: As an undergraduate I did no robotics at all; I was working for a professor on education research.

            ASARO: Can you –

            OKAMURA: It was about how students learn design, and we wrote two papers about it in my last year there.

            ASARO: What was your first robotics project, then?

            OKAMURA: A hand that rolls objects between its fingers, in the lab of the man who became my adviser.

            ASARO: What a time –

            OKAMURA: It was a wonderful time, and the lab was full of people who later started companies of their own.
            """)
        #expect(transcript.turns.map(\.kind) == [.question, .answer, .question, .answer, .remark, .answer, .question, .answer, .remark, .answer])
        #expect(transcript.exchanges.map(\.question) == [0, 2, 6])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3, 5], [7, 9]])
    }

    /// A breaking mark is told on the last byte as on the characters: trailing spaces aside, and a combining mark after
    /// the dash makes another character.
    @Test func aBreakingMarkIsToldOnItsLastByteAsOnItsCharacters() {
        let texts = ["It's a —", "It's a —  ", "and then...", "其實……", "So --", "It's a —\u{301}", "Done.", "A - b", "", "   ", "…", "e\u{301}—"]
        for text in texts {
            #expect(ExchangeBuilder.endsBreakingOff(text) == ExchangeBuilder.endsBreakingOffReference(text), "\(text)")
        }
        #expect(ExchangeBuilder.endsBreakingOff("It's a —  "))
        #expect(!ExchangeBuilder.endsBreakingOff("It's a —\u{301}"))
        #expect(!ExchangeBuilder.endsBreakingOff("Done."))
    }

    /// An official's first words cut off at a dash by the reporter, who goes on with words of their own, answer
    /// nothing: the reporter's turn that finishes the question is asked and answered. A reporter's `Okay.` lets the
    /// official go on, and a start that asks back (`Which ones? The —`) is no cut-off.
    @Test func anOfficialCutOffByTheReporterHasNotAnsweredYet() throws {
        let cutOff = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q Thanks. On the trip, there were other stops planned, in Fiji and in Samoa, and you did not mention them today

            MS. ROWE: That's right —

            Q — so are those stops still on the schedule, or have they been dropped?

            MS. ROWE: They are still on the schedule, and we will have more on each of them next week.
            """)
        #expect(cutOff.turns.map(\.kind) == [.statement, .question, .remark, .question, .answer])
        #expect(cutOff.exchanges.map(\.question) == [3])
        #expect(cutOff.exchanges.map(\.answers) == [[4]])
        let goesOn = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q Does the President think the agreement is still holding, after what was said this morning?

            MS. ROWE: I'm just not going to comment on —

            Q Okay.

            MS. ROWE: — on what a candidate says on the campaign trail.
            """)
        #expect(goesOn.exchanges.map(\.answers) == [[2, 4]])
        let asksBack = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q Thanks. Will the President sign the bills that reached his desk this morning, all of them?

            MS. ROWE: Which ones? The —

            Q The two spending bills from the House.

            MS. ROWE: He will sign both of them this afternoon, at a ceremony with the sponsors.
            """)
        #expect(asksBack.turns[2].kind == .answer)
        let resumes = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q Would the President give the money back, all of it, to the foundation that gave it?

            MS. ROWE: Well, he would not do that and —

            Q And the others?

            MS. ROWE: — and if they had known about it, that would be one thing.
            """)
        #expect(resumes.turns[2].kind == .answer)
        let saysYes = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q So you would also send food, water and medicine to the camps?

            MS. ROWE: Right. We would —

            Q That sounds like a large operation, for a country that has never done it.

            MS. ROWE: It is large, and the Pentagon has planned for it since the spring.
            """)
        #expect(saysYes.turns[2].kind == .answer)
    }

    /// A `Yeah.` to a reporter's words that end without asking lets the reporter go on to the question; a `Yes.` to
    /// "Isn't that …" answers it.
    @Test func aYeahToWordsThatDoNotAskLetsTheReporterGoOn() throws {
        let goesOn = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q What will he say about Ukraine? Zelenskyy is coming, with a peace plan. They meet on Thursday.

            MS. ROWE: Yeah.

            Q What will he say about that plan.

            MS. ROWE: He will listen first, and then the two teams will work through it together.
            """)
        #expect(goesOn.exchanges.map(\.question) == [3])
        #expect(goesOn.exchanges.map(\.answers) == [[4]])
        let answered = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q Isn't that energy that would otherwise be wasted, since the plants are so far from the cities.

            MS. ROWE: Yes.

            Q And how does the new chip change that?

            MS. ROWE: It uses less power for the same work, so the plants can run more of them.
            """)
        #expect(answered.exchanges.map(\.question) == [1, 3])
    }

    /// A press secretary who thanks a departing colleague and calls on the next reporter, a paragraph each, answers
    /// nothing.
    @Test func thanksAndAHandOverAnswerNothing() throws {
        let transcript = try TestSupport.parse("""
            MS. ROWE: Admiral Kirk is here to take your questions.

            Q Will the talks resume next week?

            ADMIRAL KIRK: They will, in Geneva, and both delegations have confirmed.

            MS. ROWE: Thank you so much, Admiral. Appreciate it.

            Okay, we have a couple minutes left. Zeke?

            Q On the budget: when does the President sign it?
            """)
        #expect(transcript.turns[3].kind == .moderation)
        #expect(transcript.exchanges.map(\.answers) == [[2]])
    }

    /// An official who only apologises (`I am so sorry, guys.`) answers nothing; "Excuse me?" still asks back, and an
    /// apology that says more ("Sorry, I can't get into that.") answers.
    @Test func anApologyAloneAnswersNothing() {
        #expect(ExchangeBuilder.isApology(["I am so sorry, guys."]))
        #expect(ExchangeBuilder.isApology(["Okay. Sorry, guys."]))
        #expect(!ExchangeBuilder.isApology(["Excuse me?"]))
        #expect(!ExchangeBuilder.isApology(["Sorry, I can't get into that."]))
    }

    /// An official who speaks last to close the call ("That concludes our Q3 call.") answers nothing.
    @Test func anOfficialsClosingWordsAnswerNothing() throws {
        let call = """
            Operator: Our first question is from Ann Lee with Citi.

            Ann Lee: How much of the growth came from the new sites?

            Keith Taylor: About a third of it, and the rest from the sites we already run, where prices rose.

            Operator: And our last question today is from Matt Ross with UBS.

            Matt Ross: Will the margins hold next year?

            Keith Taylor: They should, as power costs are falling and the new sites fill up.

            Kate Ryan: Thank you. That concludes our Q3 call. Thank you for joining us.

            Operator: That concludes the conference. You may disconnect.
            """
        let transcript = try TestSupport.parse(call)
        #expect(transcript.turns[6].kind == .moderation)
        #expect(transcript.exchanges.map(\.answers) == [[2], [5]])
    }

    /// Without an audience or a panel in view, the same host is an interviewer, a reporter; without the guests
    /// taking the floor from the host, or beside a labelled reporter who asks throughout, nobody is an asking host.
    @Test func anAskingHostWithoutAnAudienceInterviews() throws {
        let interview = townHall.replacingOccurrences(of: " (APPLAUSE)", with: "").replacingOccurrences(of: "town hall", with: "show")
        let transcript = try TestSupport.parse(interview)
        #expect(transcript.participants.first { $0.name == "Baker" }?.role == .reporter)
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 8, 10])

        let briefing = try TestSupport.parse(chairedBriefing)
        #expect(briefing.participants.first { $0.name == "Rowe" }?.role != .reporter)
    }

    @Test func theHostsTurnsEndByAskingClearlyMoreOftenThanAnyoneElses() {
        let asking = SegmentedDocument.Turn(speaker: 0, paragraphs: ["So what went wrong? (APPLAUSE)"])
        #expect(RoleInference.endsAsking(asking))
        #expect(RoleInference.endsAsking(SegmentedDocument.Turn(speaker: 0, paragraphs: ["「你怎么看？」"])))
        #expect(!RoleInference.endsAsking(SegmentedDocument.Turn(speaker: 0, paragraphs: ["Why? Because the water rose."])))
        // Every aside after the last words is set aside, however many, and whatever is left decides.
        let footnoted = String(repeating: " [1]", count: 20_000)
        #expect(RoleInference.endsAsking(SegmentedDocument.Turn(speaker: 0, paragraphs: ["Is that so?" + footnoted])))
        #expect(!RoleInference.endsAsking(SegmentedDocument.Turn(speaker: 0, paragraphs: ["It is so." + footnoted])))
        #expect(!RoleInference.endsAsking(SegmentedDocument.Turn(speaker: 0, paragraphs: [footnoted])))
        #expect(!RoleInference.endsAsking(SegmentedDocument.Turn(speaker: 0, paragraphs: ["(APPLAUSE) ”"])))
    }

    /// "Me?" is a clarification, not a colleague's name; a long turn naming a colleague answers.
    @Test func onlyAShortTurnNamingAColleagueHandsOver() {
        let colleagues = ExchangeBuilder.colleagueNames(names: ["Rowe", "Okafor", nil], roles: [.official, .official, .reporter])
        #expect(ExchangeBuilder.isHandOver(["Dr. Okafor?"], speaker: 0, colleagues: colleagues))
        #expect(!ExchangeBuilder.isHandOver(["Me?"], speaker: 0, colleagues: colleagues))
        #expect(!ExchangeBuilder.isHandOver(["Okafor?"], speaker: 1, colleagues: colleagues))
        #expect(!ExchangeBuilder.isHandOver(
            ["As Dr. Okafor said, the sites stay open through the spring, and the state pays for them?"], speaker: 0,
            colleagues: colleagues))
        #expect(ExchangeBuilder.isHandOver(["Want to take that one?"], speaker: 0, colleagues: colleagues))
    }

    /// A host's turn between two answers (「請部長補充」) no longer ends the exchange; an official's `Yep.` to the
    /// host is no answer.
    @Test func aHostsTurnInsideAnAnswerDoesNotBreakTheExchange() throws {
        let transcript = try TestSupport.parse("""
            司儀：現在開放提問。

            記者：請問補助什麼時候發放？

            李明次長：補助下個月開始發放，線上申請即可。

            司儀：請部長補充。

            王大同部長：偏鄉另有專人協助申請。

            司儀：還有最後一個問題。

            記者：申請期限到什麼時候？

            李明次長：到年底為止。
            """)
        #expect(transcript.exchanges.map(\.answers) == [[2, 4], [7]])
    }

    @Test func anAcknowledgementOfTheHostIsNoAnswer() throws {
        let transcript = try TestSupport.parse("""
            MS. ROWE: We will take questions now.

            Q Will the bridge open this year?

            MS. ROWE: It will open in the fall.

            MODERATOR: There is time —

            MS. ROWE: Yep.

            MODERATOR: — for one more.
            """)
        #expect(transcript.turns[4].kind == .remark)
        #expect(transcript.exchanges.map(\.answers) == [[2]])
    }

    private let interruptedAnswer = """
        MS. ROWE: Questions?

        Q Why can't you support the court's decision on the bank —

        MS. ROWE: It's a matter for the court, and the court alone —

        Q — or —

        MS. ROWE: It is a decision for the court to speak to.

        Q Thank you. Next, on the budget?

        MS. ROWE: The budget comes in May.
        """

    @Test func anInterjectionStaysInPlaceInQA() throws {
        let transcript = try TestSupport.parse(interruptedAnswer)
        let first = try #require(transcript.exchanges.first)
        #expect(first.answers == [2, 4])
        #expect(first.interjections(among: transcript.turns) == [3])
        let markdown = transcript.questionsAndAnswers(format: .markdown)
        let answer = try #require(markdown.range(of: "It’s a matter") ?? markdown.range(of: "It's a matter"))
        let interjection = try #require(markdown.range(of: "*Reporter: — or —*"))
        let rest = try #require(markdown.range(of: "It is a decision for the court"))
        #expect(answer.upperBound <= interjection.lowerBound && interjection.upperBound <= rest.lowerBound)
        let csv = transcript.questionsAndAnswers(format: .csv)
        #expect(csv.contains("(Reporter: — or —)"))
        let json = transcript.questionsAndAnswers(format: .json)
        #expect(json.contains("\"interjections\""))
        // A pair without one keeps its layout.
        #expect(json.components(separatedBy: "\"interjections\"").count == 2)
    }

    @Test func anInterjectionStaysInPlaceInTheBriefing() throws {
        let briefing = try TestSupport.parse(interruptedAnswer).briefing()
        let interjection = try #require(briefing.range(of: "*Reporter: — or —*"))
        let rest = try #require(briefing.range(of: "It is a decision for the court"))
        #expect(interjection.upperBound <= rest.lowerBound)
    }

    @Test func twoOfficialsUnderOneAnonymousLabelAreNoted() throws {
        let transcript = try TestSupport.parse("""
            MODERATOR: Thanks for joining. Today's speakers are senior administration officials.

            SENIOR ADMINISTRATION OFFICIAL: Thanks. The summit opens on Monday with three sessions.

            Q Will the leaders sign a statement?

            SENIOR ADMINISTRATION OFFICIAL: They expect to. Just to add to what my colleague said, the sessions run late.

            Q And trade?

            SENIOR ADMINISTRATION OFFICIAL: Trade is on the second day.
            """)
        let note = try #require(transcript.diagnostics.first { $0.code == "shared-anonymous-label" })
        #expect(note.turn == 3)
        #expect(note.message.contains("SENIOR ADMINISTRATION OFFICIAL"))
    }

    @Test func oneAnonymousOfficialIsNotNoted() throws {
        let transcript = try TestSupport.parse("""
            MODERATOR: Thanks for joining. Our speaker is a senior administration official.

            SENIOR ADMINISTRATION OFFICIAL: Thanks. The summit opens on Monday with three sessions.

            Q Will the leaders sign a statement?

            SENIOR ADMINISTRATION OFFICIAL: They expect to, and the sessions run late.
            """)
        #expect(!transcript.diagnostics.contains { $0.code == "shared-anonymous-label" })
    }

    @Test func anEnglishCountThatDiffersGivesADiagnostic() throws {
        let transcript = try TestSupport.parse("""
            MS. ROWE: I have three updates. First, the bridge opens in May. Second, the tunnel opens in June.

            Q Thanks. Two questions. One, when does the bridge open? And two, who pays for it?

            MS. ROWE: In May, and the state pays.
            """)
        let mismatches = transcript.diagnostics.filter { $0.code == "point-count-mismatch" }
        #expect(mismatches.map(\.turn) == [0])
    }

    /// "Me?" asks what the question meant: the reply that says it is the question; `Yeah.` leaves the question as
    /// asked, and the answer after it answers that.
    @Test func anOfficialAskingBackAnswersNothing() throws {
        let transcript = try TestSupport.parse("""
            MS. ROWE: Questions?

            Q Will you visit the islands this time?

            MS. ROWE: Me?

            Q Her.

            DR. OKAFOR: Hopefully. We will be busy.

            Q The video the agency released, why now?

            MS. ROWE: You're talking about the video the agency released last week?

            Q Yeah.

            MS. ROWE: It is not uncommon for them to do this.
            """)
        #expect(transcript.turns[2].kind == .remark)
        #expect(transcript.turns[3].kind == .question)
        #expect(transcript.turns[6].kind == .remark)
        #expect(transcript.exchanges.map(\.question) == [3, 5])
        #expect(transcript.exchanges.map(\.answers) == [[4], [8]])
    }

    /// A question back that makes a point is an answer: 「你怎么不报呢？」, "Why would we ever do that?".
    @Test func aRhetoricalQuestionBackIsAnAnswer() {
        #expect(ExchangeBuilder.isAskingBack(["Me?"]))
        #expect(ExchangeBuilder.isAskingBack(["When you say “worse,” what are you referring to?"]))
        #expect(!ExchangeBuilder.isAskingBack(["Why would we ever do that to our own allies?"]))
        #expect(!ExchangeBuilder.isAskingBack(["那最简单的道理，我让你把病例都报出来，你怎么不报呢？"]))
        #expect(!ExchangeBuilder.isAskingBack(["AI不就是一種IT技術嗎？"]))
        #expect(ExchangeBuilder.isAskingBack(["你是说去年的那次会议吗？"]))
    }

    /// A phrase rather than a clause ("A commission in Congress?") and a request to hear the question again, in any
    /// sentence ("I'm sorry, counsel. Would you please repeat the question?"), ask back; the reply that says what was
    /// meant is the question, and one that only confirms (`Sure. Yeah.`, `Correct.`) leaves the question as asked.
    @Test func aPhraseOrARepairRequestAsksBack() throws {
        #expect(ExchangeBuilder.isAskingBack(["A commission in Congress?"]))
        #expect(ExchangeBuilder.isAskingBack(["For the restaurant program or just the programs in general?"]))
        #expect(ExchangeBuilder.isAskingBack(["I'm sorry, counsel. Would you please repeat the question?"]))
        #expect(ExchangeBuilder.isAskingBack(["Say that one more time. You wonder what?"]))
        #expect(!ExchangeBuilder.isAskingBack(["Does Russia have a role in determining our sanctions?"]))
        #expect(ExchangeBuilder.onlyConfirms(["Sure. Yeah."]))
        #expect(ExchangeBuilder.onlyConfirms(["Correct."]))
        #expect(ExchangeBuilder.onlyConfirms(["Mm-hmm."]))
        #expect(!ExchangeBuilder.onlyConfirms(["Or a presidential commission."]))
        let transcript = try TestSupport.parse("""
            MS. ROWE: Good afternoon.

            Q Would the President support a commission to look into the response?

            MS. ROWE: A commission in Congress?

            Q Or a presidential commission.

            MS. ROWE: If members of Congress want to discuss one, we are happy to hear from them, but our focus is the recovery.

            Q And the embassy, will it close this week, given the reports?

            MS. ROWE: The embassy in the capital?

            Q Correct.

            MS. ROWE: It stays open for now, with fewer staff, and we will say more when there is more to say.
            """)
        #expect(transcript.exchanges.map(\.question) == [3, 5])
        #expect(transcript.exchanges.map(\.answers) == [[4], [8]])
    }

    private let deflectingBriefing = """
        MS. ROWE: Questions?

        Q Will the agency release the audit?

        MS. ROWE: I'd refer you to the agency on that.

        Q And the bridge?

        MS. ROWE: The bridge opens in May. I don't have anything on the tunnel yet, but the bridge is on time, the \
        budget holds, and crews work through the weekend to keep it that way, with two shifts a day and a third \
        when the weather turns, as the county asked for in the spring, which is why we are confident about May, and \
        the state will publish the schedule on its site, together with the detour maps for the two towns on either \
        side, the list of closed ramps and a number to call for anyone whose business depends on the crossing.

        问：有报道称工厂将关闭，你能否证实？

        答：我不掌握有关情况，请向主管部门询问。
        """

    @Test func aShortAnswerThatDeclinesIsDeflected() throws {
        let transcript = try TestSupport.parse(deflectingBriefing)
        #expect(transcript.exchanges.map(\.status) == [.deflected, .answered, .deflected])
        #expect(transcript.jsonString().contains("\"status\": \"deflected\""))
        let csv = CSVReader.records(transcript.questionsAndAnswers(format: .csv))
        #expect(csv.first?.dropLast().last == "status")
        #expect(csv.dropFirst().map { $0.dropLast().last } == ["deflected", "answered", "deflected"])
        #expect(transcript.questionsAndAnswers(format: .markdown).contains("## Q1 · Reporter · deflected"))
        #expect(transcript.briefing().contains("### Q1 · Reporter · deflected"))
    }

    /// Declining to speculate or to speak for another body is a deflection; saying details will follow after a
    /// statement of substance is not.
    @Test(arguments: [
        ("I'm not going to get into a hypothetical. We will decide soon.", true),
        ("That's really for the French to speak to.", true),
        ("I would leave it to the Department of Justice to speak to.", true),
        ("I don't have a call to read out.", true),
        ("昨天我介绍了有关安排。如果有进一步消息，我们会及时发布。", true),
        ("关于你提到的具体问题，我目前没有可以提供的信息。", true),
        ("中俄是全面战略协作伙伴，两国外长将就双边关系交换意见。此访有关具体情况我们会及时发布，请大家保持关注。", false),
        ("The bridge opens in May, and the state pays for it.", false),
    ])
    func declining(answer: String, isDeflection: Bool) {
        #expect(ExchangeBuilder.isDeflection([[answer]]) == isDeflection)
    }

    /// JSON written before schema version 2 has no status: it reads as answered.
    @Test func anExchangeWithoutStatusDecodesAsAnswered() throws {
        let json = #"{"index":0,"question":1,"answers":[2],"asker":"p2","answerers":["p1"]}"#
        let exchange = try JSONDecoder().decode(Exchange.self, from: Data(json.utf8))
        #expect(exchange.status == .answered)
    }
}

/// Under a label every reporter shares, the asker a host has just called on by name is that reporter; a key line's
/// role word (`O: Operator`) names the participant.
@Suite("Askers the host calls on")
struct CalledOnAskerTests {
    @Test func theOperatorNamesTheAnalyst() throws {
        let transcript = try TestSupport.parse("""
            (O: Operator; DH: David Helfand; Q: Reporter)

            O: Our first question comes from the line of Craig Mailman with Citi. Please go ahead.

            Q: How do you think about acquisitions today?

            DH: We keep looking across sectors, and we are patient about price.

            Q: And the debt side?

            DH: We would provide debt capital that turns into equity.

            O: Next we'll go to Jane Q. Public from Acme Research.

            Q: What about buybacks?

            DH: We have 120 million dollars left on the authorization.
            """)
        let askers = transcript.exchanges.map { exchange in transcript.participants.first { $0.id == exchange.asker } }
        #expect(askers.map { $0?.name } == ["Craig Mailman", "Craig Mailman", "Jane Q. Public"])
        #expect(askers.map { $0?.outlet } == ["Citi", "Citi", "Acme Research"])
        #expect(transcript.participants.first?.name == "Operator")
    }

    @Test func aHostWhoCallsOnNobodyNamesNobody() {
        #expect(SelfIntroduction.calledOnName(in: ["Next question, please."]) == nil)
        #expect(SelfIntroduction.calledOnName(in: ["We'll go to the next question."]) == nil)
        #expect(SelfIntroduction.calledOnName(in: ["Our next question comes from Sheryl Stolberg with the New York Times."])?.name == "Sheryl Stolberg")
        let called = SelfIntroduction.calledOnName(in: ["Thank you. We'll start in the room. First question, Marie-Ève Lavoie, Radio-Canada."])
        #expect(called?.name == "Marie-Ève Lavoie")
        #expect(called?.outlet == "Radio-Canada")
        #expect(SelfIntroduction.calledOnName(in: ["Next question from Sarah Ritchie, Canadian Press?"])?.outlet == "Canadian Press")
    }
}

/// Beside labelled questions (`Q：`), a named speaker who only follows up on the answers, saying a few words otherwise,
/// is an interviewer: their follow-up is a question of its own.
@Suite("Signed follow-ups beside labelled questions")
struct SignedFollowUpTests {
    @Test func aNamedFollowUpAsks() throws {
        let transcript = try TestSupport.parse("""
            # 採訪共筆

            **Q：** 1. 疫情之下，社群的工作有什麼變化？開放政府的工作有沒有進展？

            **kiang：** 主要的變化是知名度，許多人因此對社群感興趣，但政策的進度並沒有明顯的改變，有些甚至倒退了。

            **Anna：** 我可以跟進一下嗎？倒退具體是指什麼？

            **kiang：** 以資料開放諮詢小組為例，初期會議定期召開，討論有共識後可以做出決定，現在已經很少開會了。

            **Anna：** 謝謝，了解。

            **Q：** 2. 最近社群有什麼項目比較活躍？

            **chihao：** 我覺得揪松團超級活躍，每週開會，每兩個月舉辦一次大松，每次都有許多提案。
            """)
        #expect(transcript.participants.first { $0.name == "Anna" }?.role == .reporter)
        #expect(transcript.exchanges.map(\.question) == [0, 2, 5])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3], [6]])
    }

    /// An official whose long answers hold a rhetorical question stays an official.
    @Test func anOfficialsRhetoricalQuestionIsNoFollowUp() throws {
        let transcript = try TestSupport.parse("""
            **Q：** 請問修法後如何認定惡意？

            **羅秉成：** 我們訂了三個基準，惡意、虛假、危害，三者都要具備才構成，這個在草案裡面寫得很清楚。

            **徐國勇：** 我來補充一下，三個基準判斷。惡，有沒有惡意？這個故意、惡意是重點，所以從判斷來講，構成要件就不該當，這是我們內政部的看法。

            **Q：** 那社維法呢？

            **徐國勇：** 社維法我們把構成要件明確化，人民言論自由更大，因為你不容易違反社維法。
            """)
        #expect(transcript.participants.first { $0.name == "徐國勇" }?.role == .official)
    }

    /// A reporter's labelled turn that is only a stage direction (`Q. (No microphone.)`) asked something: the answer
    /// after it answers it. "Go ahead, Karen." after `Q (Inaudible.)` answers nothing, and the direction stays a remark.
    @Test func aLabelledStageDirectionAsks() throws {
        let postgame = try TestSupport.parse("""
            THE MODERATOR: Questions for the players.

            Q. Marcus, walk us through the last shot.

            MARCUS BELL: It was a set we run a lot. I was just open, and I have taken that shot a thousand times.

            Q. (No microphone.)

            JALEN ORTIZ: Honestly, I didn't see it go in. I was boxing out, and I just heard the crowd.
            """)
        #expect(postgame.turns.map(\.kind) == [.moderation, .question, .answer, .question, .answer])
        #expect(postgame.exchanges.map(\.answers) == [[2], [4]])
        let briefing = try TestSupport.parse("""
            MS. PSAKI: Good afternoon. I have one item for you at the top.

            Q: Jen, on the bill, does the President support the Senate version of it?

            MS. PSAKI: He does, and he has said so many times.

            Q: (Inaudible.)

            MS. PSAKI: Go ahead, Karen.

            Q: Thank you. Is the President going to sign it this week, before the recess?

            MS. PSAKI: I don't have a timeline for you on that today, but we will keep you posted.
            """)
        #expect(briefing.turns[3].kind == .remark)
        #expect(briefing.exchanges.map(\.question) == [1, 5])
    }

    /// A virtual press conference under a key of initials: the moderator hands the floor over ("The next question goes
    /// to Richard from Reuters."), and moderates; the Director-General hands a question to a colleague ("Rania,
    /// please."), which answers nothing.
    @Test func aVirtualPressConferencesModerator() throws {
        let presser = try TestSupport.parse("""
            Speaker key:
            AM Anna Moretti
            JO Dr Jonas Okello
            RA Dr Rania Aziz
            HE Helen
            RI Richard

            AM Hello and welcome. With us today are Dr Jonas Okello and Dr Rania Aziz. Dr Okello, the floor is yours.

            JO Thank you, Anna. The talks on the pandemic agreement have moved forward this week.

            AM Thank you. We will now open the floor for questions. The first question goes to Helen.

            HE Thank you. Is there enough oral vaccine for all of these cholera outbreaks?

            JO Thank you, Helen. Rania, please.

            RA Thank you, Helen. No. The stockpile has been below the emergency threshold for most of this year.

            AM Thank you. The next question goes to Richard from Reuters.

            RI Has WHO reached the hospitals in the north this week?

            JO Not this week. Our last mission reached them on the fourth, with fuel and medicines.

            AM Thank you all for joining. This concludes our press conference.
            """)
        #expect(presser.participants.first?.role == .moderator)
        #expect(presser.turns[4].kind == .moderation)
        #expect(presser.exchanges.map(\.answers) == [[5], [8]])
    }

    /// A reporter who breaks into an answer without asking ("But you can't say when.") while the official goes on from
    /// a dash ("– but no, I can't give you a date…") makes a remark; the answer on both sides of it answers the question.
    /// A mic note (「（未使用麥克風）」) is a stage direction.
    @Test func aRemarkTheAnswerGoesOnThrough() throws {
        let conference = try TestSupport.parse("""
            MODERATOR: We'll take questions now.

            JOURNALIST: Governor, when will rates come down?

            GOVERNOR: We will cut when we are confident inflation is returning to target, and not before —

            JOURNALIST: But you can't say when.

            GOVERNOR: – but no, I can't give you a date, and I don't think it would be responsible to.

            JOURNALIST: On the Australian dollar, are you worried?

            GOVERNOR: No. The exchange rate is doing its job as a shock absorber.
            """)
        #expect(conference.turns[3].kind == .remark)
        #expect(conference.exchanges.map(\.answers) == [[2, 4], [6]])
        #expect(StageDirection.isStageDirection("（未使用麥克風）"))
    }
}
