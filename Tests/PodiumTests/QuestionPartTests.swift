import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Questions that ask several things: 第一个问题…第二个问题, "two questions — First, … And secondly, …" become
/// ``Exchange/parts``, and answers that take a part up (关于第一个问题, "On your second question") are linked to it.
@Suite struct QuestionPartTests {
    static func chinese() throws -> Transcript { try Transcript(parsing: try TestSupport.fixture("zh_question_parts.txt")) }
    static func english() throws -> Transcript { try Transcript(parsing: try TestSupport.fixture("en_question_parts.txt")) }

    /// The exchange whose question contains `text`.
    static func exchange(_ transcript: Transcript, asking text: String) throws -> Exchange {
        try #require(transcript.exchanges.first { transcript.turns[$0.question].paragraphs.joined().contains(text) })
    }

    @Test func chineseOrdinalQuestionsBecomePartsLinkedToTheirAnswers() throws {
        let transcript = try Self.chinese()
        let exchange = try Self.exchange(transcript, asking: "加征关税")
        #expect(exchange.parts.map(\.ordinal) == [1, 2])
        #expect(exchange.parts.map(\.marker) == ["第一个问题", "第二个问题"])
        #expect(exchange.parts.first?.text == "第一个问题，美方宣布对中国商品加征关税，中方有何回应？")
        #expect(exchange.parts.last?.text == "第二个问题，中方是否会派代表出席下周的会议？")
        let answer = try #require(exchange.answers.first)
        // 关于第一个问题 and the paragraph after it; 关于第二个问题.
        #expect(exchange.parts.first?.answers == [.init(turn: answer, paragraph: 0), .init(turn: answer, paragraph: 1)])
        #expect(exchange.parts.last?.answers == [.init(turn: answer, paragraph: 2)])
    }

    @Test func sequenceWordsAfterACountBecomeParts() throws {
        let transcript = try Self.chinese()
        let exchange = try Self.exchange(transcript, asking: "选举结果")
        #expect(exchange.parts.map(\.marker) == ["首先", "其次"])
        #expect(exchange.parts.first?.text == "首先，中方如何看待这次选举结果？")
        let answer = try #require(exchange.answers.first)
        // 「至于第二个问题」 takes up the second part; nothing marks the first.
        #expect(exchange.parts.first?.answers == [])
        #expect(exchange.parts.last?.answers == [.init(turn: answer, paragraph: 0)])
    }

    @Test func chineseQuestionsWithoutTwoMarkedPartsStayWhole() throws {
        let transcript = try Self.chinese()
        // 「第一次」 counts times; 「两个问题」 with no marker invents no part.
        #expect(try Self.exchange(transcript, asking: "第一次").parts.isEmpty)
        #expect(try Self.exchange(transcript, asking: "日本首相").parts.isEmpty)
    }

    @Test func englishOrdinalsAfterACountBecomePartsLinkedToTheirAnswers() throws {
        let transcript = try Self.english()
        let exchange = try Self.exchange(transcript, asking: "trade deal")
        #expect(exchange.parts.map(\.ordinal) == [1, 2])
        #expect(exchange.parts.map(\.marker) == ["First", "secondly"])
        #expect(exchange.parts.first?.text == "First, on the trade deal: when will the President sign it?")
        #expect(exchange.parts.last?.text == "secondly, on the storm, will he visit Florida?")
        let answer = try #require(exchange.answers.first)
        #expect(exchange.parts.first?.answers == [.init(turn: answer, paragraph: 0)])
        #expect(exchange.parts.last?.answers == [.init(turn: answer, paragraph: 1)])
    }

    @Test func anAnnouncedCountAndASecondMarkerMakeAnUnmarkedFirstPart() throws {
        let transcript = try Self.english()
        let exchange = try Self.exchange(transcript, asking: "federal aid")
        #expect(exchange.parts.map(\.marker) == ["", "second"])
        #expect(exchange.parts.first?.text == "Has the Governor asked for federal aid?")
        #expect(exchange.parts.last?.text == "The second question is whether FEMA teams are already on the ground.")
        let answer = try #require(exchange.answers.first)
        #expect(exchange.parts.last?.answers == [.init(turn: answer, paragraph: 0)])
    }

    @Test func englishQuestionsWithoutTwoMarkedPartsStayWhole() throws {
        let transcript = try Self.english()
        // A single "my first question", "the first time", and "Two questions" with no marker.
        #expect(try Self.exchange(transcript, asking: "about the budget").parts.isEmpty)
        #expect(try Self.exchange(transcript, asking: "first time").parts.isEmpty)
        #expect(try Self.exchange(transcript, asking: "end early").parts.isEmpty)
        #expect(transcript.exchanges.filter { !$0.parts.isEmpty }.count == 2)
    }

    @Test func aCountLargerThanTheMarkersAddsNoPart() {
        let question = Turn(
            index: 0, speaker: "p1", kind: .question,
            paragraphs: ["I have three questions. First, is the bridge safe? Second, who pays for it?"])
        let parts = QuestionParts.parts(question: question, answers: [])
        #expect(parts.map(\.ordinal) == [1, 2])
        let single = Turn(index: 0, speaker: "p1", kind: .question, paragraphs: ["First, is the bridge safe?"])
        #expect(QuestionParts.parts(question: single, answers: []).isEmpty)
        // Nothing asked before "Secondly" and no count: the first part is in another turn, if anywhere.
        let secondOnly = Turn(index: 0, speaker: "p1", kind: .question, paragraphs: ["Thanks so much for taking my question today. Secondly, who pays for the bridge?"])
        #expect(QuestionParts.parts(question: secondOnly, answers: []).isEmpty)
        // A second part that asks nothing yet: the question is asked in a later turn.
        let announced = Turn(
            index: 0, speaker: "p1", kind: .question, paragraphs: ["Is the bridge safe? And a second question as well."])
        #expect(QuestionParts.parts(question: announced, answers: []).isEmpty)
        let traditional = Turn(index: 0, speaker: "p1", kind: .question, paragraphs: ["想請問第一個問題：政策何時上路？第二個問題，預算多少？"])
        #expect(QuestionParts.parts(question: traditional, answers: []).map(\.marker) == ["第一個問題", "第二個問題"])
    }

    @Test func theFirstAndTheSecondAfterACountAreParts() {
        let question = Turn(
            index: 0, speaker: "p1", kind: .question,
            paragraphs: ["I'd like to ask you two questions — the first about marijuana and the second about the budget. Will he sign it?"])
        let parts = QuestionParts.parts(question: question, answers: [])
        #expect(parts.map(\.text) == ["the first about marijuana", "the second about the budget. Will he sign it?"])
        // Without the count, "the first" inside a sentence qualifies nothing and splits nothing.
        let uncounted = Turn(
            index: 0, speaker: "p1", kind: .question, paragraphs: ["Is the first about marijuana and the second about the budget?"])
        #expect(QuestionParts.parts(question: uncounted, answers: []).isEmpty)
        let ones = Turn(
            index: 0, speaker: "p1", kind: .question,
            paragraphs: ["Two questions. The first one is logistical: when does he leave? The second one: who goes with him?"])
        #expect(QuestionParts.parts(question: ones, answers: []).map(\.marker) == ["first", "second"])
    }

    @Test func answerPassagesNameThePartTheyTakeUp() {
        #expect(QuestionParts.answerOrdinals(in: "关于第二个问题，目前没有信息。") == [2])
        #expect(QuestionParts.answerOrdinals(in: "其實回到你第一個問題，進到行政院之後") == [1])
        #expect(QuestionParts.answerOrdinals(in: "As for your second question, absolutely.") == [2])
        #expect(QuestionParts.answerOrdinals(in: "Well, let me say first, on your first question, no.") == [1])
        // A second question named without taking it up, and ordinals of other nouns.
        #expect(QuestionParts.answerOrdinals(in: "这是第二个问题产生的原因。").isEmpty)
        #expect(QuestionParts.answerOrdinals(in: "On the first day, we met the Governor.").isEmpty)
    }

    @Test func jsonCarriesPartsOnlyWhereTheQuestionHasThem() throws {
        let transcript = try Self.english()
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(transcript.jsonString().utf8)) as? [String: Any])
        #expect(json["schemaVersion"] as? Int == 3)
        let exchanges = try #require(json["exchanges"] as? [[String: Any]])
        #expect(exchanges.filter { $0["parts"] != nil }.count == 2)
        let parts = try #require(exchanges.first?["parts"] as? [[String: Any]])
        #expect(parts.map { $0["ordinal"] as? Int } == [1, 2])
        #expect(parts.first?["paragraph"] as? Int == 0)
        #expect((parts.last?["answers"] as? [[String: Any]])?.first?["paragraph"] as? Int == 1)
        // Codable keeps them, and leaves them out where there are none.
        let decoded = try JSONDecoder().decode(Transcript.self, from: Data(transcript.jsonString().utf8))
        #expect(decoded.exchanges == transcript.exchanges)
        let plain = try JSONEncoder().encode(transcript.exchanges[1])
        #expect(!String(decoding: plain, as: UTF8.self).contains("parts"))
    }

    @Test func qaShowsThePartsInEveryFormat() throws {
        let transcript = try Self.english()
        let rows = CSVReader.records(transcript.questionsAndAnswers(format: .csv))
        #expect(rows.first?.last == "parts")
        #expect(rows.dropFirst().first?.last == "1: First, on the trade deal: when will the President sign it?; 2: secondly, on the storm, will he visit Florida?")
        #expect(rows.dropFirst(2).first?.last == "")
        let markdown = transcript.questionsAndAnswers(format: .markdown)
        #expect(markdown.contains("\n1. First, on the trade deal: when will the President sign it?\n2. secondly, on the storm"))
        let line = try #require(transcript.questionsAndAnswers(format: .jsonl).split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["parts"] as? [[String: Any]])?.count == 2)
    }

    @Test func briefingListsThePartsAndMarksTheAnswers() throws {
        let chinese = try Self.chinese().briefing(BriefingOptions(includesFullAnswers: true))
        #expect(chinese.contains("\n1. 第一个问题，美方宣布对中国商品加征关税，中方有何回应？\n2. 第二个问题，"))
        #expect(chinese.contains("**毛宁**（第一个问题）（第二个问题）："))
        #expect(chinese.contains("（第二个问题） 关于第二个问题，目前我没有可以提供的信息。"))
        let english = try Self.english()
        let briefing = english.briefing(BriefingOptions())
        #expect(briefing.contains("**Jane Hartley** (on question 1) (on question 2):"))
        #expect(briefing.contains("**Jane Hartley** (on question 2):"))
        let html = english.htmlBriefing(BriefingOptions())
        #expect(html.contains("<ol class=\"parts\">"))
        #expect(html.contains("<span class=\"part\"> (on question 2)</span>"))
    }

    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"))
    func foreignMinistryQuestionsOnTheCorpusHaveParts() throws {
        let text = try TestSupport.corpusText("bulk/mfa/2026-04-09-毛宁.txt")
        let transcript = try Transcript(parsing: Data(text.utf8))
        let split = transcript.exchanges.filter { !$0.parts.isEmpty }
        #expect(split.count >= 2)
        // Every part of those questions is taken up by an answer paragraph that says 关于第N个问题.
        for exchange in split {
            for part in exchange.parts {
                #expect(!part.answers.isEmpty, "Q\(exchange.index + 1) part \(part.ordinal)")
            }
        }
    }
}

/// An answer takes a part up by its place as well as its number: 「前面的部分」 the first, 「後面那一個」 the last,
/// 「中間那一個問題」 the middle one of three; further into a paragraph such words are the speaker's own.
@Suite("Question parts taken up by their place")
struct QuestionPartPlaceTests {
    @Test(arguments: [
        ("前面的部分是關於接下來的大選。", 2, 1),
        ("不過後面那一個是國內技術設施的定義。", 2, 2),
        ("中間那一個問題，是我到底用多少的社群軟體。", 3, 2),
        ("As for the latter, the bridge opens in May.", 2, 2),
    ])
    func aPlaceNamesAPart(paragraph: String, parts: Int, ordinal: Int) {
        #expect(QuestionParts.placeReference(paragraph, parts: parts) == ordinal)
    }

    @Test func noPlaceOrTooFarIn() {
        #expect(QuestionParts.placeReference("中間那一個問題，是我到底用多少的社群軟體。", parts: 2) == nil)
        #expect(QuestionParts.placeReference("我們在這個方案推動了很多年以後才發現，前面的部分做得不夠。", parts: 2) == nil)
        #expect(QuestionParts.placeReference("The bridge opens in May.", parts: 2) == nil)
    }

    @Test func theAnswerIsLinkedFromThePlaceOn() throws {
        let transcript = try TestSupport.parse("""
            記者：有兩個問題想請教部長，明年的預算增加多少？第二個問題，新的橋什麼時候通車？

            王大同部長：我倒著回答好了，第二個問題在講橋，橋預計明年五月通車。

            工程已經完成八成，剩下的是路面。

            前面的部分是關於預算，明年預算增加百分之五。
            """)
        let parts = try #require(transcript.exchanges.first?.parts)
        #expect(parts.map { $0.answers.map(\.paragraph) } == [[2], [0, 1]])
    }
}

/// An unmarked first part starts after the greetings and thanks that open the question, never at a word that only
/// begins like one.
@Suite("The first part after the courtesies")
struct FirstPartCourtesyTests {
    @Test(arguments: [
        ("Hi, Jim, thanks for doing this. I guess one thing I wanted to clarify: are they on the doorstep?", "I guess one thing"),
        ("Hi there. Who is arming the Houthis?", "Who is arming"),
        ("History shows otherwise. Is that right?", "History shows"),
        ("Thanks.", "Thanks."),
        ("谢谢。我想问一下预算的问题？", "我想问一下"),
    ])
    func courtesiesAreSkipped(question: String, start: String) {
        let index = QuestionParts.afterCourtesies(question, from: question.startIndex, before: nil)
        #expect(question[index...].hasPrefix(start))
    }
}
