import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Labels found while a document is read (``IncrementalLabeling``) must be the labels found after it.
@Suite struct LabelingTests {
    /// What a labelled block says, to compare two labellings.
    static func dump(_ blocks: [LabeledBlock]) -> [String] {
        blocks.map { block in
            let label = block.label.map { "\($0.text)|\($0.name ?? "-")|\($0.title ?? "-")|\($0.isTentative)" } ?? "none"
            return "\(label) :: \(block.text) :: \(block.block.text)"
        }
    }

    /// The first labelled block where two labellings part, or `nil` when they agree throughout.
    static func firstDifference(_ left: [String], _ right: [String]) -> String? {
        if let index = zip(left, right).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            return "block \(index): \(left[index]) ≠ \(right[index])"
        }
        return left.count == right.count ? nil : "\(left.count) blocks ≠ \(right.count) blocks"
    }

    /// Reads `text` reporting blocks to an ``IncrementalLabeling``, and returns what it read (nil when it
    /// declined) beside what ``BlockLabeler/read(_:)`` reads, both decided by the document's evidence.
    static func labellings(of text: String, format: InputFormat? = nil) -> (incremental: [String]?, whole: [String]) {
        let labeling = IncrementalLabeling()
        let document = DocumentReader.read(text, format: format, observer: labeling)
        let incremental = labeling.finish(blockCount: document.blocks.count).map { dump(LabelEvidence.decide($0).blocks) }
        return (incremental, dump(BlockLabeler.label(document.blocks)))
    }

    /// The plain-text samples are labelled after reading (``plainTextIsLabelledAfterReading()``); the
    /// others are labelled while read, and the same.
    @Test func samplesLabelTheSameWhileRead() throws {
        var compared: [String] = []
        for url in TestSupport.files(under: TestSupport.samples) {
            let (incremental, whole) = Self.labellings(of: String(decoding: try Data(contentsOf: url), as: UTF8.self))
            guard let incremental else { continue }
            compared.append(url.lastPathComponent)
            #expect(Self.firstDifference(incremental, whole) == nil, "\(url.lastPathComponent)")
        }
        #expect(compared == ["zh_html_page.html", "zh_markdown_headings.md", "zh_scio_miit_presser_2022-04-19.md"])
    }

    /// One case a document, so the documents spread over the cores. A document read as plain text is
    /// labelled after reading (``plainTextIsLabelledAfterReading()``): there is nothing to compare.
    @Test(.enabled(if: TestSupport.hasCorpus, "../shared/corpus is absent"), arguments: TestSupport.corpusFiles())
    func corpusLabelsTheSameWhileRead(path: String) throws {
        let (incremental, whole) = Self.labellings(of: try TestSupport.corpusText(path))
        guard let incremental else { return }
        #expect(Self.firstDifference(incremental, whole) == nil)
    }

    /// Large enough to be labelled in batches on another thread, with name lines whose affiliation line
    /// follows them, wherever a batch happens to end.
    @Test(arguments: [0, 1, 2]) func largeDocumentLabelsTheSameInBatches(offset: Int) {
        let call = """
            David Helfand

            Equity Commonwealth - President & CEO

            Thanks, operator. First, revenue grew.

            """
        let filler = String(repeating: "A paragraph without a label.\n\n", count: offset)
        let text = filler + String(repeating: call + "MODERATOR: Next question.\n\n", count: SharedWork.minimumItems)
        let (incremental, whole) = Self.labellings(of: text, format: .markdown)
        #expect(incremental.map { Self.firstDifference($0, whole) } == .some(nil))
        #expect(whole.filter { $0.hasPrefix("David Helfand|") }.count == SharedWork.minimumItems)
    }

    @Test func plainTextIsLabelledAfterReading() {
        let text = String(repeating: "主持人：请提问。\n\n记者：请问进展如何？\n\n", count: 10)
        let labeling = IncrementalLabeling()
        let document = DocumentReader.read(text, format: .text, observer: labeling)
        #expect(labeling.finish(blockCount: document.blocks.count) == nil)
    }

    /// The candidate prefilter turns down only what the permissive grammar turns down too, on every block and
    /// every line of every sample and corpus file.
    @Test func candidatePrefilterAgreesWithTheReference() throws {
        var urls = TestSupport.files(under: TestSupport.samples)
        if let corpus = TestSupport.corpus { urls += TestSupport.files(under: corpus).filter { !$0.path.contains("/gold/") } }
        var checked = 0
        for url in urls {
            let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            for block in DocumentReader.read(text, format: nil).blocks {
                for (piece, isLine) in [(block.text, false)] + block.lines.map({ ($0, true) }) {
                    let fast = CandidateReader.candidate(in: piece, strongPrefix: block.strongPrefix, kind: block.kind, isLine: isLine)
                    let reference = CandidateReader.reference(in: piece, strongPrefix: block.strongPrefix, kind: block.kind, isLine: isLine)
                    #expect(fast == reference, "\(url.lastPathComponent): \(piece.prefix(60))")
                    checked += 1
                }
            }
        }
        // The samples alone hold a few hundred blocks and lines; the corpus, when it is there, over ten thousand.
        #expect(checked > (TestSupport.corpus == nil ? 100 : 10_000))
    }

    /// Long paragraphs in label shapes the corpus does not print: the prefilter reads them as the grammar does.
    @Test(arguments: ["（主持人）", "（記者）", "(Moderator) ", "Jane Smith — ", "Ludwig van Beethoven – ", "00:00:03 - Jane Smith: ",
        "Jane Smith [00:00:03]: ", "Jane Smith (00:03): ", "[00:00:03] | Jane Smith", "9:00 A.M. EDT", "REPORTER (BBC)",
        "Mark Chen -- Morgan Stanley -- Analyst", "Jane Smith, Mayor: ", "JANE SMITH, CITY RADIO: "])
    func candidatePrefilterAgreesOnShapesTheCorpusLacks(opening: String) {
        for words in ["", " 各位好，欢迎收看今天的节目。", String(repeating: " Welcome everyone to the briefing today.", count: 6)] {
            let text = opening + words
            let fast = CandidateReader.candidate(in: text, strongPrefix: nil, kind: .paragraph)
            #expect(fast == CandidateReader.reference(in: text, strongPrefix: nil, kind: .paragraph), "\(text.prefix(60))")
            if !words.isEmpty, opening.hasSuffix(" ") || opening.hasSuffix("）") || opening.hasSuffix(":") { #expect(fast != nil, "\(text.prefix(60))") }
        }
    }

    @Test(arguments: ["记者：请问", "Name: words", "no colon at all in this line of text", "全角：冒号", "：", "a:", "", "\u{EF}", "前面很长很长的一段话没有冒号然后才有：冒号"])
    func colonProbeAgreesWithTheReference(text: String) {
        for limit in [0, 1, 3, 8, 40, 400] {
            #expect(ColonProbe.hasColon(inFirst: limit, bytesOf: text.utf8) == ColonProbe.reference(inFirst: limit, bytesOf: text.utf8), "\(text) within \(limit)")
        }
    }
}

/// A name printed once, in a shape nobody else in the document uses, is still a speaker where the document shows who
/// speaks there: the host has just called on them, or a reporter's label has just asked.
@Suite("Names printed once where the document shows who speaks")
struct CalledOnNameTests {
    @Test func aNameTheHostCallsOnSpeaks() throws {
        let transcript = try TestSupport.parse("""
            **主持人：**各位媒體朋友早安，今天請部長說明新的補助方案。

            **王大同部長：**補助下個月開始發放，線上申請即可，偏鄉另有專人協助。

            **主持人：**接下來請林明政委補充。

            林明：感謝這個問題。我們也會在各區公所設立服務台，協助長者申請。

            **記者：**請問申請期限到什麼時候？

            **王大同部長：**到年底為止。
            """)
        #expect(transcript.participants.contains { $0.name == "林明" })
        #expect(transcript.turns.count == 6)
    }

    @Test func aNameAfterALabelledQuestionAnswers() throws {
        let transcript = try TestSupport.parse("""
            记者提问：请问条例主要有哪些特点？将对市民日常生活产生怎样的影响？

            **何修冬：**条例一是在制度层面上建立协同治理机制，二是从流程环节上实行全程分类管理。

            记者提问：请问居民分类投放时有哪些注意事项？

            【黄爱民】居民要按照四类标准分类投放，厨余垃圾要沥干水分。
            """)
        #expect(transcript.participants.map(\.name).contains("黄爱民"))
        #expect(transcript.exchanges.map(\.answers) == [[1], [3]])
    }

    /// A Latin heading after a question opens a section, and an ordinal word a host says is no name.
    @Test func anInterviewRecordNamesTheQuestionLabel() throws {
        let text = """
            INTERVIEWEE: Jane Roe
            INTERVIEWER: John Q. Doe
            DATE: 16 September 2014
            PLACE: Chicago, IL

            Q:

            Where did you grow up?

            Jane Roe:

            In Ohio, near the lake.

            Q:

            And then?

            Jane Roe:

            Then Chicago.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.participants.map(\.name) == ["John Q. Doe", "Jane Roe"] || transcript.participants.map(\.name) == ["Jane Roe", "John Q. Doe"])
    }

    @Test func initialsAreTheInterviewerNamedByAPossessive() throws {
        let text = """
            Professor J. Q. Public’s interview with Ann Lee:

            JQP: How did it start?

            Lee: With a machine nobody used.

            JQP: Which one?

            Lee: The PDP-7.
            """
        let transcript = try TestSupport.parse(text)
        let interviewer = transcript.participants.first { $0.aliases.contains("JQP") }
        #expect(interviewer?.name == "J. Q. Public")
    }

    @Test func aLatinHeadingOrWordIsNoName() throws {
        let transcript = try TestSupport.parse("""
            MODERATOR: Our first question, go ahead.

            Q: What changes first?

            ## Channel Splice

            The first change is the splice itself, which we ship next month.
            """)
        #expect(!transcript.participants.contains { $0.name == "Channel Splice" })
    }

    /// Transcription tools print a clock with each name: Otter.ai after it on the name's own line (`Jane Smith  0:03`,
    /// `Jane Smith (0:03)`), others inside the label (`Jane Smith [0:03]: …`, Rev's `Jane Smith (0:03): …`) or before
    /// the name (`[0:03] Jane Smith`, `0:03 Jane Smith`, `0:03 - Jane Smith:`). Either way the name is the speaker and
    /// the clock the turn's time; the host speaks three times, each asker once, and the host's turns alternate with
    /// the askers'.
    @Test(arguments: [
        "%N  %T\n%S", "%N (%T)\n%S", "%N [%T]: %S", "%N (%T): %S", "[%T] %N\n%S", "%T %N\n%S", "%T - %N: %S", "[%T] | %N\n%S",
        "%N [%T] %S", "%N (%T) %S",
    ])
    func aClockPrintedWithTheNameIsTheTurnsTime(layout: String) throws {
        let lines = [
            ("Jane Smith", "0:03", "Welcome everyone to the briefing. Today we have three announcements."),
            ("Unknown Speaker", "0:15", "Can you say more about the budget?"),
            ("Jane Smith", "0:20", "Sure. The budget grows by three percent."),
            ("Speaker 3", "1:02", "What about the timeline?"),
            ("Jane Smith", "1:05", "Next year."),
        ]
        let text = lines.map { name, time, words in
            layout.replacingOccurrences(of: "%N", with: name)
                .replacingOccurrences(of: "%T", with: time).replacingOccurrences(of: "%S", with: words)
        }
        let transcript = try TestSupport.parse(text.joined(separator: "\n\n"))
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Jane Smith", "Unknown Speaker", "Jane Smith", "Speaker 3", "Jane Smith"])
        #expect(transcript.turns.map(\.time) == ["0:03", "0:15", "0:20", "1:02", "1:05"])
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
    }

    /// `_Jane Smith_: …`, `*Q:* …`: a label in italics, the colon inside the emphasis or after it. Emphasis that holds
    /// no label stays as printed.
    @Test func aLabelInItalicsIsALabel() throws {
        let transcript = try TestSupport.parse("""
            # Interview with the mayor

            _Jane Smith_: Good morning, Mayor. Thanks for joining us.

            _Mayor Tom Reed:_ Happy to be here, Jane.

            *Jane Smith*: How many units did the city approve this year?

            *Applause* About four thousand, which is a record for us.
            """, format: .markdown)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["Jane Smith", "Mayor Tom Reed", "Jane Smith"])
        #expect(transcript.turns.last?.paragraphs.last == "*Applause* About four thousand, which is a record for us.")
        let qa = try TestSupport.parse(
            "*Q:* What did you find?\n\n*A:* That most people read the news on phones.\n\n*Q:* Why?\n\n*A:* They are cheap.", format: .markdown)
        #expect(qa.turns.count == 4 && qa.exchanges.count == 2)
        #expect(MarkdownInline.strip("_snake_case_ is a name"[...]).text == "_snake_case_ is a name")
        #expect(MarkdownInline.strip("*a* b: c"[...]).text == "*a* b: c")
    }

    /// A hearing's record (the Government Publishing Office's) opens each turn with an honorific or an office and the
    /// surname capitalised, then a period: `Chairman Brown. The Committee will…`. In that shape a speaker must recur on
    /// their own: `Mr. Buttigieg. Many of your…` in a briefing is a reporter addressing a speaker named elsewhere.
    @Test func aHearingsCapitalisedSurnameAndPeriodOpenATurn() throws {
        let transcript = try TestSupport.parse("""
                Chairman Brown. The Committee will come to order. Chair
            Powell, welcome back to the Committee.
                Mr. Powell. Thank you, Chairman Brown. Inflation has eased
            substantially while the labor market has remained strong.
                Chairman Brown. Thank you. Senator Scott.
                Senator Scott. Thank you, Mr. Chairman. When will the
            Committee begin cutting rates?
                Mr. Powell. We will need greater confidence that inflation is
            moving sustainably toward 2 percent.
                Senator Warren. Will you commit to cutting rates soon?
                Mr. Powell. I will not commit to a specific date, Senator.
                Chairman Brown. The hearing is adjourned.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == [
            "Chairman Brown", "Mr. Powell", "Chairman Brown", "Senator Scott", "Mr. Powell", "Senator Warren", "Mr. Powell",
            "Chairman Brown",
        ])
        #expect(transcript.exchanges.map(\.question) == [3, 5])
        let briefing = try TestSupport.parse("""
            MS. PSAKI: Good afternoon. Secretary Buttigieg is here.

            SECRETARY BUTTIGIEG: Thank you. The pipeline is back in service.

            Q: Thank you so much. One question for Mr. Regan, one question for
            Mr. Buttigieg.  Many of your fellow North Carolinians cannot find
            gasoline right now. What is your advice to them?

            SECRETARY BUTTIGIEG: Yes. Follow the advice of the governors.
            """)
        #expect(briefing.turns.map { briefing.participant(withID: $0.speaker)?.label } == ["MS. PSAKI", "SECRETARY BUTTIGIEG", "Q", "SECRETARY BUTTIGIEG"])
        #expect(briefing.turns[2].paragraphs.joined(separator: " ").hasSuffix("What is your advice to them?"))
        // A title in the surname's place addresses the chair.
        #expect(CandidateReader.honorificNameBeforePeriod("Mr. President. I rise today"[...]) == nil)
        #expect(CandidateReader.honorificNameBeforePeriod("Chairman Brown. The Committee"[...])?.2 == .latin)
        #expect(CandidateReader.honorificNameBeforePeriod("Mr. SMITH. Mr. Speaker"[...])?.2 == .capitals)
    }

    /// `RESIDENT 2:` says the residents who speak are numbered: `RESIDENT:` printed once is the first of them, though one
    /// word in capitals before a colon more often opens a sentence (`NOTE:`).
    @Test func theFirstOfANumberedGroupSpeaks() throws {
        let transcript = try TestSupport.parse("""
            MODERATOR: Good evening and welcome to the town hall. Councilmember Kowalczyk is with us.

            KOWALCZYK: Thank you. It is good to be back.

            RESIDENT: When is the Elm Street crossing going to get a light?

            KOWALCZYK: The signal is funded. Construction starts in June.

            RESIDENT 2: What about the bus shelter on Fifth?

            KOWALCZYK: That one is next year.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["MODERATOR", "KOWALCZYK", "RESIDENT", "KOWALCZYK", "RESIDENT 2", "KOWALCZYK"])
        #expect(transcript.exchanges.map(\.question) == [2, 4])
        #expect(LabelSequence.groupNumbered("Audience Member 3") == "Audience Member")
        #expect(LabelSequence.groupNumbered("RESIDENT") == nil)
    }

    /// `<h4>Dr. Samuel Achebe, Chief Medical Officer, Riverbend Health</h4>` and the words under it: a name with the
    /// offices held, alone as a heading or on its line. A place and its state (`Washington, DC`) holds no office.
    @Test func aNameWithItsOfficesAloneOnItsLineSpeaks() throws {
        #expect(CandidateReader.nameAndOfficeAlone("Washington, DC"[...]) == nil)
        #expect(CandidateReader.nameAndOfficeAlone("New York, NY"[...]) == nil)
        #expect(CandidateReader.nameAndOfficeAlone("Jane Smith, Mayor"[...])?.titles == "Mayor")
        let transcript = try TestSupport.parse("""
            <html><body>
            <h4>Chairwoman Rebecca Lindgren</h4>
            <p>The subcommittee will come to order.</p>
            <h4>Dr. Samuel Achebe, Chief Medical Officer, Riverbend Health</h4>
            <p>Thank you, Madam Chair. An AI tool now reads every chest X-ray.</p>
            <h4>Chairwoman Rebecca Lindgren</h4>
            <p>How often does the tool miss something?</p>
            <h4>Dr. Samuel Achebe, Chief Medical Officer, Riverbend Health</h4>
            <p>Under half a percent.</p>
            </body></html>
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Chairwoman Rebecca Lindgren", "Dr. Samuel Achebe", "Chairwoman Rebecca Lindgren", "Dr. Samuel Achebe"])
        let doctor = try #require(transcript.participants.first { $0.label == "Dr. Samuel Achebe" })
        #expect(doctor.title == "Chief Medical Officer, Riverbend Health" && doctor.role == .official)
    }

    /// `I now give the floor to Mr. Griffiths.` then `Mr. Griffiths: …`: a person the chair has just called on, by the
    /// surname, speaks though printed once. A name that opens a paragraph's next line after the same words mid-sentence
    /// (`…to cover the` / `African Union: South Africa…`) is called on by no one.
    @Test func aPersonTheChairCallsOnSpeaks() throws {
        let transcript = try TestSupport.parse("""
            The President (spoke in French): I now give the floor to Mr. Griffiths.

            Mr. Griffiths: Thank you, Mr. President. The situation has deteriorated sharply.

            The President (spoke in French): I thank Mr. Griffiths for his briefing.

            Mr. Zhang Jun (China) (spoke in Chinese): Thank you. China supports the call.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name } == ["The President", "Mr. Griffiths", "The President", "Mr. Zhang Jun"])
        let briefing = try TestSupport.parse("""
            MS. PSAKI: Go ahead.

            Q: Are the doses going to the same countries?

            MS. PSAKI: Yeah, they are. And all African Union member states, and eight more countries to cover the
            African Union: South Africa, Namibia, Botswana, and Mauritius.

            Q: Thank you.
            """, format: .markdown)
        #expect(briefing.turns.count == 4)
        #expect(!briefing.participants.contains { $0.label == "African Union" })
    }

    /// 「■主持人：」, 「◆赵明远：」: a bullet a page sets before each label is layout, so the host is one speaker whether
    /// a bullet opens the label or not.
    @Test func aBulletBeforeALabelIsNoPartOfIt() throws {
        let transcript = try TestSupport.parse("""
            ■主持人：赵教授，一季度GDP增长5.3%，超出市场预期。您怎么看？

            ◆赵明远：这个数字有基数效应，也有实打实的改善。

            主持人：消费偏慢的原因是什么？

            ◆赵明远：核心是收入预期。

            ■主持人：谢谢赵教授。
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["主持人", "赵明远", "主持人", "赵明远", "主持人"])
    }

    /// 「嘉宾：北京大学国家发展研究院教授赵明远」 / 「主持人：本报记者孙婷」 before the dialogue: a roster that names who holds
    /// each role, not turns. The host keeps the role and takes the name; a line that says more than who speaks (「主持人：
    /// 各位好，欢迎收看。」) is a turn.
    @Test func aRosterBeforeTheDialogueNamesTheRoles() throws {
        let transcript = try TestSupport.parse("""
            ■访谈实录

            嘉宾：北京大学国家发展研究院教授 赵明远
            主持人：本报记者 孙婷

            ■主持人：赵教授，一季度GDP增长5.3%，超出市场预期。您怎么看？

            ■赵明远：这个数字有基数效应，也有实打实的改善。

            ■主持人：消费偏慢的原因是什么？

            ■赵明远：核心是收入预期。
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["主持人", "赵明远", "主持人", "赵明远"])
        let host = try #require(transcript.participants.first)
        #expect(host.role == .moderator && host.name == "孙婷" && host.title == "本报记者")
        #expect(transcript.lead.contains("主持人：本报记者孙婷"))
        let english = try TestSupport.parse("""
            Host: Jane Smith, City Radio

            Host: Welcome to the show. Today we talk about the budget.

            Tom Reed: Thanks for having me.

            Host: How big is the deficit?

            Tom Reed: Larger than last year.
            """)
        #expect(english.turns.count == 4)
        #expect(english.participants.first?.name == "Jane Smith")
        let greeting = try TestSupport.parse("主持人：各位好，欢迎收看。\n\n赵明远：谢谢主持人。\n\n主持人：您怎么看？\n\n赵明远：我很乐观。")
        #expect(greeting.turns.count == 4)
        #expect(LabelKey.person(in: "本报记者孙婷")?.name == "孙婷")
        #expect(LabelKey.person(in: "各位好，欢迎收看") == nil)
    }

    /// Radio transcripts print a speaker's full name once (`STEVE INSKEEP, HOST:`), the surname after (`INSKEEP:`): the
    /// full name is the same speaker's first turn. Words before a surname that are no given names (`Fed's Williams:` in
    /// headlines) name no speaker.
    @Test func aFullNamePrintedOnceBeforeTheSurnameSpeaks() throws {
        let transcript = try TestSupport.parse("""
            Heat waves are getting longer

            STEVE INSKEEP, HOST:

            Much of the country is under a heat advisory this week. We called the city's heat officer. Good morning.

            DAVID HONDULA: Good morning, Steve.

            INSKEEP: What does a heat officer do?

            HONDULA: We coordinate cooling centers.

            INSKEEP: Are they enough?

            HONDULA: Not yet.

            INSKEEP: What comes next?

            HONDULA: More shade trees.
            """)
        #expect(transcript.turns.count == 8)
        #expect(transcript.turns.map(\.speaker) == ["p1", "p2", "p1", "p2", "p1", "p2", "p1", "p2"])
        // `HOST` after the name is the speaker's role: the host asks, and gets answers.
        #expect(transcript.participants.first?.role == .moderator && transcript.participants.first?.title == "HOST")
        #expect(Set(transcript.exchanges.map(\.answers)).isSuperset(of: [[3], [5], [7]]))
        // A chair of a committee or a central bank answers.
        #expect(AffiliationLine.label(titleLine: "Chair", name: "Jerome Powell").roleHint != .moderator)
        #expect(LabelSequence.givenNames("Steve Inskeep", before: "Inskeep"))
        #expect(!LabelSequence.givenNames("Fed's Williams", before: "Williams"))
        #expect(!LabelSequence.givenNames("About Allison Okamura", before: "Allison Okamura"))
    }

    /// A title or banner that opens a document is no speaker: 「…記者會逐字稿」 holds 記者 in 記者會 (a press conference),
    /// a Chinese headline opens with a column tag (「【专访】」, 「对话｜」), and CNN's `THIS IS A RUSH TRANSCRIPT.` is a
    /// sentence in capitals.
    @Test func aTitleOrBannerIsNoSpeaker() throws {
        let taiwan = try TestSupport.parse("""
            行政院會後記者會逐字稿
            113年3月14日（星期四）下午3時

            主持人：各位媒體朋友午安。

            陳世凱發言人：今天院會通過草案。

            記者（中央社）：請問罰則有沒有加重？

            陳世凱發言人：罰則會提高。
            """)
        #expect(taiwan.turns.map { taiwan.participant(withID: $0.speaker)?.label } == ["主持人", "陳世凱發言人", "記者（中央社）", "陳世凱發言人"])
        let interview = try TestSupport.parse("""
            【专访】国家气候中心首席专家：今年夏季高温或将偏多

            来源：新华网

            【记者】今年入夏以来，华北多地气温突破40摄氏度。这是否意味着今年是一个“热夏”？

            【王立新】从目前的监测看，今年夏季高温日数可能偏多。

            【记者】城市应该如何应对？

            【王立新】要提前做好电力和供水的准备。
            """)
        #expect(!interview.participants.contains { $0.label.contains("专访") })
        #expect(interview.turns.count == 4)
        #expect(NonSpeakerText.matches("对话｜某车企海外负责人"))
        let cnn = try TestSupport.parse("""
            CNN STATE OF THE UNION

            THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

            DANA BASH, CNN HOST: Welcome to the show. Senator, thank you for being here.

            SEN. MARK HALVORSEN (D-MN): Thanks for having me, Dana.

            BASH: Will you vote for the bill?

            HALVORSEN: I will.

            BASH: And the border?

            HALVORSEN: We need more judges.
            """)
        #expect(!cnn.participants.contains { $0.label.hasPrefix("THIS IS") })
        #expect(cnn.turns.count == 6)
    }

    /// Microsoft Teams prints each speaker surname first, with the organisation or `Guest` in brackets, and the clock
    /// after: `Okafor, Chidi   0:03`, `Brandt, Helen (Contoso)   0:15`.
    @Test func aTeamsNameLineSpeaks() throws {
        let text = """
            Q3 Product Review - Press Q&A

            Okafor, Chidi started transcription

            Okafor, Chidi   0:03
            OK, I think everyone's here. Helen, do you want to kick off?

            Brandt, Helen (Contoso)   0:15
            Sure. The new tablet ships on October 1st in 14 markets.

            Reyes, Marco (Guest)   0:31
            Is the price final?

            Brandt, Helen (Contoso)   0:36
            Yes, it is final.

            Reyes, Marco (Guest)   0:41
            And the markets?

            Brandt, Helen (Contoso)   0:44
            The list is on the site.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Okafor, Chidi", "Brandt, Helen", "Reyes, Marco", "Brandt, Helen", "Reyes, Marco", "Brandt, Helen"])
        #expect(transcript.turns.map(\.time) == ["0:03", "0:15", "0:31", "0:36", "0:41", "0:44"])
        #expect(transcript.participants.first { $0.label == "Brandt, Helen" }?.title == "Contoso")
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        #expect(CandidateReader.nameOfANameLine("Okafor, Chidi, Jr, Esq"[...]) == nil)
    }

    /// An interview that labels its questions only (`<b>Q.</b> …`), each answer unlabelled under its question: the answer
    /// is a turn of the unnamed interviewee, and each question gets its answer. A headline in a heading (`<h1>Interview:
    /// "…"</h1>`) is no speaker. Where the answers are labelled too, nothing moves.
    @Test func anInterviewThatLabelsOnlyItsQuestionsHasUnlabelledAnswers() throws {
        let transcript = try TestSupport.parse("""
            <html><body>
            <h1>Interview: "We need 12,000 more teachers by 2027"</h1>
            <p>Education Minister Kwame Mensah sat down with us after the report.</p>
            <p><b>Q.</b> The report says one in five schools has a vacancy. How did it get this bad?</p>
            <p>Retirements, mostly. A third of our teachers were hired in the late 1980s.</p>
            <p><b>Q.</b> What are you doing about it?</p>
            <p>We've raised starting salaries by 15 percent.</p>
            <p>We're also recognising qualifications from abroad.</p>
            <p><b>Q.</b> Unions say that is not enough. Are they wrong?</p>
            <p>It is a start.</p>
            </body></html>
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["Q", "", "Q", "", "Q", ""])
        #expect(transcript.turns[3].paragraphs.count == 2)
        #expect(transcript.exchanges.map(\.answers) == [[1], [3], [5]])
        #expect(!transcript.participants.contains { $0.label == "Interview" })
        let labelled = try TestSupport.parse("Q: How did it get this bad?\n\nA: Retirements, mostly.\n\nQ: And now?\n\nA: We raised salaries.\n\nThat is a start.")
        #expect(labelled.turns.count == 4)
    }

    /// Words after a clock that tell the time (`9:00 A.M. EDT`) name no one, even where words follow them as they follow
    /// a speaker's line.
    @Test func wordsThatTellTheTimeAfterAClockAreNoSpeaker() throws {
        let transcript = try TestSupport.parse("""
            MS. PSAKI: Good morning. Two things at the top.

            9:00 A.M. EDT

            The session opened with a prayer.

            MS. PSAKI: Then we voted on the budget.

            11:00 A.M. EDT

            The session resumed after a break.

            MS. PSAKI: That is all.
            """)
        #expect(!transcript.participants.contains { $0.label.contains("A.M") })
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["MS. PSAKI"])
        #expect(transcript.notes.map(\.text) == ["9:00 A.M. EDT", "11:00 A.M. EDT"])
    }

    /// A press conference printed as a script: a reporter's label with the outlet in brackets (`REPORTER (BBC)`),
    /// alone on its line as the minister's is, is a reporter of that outlet.
    @Test func aRoleWithItsOutletAloneOnItsLineAsks() throws {
        let transcript = try TestSupport.parse("""
            MINISTER LEE

            Good morning. I will make a short statement and then take questions.

            REPORTER (BBC)

            Minister, will the tax rise?

            MINISTER LEE

            No, it will not.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["MINISTER LEE", "REPORTER (BBC)", "MINISTER LEE"])
        let reporter = try #require(transcript.participants.first { $0.label == "REPORTER (BBC)" })
        #expect(reporter.role == .reporter && reporter.outlet == "BBC" && reporter.name == nil)
        #expect(transcript.exchanges.map(\.answers) == [[2]])
    }

    /// `（主持人）各位好。`: a role word in round brackets before words labels them. A list's `（一）`, a direction alone
    /// on its line (`（議員舉手）`) and `(Applause)` stay text.
    @Test func aRoleInRoundBracketsLabelsTheWordsAfterIt() throws {
        let transcript = try TestSupport.parse("""
            （主持人）各位好，欢迎收看。

            （嘉宾）大家好。

            （主持人）请问您怎么看今年的形势？

            （嘉宾）总体向好。（一）投资回升。（二）消费回暖。

            （議員舉手）

            (Applause) 谢谢。
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["主持人", "嘉宾", "主持人", "嘉宾"])
        #expect(transcript.participants.map(\.role) == [.moderator, .official])
        #expect(transcript.turns[3].paragraphs == ["总体向好。（一）投资回升。（二）消费回暖。", "（議員舉手）", "(Applause) 谢谢。"])
    }

    /// `Jane Smith — Welcome…`: capitalised words before a dash name the speaker, as capitals do. One word (`Yesterday —`)
    /// is prose.
    @Test func capitalisedNamesBeforeADashSpeak() throws {
        let transcript = try TestSupport.parse("""
            Jane Smith — Welcome everyone to the briefing. We have news today.

            Tom Reed — Can you say more about the budget?

            Jane Smith — Sure. The budget grows by three percent.

            Yesterday — as every year — the council met.

            Ann Lee — What about the timeline?

            Jane Smith — Next year.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Jane Smith", "Tom Reed", "Jane Smith", "Ann Lee", "Jane Smith"])
        #expect(transcript.turns[2].paragraphs.last == "Yesterday — as every year — the council met.")
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
    }

    /// A call transcript as the Motley Fool prints it: each speaker's name line gives the titles after a double dash
    /// (`Tom Reed -- Chief Executive Officer`), an analyst's the firm and `Analyst`; the words follow on the next lines.
    /// `Prepared Remarks:` and `Questions & Answers:` are its section headings, not speakers.
    @Test func aCallsNameLinesGiveTitlesAfterADash() throws {
        let transcript = try TestSupport.parse("""
            Prepared Remarks:

            Operator

            Good day, and welcome to the Acme Corp third quarter 2024 earnings call. I would now like to turn the call over to Jane Smith, Vice President of Investor Relations. Please go ahead.

            Jane Smith -- Vice President, Investor Relations

            Thank you, operator. Joining me today are our CEO, Tom Reed, and our CFO, Ann Lee. Tom?

            Tom Reed -- Chief Executive Officer

            Thanks, Jane. We had a strong quarter. Revenue grew 12% to $1.2 billion, and margins expanded.

            Questions & Answers:

            Operator

            Thank you. Our first question comes from Mark Chen with Morgan Stanley.

            Mark Chen -- Morgan Stanley -- Analyst

            Thanks for taking my question. How should we think about margins next year?

            Ann Lee -- Chief Financial Officer

            Good question, Mark. We expect margins to expand by another 50 basis points.

            Operator

            Our next question comes from Sara Kim with Goldman Sachs.

            Sara Kim -- Goldman Sachs -- Analyst

            Can you talk about pricing in Europe?

            Tom Reed -- Chief Executive Officer

            Sure. Pricing in Europe held up well, and we see no change next year.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Operator", "Jane Smith", "Tom Reed", "Operator", "Mark Chen", "Ann Lee", "Operator", "Sara Kim", "Tom Reed"])
        let people = transcript.participants.map { [$0.label, $0.role.rawValue, $0.title ?? "-", $0.outlet ?? "-"].joined(separator: "|") }
        #expect(people == [
            "Operator|moderator|-|-", "Jane Smith|official|Vice President, Investor Relations|-", "Tom Reed|official|Chief Executive Officer|-",
            "Mark Chen|reporter|Analyst|Morgan Stanley", "Ann Lee|official|Chief Financial Officer|-", "Sara Kim|reporter|Analyst|Goldman Sachs",
        ])
        #expect(transcript.lead == ["Prepared Remarks:"])
        #expect(transcript.notes.map(\.text) == ["Questions & Answers:"])
        #expect(transcript.exchanges.map(\.answers) == [[5], [8]])
    }

    /// Seeking Alpha lists a call's people as `Name - Title` lines before the call: a roster, not turns.
    @Test func aRosterOfNamesAndTitlesIsNoTurn() throws {
        let transcript = try TestSupport.parse("""
            Executives

            Tom Reed - Chief Executive Officer
            Ann Lee - Chief Financial Officer

            Analysts

            Mark Chen - Morgan Stanley
            Sara Kim - Goldman Sachs

            Operator

            Good day, and welcome to the Acme Corp third quarter 2024 earnings call. Please go ahead, Mr. Reed.

            Tom Reed

            Thanks. We had a strong quarter. Revenue grew 12% to $1.2 billion, and margins expanded.

            Question-and-Answer Session

            Operator

            Our first question comes from Mark Chen with Morgan Stanley.

            Mark Chen

            Thanks for taking my question. How should we think about margins next year?

            Ann Lee

            We expect margins to expand by another 50 basis points.

            Operator

            Our next question comes from Sara Kim with Goldman Sachs.

            Sara Kim

            Can you talk about pricing in Europe?

            Tom Reed

            Sure. Pricing in Europe held up well, and we see no change next year.
            """)
        #expect(transcript.lead == [
            "Executives", "Tom Reed - Chief Executive Officer", "Ann Lee - Chief Financial Officer", "Analysts", "Mark Chen - Morgan Stanley",
            "Sara Kim - Goldman Sachs",
        ])
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Operator", "Tom Reed", "Operator", "Mark Chen", "Ann Lee", "Operator", "Sara Kim", "Tom Reed"])
    }

    /// `Jane Smith, Mayor:`, `Tom Reed, Daily News:`: a name, a comma and the speaker's title or outlet before the
    /// colon. An outlet makes the speaker a reporter of it.
    @Test func aNameWithATitleOrOutletBeforeTheColonSpeaks() throws {
        let transcript = try TestSupport.parse("""
            Jane Smith, Mayor: Good morning. Today we announce the new budget for schools.

            Tom Reed, Daily News: How much more will schools get?

            Jane Smith, Mayor: Four percent more than last year.

            Ann Lee, City Radio: When does it start?

            Jane Smith, Mayor: In September.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name }
            == ["Jane Smith", "Tom Reed", "Jane Smith", "Ann Lee", "Jane Smith"])
        let people = transcript.participants.map { [$0.role.rawValue, $0.title ?? "-", $0.outlet ?? "-"].joined(separator: "|") }
        #expect(people == ["official|Mayor|-", "reporter|-|Daily News", "reporter|-|City Radio"])
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
        // A call's titles run past a label's length, and a name may hold letters beyond ASCII.
        let call = try TestSupport.parse("""
            Operator: Good morning, and welcome to the call. I will now turn it over to Martin Kessler.

            Martin Kessler, Chief Executive Officer, Northwind Logistics: Thank you. Revenue was up seven percent.

            Hélène Dubois, Chief Financial Officer, Northwind Logistics: Thanks, Martin. Margins rose.

            Operator: Our first question comes from Sarah Lin with Morgan Stanley.

            Sarah Lin (Morgan Stanley): Hélène, is the cash flow raise durable?

            Hélène Dubois, Chief Financial Officer, Northwind Logistics: Mostly. Some of it is timing.

            Martin Kessler, Chief Executive Officer, Northwind Logistics: And we expect volumes to hold.
            """)
        #expect(call.turns.map { call.participant(withID: $0.speaker)?.name }
            == [nil, "Martin Kessler", "Hélène Dubois", nil, "Sarah Lin", "Hélène Dubois", "Martin Kessler"])
        #expect(call.participants.first { $0.name == "Hélène Dubois" }?.title == "Chief Financial Officer, Northwind Logistics")
        #expect(call.exchanges.map(\.answers) == [[5, 6]])
        // India's ministries print the office first, then its holder with an honorific.
        let mea = """
            Official Spokesperson, Shri Randhir Jaiswal: Namaskar, and welcome to this weekly briefing.

            Question: Sir, Sidhant from WION. Will the Minister meet the Emir?

            Official Spokesperson, Shri Randhir Jaiswal: The programme is being finalised.

            Question: Any update on the Indians held abroad?

            Official Spokesperson, Shri Randhir Jaiswal: Ten of them have already returned.
            """
        let briefing = try TestSupport.parse(mea)
        let spokesperson = try #require(briefing.participants.first)
        #expect(spokesperson.title == "Official Spokesperson" && spokesperson.role == .official)
        // "Sir, Sidhant from WION." names the reporter; the next `Question:` says nothing of who asks.
        let askers = briefing.turns.map { briefing.participant(withID: $0.speaker) }
        #expect(askers.map { $0?.name } == ["Randhir Jaiswal", "Sidhant", "Randhir Jaiswal", nil, "Randhir Jaiswal"])
        #expect(askers[1]?.outlet == "WION" && askers[3]?.label == "Question")
        #expect(briefing.exchanges.count == 2)
        // The titles printed in the labels are the participants': no sentence is lost.
        for text in [mea, "Jane Smith, Mayor: Good morning.\n\nTom Reed, Daily News: How much?\n\nJane Smith, Mayor: Four percent."] {
            let coverage = try TextCoverage(checking: text)
            #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        }
    }

    /// An HTML fragment saved from a page, each turn a line that opens with the bold name and ends with `<br>`, with no
    /// `<html>` or `<p>` around it: it is read as HTML, whatever its file is called.
    @Test func anHTMLFragmentOfBoldNamesAndLineBreaksIsHTML() throws {
        let transcript = try TestSupport.parse("""
            <b>Jane Smith:</b> Welcome everyone to the briefing. We have news on the budget today.<br>
            <b>Tom Reed:</b> Can you say more about the budget?<br>
            <b>Jane Smith:</b> Sure. The budget grows by three percent next year.<br>
            """)
        #expect(transcript.source.format == "html")
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["Jane Smith", "Tom Reed", "Jane Smith"])
        #expect(transcript.turns[1].paragraphs == ["Can you say more about the budget?"])
    }

    /// A transcript printed in quotations (`> **Jane Smith:** …`): the first quotation is the first turn, not the
    /// post's summary, which a quotation at the top of a post otherwise is.
    @Test func aFirstQuotationThatOpensWithABoldLabelIsATurn() throws {
        let transcript = try TestSupport.parse("""
            > **Jane Smith:** Welcome everyone to the briefing.

            > **Tom Reed:** Can you say more about the budget?

            > **Jane Smith:** Sure. The budget grows by three percent.
            """)
        #expect(transcript.summary == nil)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["Jane Smith", "Tom Reed", "Jane Smith"])
        let summarised = try TestSupport.parse("""
            > The minister took questions on the budget.

            **Jane Smith:** Welcome everyone to the briefing.

            **Tom Reed:** Can you say more about the budget?

            **Jane Smith:** Sure. The budget grows by three percent.
            """)
        #expect(summarised.summary == "The minister took questions on the budget.")
    }

    /// `**Jane Smith** Welcome…`, or `**Jane Smith**` alone on the paragraph's first line with the words under it: a
    /// bold name with no colon labels the words after it.
    @Test(arguments: [" ", "\n"])
    func aBoldNameBeforeWordsSpeaks(separator: String) throws {
        let transcript = try TestSupport.parse([
            "**Jane Smith**\(separator)Welcome everyone to the briefing.", "**Tom Reed**\(separator)Can you say more about the budget?",
            "**Jane Smith**\(separator)Sure. The budget grows by three percent.", "**Ann Lee**\(separator)And the timeline?",
            "**Jane Smith**\(separator)Next year.",
        ].joined(separator: "\n\n"))
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Jane Smith", "Tom Reed", "Jane Smith", "Ann Lee", "Jane Smith"])
        #expect(transcript.turns[1].paragraphs == ["Can you say more about the budget?"])
    }

    /// A hearing's export prints a clock and a colon where the transcriber did not name the speaker
    /// (`[00:22:41]  : `): that is a turn of an unnamed speaker, not more words of the speaker before, and the
    /// clock is its time. Renderings call the speaker so.
    @Test func aClockAndAColonWithNoNameIsAnUnnamedSpeaker() throws {
        let transcript = try TestSupport.parse("""
            [00:09:25] Jane Smith: 
            \tThe committee will come to order. Assemblywoman Lee, please present your bill.
            [00:09:29] Ann Lee: 
            \tThank you, Chair. This bill provides free meals in schools.
            [00:12:02] Jane Smith: 
            \tThank you. Members, any questions?
            [00:22:41]  : 
            \tMs. Park.
            [00:22:42] Mary Park: 
            \tThank you. I support the bill.
            [00:23:10] Jane Smith: 
            \tThank you. Please call the roll.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Jane Smith", "Ann Lee", "Jane Smith", "", "Mary Park", "Jane Smith"])
        #expect(transcript.turns[3].paragraphs == ["Ms. Park."] && transcript.turns[3].time == "00:22:41")
        #expect(transcript.turns[1].paragraphs == ["Thank you, Chair. This bill provides free meals in schools."])
        let unnamed = try #require(transcript.participants.first { $0.label.isEmpty })
        #expect(unnamed.name == nil && unnamed.role == .unknown)
        #expect(transcript.markdown().contains("**Unnamed speaker**: Ms. Park."))
    }

    /// Television captions mark each change of speaker with `>>`, the name in capitals after it when there is one.
    @Test func captionMarksOpenEachSpeakersWords() throws {
        let transcript = try TestSupport.parse("""
            >> JANE SMITH: Good evening. Tonight the council passed the budget.
            >> TOM REED: What does it mean for schools?
            >> JANE SMITH: Four percent more for every school.
            >> And for the buses too.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["JANE SMITH", "TOM REED", "JANE SMITH"])
        #expect(transcript.turns[2].paragraphs == ["Four percent more for every school.", "And for the buses too."])
    }

    /// Captions that mark each change of speaker with `>>` and name nobody: who speaks is read from what they say. The
    /// host says who she is and runs the questions, the chief says who he is, the room asks, the chief hands one question
    /// to his deputy by name, and the answer after the next question is the chief's again.
    @Test func unnamedCaptionSpeakersAreReadFromWhatTheySay() throws {
        let transcript = try TestSupport.parse("""
            [00:00:05]
            >> GOOD MORNING.
            I'M CAPTAIN RUTH ABERNATHY, SPOKESPERSON FOR THE FIRE DEPARTMENT.
            THE CHIEF WILL GIVE AN UPDATE AND THEN WE'LL TAKE A FEW QUESTIONS.
            >> THANK YOU, CAPTAIN.
            I'M CHIEF LEON VASQUEZ.
            THE FIRE IS NOW SIXTY PERCENT CONTAINED AND NO HOMES WERE LOST OVERNIGHT.
            >> CHIEF, WHEN WILL THE EVACUATION ORDERS BE LIFTED?
            >> WE HOPE BY FRIDAY, BUT THE WIND DECIDES THAT.
            ON THE SHELTERS, I'M GOING TO ASK DEPUTY CHIEF NORA KLINE TO SPEAK TO THAT.
            >> THANKS, CHIEF.
            THE TWO SHELTERS AT THE HIGH SCHOOLS WILL STAY OPEN THROUGH THE WEEKEND.

            [00:02:10]
            >> HOW MANY FIREFIGHTERS ARE ON THE LINE TODAY?
            >> ABOUT FOUR HUNDRED, FROM ELEVEN AGENCIES.
            >> OKAY, WE HAVE TIME FOR ONE MORE.
            """)
        let labels = transcript.turns.map { transcript.participant(withID: $0.speaker)?.label ?? "?" }
        #expect(labels == [
            "CAPTAIN RUTH ABERNATHY", "CHIEF LEON VASQUEZ", "Q", "CHIEF LEON VASQUEZ", "DEPUTY CHIEF NORA KLINE", "Q",
            "CHIEF LEON VASQUEZ", "CAPTAIN RUTH ABERNATHY",
        ])
        #expect(transcript.participants.map(\.role) == [.moderator, .official, .reporter, .official])
        #expect(transcript.exchanges.map(\.answers) == [[3, 4], [6]])
        #expect(transcript.turns[1].paragraphs.first == "THANK YOU, CAPTAIN.")
        #expect(transcript.turns.map(\.time) == ["00:00:05", nil, nil, nil, nil, "00:02:10", nil, nil])
    }

    /// Two `>>` in a text are quoted e-mail or a prompt, not captions: nobody is read from them.
    @Test func aFewSpeakerChangeMarksAreNoCaptions() throws {
        let blocks = TestSupport.blocks(">> I'M GOING TO ASK ABOUT THE BUDGET.\n\n>> WHAT ABOUT THE BUSES?\n", format: .text)
        #expect(blocks.map(\.speaker) == [Block.unnamedSpeaker, Block.unnamedSpeaker])
        #expect(CaptionSpeakers.attributed(blocks).allSatisfy { $0.speaker == nil })
    }

    /// 「王明答：」, 「部長答：」, 「记者问：」: the speaker, then the verb of the turn. The speaker is the person, title or
    /// role before the verb (王明 is one person under 「王明（市教育局局长）：」 and 「王明答：」); 「媒體提問」 is one
    /// word and stays whole.
    @Test func theVerbAfterAChineseLabelIsNoPartOfTheSpeaker() throws {
        let transcript = try TestSupport.parse("""
            主持人：各位好。今天请王局长介绍情况。

            王明（市教育局局长）：谢谢。今年新建学校20所。

            记者问：学校什么时候开学？

            王明答：明年九月。

            记者问：招多少老师？

            王明答：一千名。
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name ?? "-" } == ["-", "王明", "-", "王明", "-", "王明"])
        #expect(transcript.participants.map(\.role) == [.moderator, .official, .reporter])
        let traditional = try TestSupport.parse("""
            媒體提問：請問系統何時上線？

            部長答：預計下個月。

            媒體提問：預算增加多少？

            部長答：大約百分之五。
            """)
        // 「媒體」 and the verb 「提問」: the media asking, nobody by name.
        #expect(traditional.participants.map { "\($0.label)|\($0.role.rawValue)|\($0.title ?? "-")|\($0.name ?? "-")" }
            == ["媒體提問|reporter|-|-", "部長答|official|部長|-"])
    }

    /// 「问：…？答：…。」, `Q: …? A: …`: a paragraph that opens with the asker's role word holds the answer too.
    @Test func aQuestionAndItsAnswerInOneParagraphAreTwoTurns() throws {
        let chinese = try TestSupport.parse("问：今年的重点是什么？答：重点是教育和医疗。\n\n问：预算多少？答：大约十亿元。")
        #expect(chinese.turns.map(\.paragraphs) == [["今年的重点是什么？"], ["重点是教育和医疗。"], ["预算多少？"], ["大约十亿元。"]])
        #expect(chinese.exchanges.map(\.answers) == [[1], [3]])
        let english = try TestSupport.parse("Q: What is the priority this year? A: Education and health.\n\nQ: And the budget? A: One billion.")
        #expect(english.turns.map { english.participant(withID: $0.speaker)?.label } == ["Q", "A", "Q", "A"])
    }

    /// Where speakers are printed otherwise, a role word before a dash, printed once, opens a sentence (`The President —
    /// and I said this yesterday — is focused…`).
    @Test func aRoleWordBeforeADashInProseIsNoSpeaker() throws {
        let transcript = try TestSupport.parse("""
            MS. PSAKI: Good afternoon. We have news on jobs.

            The President — and I said this yesterday — is focused on jobs.

            Q: And the bill?

            MS. PSAKI: He will sign it.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["MS. PSAKI", "Q", "MS. PSAKI"])
        #expect(transcript.turns[0].paragraphs.last == "The President — and I said this yesterday — is focused on jobs.")
    }

    /// `Jane Smith:` / `Tom Reed:` / `Jane Smith:`: whom a speaker takes the floor back from, printed once in the
    /// speaker's shape, speaks; one word before a colon (`Note:`) there is no one.
    @Test func aNameBetweenTwoTurnsOfOneSpeakerSpeaks() throws {
        let transcript = try TestSupport.parse("""
            Jane Smith: Welcome to the briefing. Schools reopen on Monday.

            Tom Reed: What is the plan for buses?

            Jane Smith: Buses run on the winter timetable.

            Note: the timetable is on the council's website.

            Jane Smith: That is all for today.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Jane Smith", "Tom Reed", "Jane Smith"])
        #expect(transcript.turns[2].paragraphs.contains("Note: the timetable is on the council's website."))
        #expect(transcript.exchanges.map(\.answers) == [[2]])
    }

    /// A congressional record prints an honorific or an office and the surname in capitals, closed by a period
    /// (`Mr. SMITH.`, `Chairman ISSA.`); a surname in lower case after `Mr.` addresses someone (`Mr. Regan. Many…`).
    @Test func congressionalRecordLabelsEndWithAPeriod() throws {
        let transcript = try TestSupport.parse("""
            Chairman ISSA. The committee will come to order. Today we examine the agency's budget request.

            Mr. CUMMINGS. Thank you, Mr. Chairman. I welcome the witness.

            Chairman ISSA. Thank you. Mr. Jones, you are recognized for five minutes.

            Mr. JONES. Thank you. The agency asks for four billion dollars, a cut of two percent.

            Chairman ISSA. Mr. Jones. Why a cut, when the workload grows?

            Mr. JONES. Because we have automated most of the claims process.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Chairman ISSA", "Mr. CUMMINGS", "Chairman ISSA", "Mr. JONES", "Chairman ISSA", "Mr. JONES"])
        #expect(transcript.turns[4].paragraphs == ["Mr. Jones. Why a cut, when the workload grows?"])
        #expect(transcript.turns[1].paragraphs == ["Thank you, Mr. Chairman. I welcome the witness."])
    }

    /// Numbered question headings of a written interview: one that asks before its last sentence (`## 2. …？我看…的問題.`)
    /// is a question as much as one that ends asking.
    @Test func aNumberedHeadingThatAsksInsideIsAQuestion() throws {
        let transcript = try TestSupport.parse("""
            # 採訪共筆

            ## 1. 社群這幾年有什麼變化？

            江明宗：知名度提高了，參與的人也更多。

            ## 2. 最近有什麼項目比較活躍？我看網頁上有提到外賣垃圾的問題.

            江明宗：開放國會的議題最近比較活躍。
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["Q", "江明宗", "Q", "江明宗"])
        #expect(transcript.exchanges.map(\.answers) == [[1], [3]])
    }

    /// A press conference printed as a script, each name alone on its line: the minister recurs, each reporter asks
    /// once, between two of the minister's turns.
    @Test func askersPrintedOnceBetweenTheOfficialsTurnsSpeak() throws {
        let transcript = try TestSupport.parse("""
            MINISTER LEE

            Good morning. I will make a short statement and then take questions.

            JANE DOE

            Minister, will the tax rise?

            MINISTER LEE

            No, it will not.

            TOM REED

            And spending?

            MINISTER LEE

            Spending stays flat.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["MINISTER LEE", "JANE DOE", "MINISTER LEE", "TOM REED", "MINISTER LEE"])
        #expect(transcript.exchanges.map(\.answers) == [[2], [4]])
    }

    /// Seeking Alpha heads its call transcripts with rosters (`Company Participants`, then `Name - Title` lines): the
    /// headings are no speakers, and their first line is no speaker's title. The roster says who the speakers are: the
    /// company's people hold their titles, the call's other participants ask for their firms.
    @Test func aSeekingAlphaRosterSaysWhoTheSpeakersAre() throws {
        let text = """
            Larkspur Rail Inc. (LKRL) Q3 2025 Earnings Call Transcript

            Company Participants

            Dana Whitlock - Head of Investor Relations
            Tomas Ferreira - Chief Executive Officer

            Conference Call Participants

            Priya Natarajan - Evercore ISI

            Operator

            Good afternoon, and welcome to the Larkspur Rail third quarter call. I will now hand over to Dana Whitlock.

            Dana Whitlock

            Thank you. With me today is Tomas Ferreira.

            Tomas Ferreira

            Thanks, Dana. Freight volumes rose 6% and the operating ratio improved to 61.2%.

            Question-and-Answer Session

            Operator

            Our first question comes from Priya Natarajan with Evercore ISI.

            Priya Natarajan

            Thanks. Tomas, how much of the volume growth was intermodal?

            Tomas Ferreira

            About two thirds of it.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Operator", "Dana Whitlock", "Tomas Ferreira", "Operator", "Priya Natarajan", "Tomas Ferreira"])
        #expect(!transcript.participants.contains { $0.label.hasSuffix("Participants") })
        #expect(transcript.participants.first { $0.label == "Dana Whitlock" }?.title == "Head of Investor Relations")
        let analyst = transcript.participants.first { $0.label == "Priya Natarajan" }
        #expect(analyst?.outlet == "Evercore ISI" && analyst?.role == .reporter)
        #expect(transcript.exchanges.map(\.answers) == [[5]])
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
    }

    /// FactSet prints a speaker's name, then `Title, Company` on the next line, then `Q` or `A` alone in the Q&A: the
    /// line is the speaker's title and company, and the letter marks the named speaker's turn (kept as a note).
    @Test func aFactSetTitleLineAndItsQuestionLetter() throws {
        let text = """
            Larkspur Rail Inc. (LKRL) Q3 2025 Earnings Call
            Corrected Transcript 28-Oct-2025

            MANAGEMENT DISCUSSION SECTION

            Operator: Good afternoon and welcome to the Larkspur Rail third quarter call.

            Tomas Ferreira
            Chief Executive Officer & Director, Larkspur Rail Inc.
            Thanks. Freight volumes rose 6% and the operating ratio improved to 61.2%.

            QUESTION AND ANSWER SECTION

            Operator: Our first question comes from Priya Natarajan with Evercore ISI.

            Priya Natarajan
            Analyst, Evercore ISI
            Q
            Thanks. Tomas, how much of the volume growth was intermodal?

            Tomas Ferreira
            Chief Executive Officer & Director, Larkspur Rail Inc.
            A
            About two thirds of it.

            Operator: There are no further questions.

            Disclaimer
            The information herein is based on sources we believe to be reliable.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Operator", "Tomas Ferreira", "Operator", "Priya Natarajan", "Tomas Ferreira", "Operator"])
        let analyst = transcript.participants.first { $0.label == "Priya Natarajan" }
        #expect(analyst?.role == .reporter && analyst?.title == "Analyst" && analyst?.outlet == "Evercore ISI")
        let chief = transcript.participants.first { $0.label == "Tomas Ferreira" }
        #expect(chief?.role == .official && chief?.organization == "Larkspur Rail Inc.")
        #expect(transcript.turns[3].paragraphs == ["Thanks. Tomas, how much of the volume growth was intermodal?"])
        #expect(transcript.notes.map(\.text).filter { $0 == "Q" || $0 == "A" } == ["Q", "A"])
        #expect(transcript.exchanges.map(\.answers) == [[4]])
        #expect(transcript.trailing.first == "Disclaimer")
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        // A capitalised line under a name that names no office is no title line.
        #expect(AffiliationLine.label(titleBeforeCompany: "Good Morning, Everyone", name: "Tomas Ferreira") == nil)
    }

    /// A briefing that prints each speaker's office or outlet in square brackets after the label (`MR. KIRBY [NSC]:`,
    /// `Q [REUTERS]:`): the note is the official's title, or the outlet of the one who asks.
    @Test func squareBracketedNotesAfterALabel() throws {
        let text = """
            MS. ALVAREZ [WH PRESS SEC]: Good afternoon. I will hand it over to the Admiral in a moment.

            MR. OKONJO [NSC]: Thanks. The package includes air defense interceptors.

            Q [REUTERS]: Is the package coming out of existing drawdown authority?

            MR. OKONJO [NSC]: It is.

            Q [AP]: Will the President meet Ukrainian officials on this trip?

            MR. OKONJO [NSC]: I have no meetings to announce.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.count == 6)
        let official = transcript.participants.first { $0.name == "Okonjo" }
        #expect(official?.title == "NSC" && official?.role == .official)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.outlet } == [nil, nil, "REUTERS", nil, "AP", nil])
        #expect(transcript.exchanges.map(\.answers) == [[3], [5]])
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
    }

    /// A United Nations verbatim record: each delegate once, with the country and the language spoken in brackets, a
    /// label longer than a Chinese one may be (`Mr. Ivanov (Russian Federation) (spoke in Russian):`); the note that says
    /// the language is neither title nor outlet. The roster line whose dots lead to the presiding country is lead.
    @Test func aUnitedNationsRecordNamesDelegatesWithTheirCountries() throws {
        let text = """
            Security Council
            9999th meeting

            President: Mr. Lindqvist . . . . . . . . . . . . . . . . (Sweden)

            The meeting was called to order at 10.05 a.m.

            The President (spoke in French): I give the floor to Ms. Okafor.

            Ms. Okafor: Thank you, Mr. President. More than a million people are now displaced.

            Mr. Ivanov (Russian Federation) (spoke in Russian): We note that the figures are not independently verified.

            Mrs. Castellanos-Whitfield (United States of America): We call on the Council to act without delay.

            The President (spoke in French): There are no more names inscribed on the list of speakers.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.lead.contains { $0.hasPrefix("President: Mr. Lindqvist") })
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name }
            == ["The President", "Ms. Okafor", "Mr. Ivanov", "Mrs. Castellanos-Whitfield", "The President"])
        #expect(transcript.participants.first { $0.name == "Mr. Ivanov" }?.title == "Russian Federation")
        #expect(transcript.participants.first { $0.name == "The President" }?.title == nil)
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        #expect(!DotLeader.holds("I think . . . that is, well . . . maybe."))
    }

    /// Hansard's oral questions: the question's number before the member and constituency
    /// (`1. Mr Alan Price (Leeds Central, Lab):`), the office before its holder in brackets, and then each under an
    /// honorific and the surname (`Ms Whitcombe:`), the same person.
    @Test func hansardQuestionsAndTheOfficeBeforeItsHolder() throws {
        let text = """
            Oral Answers to Questions

            1. Mr Alan Price (Leeds Central, Lab): What assessment has the Department made of the condition of local bridges?

            The Minister of State, Department for Transport (Ms Clare Whitcombe): The latest survey found 3,211 substandard bridges.

            Mr Price: Will she confirm that the funding is new money?

            Ms Whitcombe: The funding is additional to existing allocations.

            12. Mrs Fiona Castellanos (Taunton Deane, LD): Will the Minister publish the allocation formula?

            Ms Whitcombe: We will publish it in the summer.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name }
            == ["Mr Alan Price", "Ms Clare Whitcombe", "Mr Alan Price", "Ms Clare Whitcombe", "Mrs Fiona Castellanos", "Ms Clare Whitcombe"])
        let minister = transcript.participants.first { $0.name == "Ms Clare Whitcombe" }
        #expect(minister?.title == "The Minister of State, Department for Transport" && minister?.role == .official)
        #expect(transcript.exchanges.map(\.answers) == [[1], [3], [5]])
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        #expect(!ParticipantRegistry.sameName("Mr Price", "Ms Jane Price"))
    }

    /// The Scottish Parliament's Official Report: an office with its holder in brackets (`The First Minister (Eilidh
    /// Munro):`) is the holder, whose office the brackets follow, and a chamber's chair (`The Presiding Officer (Morag
    /// Lindsay):`, `The Presiding Officer:`) hosts. A name printed with its own capitals (`MacLeod`) keeps them, so the
    /// numbered question's member and the later `Ailsa MacLeod:` are one person.
    @Test func anOfficeWithItsHolderInBracketsAndTheChamberChair() throws {
        let record = try TestSupport.parse("""
            The Presiding Officer (Morag Lindsay): The next item of business is First Minister's question time.

            1. Ailsa MacLeod (Highlands and Islands) (Lab): To ask the First Minister when the new ferries will enter service.

            The First Minister (Eilidh Munro): Two new vessels will enter service on the Uig triangle this winter.

            Ailsa MacLeod: Islanders have heard that before. Will she guarantee the date?

            The First Minister: I will not give a date that I cannot guarantee.

            The Presiding Officer: That concludes First Minister's question time.
            """)
        #expect(record.turns.map { record.participant(withID: $0.speaker)?.name } == [
            "Morag Lindsay", "Ailsa MacLeod", "Eilidh Munro", "Ailsa MacLeod", "Eilidh Munro", "Morag Lindsay",
        ])
        #expect(record.participants.map(\.role) == [.moderator, .reporter, .official])
        #expect(record.participants.first { $0.name == "Eilidh Munro" }?.title == "The First Minister")
        #expect(record.exchanges.map(\.answers) == [[2], [4]])
    }

    /// The Canadian Commons' committee Evidence: the chair's bracket holds the member and their riding in brackets of its
    /// own (`The Chair (Mr. Raymond Oduya (Mississauga—Malton, Lib.)):`), and `The Chair:` is that member after; a
    /// witness's note may be a long office; `[Translation]` says what language follows and is no speaker.
    @Test func aCommitteeEvidenceWithNestedNotes() throws {
        let text = """
            The Chair (Mr. Raymond Oduya (Mississauga—Malton, Lib.)): I call this meeting to order. Ms. Gauthier-Ross, you have five minutes.

            Ms. Hélène Gauthier-Ross (Chair and Chief Executive Officer, Canadian Transportation Agency): Thank you, Mr. Chair.

            [Translation]

            Good afternoon. The backlog has gone down for the first time in four years.

            The Chair: Thank you. Mrs. Kowalczyk-Hale, you have six minutes.

            Mrs. Dana Kowalczyk-Hale (Kelowna—Lake Country, CPC): How many complaints are more than a year old?

            Ms. Hélène Gauthier-Ross: About 38,000.
            """
        let evidence = try TestSupport.parse(text)
        #expect(evidence.turns.map { evidence.participant(withID: $0.speaker)?.name } == [
            "Mr. Raymond Oduya", "Ms. Hélène Gauthier-Ross", "Mr. Raymond Oduya", "Mrs. Dana Kowalczyk-Hale", "Ms. Hélène Gauthier-Ross",
        ])
        #expect(evidence.turns[1].paragraphs == ["Thank you, Mr. Chair.", "Good afternoon. The backlog has gone down for the first time in four years."])
        #expect(evidence.notes.map(\.text) == ["[Translation]"])
        #expect(evidence.participants.first?.role == .moderator)
        #expect(evidence.exchanges.map(\.answers) == [[4]])
        #expect(TextCoverage.check(text: text, transcript: evidence).isComplete)
        // A bracket that never closes is no note.
        #expect(BracketedNotes("The Chair (Mr. Raymond Oduya (Mississauga") == nil)
    }

    /// A select committee's evidence: `Chair:` is the one member the opening gives the role in brackets (`Members present:
    /// Dame Harriet Coyle (Chair); …`); two members in brackets as chairs name neither.
    @Test func theChairIsTheMemberTheOpeningBracketsAsChair() throws {
        let evidence = try TestSupport.parse("""
            Members present: Dame Harriet Coyle (Chair); Ben Hurst; Owen Treharne.

            Q1 Chair: Good morning. I will go straight to Ben Hurst.

            Q2 Ben Hurst: Thank you, Chair. Why was the resurfacing not done?

            Dr Amira Shah: The contractors could not get the night closures they needed.
            """)
        #expect(TestSupport.speaker(evidence, turn: 0)?.name?.hasSuffix("Harriet Coyle") == true)
        #expect(TestSupport.speaker(evidence, turn: 0)?.role == .moderator)
        let two = try TestSupport.parse("""
            Members present: Harriet Coyle (Chair); Ben Hurst (Chair).

            Chair: Good morning.

            Ben Hurst: Why was it not done?

            Amira Shah: The closures.
            """)
        #expect(TestSupport.speaker(two, turn: 0)?.name == nil)
    }

    /// A podcast page prints `Transcript`, then each speaker's name alone on a line over the indented words: the first
    /// name under `Transcript` speaks, as the others do. A page heading in capitals over `TRANSCRIPT` stays a heading.
    @Test func theFirstNameUnderATranscriptHeadingSpeaks() throws {
        let transcript = try TestSupport.parse("""
            The Long Game, Episode 40

            Transcript

            NADIA FOSTER
                Welcome back. Today I'm joined by a bridge inspector, Leo Varga.

            LEO VARGA
                Thanks for having me, Nadia.

            NADIA FOSTER
                How does a bridge fail?

            LEO VARGA
                Slowly. Water gets into the concrete and the steel rusts.
            """)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["NADIA FOSTER", "LEO VARGA", "NADIA FOSTER", "LEO VARGA"])
        let page = try TestSupport.parse("""
            PRIME MINISTER
            TRANSCRIPT
            PRESS CONFERENCE
            CANBERRA

            PRIME MINISTER: Good morning. The Treasurer will say a few words.

            TREASURER: Thanks, PM. Every household gets a rebate.

            JOURNALIST: Won't that add to inflation?

            TREASURER: No, it takes half a point off it.
            """)
        #expect(page.turns.map { page.participant(withID: $0.speaker)?.label } == ["PRIME MINISTER", "TREASURER", "JOURNALIST", "TREASURER"])
    }

    /// The American Presidency Project's news conferences: `THE PRESIDENT.` is the President, printed so; `Q. Merriman
    /// Smith, United Press: …` is that reporter of that outlet; the senior reporter's closing `MERRIMAN SMITH, United
    /// Press. Thank you, Mr. President.` is a turn of the same reporter; the editor's `NOTE:` after it is trailing.
    /// `Q: Okay. Secondly, on Ukraine: …` and `Q: Hi Karine, Fox News: …` name no reporter.
    @Test func presidentialNewsConferencesOfThePresidencyProject() throws {
        let text = """
            The President's News Conference
            May 5, 1955

            THE PRESIDENT. Good morning. I have no announcements.

            Q. Anthony Leviero, New York Times: Mr. President, will you meet the Soviet leaders this summer?

            THE PRESIDENT. I have said I would go anywhere that offered hope of peace.

            Q. Ruth Ellison, Kansas City Star: Mr. President, what about the farm bill?

            THE PRESIDENT. I will sign it if it reaches my desk in its present form.

            ANTHONY LEVIERO, New York Times. Thank you, Mr. President.

            NOTE: President Eisenhower's news conference was held from 10:30 to 11:01 a.m.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.name }
            == ["The President", "Anthony Leviero", "The President", "Ruth Ellison", "The President", "Anthony Leviero"])
        #expect(transcript.participants.first { $0.name == "Ruth Ellison" }?.outlet == "Kansas City Star")
        #expect(transcript.participants.first { $0.name == "The President" }?.title == nil)
        #expect(transcript.trailing.first?.hasPrefix("NOTE:") == true)
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        for asking in ["Q: Okay. Secondly, on Ukraine: Is the buildup real?", "Q: Hi Karine, Fox News: Is the buildup real?"] {
            let (label, _) = try #require(LabelParser.split(asking, strongPrefix: nil))
            #expect(label.name == nil && label.text == "Q")
        }
    }

    /// A magazine interview that labels nobody: each question whole in bold (Markdown) or as a heading (HTML), the answer
    /// in plain paragraphs under it. The page says it is an interview; the questions are the unnamed interviewer's, the
    /// answers the unnamed interviewee's. An explainer's question headings and a page of frequently asked questions are
    /// no interview, and stay without turns.
    @Test func anInterviewOfBoldQuestionsAndPlainAnswers() throws {
        let magazine = try TestSupport.parse("""
            # A conversation with the harbour master

            *Ingrid Solberg has run the port for ten years. She spoke with us about storms and ships.*

            **You trained as an engineer. How did you end up running a port?**

            A vacancy, mostly. I thought I would stay a year.

            **What is the hardest part of the job?**

            Winter storms. We close the entrance about twelve days a year.

            It costs the shipping lines a fortune.

            **Will the new breakwater help?**

            It should halve the closures.
            """)
        #expect(magazine.turns.map(\.kind) == [.question, .answer, .question, .answer, .question, .answer])
        #expect(magazine.turns[3].paragraphs.count == 2)
        #expect(magazine.exchanges.map(\.answers) == [[1], [3], [5]])
        #expect(magazine.lead.count == 2)
        let page = try TestSupport.parse("""
            <html><head><title>Four questions for the new fire chief</title></head><body>
            <h1>Four questions for the new fire chief</h1>
            <p>Chief Amara Diallo answered our questions by phone.</p>
            <h3>What is your first priority?</h3>
            <blockquote><p>Response times in the north of the city.</p></blockquote>
            <h3>How will you get there?</h3>
            <blockquote><p>Two new stations by 2026.</p></blockquote>
            <h3>Are you hiring?</h3>
            <blockquote><p>Yes, forty firefighters this year.</p></blockquote>
            </body></html>
            """)
        #expect(page.turns.count == 6 && page.exchanges.count == 3)
        let explainer = """
            # The new bridge toll, explained

            **What is changing?**

            From June, drivers pay four dollars to cross.

            **Who pays?**

            Everyone but buses.

            **Why now?**

            The repairs ran over budget.
            """
        #expect(throws: PodiumError.noSpeakerTurns) { try TestSupport.parse(explainer) }
        let questions = """
            # Frequently asked questions about the interview process

            **How long is the interview?**

            About an hour.

            **Who will I meet?**

            Two people from the team.

            **Can I reschedule?**

            Yes, once.
            """
        #expect(throws: PodiumError.noSpeakerTurns) { try TestSupport.parse(questions) }
        // Questions one after another, with nothing under each, are a list to prepare from, not an interview.
        let list = """
            # Ten interview questions to prepare

            **Why do you want this job?**

            **What are your strengths?**

            **Where do you see yourself in five years?**

            Practise each one aloud.
            """
        #expect(throws: PodiumError.noSpeakerTurns) { try TestSupport.parse(list) }
    }

    /// WhisperX's diarized text prints each segment's span before its speaker
    /// (`[00:00:00.031 --> 00:00:03.512] SPEAKER_00: …`): the turn starts at the span's start, a speaker's next segment
    /// goes on with the turn, and the checker reads the spans as timing.
    @Test func segmentSpansOfADiarizedTranscript() throws {
        let text = """
            [00:00:00.031 --> 00:00:03.512] SPEAKER_00: Welcome back. I'm here with the county's election director.
            [00:00:03.792 --> 00:00:05.113] SPEAKER_00: Thanks for coming in.
            [00:00:05.493 --> 00:00:06.874] SPEAKER_01: Happy to be here.
            [00:00:07.294 --> 00:00:11.457] SPEAKER_00: How long will the count take this year?
            [00:00:11.897 --> 00:00:17.361] SPEAKER_01: About ninety percent of ballots by midnight.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map(\.time) == ["00:00:00.031", "00:00:05.493", "00:00:07.294", "00:00:11.897"])
        #expect(transcript.turns[0].paragraphs.count == 2)
        #expect(transcript.exchanges.last?.answers == [3])
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        #expect(Timestamp.leadingSpan("[00:00:03 - 00:00:05] Hi"[...]) == nil)
    }

    /// A select committee's oral evidence numbers each question before the member who asks it (`Q3 Rachel Marr:`): the
    /// number is no part of the speaker, so each member is one person however many questions they ask, and `Q1:` still
    /// numbers an unnamed asker. A `Witnesses:` line lists people; it is no speaker.
    @Test func committeeQuestionNumbersBeforeTheMember() throws {
        let text = """
            Witnesses: Andrew Bell and Sarah Brook.

            Q1 Chair: Good morning. Governor, what is the biggest risk?

            Andrew Bell: Stretched asset valuations.

            Q2 Chair: Is that a bubble?

            Andrew Bell: I would not use that word.

            Q3 Rachel Marr: Deputy Governor, how big is private credit now?

            Sarah Brook: Larger than we can measure well.

            Q4 Rachel Marr: When will you know more?

            Sarah Brook: In the autumn.
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
            == ["Chair", "Andrew Bell", "Chair", "Andrew Bell", "Rachel Marr", "Sarah Brook", "Rachel Marr", "Sarah Brook"])
        #expect(transcript.participants.count == 4)
        let coverage = try TextCoverage(checking: text)
        #expect(coverage.isComplete, "\(TextCoverageTests.describe(coverage))")
        #expect(QuestionNumber.committeeLeading("Q1 Follow-up: And then?"[...]) == nil)
        #expect(QuestionNumber.committeeLeading("Q1: And then?"[...]) == nil)
    }

    /// A news story whose headline quotes someone (「多地出台措施稳定粮食生产 专家：秋粮丰收有基础」) has one label, on its first
    /// line: the story is no transcript. A first speaker who says a sentence there, and is the only one labelled, speaks.
    @Test func aHeadlineQuotingSomeoneIsNoTranscript() throws {
        let story = """
            多地出台措施稳定粮食生产 专家：秋粮丰收有基础

            新华社北京9月1日电 记者从农业农村部获悉，全国秋粮作物长势总体正常。

            专家表示，今年秋粮丰收有基础。
            """
        #expect(throws: PodiumError.noSpeakerTurns) { try TestSupport.parse(story) }
        let speech = try TestSupport.parse("""
            李明远：各位记者朋友，大家上午好。今天我们发布三项措施。

            第一，加大对种粮农民的补贴。

            第二，稳定化肥价格。
            """)
        #expect(speech.turns.count == 1)
    }
}
