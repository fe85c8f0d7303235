import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts of the ninth written set: a listed company's summary of a briefing's questions and answers, a group
/// interview's key printed as a sentence, a government press conference's chair in English translation. Each test holds a
/// transcript written for it in that layout, and a case the rule must leave alone.
@Suite("Summary and key layouts")
struct SummaryAndKeyLayoutTests {
    /// A company's Q&A summary: `Q1.`, `Q3-1.`, `Q3-2. Follow-up:` number the questions; `A1. (Kanda)` names who answers
    /// in brackets, and `(Moriyama)` opening a later paragraph of the answer is another respondent's turn. The page's
    /// `- 1 -` and copyright line are notes, and `- 1 -` makes no Markdown of the text.
    @Test func summaryOfQuestionsWithRespondentsInBrackets() throws {
        let text = """
            Summary of Questions and Answers
            Respondents:    Hiroshi Kanda, CFO
                            Takeshi Moriyama, President

            Q1. How much of the decline was due to volume?

            A1. (Kanda) Roughly two thirds was volume.

                (Moriyama) If I may add, we deliberately cut shipments.

                                               - 1 -
                              Copyright (C) Example Corporation. All rights reserved.

            Q3-1. What is the impact of tariffs on profit?

            A3-1. (Kanda) The gross impact is about 40 billion yen.

            Q3-2. Follow-up: are competitors raising prices?

            A3-2. We are not in a position to comment (as you know) on that.
            """
        let report = try TestSupport.parse(text, format: .text)
        let names = report.turns.map { TestSupport.speaker(report, turn: $0.index)?.name ?? "-" }
        try #require(names == ["-", "Kanda", "Moriyama", "-", "Kanda", "-", "-"])
        #expect(report.turns.map(\.kind) == [.question, .answer, .answer, .question, .answer, .question, .answer])
        #expect(report.turns[1].paragraphs == ["Roughly two thirds was volume."])
        #expect(report.turns[5].paragraphs == ["are competitors raising prices?"])
        #expect(report.turns.allSatisfy { turn in !turn.paragraphs.contains { $0.contains("Copyright") } })
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
        #expect(FormatDetector.detect(Substring(text), hasFrontMatter: false) == .text)
        // An aside in brackets printed once, named nowhere else, is no respondent.
        #expect(BracketedRespondent.named(in: [], opening: ["Respondents: Hiroshi Kanda"]).isEmpty)
        #expect(BracketedRespondent.leading("(Laughter) Good question.") == nil)
        #expect(BracketedRespondent.leading("(1) Retail demand stays flat.") == nil)
        #expect(BracketedRespondent.leading("(as you know) we cannot say.") == nil)
    }

    /// 「（以下 Q 为媒体提问，李 为制作人李牧之，赵 为主策划赵一帆）」: a key printed as a sentence joined by 为 names the
    /// one-character labels, a title before each name; 因为 and 作为 join no pair.
    @Test func keyJoinedByWei() throws {
        let text = """
            本次接受采访的是制作人李牧之和主策划赵一帆。

            （以下 Q 为媒体提问，李 为制作人李牧之，赵 为主策划赵一帆）

            **Q：首先想问一下，这次试玩的版本有哪些变化？**

            **李：** 变化还挺大的，我们把引导压缩了一半左右。

            **赵：** 另外战斗系统也调整了。

            **Q：团队现在的规模大概是多少？**

            **李：** 团队现在四百人左右。
            """
        let report = try TestSupport.parse(text)
        let names = report.turns.map { TestSupport.speaker(report, turn: $0.index)?.name ?? "-" }
        #expect(names == ["-", "李牧之", "赵一帆", "-", "李牧之"])
        #expect(TestSupport.speaker(report, turn: 1)?.title == "制作人")
        #expect(TestSupport.speaker(report, turn: 0)?.role == .reporter)
        #expect(LabelKey.equalsPairs(in: "以下Q为记者提问，A为嘉宾林栖。")?.map(\.label) == ["Q", "A"])
        #expect(LabelKey.equalsPairs(in: "因为天气原因，作为主办方我们推迟了。") == nil)
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
    }

    /// The German government's press conference in English: `Follow-up question:` and `Interjection:` are the room's, and
    /// the chair who asks for questions and moves the room from topic to topic (`Then border controls, please.`) hosts.
    @Test func governmentPressConferenceChair() throws {
        let text = """
            Government press conference of 15 October 2025

            StS Brandauer: Good afternoon, ladies and gentlemen! The cabinet dealt with three items today.

            Chair Wendler: Thank you very much. Are there questions on the cabinet?

            Question: Mr Brandauer, will the Chancellor raise this on Thursday?

            StS Brandauer: I do not expect the topic to play a major role on Thursday.

            Follow-up question: But the Länder are asking for a veto. Is that off the table?

            StS Brandauer: Such a veto is not provided for in the draft.

            Chair Wendler: Then border controls, please.

            Question: Mr Petrakis, how many people were turned back?

            Dr Petrakis: The figures for September will be published next week.

            Interjection: (without microphone)

            Dr Petrakis: No, I cannot confirm that either.

            Chair Wendler: Thank you very much, and see you on Friday.
            """
        let report = try TestSupport.parse(text)
        #expect(report.turns.count == 12)
        #expect(TestSupport.speaker(report, turn: 1)?.role == .moderator)
        #expect(TestSupport.speaker(report, turn: 4)?.role == .reporter)
        #expect(report.turns[4].kind == .question)
        #expect(TestSupport.speaker(report, turn: 9)?.role == .reporter)
        // A named guest who says `Yes, please.` calls on no one.
        #expect(!RoleInference.endsCallingOn(["Yes, please."]))
        #expect(RoleInference.endsCallingOn(["Then border controls, please."]))
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
    }

    /// India's Press Information Bureau: `Office, Honorific Name:` names the holder after the last comma, printed once;
    /// the office printed alone after (`Union Health Secretary:`, `ADG:`, `DGHS:`) is that holder, whose name goes without
    /// the honorific; `Dr. R. Ganesan, IMD:` then `Dr. Ganesan:` is one person.
    @Test func officeThenHonorificAndHolder() throws {
        let text = """
            The briefing was moderated by Smt. Kavita Raghunathan, Additional Director General, PIB.

            ADG (M&C), PIB, Smt. Kavita Raghunathan: Good afternoon and welcome. Sir, over to you.

            Union Health Secretary, Shri Anil Kumar Bhatnagar: Namaskar. The Ministry has issued an advisory.

            Dr. R. Ganesan, IMD: Thank you, Sir. Heatwave conditions are very likely.

            DGHS, Dr. Sunita Prakash: Just to add, we have three simple messages.

            ADG: Thank you. We will now open the floor.

            Question (ANI): Sir, how many deaths have been confirmed?

            Union Health Secretary: As of yesterday, 57 suspected deaths have been reported.

            Question (PTI): When will the heat end?

            Dr. Ganesan: Some relief is likely after the 28th.

            DGHS: And we have trained medical officers.

            ADG: Thank you, friends.
            """
        let report = try TestSupport.parse(text)
        let names = report.turns.map { TestSupport.speaker(report, turn: $0.index)?.name ?? "-" }
        #expect(names == [
            "Kavita Raghunathan", "Anil Kumar Bhatnagar", "R. Ganesan", "Sunita Prakash", "Kavita Raghunathan", "-",
            "Anil Kumar Bhatnagar", "-", "R. Ganesan", "Sunita Prakash", "Kavita Raghunathan",
        ])
        #expect(TestSupport.speaker(report, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(report, turn: 1)?.title == "Union Health Secretary")
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
        // `Shri Sanjay Rao, Governor:` keeps its reading: the honorific opens the name before the comma.
        #expect(CandidateReader.nameAndTitleBeforeColon("Shri Sanjay Rao, Governor: Good morning.").map { String($0.name) } == "Shri Sanjay Rao")
        #expect(CandidateReader.nameAndTitleBeforeColon("DGHS, Dr. Sunita Prakash: Just to add.").map { String($0.name) } == "Dr. Sunita Prakash")
    }

    /// A parliament's page prints the sitting's fields in a table: a row's cells are one paragraph, so that
    /// `MPs Speaking:` and the members it lists are a field, not a speaker and a turn. `Mr Speaker: Mr Vikram Nair.`
    /// after the minister's answer calls on a member, and names no Speaker.
    @Test func tableRowIsOneParagraph() throws {
        let html = """
            <html><body>
            <table>
            <tr><td>Sitting Date:</td><td>14 October 2025</td></tr>
            <tr><td>MPs Speaking:</td><td>Mr Vikram Nair, The Senior Minister of State (Mr Farid Rahman), Mr Speaker</td></tr>
            </table>
            <p>3 <strong>Mr Vikram Nair</strong> asked the Minister for Manpower whether the Ministry will require rest breaks.</p>
            <p><strong>The Senior Minister of State for Manpower (Mr Farid Rahman)</strong>: Mr Speaker, Sir, the Ministry requires rest breaks already.</p>
            <p><strong>Mr Speaker</strong>: Mr Vikram Nair.</p>
            <p><strong>Mr Vikram Nair (Sembawang West)</strong>: Will the Ministry publish the names?</p>
            <p><strong>Mr Farid Rahman</strong>: Sir, we publish the outcomes.</p>
            <p><strong>Mr Vikram Nair (Sembawang West)</strong>: Will it name the companies?</p>
            <p><strong>Mr Farid Rahman</strong>: Not at this stage.</p>
            <p><strong>Mr Speaker</strong>: Thank you. Next question.</p>
            </body></html>
            """
        let report = try TestSupport.parse(html, format: .html)
        #expect(report.lead == [
            "Sitting Date: 14 October 2025", "MPs Speaking: Mr Vikram Nair, The Senior Minister of State (Mr Farid Rahman), Mr Speaker",
        ])
        #expect(report.turns.count == 8)
        #expect(report.turns[2].paragraphs == ["Mr Vikram Nair."])
        #expect(TestSupport.speaker(report, turn: 2)?.role == .moderator)
        #expect(TestSupport.speaker(report, turn: 2)?.name == nil)
        #expect(TextCoverage.check(text: html, transcript: report).isComplete)
    }

    /// A time-coded briefing: the same speaker's label again, its clock, and a direction opening the words
    /// (`[00:00:41] 簡志遠：（畫面切換至雷達回波圖）大家可以看到…`) are notes of the turn that goes on, the clock first; a news
    /// report's vox pop (「和睦新村居民　王秀英：」) is a person with what they are.
    @Test func directionAfterALabelThatGoesOn() throws {
        let text = """
            [00:00:05] 主持人：各位媒體朋友大家好，颱風記者會現在開始，首先請預報中心簡主任為大家說明。

            [00:00:12] 簡志遠：好，各位媒體朋友大家好。颱風目前中心位置在高雄西南方。

            [00:00:41] 簡志遠：（畫面切換至雷達回波圖）大家可以看到，颱風的眼牆已經很接近陸地。

            [00:02:15] 主持人：謝謝主任。接下來開放媒體提問。

            [00:02:22] 記者（中央社）：主任好，想請問颱風會不會在高雄登陸？

            [00:02:30] 簡志遠：目前看起來在高雄到屏東之間登陸的機率是最高的。
            """
        let report = try TestSupport.parse(text)
        #expect(report.turns.count == 5)
        #expect(report.notes.filter { $0.turn == 1 }.map(\.text) == ["00:00:41", "（畫面切換至雷達回波圖）"])
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
        let voxPop = try TestSupport.parse("""
            【记者】：上午九点，杭州市拱墅区和睦新村的一栋六层楼前，施工人员正在调试电梯。

            　　和睦新村居民　王秀英：我住五楼，以前买个菜上下楼要歇三回。

            【记者】：不过，这部电梯从提议到开工，用了将近两年时间，最难的是什么？

            　　社区党委书记　沈丽华：一楼的住户主要是担心采光。
            """)
        #expect(TestSupport.speaker(voxPop, turn: 1)?.name == "王秀英")
        // A semicolon inside a label's brackets ends no sentence the check compares.
        #expect(CoverageSentences.sentences("Question (Dainik Jagran) [in Hindi; English rendering]: Sir, why?").count == 1)
    }

    /// A broadcaster's transcript prints its key a pair a line with no heading (`HM: Helen Marsh` / `TA: Tom Ashworth`):
    /// each label is the initials of its name, the lines are no turns, and the initials after them are those people.
    @Test func keyOfInitialsAPairALine() throws {
        let text = """
            SUNDAY POLITICS

            HM: Helen Marsh
            TA: Tom Ashworth

            HM: The energy price cap goes up again next month. Good morning.

            TA: Good morning, Helen.

            HM: When will bills come down?

            TA: I'm not going to put a date on it.
            """
        let report = try TestSupport.parse(text, format: .text)
        let names = report.turns.map { TestSupport.speaker(report, turn: $0.index)?.name ?? "-" }
        #expect(names == ["Helen Marsh", "Tom Ashworth", "Helen Marsh", "Tom Ashworth"])
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
        // Capitals that are not the name's initials are a speaker's words, not a key.
        let mismatched = [("HM", "Helen Smith"), ("TA", "Tom Ashworth")].map { label, words in
            LabeledBlock(label: SpeakerLabel(text: label, name: label), text: words, block: Block(text: label + ": " + words))
        }
        #expect(LabelKey.initialsPairLines(in: mismatched).isEmpty)
    }

    /// An Australian tribunal's transcript: `<NAME, AFFIRMED [time]` swears the witness, `<CROSS-EXAMINATION BY MR LANE`
    /// names who asks, and a paragraph `question?---answer` is the examiner's question and the witness's answer; `THE
    /// WITNESS:` is the witness and `THE DEPUTY PRESIDENT:` presides.
    @Test func questionAndAnswerInOneParagraph() throws {
        let text = """
            PN1
            THE DEPUTY PRESIDENT:  Good morning.  I'll take the appearances, please.

            PN2
            MS R PATEL:  May it please the Commission, Patel, of counsel, for the respondent.

            PN3
            MR D LANE:  If it pleases the Commission, Lane, solicitor, for the applicant.

            <KAREN ELIZABETH DOYLE, AFFIRMED                                    [10.06 AM]

            <CROSS-EXAMINATION BY MR LANE                                       [10.09 AM]

            PN4
            MR LANE:  Ms Doyle, who told you about it?---The shift supervisor, Mr Brennan, rang me at home.

            PN5
            You weren't on site that night?---No, I wasn't rostered on that night.

            PN6
            MS PATEL:  Deputy President, I object.

            PN7
            THE DEPUTY PRESIDENT:  I'll allow it, Ms Patel.

            PN8
            THE WITNESS:  It was closer to 25 minutes.

            PN9
            MR LANE:  Nothing further, Deputy President.
            """
        let report = try TestSupport.parse(text, format: .text)
        let names = report.turns.map { TestSupport.speaker(report, turn: $0.index)?.name ?? "-" }
        // The appearance and the first question are one turn of Mr Lane's: nobody speaks between them.
        #expect(names == ["The Deputy President", "R Patel", "D Lane", "Karen Elizabeth Doyle", "D Lane", "Karen Elizabeth Doyle", "R Patel",
            "The Deputy President", "Karen Elizabeth Doyle", "D Lane"])
        #expect(TestSupport.speaker(report, turn: 0)?.role == .moderator)
        #expect(report.turns[4].paragraphs == ["You weren't on site that night?"])
        #expect(report.turns[5].paragraphs == ["No, I wasn't rostered on that night."])
        #expect(report.notes.contains { $0.text == "PN5" })
        #expect(TextCoverage.check(text: text, transcript: report).isComplete)
        // A question with no answer after the mark stays whole.
        #expect(WitnessExamination.answerMark == "?---")
    }
}
