import Testing

@testable import Podium

/// Spoken enumerations: series said rather than written, and ordinals that are no list.
@Suite("Spoken points")
struct SpokenPointTests {
    private func markers(_ paragraphs: [String]) -> [String] {
        PointExtractor(paragraphs: paragraphs).extract().map(\.marker)
    }

    private func flatMarkers(_ points: [Point]) -> [String] {
        points.flatMap { [$0.marker] + flatMarkers($0.children) }
    }

    /// An answer that takes up the items it was asked: "On the first, … On the second, …", "On your second question,
    /// …". Asking for an item ("What was your second question?") and "focus on the first" inside a sentence list nothing.
    @Test func anAnswerTakesUpEachItem() {
        #expect(markers(["Senator, on the first, the railroad has added detectors. On the second, we have an open enforcement action. On the third, we expect the rule this spring."]) == ["first", "second", "third"])
        #expect(markers(["So, on your first question, I don't have anything on that. On your second question, we have been clear."]) == ["first", "second"])
        #expect(markers(["As for the first, yes. As to the second, no."]) == ["first", "second"])
        #expect(markers(["So on your first question, we have not seen a response. On the second, we have been clear."]) == ["first", "second"])
        #expect(markers(["I'd rather not. What was your second question? I want to focus on the first, and then on the second, if I may."]) == [])
        #expect(markers(["I did not catch your first question or your second question, sorry."]) == [])
    }

    /// Speech printed all in capitals, as captions print it, lists as it would in a sentence, and its points keep the
    /// capitals printed; "THE FIRST TIME" lists nothing there either, and a turn with a lower-case word is read as printed.
    @Test func speechInCapitalsListsAsPrinted() throws {
        let caption = [
            "I WANT TO BE CLEAR ABOUT THREE THINGS. NUMBER ONE, THE WATER IS SAFE TO DRINK. NUMBER TWO, THE PLANT IS BACK ONLINE. AND NUMBER THREE, I HAVE ASKED THE STATE TO REVIEW WHAT HAPPENED.",
            "THIS IS THE FIRST TIME IN TEN YEARS THAT THE PLANT HAS FAILED.",
        ]
        let points = PointExtractor(paragraphs: caption).extract()
        #expect(points.map(\.marker) == ["NUMBER ONE", "NUMBER TWO", "NUMBER THREE"])
        #expect(points.first?.text == "THE WATER IS SAFE TO DRINK.")
        #expect(try #require(points.first?.location).markerUTF8Offset == "I WANT TO BE CLEAR ABOUT THREE THINGS. ".utf8.count)
        #expect(markers(["TWO QUESTIONS. FIRST, WHAT WAS HE HELD FOR? AND SECOND, HAS ANYBODY BEEN PUT ON LEAVE?"]) == ["FIRST", "SECOND"])
        #expect(markers(["THIS IS THE FIRST TIME, AND IT WILL BE THE LAST."]) == [])
        #expect(Capitals.isAllCapitals(["NUMBER ONE, THE WATER IS SAFE.", "iRent"]) == false)
    }

    /// A stage direction in square brackets ends what came before it: "[laughs] First, …" opens a series.
    @Test func aSeriesOpensAfterABracketedDirection() {
        #expect(markers(["The last one is a trap. [laughs] First, the pressure is the same. Second, no, I don't read it."]) == ["First", "Second"])
    }

    /// Chinese steps and things counted aloud (「第一步…第二步」, 「第一件事…第二件事」), and an answer that takes each question
    /// up after a lead-in (「先说第一个问题。…再说第二个问题。」); one 「第一步」 alone lists nothing.
    @Test func chineseStepsThingsAndQuestionsTakenUp() {
        #expect(markers(["我们分三步走。第一步，摸清底数；第二步，制定方案；第三步，推动落实。"]) == ["第一步", "第二步", "第三步"])
        #expect(markers(["今天我想講三件事。第一件事，供電穩定。第二件事，電價不漲。"]) == ["第一件事", "第二件事"])
        #expect(markers(["谢谢。先说第一个问题。先行区建设是重点。再说第二个问题。新污染物治理是新课题。"]) == ["第一个问题", "第二个问题"])
        #expect(markers(["这只是迈出了第一步，后面的路还很长。"]) == [])
        // Taiwan's spoken 「那第一個問題…」 and Hong Kong's Cantonese 「第一條問題」; 「那第一天」 counts no question.
        #expect(markers(["好，那第一個問題我先回答。病毒株是吻合的。那第二個問題，請周組長說明一下。"]) == ["第一個問題", "第二個問題"])
        #expect(markers(["第一條問題，我們會繼續聽取意見。第二條問題，我們已經有安排。"]) == ["第一條問題", "第二條問題"])
        #expect(markers(["那第一天我們就去了，那第二天也去了。"]) == [])
        // 「首先要…；其次要…；最后要…」 inside one sentence; 首先 alone before 要 opens no list.
        #expect(markers(["基金管理人应当坚持长期投资，首先要按合同投资；其次要避免突击调仓；最后要加强信息披露。"]) == ["首先", "其次", "最后"])
        #expect(markers(["我首先要感谢各位记者朋友。"]) == [])
    }

    @Test func theFirstIsTheSecondIs() {
        let found = markers(["We are opening three sites. The first is in Riverton, at the fairground. The second is in Lakeside, at the arena. And the third is in Hillview."])
        #expect(found == ["first", "second", "third"])
    }

    /// A speaker who skips a number goes on with the list (the second item said without its marker); ordinals that
    /// qualify nouns skip nothing.
    @Test func aSkippedNumberGoesOnWithTheList() {
        #expect(markers([
            "A few factors helped. The first is just the evolution of the infrastructure.",
            "We have also seen the community grow.",
            "And then third, I think the slow market has helped.",
        ]) == ["first", "third"])
        #expect(markers(["过程中扮演了几个角色。第一，润滑剂。翻译机的效果也有。第三，经验传递的种子。"]) == ["第一", "第三"])
        #expect(markers(["The first study was small. We met on the third floor."]) == [])
        #expect(markers(["The first is the price. The fourth is the timing."]) == [])
    }

    /// 「第一这个东西…，第二后续…」: a speaker runs 第一 straight into the clause; beside a partner it is a list, alone
    /// or as a word of its own (「第一次」, 「第一对夫妻」) it is none.
    @Test func anOrdinalRunIntoItsClause() {
        #expect(markers(["部门认为，第一这个东西没有可持续性，第二后续很难处理，所以建议去掉。"]) == ["第一", "第二"])
        #expect(markers(["部门认为，第一这个东西没有可持续性，所以建议去掉。"]) == [])
        #expect(markers(["我第一次来，第一对夫妻是他们，第二对是我们。"]) == [])
    }

    /// 「这样一是…，二是…」: a list opens inside the sentence after a lead-in word; 一是 that ends another word
    /// (「统一是」, 「之一是」) opens none.
    @Test func aListOpensAfterAChineseLeadIn() {
        #expect(markers(["学制缩短到10年，这样一是可以缓解高考压力，二是有助于缓解晚婚晚育。"]) == ["一是", "二是"])
        #expect(markers(["标准统一是关键，二是我们还要再看。"]) == [])
        #expect(markers(["原因之一是成本，二是时间。"]) == [])
    }

    /// Spoken markers without their commas: "the first one is", "Second is on wages", "The second, if…", and a
    /// closing "and finally a link" after two items; the same words outside a series are none.
    @Test func spokenMarkersWithoutTheirCommas() {
        #expect(markers(["So the first one is who you are. Then say what the show is. And then the third thing that you want is a link."])
            == ["first", "third"])
        #expect(markers(["Two things stood out. First, job gains were strong. Second is on wages, which rose. Third point is the rescue plan."])
            == ["First", "Second", "Third"])
        #expect(markers(["On the first question, we are not sanctioning the bank. The second, if we get there, is a deal."]) == ["first", "second"])
        #expect(markers(["The first thing you need is a picture. The second thing you need is a hook, and finally a link to the episode."])
            == ["first", "second", "finally"])
        #expect(markers(["One is the job vacancies; they have come down. The second part of the story is that wages grow."])
            == ["One", "second"])
        #expect(markers(["We waited for an hour, and finally we went home."]) == [])
        #expect(markers(["The first one I saw was red. The second one I saw was blue."]) == [])
    }

    /// "The final point …" closes a list of two items or more; after a lone "The first is …" it is no item.
    @Test func theFinalPointClosesAList() {
        #expect(markers(["First, they attack a country.", "Second, they strike civilians.", "And then the final point. This matters."])
            == ["First", "Second", "final"])
        #expect(markers(["The first is the pandemic phase.", "Next slide.", "And my final message is going to be: vaccines work."]) == [])
    }

    /// 「一個是…；第二個問題是…」 is a spoken series; 「一個是…，另外是…」 is a pair, whatever 第二 follows it, and
    /// 「一個是」 alone is none.
    @Test func oneOfTwoThenTheSecond() {
        #expect(markers(["兩個問題：一個是Uber跟Airbnb；第二個問題是關於新型態的傳輸。"]) == ["一個", "第二個問題"])
        #expect(markers(["我想有兩件事，一個是我對數學很有興趣。第二，我要跟別人分享。"]) == ["一個", "第二"])
        #expect(markers(["議題有四個：一個是平台自律，另外是資訊完整性。下半場也有兩個議題。第二個議題是提升資訊完整性。"]) == [])
        #expect(markers(["一個是平台自律，這很重要。"]) == [])
    }

    @Test func twoQuestionsTheFirstAboutTheSecondAbout() {
        #expect(markers(["I have two questions — the first about the budget and the second about the bridge."]) == ["first", "second"])
    }

    /// `1) … 2) …` and `(1) … (2) …` inside a sentence are a list when the next number follows in the paragraph; a
    /// bracketed number alone (`(see chapter 1) and`) or a number closed by a period (`version 1. Then`) is none.
    @Test func bracketedNumbersInsideASentence() {
        let found = PointExtractor(paragraphs: ["I'm honored to have 1) you on the show, then 2) you as a listener."]).extract()
        #expect(found.map(\.marker) == ["1", "2"])
        #expect(found.first?.text.hasPrefix("you on the show") == true)
        #expect(flatMarkers(PointExtractor(paragraphs: ["We weigh (1) the rates and (2) the taxes."]).extract()) == ["（1）", "（2）"])
        #expect(markers(["It is in the report (see chapter 1) and in the annex (table 2) for the rest."]) == [])
        #expect(markers(["We shipped version 1. Then version 2. Both sold well."]) == [])
    }

    @Test func firstOfAllKeepsItsWords() {
        let found = PointExtractor(paragraphs: ["First of all, the plan is ready. And second of all, it is paid for."]).extract()
        #expect(found.map(\.marker) == ["First of all", "second of all"])
        #expect(found[0].text == "the plan is ready.")
    }

    @Test func numberWordsInSpeech() {
        #expect(markers(["A couple things. One, can we expect a statement today? And then, second of all, who pays for it?"]) == ["One", "second of all"])
        #expect(markers(["We saw some slowdown, one, that was driven by currency. And two, usage fell in a few regions."]) == ["one", "two"])
        #expect(markers(["And so number one, margins are better than planned. Two, we moved some costs into the fourth quarter."]) == ["number one", "Two"])
    }

    @Test func aCountIsNoList() {
        #expect(markers(["Count with me: one, two, three, four."]).isEmpty)
        #expect(markers(["We have focused on one or two, but there are more of them."]).isEmpty)
    }

    @Test func ordinalBeforeANounThatNamesItems() {
        #expect(markers(["First, on the growth figures, what drove them? And then second topic is on capital spending."]) == ["First", "second"])
        #expect(markers(["First, I wonder about the timing. And then, just a second question on the cost of it."]) == ["First", "second"])
        #expect(markers(["The first study looked at schools. The second study looked at hospitals."]) == ["first", "second"])
    }

    /// An ordinal that qualifies a noun is no item: not with a closing word, not with other ordinals of other nouns.
    @Test(arguments: [
        "This will be the first gathering of the leaders this year. Finally, they will talk about trade.",
        "Can I have the first slide? The second shot was given later, and the third dose after that.",
        "People who got a second dose did better. Finally, we update the guidance.",
        "This is my first question to you. Finally, thanks for coming.",
        "For the first time, the county reported no cases. Finally, schools reopen.",
        "In the first six months of the year, growth was strong. Finally, prices fell.",
        "It had the highest rate in the country. Number one in the region. Finally, we need investment.",
        "From the first significant vote, to the second significant vote, support grew.",
        "Colombia was the first former colony recognised. And, finally, the summit comes in June.",
    ])
    func ordinalsThatQualifyANounAreNoPoints(text: String) {
        #expect(markers([text]).isEmpty)
    }

    @Test func unmarkedFirstItemCountsFromTheMarkedOnes() {
        #expect(markers(["Access is limited to some areas. Secondly, you never know when you need it. Thirdly, asking is hard."]) == ["Secondly", "Thirdly"])
        #expect(markers(["成果从三个面向分享：我们增加了什么工作；第二，既有网络如何加强；第三，覆盖率达到什么成果。"]) == ["第二", "第三"])
        // One marked item is no list, and 「第二個」 may be "the second one" of something said before.
        #expect(markers(["我们增加了什么工作。第二，既有网络如何加强。"]).isEmpty)
        #expect(markers(["有三个要素，主观上是故意的，第二個，它是虚构的内容。第三個，不要相信它。"]).isEmpty)
    }

    @Test func aClosingWordEndsAnUnmarkedListNearby() {
        #expect(markers(["Two things. On the budget, what is new?", "And then secondly, how will he address it?", "And then finally, is the schedule packed?"]) == ["secondly", "Finally"])
        // Paragraphs away from a list written in one sentence, 「最后」 begins something else.
        #expect(markers(["分享三点：增加了工作；第二，加强防护；第三，扩大覆盖。", "中间的说明。", "更多说明。", "最后，感谢大家。"]) == ["第二", "第三"])
    }

    @Test func aListTakesOneClosingWord() {
        #expect(markers(["First, we train. Finally, we test.", "Finally, I want to thank the team."]) == ["First", "Finally"])
    }

    @Test func chineseSpokenSeries() {
        #expect(markers(["先介绍今天到场的长官，首先是部长、第二位是次长、第三位是司长。"]) == ["首先", "第二位", "第三位"])
        #expect(markers(["我们的诉求，首先是要道歉，第二是不要再祸害别的学生。"]) == ["首先", "第二是"])
        #expect(markers(["问题可分为三类。第一类，缺少联网。第二类可以称为荒地。第三类是边缘人群。"]) == ["第一类", "第二类", "第三类"])
        // 首先 followed by a 第一 list: 第二 continues 第一, not 首先.
        let nested = PointExtractor(paragraphs: ["首先，措施分两方面：第一，源头防范；第二，聚焦高风险。其次，加强宣传。"]).extract()
        #expect(nested.map(\.marker) == ["首先", "其次"])
        #expect(flatMarkers(nested) == ["首先", "第一", "第二", "其次"])
    }

    @Test func aQuotedListOpensAfterAColon() {
        #expect(markers(["定义就是：「一、外国团体。二、大陆地区人民。三、港澳居民。」"]) == ["一", "二", "三"])
    }

    /// Spoken markers never make a line a non-label: 「第一位：」 stays a possible label as before, `One,` too.
    @Test func spokenMarkersDoNotRefuseLabels() {
        #expect(!OrdinalMarkers.startsWithMarker("One, two"))
        #expect(!OrdinalMarkers.startsWithMarker("首先是部长"))
        #expect(OrdinalMarkers.startsWithMarker("第二，加强"))
    }

    @Test func oneIsAndASecond() {
        #expect(markers(["I have two questions. One is a very basic one: is the assessment the same? The second question is about sanctions."]) == ["One", "second"])
        #expect(markers(["One is tempted to say yes. Finally, we agree."]).isEmpty)
        #expect(markers(["I have two questions — one is a very basic one: is it decided?", "And my second question is about energy."]) == ["one", "second"])
        #expect(markers(["This is my first question to you. Finally, thanks."]).isEmpty)
    }

    @Test func chineseNumeralsWithACommaInSpeech() {
        #expect(markers(["我讲两点。一，加快建设。二，优化服务。"]) == ["一", "二"])
        // Only where a sentence starts: 「从零到一，上面…」 counts nothing.
        #expect(markers(["数线从零到一，上面会出现十分之五，二，三。"]).isEmpty)
    }
}
