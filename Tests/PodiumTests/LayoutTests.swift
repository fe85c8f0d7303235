import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts found in real records beyond press conferences, each on a small transcript written for the
/// test (Fixtures/Layouts).
@Suite("Record layouts")
struct LayoutTests {
    static func text(_ name: String) throws -> String {
        String(decoding: try TestSupport.fixture(name, in: "Fixtures/Layouts"), as: UTF8.self)
    }

    static func speakers(_ transcript: Transcript) -> [String] {
        transcript.turns.map { transcript.participant(withID: $0.speaker)?.name ?? "?" }
    }

    // MARK: Podcasts

    /// A podcast's Markdown transcript prints each speaker in bold with a clock time, over the words on the next line,
    /// which Markdown joins into one paragraph: the name line is the label and the clock the turn's time. A host's
    /// familiar name (「小满」) is a name as the document repeats it.
    @Test func aPodcastsBoldNameLines() throws {
        let episode = try TestSupport.parse("""
            > 本期主播：阿晨、小满

            **阿晨**  00:00:06
            欢迎来到半糖研究所。今天我们请来了周以安。

            **周以安**  00:00:31
            大家好，我是以安。

            **小满**  00:00:45
            当时为什么会选县城？

            **周以安**  00:00:52
            原因很现实：房租低。

            **小满**  00:01:30
            那你后悔吗？

            **周以安**  00:01:33
            不后悔。
            """, format: .markdown)
        #expect(Self.speakers(episode) == ["阿晨", "周以安", "小满", "周以安", "小满", "周以安"])
        #expect(episode.turns.map(\.time) == ["00:00:06", "00:00:31", "00:00:45", "00:00:52", "00:01:30", "00:01:33"])
        #expect(episode.turns[0].paragraphs == ["欢迎来到半糖研究所。今天我们请来了周以安。"])
    }

    // MARK: Minutes

    /// A council's minutes of public questions name who asks and who answers in each heading; the follow-up headings
    /// alone are those two people. `Minutes:` is a field, and the Lord Mayor's explanation the minute-taker's words.
    @Test func minutedPublicQuestions() throws {
        let minutes = try TestSupport.parse("""
            Minutes:

            The Lord Mayor explained that each questioner could ask one supplementary question.

            Question from Ms Harriet Doyle to the Cabinet Member for Housing (Councillor Sam Whitfield):

            How many families are placed more than 20 miles away?

            Response from Councillor Whitfield:

            As at 31 October, 74 households.

            Supplementary question:

            Will the council publish the monthly figures?

            Response:

            Yes, from January.

            Question from Mr Tobias Lindgren to the Cabinet Member for Climate and Transport
            (Councillor Nadia Okonjo):

            When will the bus gate review be published?

            Response from Councillor Okonjo:

            Before the December Cabinet.
            """, format: .markdown)
        #expect(Self.speakers(minutes) == ["Harriet Doyle", "Whitfield", "Harriet Doyle", "Whitfield", "Tobias Lindgren", "Okonjo"])
        #expect(minutes.turns.map { minutes.participant(withID: $0.speaker)?.role } == [.reporter, .official, .reporter, .official, .reporter, .official])
        #expect(minutes.exchanges.map(\.answers) == [[1], [3], [5]])
        #expect(minutes.participant(withID: minutes.turns[1].speaker)?.title == "Councillor")
        #expect(minutes.lead.contains("The Lord Mayor explained that each questioner could ask one supplementary question."))
    }

    // MARK: Hearings

    /// A public inquiry's transcript: the oath line names the witness who answers every `A.`, and counsel, the first to
    /// speak by name under `Questions from COUNSEL TO THE INQUIRY`, asks every `Q.`; `THE CHAIR` presides. A deposition's
    /// `EXAMINATION BY MR. PRICE:` names the examiner itself. Both lines are notes, not words of a turn.
    @Test func aWitnessExaminedInQAndAForm() throws {
        let inquiry = try TestSupport.parse("""
            THE CHAIR:  Good morning, everyone.  Yes, Ms Langford.
            MS LANGFORD:  Good morning, Chair.  Our first witness is Mr Derek Ashworth.
                           MR DEREK ASHWORTH (affirmed)
                  Questions from COUNSEL TO THE INQUIRY
            MS LANGFORD:  Mr Ashworth, could you give the Inquiry your full name, please?
            A.  Derek James Ashworth.
            Q.  What did your role involve?
            A.  Three things, mostly.
            THE CHAIR:  Did you tell the board the work was late?
            A.  I reported it in the quarterly list, sir.
            Q.  Thank you.  Was that list read?
            A.  I couldn't say.
            """)
        let names = inquiry.turns.map { inquiry.participant(withID: $0.speaker)?.name ?? inquiry.participant(withID: $0.speaker)?.label ?? "?" }
        // Counsel's words on either side of the oath are one turn: nobody speaks between them.
        #expect(names.dropFirst() == ["Langford", "Derek Ashworth", "Langford", "Derek Ashworth", "THE CHAIR", "Derek Ashworth", "Langford", "Derek Ashworth"])
        #expect(inquiry.participant(withID: inquiry.turns[0].speaker)?.role == .moderator)
        #expect(inquiry.participant(withID: inquiry.turns[2].speaker)?.role == .official)
        #expect(inquiry.participant(withID: inquiry.turns[3].speaker)?.role == .reporter)
        #expect(inquiry.notes.map(\.text).contains("MR DEREK ASHWORTH (affirmed)"))

        let deposition = try TestSupport.parse("""
            JANE MORROW, having been first duly sworn, testified as follows:
            EXAMINATION BY MR. PRICE:
            Q.  Please state your name for the record.
            A.  My name is Jane Morrow.
            Q.  Where do you work?
            A.  At the county clerk's office.
            """)
        #expect(deposition.turns.map { deposition.participant(withID: $0.speaker)?.name } == ["Price", "Jane Morrow", "Price", "Jane Morrow"])
    }

    // MARK: Numbered records

    @Test func numberedRecordReadsTurnsWithoutLineNumbers() throws {
        let text = try Self.text("numbered_record.txt")
        let transcript = try TestSupport.parse(text)
        #expect(Self.speakers(transcript) == ["Moreno", "Park", "Abara", "Park", "Abara", "Moreno", "Osei", "Abara", "Osei", "Moreno"])
        // A paragraph runs on across the page break, without the page's furniture or line numbers.
        #expect(transcript.turns[6].paragraphs == ["The city did file, but the fee it paid was the wrong fee, as the record shows at page 12."])
        #expect(transcript.turns[1].paragraphs == [
            "Thank you, Chief Judge, and may it please the Court:", "The statute sets out two tests, and the city meets both of them.",
        ])
        let notes = transcript.notes.map(\.text)
        #expect(notes.filter { $0 == "Example Reporting Service" }.count == 2)
        #expect(notes.contains("(Laughter.)"))
        #expect(notes.contains("ORAL ARGUMENT OF DANA PARK"))
        #expect(notes.contains("(Whereupon, at 11:02 a.m., the case was submitted.)"))
        #expect(notes.contains("1") && notes.contains("2"))
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func aFewNumberedLinesAreNotARecord() throws {
        let threshold = Thresholds.NumberedRecord.minimumNumberedLines
        func lines(_ count: Int) -> [Substring] {
            (1...count).map { Substring("\($0 % 25 + 1)   words of line \($0)") }
        }
        #expect(NumberedRecord(lines: lines(threshold - 1)) == nil)
        #expect(NumberedRecord(lines: lines(threshold)) != nil)
    }

    @Test func numbersOutOfSequenceAreNotARecord() {
        // Figures opening lines of a table: numbered, but not counted line by line.
        let lines = (1...40).map { Substring("\(($0 * 7) % 90 + 10)   units sold in region \($0)") }
        #expect(NumberedRecord(lines: lines) == nil)
    }

    @Test func aNumberFarFromTheMarginIsAPageNumber() throws {
        let record = try #require(NumberedRecord(lines: (1...25).map { Substring("\($0)   line \($0)") } + ["                 26"]))
        #expect(record.lines.last == NumberedRecord.Line(text: "26", indent: nil))
    }

    @Test func capitalsBetweenTurnsAreAHeadingNotSpeech() {
        #expect(SectionHeading.isHeading("ORAL ARGUMENT OF DANA PARK"))
        #expect(SectionHeading.isHeading("QUESTIONS AND ANSWERS"))
        #expect(!SectionHeading.isHeading("NO WAY!"))
        #expect(!SectionHeading.isHeading("Thank you all"))
        #expect(!SectionHeading.isHeading("USA"))
        #expect(!SectionHeading.isHeading("第一 ABCDEFG HIJ"))
    }

    // MARK: Labels found from the document's evidence

    /// Who speaks each turn, as a reader names them: the name, else the outlet, else the label.
    static func voices(_ transcript: Transcript) -> [String] {
        transcript.turns.map { turn in
            let participant = transcript.participant(withID: turn.speaker)
            return participant?.name ?? participant?.outlet ?? participant?.label ?? "?"
        }
    }

    static func roles(_ transcript: Transcript) -> [Role] {
        transcript.turns.compactMap { transcript.participant(withID: $0.speaker)?.role }
    }

    static func parsed(_ name: String) throws -> (Transcript, String) {
        let text = try Self.text(name)
        return (try TestSupport.parse(text), text)
    }

    @Test func labelStyleChangesInTheMiddle() throws {
        let (transcript, text) = try Self.parsed("style_change.md")
        // The reporters who say who they are are named; the follow-up under `Q1 Follow-up` is the label's.
        #expect(Self.voices(transcript) == ["Smith", "Jane Doe", "Smith", "Q1", "Smith", "Tom Reyes", "Smith"])
        #expect(Self.roles(transcript) == [.official, .reporter, .official, .reporter, .official, .reporter, .official])
        #expect(transcript.exchanges.map(\.question) == [1, 3, 5])
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    /// A parliamentary record: each speaker's name alone on its line, the first time with constituency and party
    /// (`Jane Cole (Northtown West) (Lab)`) or as an office with the holder's name in brackets, then the name alone.
    /// The name under two labels is one recurring person; members ask, office holders answer.
    @Test func parliamentaryNamesWithBracketedNotes() throws {
        let (transcript, text) = try Self.parsed("parliament_questions.txt")
        #expect(Self.speakers(transcript) == ["Jane Cole", "Peter Marsh", "Jane Cole", "Peter Marsh", "Tom Reed", "Anna Bell", "Tom Reed", "Anna Bell"])
        let marsh = try #require(transcript.participants.first { $0.name == "Peter Marsh" })
        #expect(marsh.title == "The Secretary of State for Transport")
        #expect(marsh.role == .official)
        #expect(transcript.participants.first { $0.name == "Jane Cole" }?.aliases.contains("Jane Cole (Northtown West) (Lab)") == true)
        #expect(transcript.participants.filter { $0.role == .reporter }.map(\.name) == ["Jane Cole", "Tom Reed"])
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 6])
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func mixedCaseNamesArePlainLabels() throws {
        let (transcript, text) = try Self.parsed("plain_names.txt")
        #expect(Self.voices(transcript) == [
            "Operator", "Jane Q. Public", "Operator", "Kim Lee", "Jane Q. Public", "Kim Lee", "Jane Q. Public", "Operator",
            "Raj Patel", "Jane Q. Public", "Operator",
        ])
        // Raj Patel speaks once: the shape every other name is printed in, and the operator's hand-over, say who he is.
        #expect(transcript.participants.first { $0.name == "Raj Patel" }?.role == .reporter)
        #expect(transcript.exchanges.map(\.question) == [3, 5, 8])
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func headerBlocksBetweenRules() throws {
        let (transcript, text) = try Self.parsed("header_blocks.txt")
        #expect(Self.voices(transcript) == ["Operator", "Sam Ortiz", "Operator", "Kim Lee", "Jane Public"])
        let analyst = try #require(transcript.participants.first { $0.name == "Kim Lee" })
        #expect(analyst.outlet == "Northside Securities")
        #expect(analyst.role == .reporter)
        #expect(transcript.participants.first { $0.name == "Sam Ortiz" }?.title == "CEO")
        #expect(transcript.turns[1].paragraphs == ["Thank you. We had a strong quarter. Sales rose in every region and we opened two new plants."])
        #expect(transcript.notes.map(\.text) == ["Questions and Answers"])
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func capitalsWithHonorificsAmongFurniture() throws {
        let (transcript, text) = try Self.parsed("caps_furniture.txt")
        // `PM:` is the one person the heading names with that title; `JONES:` is `MR JONES:`.
        #expect(Self.voices(transcript) == ["Jane Smith", "JOURNALIST", "Jane Smith", "Jones", "JOURNALIST", "Jones", "JOURNALIST", "Jane Smith"])
        #expect(transcript.participants.first { $0.name == "Jane Smith" }?.title == "Prime Minister")
        let notes = transcript.notes.map(\.text)
        #expect(notes.contains("Page 1 of 2 Prime Minister Jane Smith Transcript"))
        #expect(notes.contains("Inquiries: (02) 5555 0100 1"))
        #expect(transcript.turns[4].paragraphs == ["Minister Jones, when does the money flow?"])
        // The record's fields after the `TRANSCRIPT` line are set aside, not spoken.
        #expect(notes.contains("DATE: 12 March 2024"))
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func keyLineDefinesShortLabels() throws {
        let (transcript, text) = try Self.parsed("key_line.md")
        #expect(Self.voices(transcript) == ["蕭世和", "李家超", "記", "李家超", "蕭世和", "李家超"])
        #expect(Self.roles(transcript) == [.reporter, .official, .reporter, .official, .reporter, .official])
        // The key is no turn, and 「行政長官：」 is the person the title names.
        #expect(transcript.lead.last == "記：現場採訪記者蕭：蕭世和")
        #expect(transcript.participants.first { $0.name == "李家超" }?.title == "行政長官")
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    /// `Williams: …` three times in a row is a run of headlines, not a speaker: a label must also follow
    /// someone else.
    @Test func aRecurringOpeningThatNeverAlternatesIsNoSpeaker() throws {
        let (transcript, text) = try Self.parsed("headline_run.txt")
        #expect(Self.voices(transcript) == ["HOST", "Dana Ruiz", "HOST", "Dana Ruiz"])
        #expect(transcript.lead.filter { $0.hasPrefix("Williams: ") }.count == 3)
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    /// Names alone on their lines, each over its words: the first, right under the title line, is a speaker
    /// as much as the others; names one per line with no words between them are an attendance list.
    @Test func namesAloneUnderATitleLineAndAnAttendanceList() throws {
        var text = "Transcript\n\n"
        for round in 1...3 {
            for name in ["Jane Doe", "Raj Patel", "Tom Reyes"] {
                text += "\(name)\nWe expect about \(round + 2) new cases by May, and more words follow here.\n\n"
            }
        }
        let transcript = try TestSupport.parse(text)
        #expect(Self.voices(transcript) == Array(repeating: ["Jane Doe", "Raj Patel", "Tom Reyes"], count: 3).flatMap { $0 })
        #expect(transcript.lead == ["Transcript"])

        let attendance = "會議紀錄\n\n出席議員\n\n梁國雄議員\n\n梁家傑議員\n\n陳偉業議員\n\n主席：會議現在開始，請各位就座。\n\n"
            + "梁國雄議員：主席，我想提出一個問題。\n\n主席：請說。\n\n梁國雄議員：謝謝主席，我的問題是關於預算的。\n"
        let meeting = try TestSupport.parse(attendance)
        #expect(Self.voices(meeting).allSatisfy { $0 != "梁家傑" && $0 != "陳偉業" })
        #expect(meeting.turns.count == 4)
    }

    /// `JANE DOE — words`: a name in capitals closed by a dash, as a period closes `PSAKI. words`.
    @Test func capitalsClosedByADash() throws {
        let text = "Debate night\n\nJANE DOE — Good evening and welcome to the debate.\n\nMR. PATEL - Thank you, it is good to be here.\n\n"
            + "JANE DOE — Let us begin with the economy — and with jobs.\n\nMR. PATEL - The economy is growing, but not for everyone.\n"
            + "Growth - as measured - is uneven.\n"
        let transcript = try TestSupport.parse(text)
        #expect(Self.voices(transcript) == ["Jane Doe", "Patel", "Jane Doe", "Patel"])
        #expect(transcript.turns[2].paragraphs == ["Let us begin with the economy — and with jobs."])
        #expect(transcript.turns[3].paragraphs.last == "Growth - as measured - is uneven.")
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    /// `Jane Doe (00:01:10):` as transcription services print it: the time is the turn's, the label the name.
    @Test func clockTimeInsideTheLabel() throws {
        let rows = [("Jane Doe", "Welcome to the hearing on the budget."), ("Raj Patel", "Thank you, it grows four percent."),
                    ("Jane Doe", "What drives the growth?"), ("Raj Patel", "Mostly new bus routes.")]
        let ownLine = "Transcript\n\n" + rows.enumerated().map { "\($1.0) (00:0\($0):1\($0)):\n\($1.1)\n\n" }.joined()
        let inline = "Transcript\n\n" + rows.enumerated().map { "\($1.0) (\($0):1\($0)): \($1.1)\n\n" }.joined()
        for (text, times) in [(ownLine, ["00:00:10", "00:01:11", "00:02:12", "00:03:13"]), (inline, ["0:10", "1:11", "2:12", "3:13"])] {
            let transcript = try TestSupport.parse(text)
            #expect(Self.voices(transcript) == ["Jane Doe", "Raj Patel", "Jane Doe", "Raj Patel"])
            #expect(transcript.turns.map(\.time) == times)
            #expect(transcript.participants.map(\.label) == ["Jane Doe", "Raj Patel"])
            #expect(transcript.participants.allSatisfy { $0.title == nil })
        }
    }

    /// `Tom Baker [00:00:05]:`, `Tom Baker [00:00:05]`, `Tom Baker  00:00:05`: a clock time in square brackets
    /// after the name, with a colon or without, is the turn's time, as it is in round brackets.
    @Test func squareBracketedClockAfterTheName() throws {
        let rows = [("Tom Baker", "Welcome to the show. How bad is the drought?"), ("Ana Ruiz", "The worst in a decade."),
                    ("Tom Baker", "What should cities do first?"), ("Ana Ruiz", "Fix the leaks.")]
        for mark in ["[00:0%d:1%d]:", "[00:0%d:1%d]", " 00:0%d:1%d"] {
            let text = "Interview on water\n\n" + rows.enumerated().map { index, row in
                let clock = mark.replacingOccurrences(of: "%d", with: "\(index)")
                return "\(row.0) \(clock)\n\(row.1)\n\n"
            }.joined()
            let transcript = try TestSupport.parse(text)
            #expect(Self.voices(transcript) == ["Tom Baker", "Ana Ruiz", "Tom Baker", "Ana Ruiz"], "\(mark)")
            #expect(transcript.turns.map(\.time) == ["00:00:10", "00:01:11", "00:02:12", "00:03:13"], "\(mark)")
            #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
        }
    }

    /// `Tom Baker: [00:00:05] Welcome…` and `Tom Baker — 00:05` over the words: the clock printed after the label,
    /// or after a dash on the name's line, is the turn's time and not part of the words.
    @Test func clockAfterTheLabelOrItsDash() throws {
        let afterColon = "Water\n\nTom Baker: [00:00:05] Welcome. How bad is the drought?\n\nAna Ruiz: [00:00:12] The worst in a decade.\n\n"
            + "Tom Baker: [00:01:02] What comes first?\n\nAna Ruiz: [00:01:06] Fixing the leaks.\n"
        let afterDash = "Water\n\nTom Baker — 00:05\nWelcome. How bad is the drought?\n\nAna Ruiz — 00:12\nThe worst in a decade.\n\n"
            + "Tom Baker — 01:02\nWhat comes first?\n\nAna Ruiz — 01:06\nFixing the leaks.\n"
        for (text, times) in [(afterColon, ["00:00:05", "00:00:12", "00:01:02", "00:01:06"]), (afterDash, ["00:05", "00:12", "01:02", "01:06"])] {
            let transcript = try TestSupport.parse(text)
            #expect(Self.voices(transcript) == ["Tom Baker", "Ana Ruiz", "Tom Baker", "Ana Ruiz"])
            #expect(transcript.turns.map(\.time) == times)
            #expect(transcript.turns.map { $0.paragraphs.first } == ["Welcome. How bad is the drought?", "The worst in a decade.", "What comes first?", "Fixing the leaks."])
            #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
        }
        // A clock without brackets after the colon is words: a time someone says.
        let spoken = try TestSupport.parse("Plan\n\nTom Baker: 10:30 is when we start.\n\nAna Ruiz: Fine by me.\n\nTom Baker: Good.\n\nAna Ruiz: See you.\n")
        #expect(spoken.turns.first?.paragraphs == ["10:30 is when we start."])
        #expect(spoken.turns.first?.time == nil)
    }

    /// A short meeting where nobody speaks twice: names printed once each, in one shape, open every paragraph and
    /// are followed by sentences, so they are the speakers. A run of headlines in that shape ends no sentence and
    /// stays text.
    @Test func shortExchangeWhereNobodySpeaksTwice() throws {
        let meeting = try TestSupport.parse(
            "Council meeting, 3 May\n\nMayor Lee: The meeting is open. First item, the budget.\n\nCouncillor Park: I move that we adopt it.\n\n"
                + "Councillor Diaz: Seconded.\n\nClerk Moore: The motion carries four to one.\n")
        #expect(Self.voices(meeting) == ["Mayor Lee", "Councillor Park", "Councillor Diaz", "Clerk Moore"])
        #expect(meeting.lead == ["Council meeting, 3 May"])
        let headlines = try TestSupport.parse(
            "Markets today\n\nBiden: Talks with China to resume\n\nXi: Ready for a new chapter\n\nPutin: No deal on grain\n",
            options: .allowEmptyTranscript)
        #expect(headlines.turns.isEmpty)
    }

    /// Role words of briefings, broadcasts and call-in shows: a correspondent or a caller asks, a guest or an
    /// interviewee answers, a presenter hosts.
    @Test func roleWordsOfBroadcastsAndBriefings() throws {
        let transcript = try TestSupport.parse(
            "Noon briefing\n\nPresenter: Welcome. Our guest today runs the port.\n\nGuest: Thank you for having me.\n\n"
                + "Correspondent: When will the port reopen?\n\nGuest: On Monday.\n\nCaller: Will ferries run too?\n\nInterviewee: Yes, from Tuesday.\n")
        let roles = Dictionary(uniqueKeysWithValues: transcript.participants.map { ($0.label, $0.role) })
        #expect(roles["Presenter"] == .moderator)
        #expect(roles["Guest"] == .official)
        #expect(roles["Interviewee"] == .official)
        #expect(transcript.turns.filter { transcript.participant(withID: $0.speaker)?.role == .reporter }.count == 2)
        #expect(transcript.exchanges.map(\.question) == [2, 4])
    }

    /// An online salon: readers under user names in bold (`**iccccce-cream：**`, lower case) each ask the guest once;
    /// they are speakers because their shape is the document's, and askers because all they do is ask.
    @Test func salonReadersUnderUserNames() throws {
        let text = """
            # 对话胡老师

            **主持人：**欢迎大家来到今天的线上沙龙。

            **胡老师：**谢谢，很高兴和大家交流。

            **Beryl：**想请教胡老师，互联网还会更开放吗？

            **胡老师：**短期内恐怕不会，但长期看有希望。

            **iccccce-cream：**比如暗网？

            **胡老师：**暗网是另一回事。

            **ilvashih：**那您觉得普通人该怎么做？

            **胡老师：**多读书，多思考。
            """
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == [
            "主持人", "胡老师", "Beryl", "胡老师", "iccccce-cream", "胡老师", "ilvashih", "胡老师",
        ])
        for reader in ["Beryl", "iccccce-cream", "ilvashih"] {
            #expect(transcript.participants.first { $0.label == reader }?.role == .reporter, "\(reader)")
        }
        #expect(transcript.exchanges.map(\.question) == [2, 4, 6])
    }

    /// A Hong Kong media session: 「行政長官：」 is the 李家超 the opening names (「行政長官於…」 in the heading names
    /// nobody: 於 says where), the English part after the editor's note is printed under `Chief Executive:` and
    /// `Reporter:`, which are the same people, and the note is a note.
    @Test func bilingualMediaSessionUnderTitles() throws {
        let text = "行政長官於行政會議前會見傳媒開場發言及答問內容\n\n以下為行政長官李家超今日在行政會議前會見傳媒的開場發言和答問內容：\n\n"
            + "行政長官：早晨。今日我想講兩件事。\n\n記者：特首，你點回應有關批評？\n\n行政長官：我已經講得好清楚。\n\n（以下為英文部分）\n\n"
            + "Reporter: Chief Executive, will you extend the measures?\n\nChief Executive: We will keep the situation under review.\n"
        let transcript = try TestSupport.parse(text)
        #expect(Self.speakers(transcript) == ["李家超", "?", "李家超", "?", "李家超"])
        #expect(transcript.turns.last?.paragraphs == ["We will keep the situation under review."])
        #expect(transcript.notes.map(\.text) == ["（以下為英文部分）"])
        #expect(transcript.exchanges.map(\.question) == [1, 3])
    }

    /// 「主持人（新闻局副局长 袁静）：」 then 「主持人（袁静）：」: the note's title and name are who hosts, one person.
    @Test func hostNamedWithTitleInTheNote() throws {
        let transcript = try TestSupport.parse(
            "新闻发布会\n\n主持人（新闻局副局长 袁静）：各位记者朋友，大家上午好。\n\n王受文：谢谢主持人。今年外贸总体平稳。\n\n"
                + "路透社记者：关于关税问题，您怎么看？\n\n王受文：我们会继续扩大开放。\n\n主持人（袁静）：今天的发布会到此结束。\n")
        let host = try #require(transcript.participants.first { $0.name == "袁静" })
        #expect(host.role == .moderator)
        #expect(host.title == "新闻局副局长")
        #expect(transcript.turns.filter { $0.speaker == host.id }.count == 2)
    }

    /// A speech-recognition transcript prints `Speaker 0`, `Speaker 1` … and its front matter lists the people; each
    /// placeholder is the listed person whose name the speaker gives as heard ("I'm Eva" is Ava Chow), and the last
    /// one left is the last name left.
    @Test func diarizationLabelsTakeTheListedNames() throws {
        let text = """
            ---
            title: Core panel
            speakers: ['Aaron van Wirdum', 'Ava Chow', 'Mark Erhardt']
            ---
            Speaker 0: 00:00:02

            Good morning. My name is Aron Favirim and this is the panel. Let's start with Eva.

            Speaker 1: 00:00:16

            Hi, I'm Eva. I am one of the maintainers.

            Speaker 2: 00:00:20

            Hi I'm Merch, I work on Bitcoin projects.

            Speaker 0: 00:00:31

            What has changed this year?

            Speaker 1: 00:00:45

            There is a new disclosure policy, and it has worked well so far.
            """
        let transcript = try TestSupport.parse(text)
        #expect(Self.speakers(transcript) == ["Aaron van Wirdum", "Ava Chow", "Mark Erhardt", "Aaron van Wirdum", "Ava Chow"])
        #expect(transcript.participants.map(\.label) == ["Speaker 0", "Speaker 1", "Speaker 2"])
        #expect(SelfIntroduction.distance("Eva", "Ava Chow") < SelfIntroduction.distance("Eva", "Mark Erhardt"))
    }

    /// White House remarks: `THE PRESIDENT:` is the `President Biden` of the heading (a title names its holder by
    /// surname alone, and `Before` ends the name); a title printed once as a label (`COMMISSIONER:`) is someone
    /// speaking, not words of the question before it.
    @Test func titlesPrintedAloneAsLabels() throws {
        let remarks = try TestSupport.parse(
            "# Remarks by President Biden Before Marine One Departure\n\nTHE PRESIDENT:  Good morning. We are heading to Ohio.\n\n"
                + "Q    Mr. President, will you sign the bill?\n\nTHE PRESIDENT:  Yes, on Friday.\n")
        let president = try #require(remarks.participants.first { $0.label == "THE PRESIDENT" })
        #expect(president.name == "Biden")
        #expect(president.title == "President")
        let briefing = try TestSupport.parse(
            "# Governor Hochul Holds Briefing\n\nGOVERNOR HOCHUL: Good afternoon.\n\nQUESTION: When will the bridge reopen?\n\n"
                + "GOVERNOR HOCHUL: Next week.\n\nQUESTION: And the cost?\n\nCOMMISSIONER: About ten million.\n")
        let commissioner = try #require(TestSupport.speaker(briefing, turn: 4))
        #expect(commissioner.label == "COMMISSIONER" && commissioner.title == "Commissioner" && commissioner.name == nil)
        #expect(briefing.turns[3].paragraphs == ["And the cost?"])
        #expect(briefing.exchanges.last?.answers == [4])
    }

    /// Under a label every reporter shares, a reporter who gives name and outlet (`I am Sato from NHK.`, `This is Carmen
    /// Paun from Politico.`) is a participant of their own; a question without an introduction stays the shared label's.
    @Test func anonymousReportersWhoIntroduceThemselves() throws {
        let transcript = try TestSupport.parse(
            "Press Conference by the Prime Minister\n\n[Prime Minister Kishida]\nToday the Cabinet decided on a package.\n\n[Reporter]\n"
                + "I am Sato from NHK. When will it take effect?\n\n[Prime Minister Kishida]\nFrom next month.\n\n[Reporter]\n"
                + "This is Carmen Paun from Politico. How will you fund it?\n\n[Prime Minister Kishida]\nThrough the budget.\n\n[Reporter]\n"
                + "And the timing?\n\n[Prime Minister Kishida]\nSoon.\n")
        let askers = transcript.exchanges.map { transcript.participant(withID: $0.asker) }
        #expect(askers.map { $0?.outlet } == ["NHK", "Politico", nil])
        #expect(askers.map { $0?.name } == ["Sato", "Carmen Paun", nil])
        #expect(askers.allSatisfy { $0?.role == .reporter })
        // A title before the name in a bracketed label is the speaker's title, not part of the name.
        let minister = try #require(transcript.participants.first { $0.label == "Prime Minister Kishida" })
        #expect(minister.name == "Kishida")
        #expect(minister.title == "Prime Minister")
        #expect(transcript.turns.filter { $0.speaker == minister.id }.count == 4)
    }

    /// Where a label is printed only when the speaker changes, `Q` or `SENIOR ADMINISTRATION OFFICIAL` printed twice
    /// in a row is two people: two turns of the one anonymous participant. A named label printed again goes on,
    /// and a host's role word (`MODERATOR`) is one person however often it is printed.
    @Test func anonymousLabelPrintedAgainIsSomeoneElse() throws {
        let text = """
            Background call

            MODERATOR:  Thanks, everyone. First question.

            Q    Can you define —

            Q    I'm sorry, what do you mean by "short"?

            SENIOR ADMINISTRATION OFFICIAL:  A few weeks at most.

            That is our assessment today.

            If it lasts longer, we will see shortages of some goods.

            The ports on the West Coast can take some of the cargo.

            We are in touch with both sides every day.

            And the Secretary will travel to the region on Friday.

            SENIOR ADMINISTRATION OFFICIAL:  And I would add that the ports reopen on Monday.

            MODERATOR:  Next question.

            MODERATOR:  Go ahead.

            Q    Thanks. Will the President travel there?

            MS. SMITH:  Not this week.

            He will go when the ports reopen.

            The governor has invited him.

            The staff are planning the trip now.

            We will have more for you tomorrow.

            The schedule is not final.

            MS. SMITH:  And he spoke to the governor.
            """
        let transcript = try TestSupport.parse(text)
        let labels = transcript.turns.map { transcript.participant(withID: $0.speaker)?.label }
        #expect(labels == ["MODERATOR", "Q", "Q", "SENIOR ADMINISTRATION OFFICIAL", "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR", "Q", "MS. SMITH"])
        #expect(Set(transcript.turns.map(\.speaker)).count == 4)
        #expect(transcript.exchanges.first { $0.answers == [3, 4] }?.question == 2)
        #expect(transcript.turns.last?.paragraphs.count == 7)
    }

    /// `1. 问：` numbers a question as `1、问：` does; `1. Introduction: …` stays a list item.
    @Test func spacedNumbersBeforeRoleWords() throws {
        let text = "答记者问\n\n1. 问：今年的目标是什么？\n\n答：增长百分之五。\n\n2. 问：如何落实？\n\n答：分三步落实，计划如下。\n\n"
            + "1. Introduction: the plan.\n\n2. Funding: the budget.\n\n3. 问：资金从哪里来？\n\n答：中央财政安排。\n"
        let transcript = try TestSupport.parse(text)
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.label } == ["问", "答", "问", "答", "问", "答"])
        #expect(transcript.turns[3].paragraphs.contains("1. Introduction: the plan."))
        #expect(transcript.exchanges.count == 3)
    }

    /// Guests answer and the crowd asks: 嘉宾 is an official, 网友 a reporter, each printing of 网友 someone new.
    @Test func guestsAndCrowdsHaveTheirRoles() throws {
        let transcript = try TestSupport.parse(
            "访谈实录\n\n主持人：欢迎来到节目。\n\n嘉宾：谢谢主持人。\n\n网友：请问补贴什么时候发放？\n\n嘉宾：下个月发放。\n\n"
                + "网友：标准是多少？\n\n嘉宾：每人一千元。\n")
        #expect(transcript.turns.count == 6)
        #expect(transcript.participants.first { $0.label == "嘉宾" }?.role == .official)
        #expect(transcript.participants.filter { $0.label == "网友" }.allSatisfy { $0.role == .reporter })
        #expect(transcript.exchanges.count == 2)
    }

    /// `Q1. …` / `A1. …`: numbered questions and answers closed by a period.
    @Test func numberedQuestionAndAnswerLetters() throws {
        let transcript = try TestSupport.parse(
            "Interview\n\nQ1. When did you start the company?\n\nA1. In 2015, with two friends.\n\nQ2. What was hardest?\n\nA2. Hiring, by far.\n")
        #expect(transcript.turns.map(\.paragraphs) == [
            ["When did you start the company?"], ["In 2015, with two friends."], ["What was hardest?"], ["Hiring, by far."],
        ])
        #expect(transcript.turns.map { transcript.participant(withID: $0.speaker)?.role } == [.reporter, .official, .reporter, .official])
        #expect(transcript.exchanges.count == 2)
    }

    @Test func latinKeyLineNamesInitials() throws {
        let (transcript, text) = try Self.parsed("latin_key_line.txt")
        // The operator is called by the role word the key spells out; the analyst by the name the operator calls on.
        #expect(Self.voices(transcript) == ["Operator", "Jane Doe", "Operator", "Tom Reyes", "Jane Doe", "Raj Patel", "Operator"])
        #expect(Self.roles(transcript) == [.moderator, .official, .moderator, .reporter, .official, .official, .moderator])
        #expect(transcript.lead.last == "(O: Operator; JD: Jane Doe; Q: Reporter; RP: Raj Patel)")
        // A sentence with two colons is no key: its opening is no run of initials.
        #expect(LabelKey.pairs(in: "Note: all figures are unaudited: see the release.") == nil)
        #expect(LabelKey.pairs(in: "(Q: Reporter; JD: Jane Doe)")?.map(\.label) == ["Q", "JD"])
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func numberedQuestionHeadersWithOutletAndName() throws {
        let (transcript, text) = try Self.parsed("numbered_questions.md")
        #expect(Self.voices(transcript) == ["Jane Doe", "任某", "Jane Doe", "任某", "李明", "任某", "Tom Reyes", "任某"])
        #expect(transcript.participants.first { $0.name == "Jane Doe" }?.outlet == "某报")
        #expect(transcript.participants.first { $0.name == "李明" }?.outlet == "海风日报")
        #expect(transcript.exchanges.map(\.question) == [0, 2, 4, 6])
        #expect(TextCoverage.check(text: text, transcript: transcript).isComplete)
    }

    @Test func explainLabelsGivesTheEvidence() throws {
        let transcript = try TestSupport.parse(try Self.text("plain_names.txt"), options: [.explainLabels])
        let lines = transcript.diagnostics.filter { $0.code == "label-evidence" }.map(\.message)
        #expect(lines.contains { $0.hasPrefix("speaker: «Jane Q. Public» ×4 [plain, latin, colon]") && $0.contains("after another speaker 4×") })
        #expect(lines.contains { $0.hasPrefix("speaker: «Raj Patel» ×1") && $0.contains("shape the document uses") })
        // Without the option, no evidence is listed.
        #expect(try TestSupport.parse(try Self.text("plain_names.txt")).diagnostics.allSatisfy { $0.code != "label-evidence" })
    }

    /// A Senate hearing's printed record: `The Chair.` is the presiding member the record names (`Hon. Margaret
    /// Ellison, Chair of the Committee, presiding`), who moderates; `Senator Brandt.` and `Dr. Alvarez.` ask and answer.
    @Test func aHearingsPresidingChair() throws {
        let hearing = try TestSupport.parse("""
            The Committee met, pursuant to notice, at 10:03 a.m., Hon. Margaret Ellison, Chair of the Committee, presiding.

            The Chair. Good morning. The Committee will come to order. I now recognize Senator Brandt.

            Senator Brandt. Thank you, Madam Chair. Dr. Alvarez, how many detectors have been added since the derailment?

            Dr. Alvarez. More than four hundred, Senator, on the routes that carry hazardous materials.

            The Chair. Thank you. Senator Okafor.

            Senator Okafor. Dr. Alvarez, how many inspectors did you hire last year?

            Dr. Alvarez. We hired 92 inspectors in the last year.

            The Chair. The hearing is adjourned.
            """, format: .text)
        let chair = try #require(TestSupport.speaker(hearing, turn: 0))
        #expect(chair.name == "Margaret Ellison" && chair.role == .moderator)
        #expect(TestSupport.speaker(hearing, turn: 3)?.id == chair.id)
        #expect(hearing.exchanges.map(\.answers) == [[2], [5]])
        #expect(CandidateReader.presidingOfficeBeforePeriod("The Chairman. The meeting will come to order.") != nil)
        #expect(CandidateReader.presidingOfficeBeforePeriod("The Chair is not here today.") == nil)
    }

    /// A CNN rush transcript: `DANA WHITFIELD, CNN ANCHOR:` printed once opens it and `WHITFIELD:` closes it, the anchor
    /// a part the lexicon knows; `UNIDENTIFIED REPORTER: (INAUDIBLE).` is a labelled direction, kept whole as the turn's
    /// words, not a turn of one period.
    @Test func aCableNewsAnchorAroundABriefing() throws {
        let transcript = try TestSupport.parse("""
            DANA WHITFIELD, CNN ANCHOR: Hello, everyone. Officials are about to brief reporters. Let's listen in.

            ANTHONY MARRERO, CHIEF, LOS ANGELES COUNTY FIRE DEPARTMENT: Good morning. The fire is at 4,200 acres.

            UNIDENTIFIED REPORTER: When can people go back?

            MARRERO: Not today.

            UNIDENTIFIED REPORTER: (INAUDIBLE).

            MARRERO: Yes, the animal shelter in Agoura Hills is taking large animals.

            WHITFIELD: That was the Los Angeles County fire chief.
            """)
        #expect(transcript.turns.count == 7)
        #expect(TestSupport.speaker(transcript, turn: 0)?.id == TestSupport.speaker(transcript, turn: 6)?.id)
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(transcript.turns[4].paragraphs == ["(INAUDIBLE)."])
        #expect(transcript.exchanges.map(\.answers) == [[3], [5]])
    }

    /// UK Hansard prints a member's name, then the question's reference on the order paper (`Q1. [905318]`), then the
    /// question: the reference numbers the question, it is no speaker, and it stays as a note.
    @Test func orderPaperReferenceUnderAMemberIsANote() throws {
        let html = """
            <div class="contribution"><div class="primary-info">Rachel Okoye (Ipswich) (Lab)</div>
            <div class="secondary-info">Q1. [905318]</div><p>If he will list his official engagements for Wednesday.</p></div>
            <div class="contribution"><div class="primary-info">The Prime Minister (Daniel Marsh)</div>
            <p>This morning I had meetings with ministerial colleagues.</p></div>
            <div class="contribution"><div class="primary-info">Rachel Okoye</div><p>Will he visit Ipswich?</p></div>
            <div class="contribution"><div class="primary-info">The Prime Minister</div><p>I would be delighted.</p></div>
            <div class="contribution"><div class="primary-info">Mr Joe Pennant (Mid Dorset) (LD)</div>
            <div class="secondary-info">T2. [905320]</div><p>Will the Prime Minister meet me?</p></div>
            <div class="contribution"><div class="primary-info">The Prime Minister</div><p>Yes.</p></div>
            """
        let transcript = try TestSupport.parse(html, format: .html)
        #expect(transcript.turns.count == 6)
        #expect(transcript.turns[0].paragraphs == ["If he will list his official engagements for Wednesday."])
        #expect(TestSupport.speaker(transcript, turn: 0)?.name == "Rachel Okoye")
        #expect(TestSupport.speaker(transcript, turn: 4)?.name?.hasSuffix("Joe Pennant") == true)
        #expect(transcript.notes.map(\.text) == ["Q1. [905318]", "T2. [905320]"])
        #expect(!transcript.participants.contains { $0.label.hasPrefix("Q1") || $0.label.hasPrefix("T2") })
        // A call transcript's running turn number is a few digits; an order paper's reference is more.
        #expect(TurnNumber.isTurnNumber("[12]"))
        #expect(!TurnNumber.isTurnNumber("[905318]"))
        #expect(!PageFurniture.isQuestionReference("Q1. Will he meet me? [905318]"))
        #expect(!PageFurniture.isQuestionReference("[12]"))
    }

    /// The Dáil's record: `An Ceann Comhairle` chairs and calls members ("I call Deputy Furlong"); a member called by
    /// title and surname who then asks is an asker; another member's heckle in the middle of an answer to somebody
    /// else's question is a remark the answer goes on through.
    @Test func aChamberChairCallsMembersAndAnswersGoOnThroughHeckles() throws {
        let transcript = try TestSupport.parse("""
            Deputy Róisín Kehoe: I have two questions for the Tánaiste. How many posts are filled? Will he publish the list?

            The Tánaiste: I thank the Deputy. On the posts, 112 of the 190 are filled.

            Deputy Pádraig Furlong: They will be gone again in a year.

            The Tánaiste: Deputy Furlong will have his own opportunity. On publication, I will ask the Minister.

            An Ceann Comhairle: I thank the Tánaiste. I call Deputy Furlong on behalf of the Labour Party.

            Deputy Pádraig Furlong: Will the Government cap the annual increase on student licences?

            The Tánaiste: The Minister is bringing proposals to Cabinet before the summer recess.

            An Ceann Comhairle: The Deputy's time is up.
            """)
        #expect(TestSupport.speaker(transcript, turn: 4)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 2)?.role == .reporter)
        #expect(transcript.turns[2].kind == .remark)
        #expect(transcript.exchanges.map(\.question) == [0, 5])
        #expect(transcript.exchanges.first?.answers == [1, 3])
    }

    /// A Teams transcript: `Surname, Given   0:03` name lines, a guest `(Guest)`, a caller known by the number they
    /// dialled from (`+1 513-555-****   3:58`) who gives an outlet, and a host who calls on raised hands.
    @Test func aTeamsTranscriptsCallerAndHost() throws {
        let transcript = try TestSupport.parse("""
            County Briefing-20240314_150212-Meeting Recording
            March 14, 2024, 3:02PM

            Hargreaves, Colin   0:03
            Good afternoon, everyone. We'll hear first from Administrator Tran. Please use the raise-hand button.

            Tran, Evelyn   0:31
            Thank you, Colin. The levee repair was finished this morning.

            Hargreaves, Colin   2:34
            Thanks. First hand up is Dana.

            Dana Whitfield (Guest)   2:41
            Hi, Dana Whitfield, WLWT. How confident are you that the repair holds?

            Tran, Evelyn   2:52
            Very confident.

            Hargreaves, Colin   3:51
            Next, we have someone dialed in by phone. Go ahead, you're unmuted.

            +1 513-555-****   3:58
            Yeah, hi, this is Marcus Bell at the Cincinnati Enquirer. Will the county waive permit fees?

            Tran, Evelyn   4:20
            Yes. The commissioners voted this morning.

            Hargreaves, Colin   4:58
            Okay. Sanjay, you're next.
            """)
        #expect(transcript.turns.count == 9)
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 6)?.label == "+1 513-555-****")
        #expect(TestSupport.speaker(transcript, turn: 6)?.role == .reporter)
        #expect(TestSupport.speaker(transcript, turn: 6)?.outlet == "Cincinnati Enquirer")
        #expect(transcript.exchanges.map(\.question) == [3, 6])
        #expect(SpeakerLexicon.isPhoneNumber("(613) 555-0142") && !SpeakerLexicon.isPhoneNumber("2024") && !SpeakerLexicon.isPhoneNumber("1,400"))
    }

    /// A post-Cabinet briefing's transcript: the header's `Venue:` is no speaker, and the
    /// programme director who hands between venues ("Zanele, over to you", "Back to you in Cape Town") moderates.
    @Test func aProgrammeDirectorBetweenVenues() throws {
        let transcript = try TestSupport.parse("""
            POST-CABINET MEDIA BRIEFING - TRANSCRIPT (UNEDITED)

            Venue:       Imbizo Media Centre, Cape Town
            Date:        Thursday, 22 August 2024

            Mr Ndlovu: Good morning, colleagues. Minister, over to you.

            Minister Dube: Thank you. Cabinet approved the water plan.

            Mr Ndlovu: Thank you, Minister. The gentleman in the second row.

            Journalist (Pieter Jacobs, Netwerk24): Minister, when will the plan start?

            Minister Dube: In October.

            Mr Ndlovu: Let's go to Pretoria. Zanele, over to you.

            Ms Mahlangu: Thanks, Programme Director. We have a question from News24.

            Journalist (Thandi Mokoena, News24): Minister, what will it cost?

            Minister Dube: R2 billion.

            Ms Mahlangu: Thank you. Back to you in Cape Town.

            END OF TRANSCRIPT
            """)
        let labels = transcript.participants.map(\.label)
        #expect(!labels.contains("Venue"))
        #expect(TestSupport.speaker(transcript, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(transcript, turn: 6)?.role == .moderator)
        #expect(transcript.exchanges.map(\.question) == [3, 7])
    }

    /// A board meeting's cover lists its members under `BOARD MEMBERS:`: a heading, not a speaker whose words are the list.
    @Test func aBoardsCoverListsItsMembers() throws {
        let transcript = try TestSupport.parse("""
                                PUBLIC BOARD MEETING

                 BOARD MEMBERS:
                      ELLEN MARCHAND, Chair
                      DAVID OYELARAN, Member

                 CHAIR MARCHAND:  Good morning. Ms. Petrakis, please begin.

                 MS. PETRAKIS:  Thank you. The crossing had no gates.

                 MEMBER OYELARAN:  Why were there no gates?

                 MS. PETRAKIS:  It is a private crossing.
            """)
        #expect(!transcript.participants.map(\.label).contains("BOARD MEMBERS"))
        #expect(transcript.turns.count == 4)
        #expect(transcript.lead.contains { $0.contains("ELLEN MARCHAND, Chair") })
    }
}
