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
        #expect(names == ["-", "Kanda", "Moriyama", "-", "Kanda", "-", "-"])
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
}
