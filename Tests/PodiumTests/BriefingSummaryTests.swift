import Foundation
import Testing

@testable import Podium

/// How a briefing chooses sentences: statements by the lead sentence of each paragraph, answers by the
/// sentences that carry news, lead-ins kept with their lists, headlines ending on a phrase, key figures
/// said once. Every fixture is made up.
@Suite struct BriefingSummaryTests {
    private func answer(_ paragraphs: [String], points: [Point] = []) -> Turn {
        Turn(index: 1, speaker: "p1", kind: .answer, paragraphs: paragraphs, points: points)
    }

    private func texts(_ blocks: [TurnDigest.Block]) -> [String] {
        blocks.compactMap { if case .text(let text) = $0 { return text } else { return nil } }
    }

    // MARK: - Filler and news

    @Test(arguments: [
        "Sure.", "Thank you for the question.", "Let me try to get to those.", "Hi, everybody.", "Hi.", "All right.",
        "这个问题我来回答，谢谢你的提问。", "你这个问题也是大家非常关注的一个问题，刚才我也简要地报告了一下情况。",
    ])
    func fillerCarriesNoNews(sentence: String) {
        #expect(NewsSentences.isFiller(sentence))
    }

    @Test(arguments: ["We do.", "No.", "He will.", "The bridge reopens on Monday.", "工厂已经复工。", "美方应停止挑衅。"])
    func shortAnswersAreNotFiller(sentence: String) {
        #expect(!NewsSentences.isFiller(sentence))
    }

    @Test func weighsFiguresNamesAndPositions() {
        let plain = NewsSentences.weight(of: "It was a long day for everyone here.")
        let figure = NewsSentences.weight(of: "The fund will pay $4 billion to farmers.")
        let name = NewsSentences.weight(of: "It was a long day for Governor Alvarez.")
        #expect(plain == 0)
        #expect(figure > name && name > plain)
        #expect(NewsSentences.hasPosition("美方应立即停止向该地区出售武器。"))
        #expect(NewsSentences.hasPosition("We will not send troops."))
        #expect(!NewsSentences.hasPosition("It rained in the morning."))
        #expect(NewsSentences.names(in: "近日，农业农村部发布了《春耕指导意见》。") >= 2)
    }

    // MARK: - Answers

    @Test func answersKeepTheSentencesWithNewsInReadingOrder() {
        let turn = answer([
            "Sure. Let me try to get to those. It has been a busy week for all of us.",
            "The grants total $3 billion across 12 states. The weather was fine. Governor Alvarez will announce the list on Monday.",
        ])
        let kept = texts(TurnDigest(turn: turn, mode: .answer(sentences: 2)).blocks)
        #expect(kept == ["The grants total $3 billion across 12 states. Governor Alvarez will announce the list on Monday."])
        let one = texts(TurnDigest(turn: turn, mode: .answer(sentences: 1)).blocks)
        #expect(one == ["The grants total $3 billion across 12 states."])
    }

    @Test func chineseAnswersKeepTheirFigures() {
        let turn = answer([
            "这个问题我来回答，谢谢你的提问。服务是促进企业发展的基础性工作。近年来，我们培育示范平台703家，示范基地392家。",
            "我们也非常希望大家多关心支持。",
        ])
        let kept = texts(TurnDigest(turn: turn, mode: .answer(sentences: 3)).blocks)
        #expect(kept.joined().contains("703家"))
        #expect(!kept.joined().contains("谢谢你的提问"))
    }

    @Test func fillerNeverFillsTheSummaryAlone() {
        let turn = answer(["Sure. Thank you for the question. The answer is that the plant closes in May."])
        let kept = texts(TurnDigest(turn: turn, mode: .answer(sentences: 3)).blocks)
        #expect(kept == ["The answer is that the plant closes in May."])
    }

    // MARK: - Statements

    @Test func statementsKeepTheLeadSentenceOfEveryParagraph() {
        let turn = Turn(index: 0, speaker: "p1", kind: .statement, paragraphs: [
            "Good afternoon, everybody. Today the agency opens two new offices. They are in the north.",
            "Sorry, hope you're all comfortable.",
            "Second, the agency hires new inspectors. It starts next month.",
            "Third, the ferry fare is frozen. The board decided to hold the fare at $2 until 2027.",
        ])
        let kept = texts(TurnDigest(turn: turn, mode: .statement).blocks)
        #expect(kept == [
            "Today the agency opens two new offices.", "Second, the agency hires new inspectors.",
            "Third, the ferry fare is frozen. The board decided to hold the fare at $2 until 2027.",
        ])
    }

    @Test func fullPrintsEverySentenceOfEveryTurn() throws {
        let text = """
            Press Briefing by Press Secretary Dana Whitfield

            MS. WHITFIELD:  Good afternoon. The ferry fare is frozen. It stays at two dollars.

            Second, inspectors are hired. They start in May.

            Q    Thanks. When do the inspectors start?

            MS. WHITFIELD:  In May. They will work in three ports.

            Q    And the fare?

            MS. WHITFIELD:  Frozen until 2027.
            """
        let transcript = try Transcript(parsing: text)
        let full = transcript.briefing(BriefingOptions(includesFullAnswers: true))
        for sentence in transcript.turns.flatMap(\.paragraphs).flatMap(SentenceSplitter.sentences) {
            #expect(full.contains(sentence), "missing «\(sentence)»")
        }
        let short = transcript.briefing()
        #expect(!short.contains("It stays at two dollars."))
        #expect(short.contains("Second, inspectors are hired."))
    }

    // MARK: - Lists

    /// A list is printed where its markers were said, even when an earlier paragraph opens with the same words as its
    /// first item (a WH call said "consonant with the fact that …" before "One, the fact that …").
    @Test func aListSitsWhereItsMarkersAreNotWhereItsWordsFirstAppear() throws {
        let paragraphs = [
            "We spoke about the fact that the plan is new, and it matters to everyone here today.",
            "Two things. First, the fact that the plan is new. Second, the money is there.",
            "That is all.",
        ]
        let points = PointExtractor(paragraphs: paragraphs).extract()
        try #require(points.count == 2)
        #expect(points.map(\.location) == [
            Point.Location(paragraph: 1, markerUTF8Offset: 12), Point.Location(paragraph: 1, markerUTF8Offset: 50),
        ])
        let blocks = TurnDigest(turn: answer(paragraphs, points: points), mode: .answer(sentences: 3)).blocks
        #expect(blocks.first == .text(paragraphs[0]))
        #expect(blocks.contains(.list(points)))
    }

    /// A point made by hand or decoded from JSON has no location: it is still printed, after the prose.
    @Test func aListWithoutLocationIsPrintedAfterTheProse() {
        let points = [
            Point(marker: "一是", ordinal: 1, text: "基础牢固。", headline: "基础牢固"),
            Point(marker: "二是", ordinal: 2, text: "政策显效。", headline: "政策显效"),
        ]
        let blocks = TurnDigest(turn: answer(["我们的基础：一是基础牢固。二是政策显效。"], points: points), mode: .answer(sentences: 3)).blocks
        #expect(blocks.last == .list(points))
    }

    @Test func aLeadInStaysWithItsListBetweenTwoLists() {
        let first = [
            Point(marker: "一是", ordinal: 1, text: "基础牢固。甲乙丙。", headline: "基础牢固"),
            Point(marker: "二是", ordinal: 2, text: "政策显效。丁戊己。有以下几方面的工作", headline: "政策显效"),
        ]
        let second = [
            Point(marker: "一是", ordinal: 1, text: "推动政策落地。庚辛。", headline: "推动政策落地"),
            Point(marker: "二是", ordinal: 2, text: "打通堵点。壬癸。", headline: "打通堵点"),
        ]
        let paragraphs = ["我们有几个很好的基础条件：一是基础牢固。甲乙丙。二是政策显效。丁戊己。有以下几方面的工作：", "一是推动政策落地。庚辛。", "二是打通堵点。壬癸。"]
        let points = PointExtractor(paragraphs: paragraphs).extract()
        #expect(points == first + second)
        let blocks = TurnDigest(turn: answer(paragraphs, points: points), mode: .answer(sentences: 3)).blocks
        #expect(blocks == [
            .text("我们有几个很好的基础条件："), .list(first), .text("有以下几方面的工作："), .list(second),
        ])
    }

    @Test func headlinesEndOnAPhraseBoundary() {
        let point = Point(
            marker: "First", ordinal: 1,
            text: "the department will release $2.1 billion in grants to repair more than 900 bridges in 38 states. Second.",
            headline: "the department will release $2.1 billion in grants to repair more")
        #expect(TurnDigest.displayedHeadline(of: point) == "the department will release $2.1 billion in grants to repair more than 900 bridges in 38 states")
        let clause = Point(marker: "First", ordinal: 1, text: "the fare is frozen, says the board.", headline: "the fare is fro")
        #expect(TurnDigest.displayedHeadline(of: clause) == "the fare is frozen")
        let abbreviation = Point(
            marker: "Finally", ordinal: 3, text: "the governor will meet some of U.S. athletes at the games.", headline: "the governor will meet some of U.S.")
        #expect(TurnDigest.displayedHeadline(of: abbreviation) == "the governor will meet some of U.S. athletes at the games")
        let far = Point(
            marker: "First", ordinal: 1,
            text: "the decision to keep a ferry crew in Eastport and to now" + String(repeating: " send one more boat", count: 6) + ".",
            headline: "the decision to keep a ferry crew in Eastport and to now")
        #expect(TurnDigest.displayedHeadline(of: far) == "the decision to keep a ferry crew in Eastport")
        let chinese = Point(marker: "一是", ordinal: 1, text: "产业规模再创新高。累计产销129.3万辆。", headline: "产业规模再创新高")
        #expect(TurnDigest.displayedHeadline(of: chinese) == "产业规模再创新高")
        #expect(TurnDigest.figureFollowUp(of: chinese) == "。累计产销129.3万辆。")
    }

    // MARK: - Key figures

    @Test func keyFiguresAreSaidOnceRankedAndCutAtClauses() throws {
        let long = "在推进转型方面，实施资源综合利用方案，研究制定能效提升行动计划，支持重点行业企业开展绿色化技术改造，推动园区循环化改造和节能诊断服务，组织开展工业节能监察和能效对标达标活动，培育一批绿色工厂和绿色供应链管理企业，前两个月单位增加值能耗同比下降7.4%，节能工作成效明显，各地反映良好。"
        let transcript = Transcript(
            participants: [Participant(id: "p1", name: "甲", role: .official, label: "甲", aliases: ["甲"])],
            turns: [
                Turn(index: 0, speaker: "p1", kind: .statement, paragraphs: ["工业增加值同比增长6.5%。出口增长14.4%，投资增长15.6%，利润增长8.2%。"]),
                Turn(index: 1, speaker: "p1", kind: .answer, paragraphs: ["正如刚才介绍，工业增加值同比增长6.5%。", long]),
            ])
        let figures = KeyFigureExtractor.figures(in: transcript).map(\.sentence)
        #expect(figures.first == "出口增长14.4%，投资增长15.6%，利润增长8.2%。", "the sentence with most figures first")
        #expect(figures.filter { $0.contains("6.5%") }.count == 1, "a figure said again is listed once")
        #expect(figures.contains("前两个月单位增加值能耗同比下降7.4%。"), "a long sentence is cut at its clauses: \(figures)")
        #expect(KeyFigureExtractor.figureTokens(in: "$2.1 billion for 900 bridges, up 3%") == ["$2.1 billion", "900 bridges", "3%"])
    }

    @Test func runOnSentencesAreCutAfterAClause() {
        let long = String(repeating: "我们到了现场以后马上开始整备设备，", count: 12) + "最后完成了任务。"
        let clipped = TurnDigest.clipped(long)
        #expect(clipped.count <= Thresholds.Summary.longestSummarySentence.wide + 1)
        #expect(clipped.hasSuffix("设备…"))
        #expect(TurnDigest.clipped("短句。") == "短句。")
    }

    @Test func aTurnOfGreetingsAloneAddsNothingToAStatement() {
        let transcript = Transcript(
            participants: [Participant(id: "p1", name: "Whitfield", role: .official, label: "MS. WHITFIELD", aliases: [])],
            turns: [
                Turn(index: 0, speaker: "p1", kind: .statement, paragraphs: ["Hi, everybody. Hi. Good afternoon."]),
                Turn(index: 1, speaker: "p1", kind: .statement, paragraphs: ["The ferry fare is frozen until 2027."]),
            ])
        let briefing = transcript.briefing()
        #expect(!briefing.contains("Hi, everybody."))
        #expect(briefing.contains("The ferry fare is frozen until 2027."))
        var greetingsOnly = transcript
        greetingsOnly.turns.removeLast()
        #expect(greetingsOnly.briefing().contains("### Whitfield\n\nHi, everybody.\n"), "a speaker never stands alone")
    }
}
