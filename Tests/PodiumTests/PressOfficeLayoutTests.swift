import Foundation
import PodiumTestSupport
import Testing

@testable import Podium

/// Layouts of press offices, central banks and a call vendor that print their speakers their own way: each test
/// holds a transcript written for it in that layout, and a case the rule must leave alone.
@Suite("Press-office layouts")
struct PressOfficeLayoutTests {
    /// Each turn's speaker: the name, or the label of one who has none.
    private func speakers(_ transcript: Transcript) -> [String] {
        transcript.turns.indices.map { TestSupport.speaker(transcript, turn: $0)?.name ?? TestSupport.speaker(transcript, turn: $0)?.label ?? "?" }
    }

    /// Each turn's speaker as the first label printed for them.
    private func labels(_ transcript: Transcript) -> [String] {
        transcript.turns.indices.map { TestSupport.speaker(transcript, turn: $0)?.label ?? "?" }
    }

    /// A press secretary who opens ("…then we'll take your questions. Governor."), calls on reporters (`Ms. Bell.`) and
    /// closes with thanks over the reporter's closing direction hosts; a guest who only thanks ("Thank you. Football.
    /// Thank you.") calls on nobody and does not. An operator's "…from Claire Broussard with The Advocate" gives the
    /// asker printed as `Claire Broussard:` her outlet.
    @Test func aPressSecretaryWhoOnlyHostsAndAnOperatorsCall() throws {
        let conference = try TestSupport.parse("""
            MS. PARK: Good morning, everyone. The Governor will make opening remarks, and then we'll take your questions. Governor.

            THE GOVERNOR: Thank you, Lia. Today I'm announcing three steps to prepare for the fire season.

            MS. PARK: Ms. Bell.

            MS. BELL (KGW): Governor, will you ban fireworks statewide this year?

            THE GOVERNOR: No statewide ban. Counties can and should act where the risk is highest.

            MS. PARK: Thank you, everyone. (Whereupon, the press conference concluded at 10:31 a.m.)
            """)
        #expect(TestSupport.speaker(conference, turn: 0)?.role == .moderator)
        #expect(conference.exchanges.map(\.answers) == [[4]])
        let guest = try TestSupport.parse("""
            MS. REED: Good afternoon. We have a special guest today.

            MS. LANE: Thank you. Football. Thank you.

            Q: Will the team visit the Oval Office again?

            MS. REED: Not this year, but they are always welcome here.

            MS. LANE: Thank you so much.
            """)
        #expect(guest.participants.first { $0.label == "MS. LANE" }?.role != .moderator)
        let call = try TestSupport.parse("""
            Operator: Our first question comes from Claire Broussard with The Advocate. Your line is open.

            Claire Broussard: Hi, thanks for doing this. How many rescue teams are staged, and where?

            Laura Quintero: We have eight urban search and rescue teams staged in Baton Rouge and Jackson.
            """)
        #expect(call.participants.first { $0.name == "Claire Broussard" }?.outlet == "The Advocate")
    }

    /// A sports federation's press conference: the host's `Q:` questions, then `QUESTIONS FROM THE FLOOR` (a heading,
    /// no speaker) and `Q: (Name – Outlet)` before each question from the room: that asker, the brackets kept as a
    /// note. Brackets that name nobody (`(laughs)`) are left in the words.
    @Test func floorQuestionsNameTheirAskerInBrackets() throws {
        let conference = try TestSupport.parse("""
            **Q: Ines, a word on the new circuit?**

            **Ines BRAGA:** It's fast and narrow, so qualifying matters even more than usual.

            **QUESTIONS FROM THE FLOOR**

            **Q: (Tomas Hale – Autosport) Ines, two questions. First, the tyres? And second, the rain?**

            **Ines BRAGA:** The tyres are fine. The rain I can't control.

            **Q: (Lena Ruiz, Marca) Ines, will you stay with the team next year?**

            **Ines BRAGA:** That's for the team to announce.

            **Q: (laughs) Ines, one more?**

            **Ines BRAGA:** No, that's all.
            """, format: .markdown)
        let askers = conference.turns.map { TestSupport.speaker(conference, turn: $0.index)?.name ?? "?" }
        #expect(askers == ["?", "Ines BRAGA", "Tomas Hale", "Ines BRAGA", "Lena Ruiz", "Ines BRAGA", "?", "Ines BRAGA"])
        #expect(TestSupport.speaker(conference, turn: 2)?.outlet == "Autosport")
        #expect(TestSupport.speaker(conference, turn: 4)?.outlet == "Marca")
        #expect(conference.turns[2].paragraphs.first?.hasPrefix("Ines, two questions.") == true)
        #expect(conference.notes.map(\.text) == ["QUESTIONS FROM THE FLOOR", "(Tomas Hale – Autosport)", "(Lena Ruiz, Marca)", "(laughs)"])
        #expect(conference.exchanges.map(\.question) == [0, 2, 4, 6])
    }

    /// A company newsroom's keynote Q&A: `**Q — Name, Outlet:**` names the asker after a dash, and `**Q — (Unidentified):**`
    /// one nobody named, whose opening direction is a note too. A dash before words that name nobody stays in them.
    @Test func floorQuestionsNameTheirAskerAfterADash() throws {
        let conference = try TestSupport.parse("""
            **LIND:** We have fifteen minutes for questions.

            **Q — Oliver Brandt, Automobilwoche:** Thank you. Do you make money on this car?

            **SOLBERG:** Yes, from the first car.

            **Q — (Unidentified):** [off mic] Will there be a cheaper version?

            **SOLBERG:** Not this year.

            **Q:** — and what about Japan?

            **SOLBERG:** Japan is 2027.
            """, format: .markdown)
        #expect(TestSupport.speaker(conference, turn: 1)?.name == "Oliver Brandt")
        #expect(TestSupport.speaker(conference, turn: 1)?.outlet == "Automobilwoche")
        #expect(conference.turns[1].paragraphs == ["Thank you. Do you make money on this car?"])
        #expect(conference.turns[3].paragraphs == ["Will there be a cheaper version?"])
        #expect(conference.turns[5].paragraphs == ["— and what about Japan?"])
        #expect(conference.notes.map(\.text) == ["— Oliver Brandt, Automobilwoche:", "— (Unidentified):", "[off mic]"])
        #expect(conference.exchanges.map(\.question) == [1, 3, 5])
    }

    /// Bloomberg: `Name {BIO 123 <GO>}` name lines, `Q - Name` and `A - Name` in the questions, a roster of bullets
    /// `* Name, Title` under `Company Participants` and `Other Participants`; the quarter's heading is no speaker.
    @Test func bloombergNameLinesAndRoster() throws {
        let call = try TestSupport.parse("""
            Q3 2025 Earnings Call

            Company Participants

            * Laura Chen, Head of Investor Relations
            * David Moritz, Chief Executive Officer

            Other Participants

            * Erik Johansson, Analyst

            Presentation

            Operator

            Good morning and welcome to the call. I will now hand over to Laura Chen.

            Laura Chen {BIO 20374581 <GO>}

            Thank you, operator. With me today is David Moritz, our CEO.

            David Moritz {BIO 1718293 <GO>}

            Thanks, Laura. Volumes grew 6% in the quarter.

            Questions And Answers

            Operator

            Our first question comes from Erik Johansson. Please go ahead.

            Q - Erik Johansson {BIO 19283746 <GO>}

            Could you quantify the impact of the Red Sea disruption?

            A - David Moritz {BIO 1718293 <GO>}

            It added roughly EUR 30 million to gross profit.
            """)
        #expect(speakers(call) == ["Operator", "Laura Chen", "David Moritz", "Operator", "Erik Johansson", "David Moritz"])
        #expect(call.participants.first { $0.name == "David Moritz" }?.title == "Chief Executive Officer")
        let analyst = try #require(call.participants.first { $0.name == "Erik Johansson" })
        #expect(analyst.role == .reporter && analyst.title == "Analyst" && analyst.outlet == nil)
        #expect(!call.participants.contains { $0.label.contains("Earnings") })
        #expect(!TestSupport.paragraphs(call).contains { $0.contains("{BIO") })
        #expect(TerminalLink.split("Jane Doe {BIO 12 <GO>}"[...])?.before == "Jane Doe ")
        #expect(TerminalLink.split("Jane Doe {see 12 <GO>}"[...]) == nil)
        #expect(TerminalLink.split("Jane Doe {BIO x12 <GO>}"[...]) == nil)
    }

    /// The Reserve Bank of India: `Moderator (Shri Name, Title):` then `Moderator:`, `Shri Name, Governor:` then
    /// `Governor:`, and `Question 1 (Name, Outlet):`.
    @Test func numberedQuestionsAndOfficesPrintedAlone() throws {
        let conference = try TestSupport.parse("""
            Moderator (Shri Puneet Kaushal, Chief General Manager): Good afternoon and welcome.

            Shri Sanjay Rao, Governor: Thank you. The committee reduced the repo rate by 25 basis points.

            Moderator: We will now take questions.

            Question 1 (Manoj Verma, Reuters): Governor, how much room is left for easing?

            Governor: Policy space is limited now.

            Question 2 (Anjali Roy, Bloomberg): Will the CRR cut be phased?

            Governor: Yes, in four tranches.
            """)
        #expect(conference.turns.count == 7)
        // The honorific printed before a name is no part of it.
        #expect(speakers(conference) == [
            "Puneet Kaushal", "Sanjay Rao", "Puneet Kaushal", "Manoj Verma", "Sanjay Rao", "Anjali Roy", "Sanjay Rao",
        ])
        let asker = try #require(TestSupport.speaker(conference, turn: 3))
        #expect(asker.role == .reporter && asker.outlet == "Reuters")
        #expect(TestSupport.speaker(conference, turn: 0)?.title == "Chief General Manager")
        // Two holders of the office: `Governor:` names neither.
        let two = try TestSupport.parse("""
            Moderator: Welcome.

            Anil Rao, Deputy Governor: Thank you.

            Mira Das, Deputy Governor: Thank you too.

            Deputy Governor: Yes.
            """)
        #expect(TestSupport.speaker(two, turn: 3)?.name != "Anil Rao" && TestSupport.speaker(two, turn: 3)?.name != "Mira Das")
    }

    /// La Moncloa: `Presidente del Gobierno.-`, `Moderadora.-`, `P.-`: a period and a dash close the label. A sentence
    /// with `.-` in it is no label, and keeps its words.
    @Test func spanishPeriodDashLabels() throws {
        let conference = try TestSupport.parse("""
            Presidente del Gobierno.- Muy buenas tardes a todos.

            Moderadora.- Gracias, presidente. Primera pregunta, Mercedes Solano.

            P.- Buenas tardes. ¿Cuándo estará lista la propuesta?

            Presidente.- Antes del verano.

            Moderadora.- Muchas gracias.

            (Fin de la transcripción)
            """)
        #expect(conference.turns.count == 5)
        #expect(TestSupport.speaker(conference, turn: 1)?.role == .moderator)
        #expect(TestSupport.speaker(conference, turn: 2)?.role == .reporter)
        #expect(conference.trailing == ["(Fin de la transcripción)"])
        #expect(PeriodDashLabel.readAsColon("P.- Buenas tardes.") == "P: Buenas tardes.")
        #expect(PeriodDashLabel.readAsColon("Sin embargo, dijo.- Nada") == nil)
        #expect(PeriodDashLabel.readAsColon("muy bien.- Nada") == nil)
        // The byte search is held to its plain version, on texts with the mark at either end of the window and none.
        let texts = [
            "P.- Sí.", "Presidente del Gobierno.- Gracias.", "Ángel Gil.- Hola", ".-", "a.", "Sin marca alguna aquí",
            String(repeating: "x", count: 61) + ".-", String(repeating: "x", count: 60) + ".-", "Giulia Fanelli (S&D). – (IT) Madam",
            "President. — The next item", "Mr Byrne. - Thank you", "Done. –", "Done. –x", "Café. — Oui", String(repeating: "x", count: 59) + ". – a",
        ]
        for text in texts {
            let fast = PeriodDashLabel.periodBeforeDash(in: text.utf8, within: 62)
            let plain = PeriodDashLabel.periodBeforeDashReference(in: text.utf8, within: 62)
            #expect(fast?.offset == plain?.offset && fast?.length == plain?.length, "\(text)")
        }
        // The European Parliament's verbatim report: a period, a spaced dash, then the words.
        #expect(PeriodDashLabel.readAsColon("Giulia Fanelli (S&D). – Madam President.") == "Giulia Fanelli (S&D): Madam President.")
        #expect(PeriodDashLabel.readAsColon("President. — The next item") == "President: The next item")
        // Behind a spaced dash, words in lower case are a sentence, not a name or an office.
        #expect(PeriodDashLabel.readAsColon("It rained. – Then it stopped, and we went home.") == nil)
        #expect(PeriodDashLabel.readAsColon("Aino Lehtinen, Member of the Commission. – I agree.") == "Aino Lehtinen, Member of the Commission: I agree.")
        for text in ["00:00:40", " [00:00:40] ", "(0:05)", "We saw 2 cases.", "10:30 is when", "Q:"] {
            #expect(Timestamp.clockAlone(text) == Timestamp.markClock(Substring(text.trimmingCharacters(in: " "))))
        }
    }

    /// A hearing printed in `<pre>`, as govinfo.gov prints them: its lines are read as a text file's.
    @Test func preformattedHearingIsReadAsText() throws {
        let page = """
            <html><title>HEARING</title><body><pre>
                                      HEARING

                Chairman Walker. The Subcommittee will come to order. I
            recognize the ranking member.
                Mr. Diaz. Thank you, Mr. Chairman. I yield back.
                Chairman Walker. The gentleman yields back. Ms. Lin, you
            are recognized.
                Ms. Lin. Thank you, Chairman Walker.
                Chairman Walker. How many policies lapsed?
                Ms. Lin. Approximately 310,000.
            </pre></body></html>
            """
        let hearing = try TestSupport.parse(page, format: .html)
        #expect(labels(hearing) == ["Chairman Walker", "Mr. Diaz", "Chairman Walker", "Ms. Lin", "Chairman Walker", "Ms. Lin"])
        #expect(hearing.turns[0].paragraphs == ["The Subcommittee will come to order. I recognize the ranking member."])
    }

    /// A page's speaker, time and words elements: `Rebecca Thornton` over `00:00:40` is a name line with its clock; a
    /// clock under a name and its title is the turn's time.
    @Test func clockUnderTheSpeakersName() throws {
        let page = """
            <div class="turn"><div class="speaker-name">Rebecca Thornton</div><span class="timestamp">00:00:12</span>
            <div class="speaker-text"><p>Good morning, and welcome.</p></div></div>
            <div class="turn"><div class="speaker-name">Dr. Amara Okafor</div><div class="speaker-role">Director, Sahel Water Initiative</div>
            <span class="timestamp">00:00:47</span><div class="speaker-text"><p>It was the worst season in forty years.</p></div></div>
            <div class="turn"><div class="speaker-name">Rebecca Thornton</div><span class="timestamp">00:02:05</span>
            <div class="speaker-text"><p>Is that a governance failure?</p></div></div>
            <div class="turn"><div class="speaker-name">Dr. Amara Okafor</div><span class="timestamp">00:02:11</span>
            <div class="speaker-text"><p>Partly, yes.</p></div></div>
            """
        let panel = try TestSupport.parse(page, format: .html)
        #expect(speakers(panel) == ["Rebecca Thornton", "Dr. Amara Okafor", "Rebecca Thornton", "Dr. Amara Okafor"])
        #expect(panel.turns.map(\.time) == ["00:00:12", "00:00:47", "00:02:05", "00:02:11"])
        #expect(panel.turns[1].paragraphs == ["It was the worst season in forty years."])
    }

    /// The Japanese Prime Minister's Office: `（内閣広報官）` alone on its line over the words in kana. A Chinese record's
    /// `（議員舉手）` over Chinese words stays a direction.
    @Test func japaneseBracketedLabelLines() throws {
        let kaiken = try TestSupport.parse("""
            【質疑応答】

            （内閣広報官）
            　それでは、御質問を頂きます。

            （記者）
            　読売新聞の田中です。春闘について伺います。

            （高村総理）
            　お答えいたします。賃上げは継続させていかなければなりません。

            （記者）
            　テレビ朝日の佐藤です。解散はありますか。

            （高村総理）
            　全く考えておりません。

            （内閣広報官）
            　これをもちまして記者会見を終わらせていただきます。
            """)
        #expect(speakers(kaiken) == ["内閣広報官", "記者", "高村総理", "記者", "高村総理", "内閣広報官"])
        let record = try TestSupport.parse("""
            主席：贊成的請舉手。

            （議員舉手）
            李議員：我反對這項修正案。

            主席：反對的請舉手。

            （議員舉手）
            李議員：我再說一次。
            """)
        #expect(!record.participants.contains { $0.label == "議員舉手" })
    }

    /// NATO: `NATO Secretary General Henrik Aasland:` then `NATO Secretary General:` is one person of the organisation
    /// the acronym names; the page's `Share:` line is no speaker.
    @Test func anOrganisationsOfficeBeforeTheName() throws {
        let conference = try TestSupport.parse("""
            Moderator: Welcome to this press conference.

            NATO Secretary General Henrik Aasland: Thank you. Good afternoon.

            Q (Reuters): Will all Allies meet the target?

            NATO Secretary General: Yes, all of them this year.

            Q (Ukrinform): And the new package?

            NATO Secretary General: It is on its way.

            Share: Facebook  X  LinkedIn
            """)
        let secretaryGeneral = try #require(TestSupport.speaker(conference, turn: 1))
        #expect(secretaryGeneral.name == "Henrik Aasland" && secretaryGeneral.title == "Secretary General")
        #expect(secretaryGeneral.organization == "NATO")
        #expect(TestSupport.speaker(conference, turn: 3)?.id == secretaryGeneral.id)
        #expect(!conference.participants.contains { $0.label == "Share" })
        #expect(LabelParser.organizationAcronym(["NATO", "Secretary", "General"])?.organization == "NATO")
        #expect(LabelParser.organizationAcronym(["MR", "Secretary", "Blinken"]) == nil)
    }

    /// A festival's press conference: `Moderator: Linda Sørensen` above the dialogue is the roster's line when `LINDA
    /// SØRENSEN (MODERATOR):` speaks later, and the role in her note makes her the moderator, whom `MODERATOR:` names.
    @Test func aRosterLineNamingALaterSpeaker() throws {
        let conference = try TestSupport.parse("""
            Moderator: Linda Sørensen

            LINDA SØRENSEN (MODERATOR): Good morning and welcome.

            JOURNALIST (El País): A question for the director. Why Lisbon?

            ANA RUIZ (DIRECTOR): Because the light there is unique.

            MODERATOR: Next question, please.

            JOURNALIST (Variety): Was it hard to finance?

            ANA RUIZ (DIRECTOR): Very hard.
            """)
        #expect(conference.lead == ["Moderator: Linda Sørensen"])
        let moderator = try #require(TestSupport.speaker(conference, turn: 0))
        #expect(moderator.role == .moderator && moderator.name == "Linda Sørensen")
        #expect(TestSupport.speaker(conference, turn: 3)?.id == moderator.id)
    }

    /// 總統府: 「主持人（總統府發言人 郭雅婷）：」 then 「主持人：」 is one person, the one the first label names.
    @Test func aHostNamedInFullWidthBrackets() throws {
        let conference = try TestSupport.parse("""
            主持人（總統府發言人 郭雅婷）：記者會即將開始，首先請總統發表談話。

            總統：各位媒體朋友，大家早安。

            主持人：接下來開放媒體提問。

            記者（中央社）：請問總統，基金從哪裡籌措？

            總統：我們會編列特別預算。

            主持人：謝謝大家。
            """)
        let host = try #require(TestSupport.speaker(conference, turn: 0))
        #expect(host.name == "郭雅婷" && host.role == .moderator)
        #expect(TestSupport.speaker(conference, turn: 2)?.id == host.id)
        #expect(TestSupport.speaker(conference, turn: 5)?.id == host.id)
    }

    /// The German federal government's press conference: `Sprecher:` and `Themen:` head it, `Frage:` and
    /// `Zusatzfrage:` ask.
    @Test func germanGovernmentPressConference() throws {
        let conference = try TestSupport.parse("""
            Sprecher: SRS'in Keller, Dr. Lindemann (BMF)

            Themen: Termine der Bundeskanzlerin, Bundeshaushalt 2026

            SRS'in Keller: Guten Tag, meine Damen und Herren!

            Frage: Frau Keller, wird in Warschau auch über Reparationen gesprochen?

            SRS'in Keller: Die Haltung der Bundesregierung ist bekannt.

            Zusatzfrage: Und der Haushalt?

            Dr. Lindemann: Der Entwurf kommt im März.
            """)
        #expect(conference.turns.count == 5)
        #expect(conference.lead.count == 2)
        #expect(TestSupport.speaker(conference, turn: 1)?.role == .reporter)
        #expect(!conference.participants.contains { $0.label == "Sprecher" || $0.label == "Themen" })
    }

    /// ASAP Sports' postgame press conference: the tournament's name before a colon and the `Postgame Press
    /// Conference` line over the score are headings; `COACH BRENNAN` is a coach named Brennan; `Q.` asks.
    @Test func postgamePressConference() throws {
        let conference = try TestSupport.parse("""
            NCAA WOMEN'S BASKETBALL TOURNAMENT: SECOND ROUND

            Postgame Press Conference

            Central State - 71, Westbrook - 64

            THE MODERATOR: We're joined by head coach Tom Brennan. Coach, an opening statement.

            COACH BRENNAN: Hats off to Westbrook. I'm proud of this group.

            Q. Kelsey, what changed after halftime?

            KELSEY MORAN: Coach told me to stop settling.

            Q. Coach, what about the defence?

            COACH BRENNAN: We switched to a zone.
            """)
        #expect(conference.turns.count == 6)
        #expect(conference.lead.count == 3)
        let coach = try #require(TestSupport.speaker(conference, turn: 1))
        #expect(coach.name == "Brennan" && coach.title == "Coach")
    }

    /// The ministers' corridor: 「【国家发展改革委主任 郑立新】」 announces the minister the reporters then question; it is
    /// layout, and gives the minister the office.
    @Test func headingsThatAnnounceEachMinister() throws {
        let corridor = try TestSupport.parse("""
            【国家发展改革委主任 郑立新】

            记者：郑主任您好，请问实现目标有哪些支撑？

            郑立新：谢谢你的提问。我们充满信心。

            【教育部部长 刘宁远】

            记者：刘部长您好，今年毕业生就业怎么看？

            刘宁远：谢谢。我们将实施百日冲刺行动。

            （记者 王敏 张晓 整理）
            """)
        #expect(corridor.turns.count == 4)
        #expect(corridor.turns[1].paragraphs == ["谢谢你的提问。我们充满信心。"])
        #expect(corridor.notes.map(\.text) == ["【教育部部长刘宁远】"])
        #expect(corridor.participants.first { $0.name == "郑立新" }?.title == "国家发展改革委主任")
        #expect(corridor.participants.first { $0.name == "刘宁远" }?.title == "教育部部长")
        #expect(corridor.trailing == ["（记者王敏张晓整理）"])
    }

    /// A live text (图文直播): each entry opens with its time in lenticular brackets, `【10:13】江海电视台记者：…`; the time is
    /// the turn's, and an entry without a label (`【10:00】发布会开始。`) is narration.
    @Test func liveTextEntriesWithTheirTimes() throws {
        let live = try TestSupport.parse("""
            【10:00】发布会开始。

            【10:00】市政府新闻发言人 王蕾：各位媒体朋友，上午好！

            【10:01】市交通委主任 韩刚：今年春运共40天。

            【10:13】江海电视台记者：高速公路拥堵问题如何解决？

            【10:14】韩刚：我们将实施潮汐车道。

            【10:26】王蕾：今天的发布会到此结束，谢谢大家！
            """)
        #expect(live.lead == ["【10:00】发布会开始。"])
        #expect(live.turns.map(\.time) == ["10:00", "10:01", "10:13", "10:14", "10:26"])
        #expect(TestSupport.speaker(live, turn: 2)?.outlet == "江海电视台")
        #expect(TestSupport.speaker(live, turn: 3)?.id == TestSupport.speaker(live, turn: 1)?.id)
        #expect(Timestamp.leadingLenticularClock("【10:04】韩刚：好。"[...])?.clock == "10:04")
        #expect(Timestamp.leadingLenticularClock("【导语】今天上午"[...]) == nil)
    }

    /// A ministry's record prints each speaker in lenticular brackets with the date and time beside them
    /// (`【交通运输部新闻发言人 周海涛】6-26 10:01:12`), the words in the paragraphs under it.
    @Test func bracketedLabelsWithTheDateAndTime() throws {
        let record = try TestSupport.parse("""
            <p>【交通运输部新闻发言人 周海涛】6-26 10:01:12</p>
            <p>大家上午好！欢迎参加例行新闻发布会。</p>
            <p>【人民日报记者】6-26 10:08:10</p>
            <p>请问暑期运力保障有哪些安排？</p>
            <p>【交通运输部运输服务司副司长 宋佳宁】2024-06-26 10:09</p>
            <p>我们主要做好三方面工作。</p>
            <p>【人民日报记者】6-26 10:10:00</p>
            <p>自驾出行呢？</p>
            <p>【交通运输部运输服务司副司长 宋佳宁】6-26 10:11:30</p>
            <p>加强引导。</p>
            <p>【交通运输部新闻发言人 周海涛】6-26 10:19:40</p>
            <p>今天的发布会就到这里。</p>
            """, format: .html)
        #expect(record.turns.count == 6)
        #expect(
            record.turns.map(\.time) == [
                "6-26 10:01:12", "6-26 10:08:10", "2024-06-26 10:09", "6-26 10:10:00", "6-26 10:11:30", "6-26 10:19:40",
            ])
        #expect(TestSupport.speaker(record, turn: 1)?.outlet == "人民日报")
        #expect(TestSupport.speaker(record, turn: 2)?.name == "宋佳宁")
        #expect(Timestamp.leadingDatedClock("06/26 10:01 后"[...])?.clock == "06/26 10:01")
        #expect(Timestamp.leadingDatedClock("10:01 后"[...])?.clock == "10:01")
        #expect(Timestamp.leadingDatedClock("2024-06-26 下午"[...]) == nil)
        #expect(Timestamp.leadingDatedClock("6-26-2024-1 10:01"[...]) == nil)
    }

    /// A police briefing: `LT. KWAME OSEI, PUBLIC INFORMATION OFFICER:` once, then `LT. OSEI:`, is one speaker, the
    /// honorific before the given name; `UNIDENTIFIED REPORTER:` is a reporter, named by nobody.
    @Test func anHonorificBeforeTheFullNameOnce() throws {
        let briefing = try TestSupport.parse("""
            LT. KWAME OSEI, PUBLIC INFORMATION OFFICER: Good evening. Chief Morales will speak first.

            CHIEF DANA MORALES, LAKEPORT POLICE DEPARTMENT: Thank you, Lieutenant. The scene is secure.

            LT. OSEI: We'll take a few questions now.

            REPORTER: Is there a second suspect?

            CHIEF MORALES: No.

            UNIDENTIFIED REPORTER: (inaudible) ...ages of the victims?

            CHIEF MORALES: From 16 to 58.

            LT. OSEI: That's all the time we have.
            """)
        #expect(briefing.turns.count == 8)
        #expect(TestSupport.speaker(briefing, turn: 0)?.id == TestSupport.speaker(briefing, turn: 2)?.id)
        #expect(TestSupport.speaker(briefing, turn: 5)?.role == .reporter)
        #expect(LabelSequence.givenNames("LT. KWAME OSEI", before: "Osei"))
        #expect(!LabelSequence.givenNames("About Osei", before: "Osei"))
    }

    /// A number before other words is a heading's year or quarter, no name's; a number closing a label is a speaker's.
    @Test func aNumberOpensNoName() {
        #expect(CandidateReader.script(ofLabel: "Q3 2025 Earnings Call") == nil)
        #expect(CandidateReader.script(ofLabel: "Speaker 2") == .latin)
    }

    /// A Chinese earnings call's record (纪要): 「分析师 王磊（中信证券）：」 is an analyst who asks for the firm in
    /// brackets; who wrote the record up (「纪要整理：」) speaks no turn, and the disclaimer under it is trailing.
    @Test func anEarningsCallRecordsAnalysts() throws {
        let call = try TestSupport.parse("""
            纪要整理：某证券研究所 电子团队

            董事长 周明：各位投资者晚上好，前三季度公司营业收入同比增长27%。

            主持人：下面进入问答环节。

            分析师 王磊（中信证券）：请问四季度的订单情况如何？

            周明：四季度订单饱满。

            分析师 陈思（华泰证券）：毛利率提升是否可持续？

            周明：我们认为可以维持。

            免责声明：本纪要仅供内部交流使用，不构成任何投资建议。
            """)
        #expect(labels(call) == ["董事长周明", "主持人", "分析师王磊（中信证券）", "董事长周明", "分析师陈思（华泰证券）", "董事长周明"])
        let analyst = TestSupport.speaker(call, turn: 2)
        #expect(analyst?.name == "王磊")
        #expect(analyst?.outlet == "中信证券")
        #expect(analyst?.role == .reporter)
        #expect(call.exchanges.map(\.question) == [2, 4])
        #expect(call.trailing.first?.hasPrefix("免责声明") == true)
        // A title holder who answers keeps the note in brackets as a title.
        #expect(LabelParser.parseChinese("董事长 周明（星辰智能）")?.outlet == nil)
    }

    /// The World Health Organization's press conferences: a `Speaker key:` lists each speaker's initials and name, and
    /// each turn opens with the initials, no colon, under its clock. The key is no turn; `AM` is no time of day.
    @Test func aSpeakerKeyOfInitials() throws {
        let presser = try TestSupport.parse("""
            Virtual press conference

            Speaker key:
            AM Anna Moretti
            JO Dr Jonas Okello
            HE Helen

            00:00:12
            AM Hello and welcome. Dr Okello, the floor is yours.

            00:00:51
            JO Thank you, Anna. Firstly, the talks have moved. Secondly, the vaccines must reach all countries.

            00:02:41
            AM Thank you. The first question goes to Helen.

            00:02:53
            HE Is there enough oral vaccine for all of these outbreaks?

            00:03:24
            JO No. The stockpile has been low all year.
            """)
        #expect(speakers(presser) == ["Anna Moretti", "Jonas Okello", "Anna Moretti", "Helen", "Jonas Okello"])
        #expect(presser.turns.first?.paragraphs == ["Hello and welcome. Dr Okello, the floor is yours."])
        // The first clock ran into the key's last line (`HE Helen  00:00:12`), where it stays.
        #expect(presser.turns.dropFirst().map(\.time) == ["00:00:51", "00:02:41", "00:02:53", "00:03:24"])
        let clocked = try TestSupport.parse("""
            Press briefing

            00:00:05
            MODERATOR: Welcome.

            00:00:30
            Q: Is the stockpile low?

            00:00:41
            MODERATOR: Next question.
            """)
        #expect(clocked.turns.map(\.time) == ["00:00:05", "00:00:30", "00:00:41"])
        #expect(clocked.lead == ["Press briefing"])
        #expect(presser.exchanges.map(\.question) == [3])
        // Without the key, capitals before words are no label.
        let unkeyed = try TestSupport.parse("""
            MODERATOR: Welcome.

            AM Hello and welcome to the briefing.

            Q: Is the stockpile low?
            """)
        #expect(unkeyed.turns.first?.paragraphs.count == 2)
    }

    /// The Hong Kong government's media sessions: 「發展局局長：」 prints the office alone, and the opening names its
    /// holder (「以下是發展局局長黃偉倫今日…」). An office without its organisation (「专家：」) names nobody the opening mentions.
    @Test func anOfficeTheOpeningNames() throws {
        let session = try TestSupport.parse("""
            以下是發展局局長黃偉倫今日（十月八日）下午與規劃署署長陳嘉儀出席簡介會後會見傳媒的談話內容：

            記者：局長，北部都會區第一期的土地何時可以推出招標？

            發展局局長：我們會按照既定時間表，在本財政年度內推出第一幅商業用地招標。

            記者：規劃署會否修訂土地用途？

            規劃署署長：我們會在明年初完成檢討。
            """)
        #expect(speakers(session) == ["記者", "黃偉倫", "記者", "陳嘉儀"])
        let interview = try TestSupport.parse("""
            2020年1月20日，呼吸病学专家钟南山表示，新冠病毒“肯定人传人”。

            记者：你们为什么没有发现人传人？

            专家：当时没有明确的传播链。

            记者：后来呢？

            专家：后来判断变了。
            """)
        #expect(TestSupport.speaker(interview, turn: 1)?.name == nil)
    }

    /// Hong Kong's press releases of a police press conference: ranks and offices printed alone (「助理處長（刑事）：」,
    /// 「總警司：」) are the people the lead names right after them; a language noted after a label (「（普通話）」) is no
    /// part of who speaks, and is kept as a note. A bare title many hold (「专家：」) names nobody, and 「一是一、二是二」 is
    /// an idiom, no list.
    @Test func ranksAndOfficesTheLeadNamesAndLanguageNotes() throws {
        let police = try TestSupport.parse("""
            警務處助理處長（刑事）程家樂與網絡安全及科技罪案調查科總警司莫頌恩今日下午舉行記者會。以下是記者會答問內容：

            記者：請問追回了多少款項？

            助理處長（刑事）：我們已凍結約二千三百萬元，這方面我請莫總警司補充。

            總警司：集團一般會在兩至三小時內分拆款項。一是一、二是二，正當投資和詐騙是兩回事。

            記者（普通話）：請問兩地警方有沒有合作？

            助理處長（刑事）（普通話）：兩地警方一直有恆常的合作機制。
            """)
        #expect(speakers(police) == ["記者", "程家樂", "莫頌恩", "記者", "程家樂"])
        #expect(police.notes.map(\.text) == ["（普通話）", "（普通話）"])
        #expect(police.turns[2].points.isEmpty)
        let experts = try TestSupport.parse("""
            今日国家卫健委专家王建国接受采访。

            记者：请问疫情趋势如何？

            专家：总体平稳。
            """)
        #expect(TestSupport.speaker(experts, turn: 1)?.name == nil)
    }

    /// Taipei's and the Executive Yuan's transcripts: an office one person holds printed alone (「市長：」, 「發言人：」) is
    /// the holder the opening names, not the deputy (「副市長林雅文」); a surname and an office (「邱局長：」, 「林副市長：」,
    /// 「陳次長：」) is the one the opening or an earlier label names in full.
    @Test func officesAndSurnamesTheOpeningNames() throws {
        let city = try TestSupport.parse("""
            臺北市長周以衡今日出席記者會，副市長林雅文、工務局長邱建宏陪同出席。

            司儀：記者會即將開始，首先請市長致詞。

            市長：大家早安。

            記者：請問積淹水路段有沒有改善？

            邱局長：我們都有逐一檢討。

            林副市長：我補充一點。

            市長：謝謝大家。
            """)
        #expect(speakers(city) == ["司儀", "周以衡", "記者", "邱建宏", "林雅文", "周以衡"])
        let cabinet = try TestSupport.parse("""
            行政院院會後記者會

            日期：114-06-12
            地點：行政院新聞中心
            主持：行政院發言人 李宛蓁

            發言人：各位媒體朋友，大家午安。

            經濟部政務次長 陳國樑：謝謝發言人。

            中央社記者：請問陳次長，稅收影響是多少？

            陳次長：每年約六十億元。

            發言人：今天就到這裡。
            """)
        #expect(speakers(cabinet) == ["李宛蓁", "陳國樑", "中央社記者", "陳國樑", "李宛蓁"])
        // Two mayors in the opening name neither; two 陳 with offices ending in 次長 name neither.
        let twoMayors = try TestSupport.parse("""
            臺北市長周以衡與新北市長侯明德今日出席記者會。

            市長：大家早安。

            記者：請問？

            市長：謝謝。
            """)
        #expect(TestSupport.speaker(twoMayors, turn: 0)?.name == nil)
        let twoDeputies = try TestSupport.parse("""
            經濟部政務次長 陳國樑：謝謝。

            財政部常務次長 陳美玲：我補充。

            記者：請問陳次長？

            陳次長：是。
            """)
        #expect(TestSupport.speaker(twoDeputies, turn: 3)?.name == "陳")
    }

    /// An investor platform's Q&A (深交所互动易): 「投资者提问：」 is an anonymous investor, and 「董秘回复：」 and 「董秘：」 are
    /// the 董事会秘书 the header names (「公司董事会秘书：邵明远」), a field and no turn; 「相关推荐：」 links trail.
    @Test func anInvestorPlatformsQuestionsAndTheSecretarysAnswers() throws {
        let page = try TestSupport.parse("""
            星澜智控（301987）互动易问答精选

            公司董事会秘书：邵明远

            投资者提问：请问公司一季度营收下降的主要原因是什么？
            董秘回复：尊敬的投资者，您好！主要是受下游客户去库存影响。

            投资者提问：伺服驱动产品是否已经应用于机器人领域？
            董秘：您好！目前主要应用于工业自动化领域。

            相关推荐：星澜智控最新公告｜星澜智控研报
            """)
        #expect(page.lead.contains("公司董事会秘书：邵明远"))
        #expect(speakers(page) == ["投资者提问", "邵明远", "投资者提问", "邵明远"])
        #expect(TestSupport.speaker(page, turn: 0)?.name == nil)
        #expect(TestSupport.speaker(page, turn: 1)?.title == "董事会秘书")
        #expect(page.exchanges.map(\.answers) == [[1], [3]])
        #expect(page.trailing == ["相关推荐：星澜智控最新公告｜星澜智控研报"])
    }

    /// An online results briefing (全景网): each line opens with its time; 「投资者 老张看盘：」 is an investor under a
    /// handle, 「独立董事 田昕：」 a title and a name, and 「董秘：」 the 董事会秘书 the fields before the first label name
    /// (「出席人员：…；董事会秘书 何婧；…」).
    @Test func anOnlineResultsBriefing() throws {
        let briefing = try TestSupport.parse("""
            云岭康泰2023年度网上业绩说明会 文字实录

            活动时间：2024年5月16日（星期四）15:00—17:00
            活动方式：网络文字互动
            出席人员：董事长 韦成钢；财务总监 苏蔓；董事会秘书 何婧；独立董事 田昕

            【15:00:05】主持人：尊敬的各位投资者，大家下午好！
            【15:04:20】投资者 老张看盘：请问公司一季度净利润下滑的原因是什么？
            【15:06:45】财务总监 苏蔓：感谢您的提问。主要是毛利率下降。
            【15:13:02】投资者 价值发现者：请问公司有没有分红计划？
            【15:15:20】董秘：您好！每10股派发现金红利2元。
            【15:17:44】投资者 ASD2021：独立董事怎么看研发费用资本化比例？
            【15:20:05】独立董事 田昕：感谢您的提问。公司严格遵循企业会计准则。
            【16:58:10】主持人：本次业绩说明会到此结束。
            """)
        #expect(speakers(briefing) == ["主持人", "老张看盘", "苏蔓", "价值发现者", "何婧", "ASD2021", "田昕", "主持人"])
        #expect(TestSupport.speaker(briefing, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(briefing, turn: 6)?.title == "独立董事")
        #expect(briefing.exchanges.map(\.answers) == [[2], [4], [6]])
    }

    /// A football match's press conference: 「新闻官」 hosts; 「北京国安主教练孟凡勇：」 then 「孟凡勇：」 is one coach,
    /// 「蓉城球员周立航：」 a player; a 「记者：」 who says 「我是成都商报记者」 asks for that outlet. 「我跟球员们说了几点：」
    /// inside an answer is a clause, no label.
    @Test func aMatchPressConference() throws {
        let presser = try TestSupport.parse("""
            新闻官：各位媒体朋友，晚上好。先请客队主教练孟凡勇指导对比赛进行总结。

            北京国安主教练孟凡勇：首先祝贺成都蓉城拿到三分。

            新闻官：下面请记者朋友提问。

            记者：孟指导，您好。下半场您连换两人，是出于战术考虑吗？

            孟凡勇：两方面都有。我在更衣室里跟球员们说了几点：首先，不要着急；其次，利用边路；最后，防守要积极。

            记者：我是成都商报记者，想问一下周立航。能谈谈进球时的感受吗？

            蓉城球员周立航：谢谢。进球的时候脑子是空白的。

            新闻官：发布会到此结束。
            """)
        #expect(speakers(presser) == ["新闻官", "孟凡勇", "新闻官", "记者", "孟凡勇", "记者", "周立航", "新闻官"])
        #expect(TestSupport.speaker(presser, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(presser, turn: 5)?.outlet == "成都商报")
        #expect(TestSupport.speaker(presser, turn: 3)?.outlet == nil)
        #expect(presser.turns[4].points.map(\.marker) == ["首先", "其次", "最后"])
        #expect(presser.exchanges.map(\.answers) == [[4], [6]])
    }

    /// Who answers 「答：」: the spokesperson a field of the opening names (「发布人：商务部新闻发言人 林思远」), and the one
    /// a news agency's interview headline names (「——访中国工程院院士杨振国」).
    @Test func whoAnswersTheAnswerLabel() throws {
        let presser = try TestSupport.parse("""
            商务部召开例行新闻发布会

            时间：2024年6月13日 15:00

            发布人：商务部新闻发言人 林思远

            各位记者朋友，下午好！今天的发布会，我先通报一项工作。

            问：请问今年的消费形势如何？

            答：总体保持恢复态势。
            """)
        #expect(speakers(presser) == ["林思远", "问", "林思远"])
        #expect(presser.turns.first?.kind == .statement)
        #expect(presser.turns.first?.paragraphs == ["各位记者朋友，下午好！今天的发布会，我先通报一项工作。"])
        let interview = try TestSupport.parse("""
            <html><head><title>让科技成果更快转化为现实生产力——访中国工程院院士杨振国</title></head><body>
            <p>近日，杨振国接受了新华社记者专访。</p>
            <p><strong>问：</strong>科技成果转化的堵点在哪里？</p>
            <p><strong>答：</strong>堵点在中试环节。</p>
            <p><strong>问：</strong>企业应当做什么？</p>
            <p><strong>答：</strong>企业要当好出题人。</p>
            </body></html>
            """, format: .html)
        #expect(TestSupport.speaker(interview, turn: 1)?.name == "杨振国")
        #expect(HostDetector.naming(title: "国务院台办1月14日举行例行新闻发布会，发言人林晓岚回答记者提问。", blocks: [])?.name == "林晓岚")
        #expect(HostDetector.naming(title: "本次发布会由发言人介绍情况", blocks: [])?.name == nil)
    }

    /// A state governor's briefing as transcription services print it: `**Governor Dana Whitfield: (00:04)**`. The
    /// title in small letters before her full name is hers; she answers, and her hand-over ("Dr. Lee?") to
    /// her health director answers nothing, though she asks it.
    @Test func aGovernorWhoHandsOver() throws {
        let briefing = try TestSupport.parse("""
            ## Transcript

            **Governor Dana Whitfield: (00:04)**
            Good afternoon. Today I am signing an order that limits indoor gatherings. Dr. Lee?

            **Dr. Marcus Lee: (01:20)**
            Thank you, Governor. Positivity is at 11.6 percent.

            **Governor Dana Whitfield: (02:35)**
            We'll take some questions.

            **Speaker 3: (02:40)**
            Governor, how will you enforce a limit in people's homes?

            **Governor Dana Whitfield: (02:52)**
            We are not going to knock on doors. We are asking people to do the right thing.

            **Speaker 4: (03:20)**
            Dr. Lee, will hospitals have enough staff?

            **Governor Dana Whitfield: (03:31)**
            Dr. Lee?

            **Dr. Marcus Lee: (03:33)**
            Staffing is the constraint now, more than beds.
            """)
        let governor = TestSupport.speaker(briefing, turn: 0)
        #expect(governor?.name == "Dana Whitfield")
        #expect(governor?.title == "Governor")
        #expect(governor?.role == .official)
        #expect(TestSupport.speaker(briefing, turn: 1)?.name == "Dr. Marcus Lee")
        #expect(briefing.exchanges.map(\.answers) == [[4], [7]])
        #expect(LabelParser.titledName("Mayor Lee") == nil)
        #expect(LabelParser.titledName("FreeKnight") == nil)
        #expect(LabelParser.titledName("GOVERNOR DANA WHITFIELD") == nil)
    }

    /// The United Nations noon briefing: `Deputy Spokesperson:` prints the office alone, and the opening names its holder
    /// before it (`…noon briefing by Marta Lindqvist, Deputy Spokesperson for the Secretary-General`).
    @Test func anEnglishOfficeTheOpeningNames() throws {
        let briefing = try TestSupport.parse("""
            Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

            The following is a near-verbatim transcript of today's noon briefing by Marta Lindqvist, Deputy Spokesperson for the Secretary-General.

            Question:  Thank you, Marta.  Does the Secretary-General have any reaction to the strike in Rafah?

            Deputy Spokesperson:  The Secretary-General is deeply saddened by the death of our colleague.

            Question:  Has any fuel entered since Sunday?

            Deputy Spokesperson:  Not since Friday.
            """)
        #expect(TestSupport.speaker(briefing, turn: 1)?.name == "Marta Lindqvist")
        #expect(TestSupport.speaker(briefing, turn: 3)?.name == "Marta Lindqvist")
    }

    /// Japan's Chief Cabinet Secretary (`Opening Statement by Chief Cabinet Secretary Morioka`, then `CHIEF CABINET
    /// SECRETARY:`) and an Australian page header (`THE HON DANIEL KEARNEY MP` over `PRIME MINISTER OF AUSTRALIA`, then
    /// `PRIME MINISTER:`): the office printed alone is the one person the opening names in it.
    @Test func officesAPageHeaderNames() throws {
        let kantei = try TestSupport.parse("""
            Press Conference by the Chief Cabinet Secretary

            Opening Statement by Chief Cabinet Secretary Morioka

            CHIEF CABINET SECRETARY: Let me begin with an overview of today's Cabinet meeting.

            REPORTER (NHK): How does the Government assess the release so far?

            CHIEF CABINET SECRETARY: It will take some time before the effect is seen.
            """)
        #expect(TestSupport.speaker(kantei, turn: 0)?.name == "Morioka")
        #expect(TestSupport.speaker(kantei, turn: 2)?.name == "Morioka")
        let header = """
            THE HON DANIEL KEARNEY MP
            PRIME MINISTER OF AUSTRALIA

            TRANSCRIPT

            PRIME MINISTER: Good morning. It is great to be back in Townsville.

            JOURNALIST: Prime Minister, how much of it is new money?

            PRIME MINISTER: All of it.
            """
        let doorstop = try TestSupport.parse(header)
        #expect(TestSupport.speaker(doorstop, turn: 0)?.name == "Daniel Kearney")
        // A line over the office that is no name, or a name with words after it, names nobody.
        for line in ["THE CABINET MET TODAY", "THE HON DANIEL KEARNEY MP SAID"] {
            let other = try TestSupport.parse(header.replacingOccurrences(of: "THE HON DANIEL KEARNEY MP", with: line))
            #expect(TestSupport.speaker(other, turn: 0)?.name == nil, "\(line)")
        }
    }

    /// The page of an Australian release opens with the office alone (`PRIME MINISTER`) over the holder's name: that line
    /// heads the page, and `PRIME MINISTER:` is the holder. A label alone over words that end a sentence (`Aho` over `: I
    /// have a question…?`) is a turn.
    @Test func anOfficeAloneHeadsThePage() throws {
        let page = """
            PRIME MINISTER
            THE HON DANIEL KEARNEY MP
            PRIME MINISTER OF AUSTRALIA

            TRANSCRIPT
            DOORSTOP INTERVIEW

            PRIME MINISTER: Good morning. It is great to be back in Townsville.

            JOURNALIST: Prime Minister, how much of it is new money?

            PRIME MINISTER: All of it.
            """
        let doorstop = try TestSupport.parse(page)
        #expect(doorstop.turns.count == 3)
        #expect(doorstop.lead.first == "PRIME MINISTER")
        #expect(TestSupport.speaker(doorstop, turn: 0)?.name == "Daniel Kearney")
        #expect(doorstop.turns.first?.paragraphs.first?.hasPrefix("Good morning.") == true)

        let spoken = try TestSupport.parse(page.replacingOccurrences(of: "THE HON DANIEL KEARNEY MP\nPRIME MINISTER OF AUSTRALIA", with: "Good morning, everyone."))
        #expect(spoken.turns.count == 4)
        #expect(spoken.turns.first?.paragraphs.first == "Good morning, everyone.")
    }

    /// The ECB's monetary policy statement: unlabelled paragraphs from a greeting on, under a header that names the
    /// President and her Vice-President, are the statement of the first one named, whom `Vos:` labels after. A page
    /// whose unlabelled paragraphs open with no greeting keeps them in its lead.
    @Test func anUnlabelledStatementTheHeaderNames() throws {
        let page = """
            MONETARY POLICY STATEMENT

            Margarethe Vos, President of the ECB, Tomás Ribera, Vice-President of the ECB

            Good afternoon. The Vice-President and I are glad to welcome you to today's press conference.

            First, we decided to lower the three key ECB interest rates by 25 basis points. Second, we will keep reducing our holdings.

            We are now ready to take your questions.

            Question: Are you at the end of the easing cycle?

            Vos: We are in a meeting-by-meeting approach.

            Question: And the banks?

            Ribera: Credit standards were broadly unchanged.
            """
        let statement = try TestSupport.parse(page)
        #expect(statement.turns.count == 5)
        #expect(TestSupport.speaker(statement, turn: 0)?.name == "Margarethe Vos")
        #expect(TestSupport.speaker(statement, turn: 2)?.name == "Margarethe Vos")
        #expect(statement.turns.first?.points.map(\.marker) == ["First", "Second"])
        #expect(statement.lead.count == 2)
        let unopened = try TestSupport.parse(page.replacingOccurrences(of: "Good afternoon. ", with: ""))
        #expect(unopened.turns.count == 4)
    }

    /// A news conference's cover page: `SPEAKERS:` lists the officials and is nobody's turn; `[Moderated by Joanna Reyes,
    /// …]` names the `MODERATOR:`.
    @Test func aCoverPageListsTheSpeakersAndNamesTheModerator() throws {
        let conference = try TestSupport.parse("""
            NEWS CONFERENCE

            SPEAKERS:

            DR. HELEN MARSH, Chief Engineer, Orion Program

            [Moderated by Joanna Reyes, NASA Office of Communications]

            MODERATOR: Good afternoon, and welcome. Dr. Marsh will start.

            DR. MARSH: Thank you. We found the cause of the heat shield damage.

            MODERATOR: Questions. Go ahead.

            QUESTIONER: When will the crew fly?

            DR. MARSH: Next spring.
            """)
        #expect(conference.turns.count == 5)
        #expect(TestSupport.speaker(conference, turn: 0)?.name == "Joanna Reyes")
        #expect(TestSupport.speaker(conference, turn: 0)?.role == .moderator)
        #expect(!conference.participants.contains { $0.label.uppercased() == "SPEAKERS" })
    }

    /// A briefing that prints its press secretary's whole office once and a rank and surname after, once misspelled:
    /// `PENTAGON PRESS SECRETARY REAR ADMIRAL KAREN FOLEY`, `REAR ADM. FOLEY`, `READ ADM. FOLEY` are one person.
    @Test func titlesAnOrganisationOpens() throws {
        let briefing = try TestSupport.parse("""
            PENTAGON PRESS SECRETARY REAR ADMIRAL KAREN FOLEY: All right, good afternoon, everybody.

            REAR ADM. FOLEY: And with that, I'll take your questions.

            Q: Is the Department moving additional air defense to the region?

            READ ADM. FOLEY: I don't have any force posture announcements to make today.

            Q: Is the U.S. running low on interceptors?

            REAR ADM. FOLEY: No.
            """)
        #expect(Set(briefing.turns.indices.compactMap { TestSupport.speaker(briefing, turn: $0)?.id }).count == 2)
        let foley = try #require(TestSupport.speaker(briefing, turn: 0))
        #expect(foley.name == "Karen Foley")
        #expect(foley.title == "Pentagon Press Secretary Rear Admiral")
        #expect(LabelParser.parseEnglish("DEPARTMENT OF HEALTH AND").name != "And")
    }

    /// Taiwan's Legislative Yuan prints the surname, the title, then the given name (「林委員志明」, 「王部長國棟」). The
    /// legislator's title says nothing of the part: at an interpellation the legislator asks and the minister answers.
    @Test func aLegislatorsInterpellation() throws {
        let record = try TestSupport.parse("""
            主席：現在進行詢答。首先請林委員志明發言。

            林委員志明：部長，你們協助了2萬家中小企業數位轉型，真正持續在使用的有多少？

            王部長國棟：報告委員，大概有七成左右還在持續使用。

            林委員志明：七成？你們自己委託的調查說只有四成，到底是多少？

            王部長國棟：委員講的是覺得有明顯效益的比例，兩個數字的定義不同。

            主席：請陳委員淑芬發言。

            陳委員淑芬：部長，補助的審查要多久？

            王部長國棟：目前平均是45天，我們會再縮短。
            """)
        #expect(speakers(record) == ["主席", "林志明", "王國棟", "林志明", "王國棟", "主席", "陳淑芬", "王國棟"])
        #expect(TestSupport.speaker(record, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(record, turn: 2)?.role == .official)
        #expect(record.exchanges.map(\.answers) == [[2], [4], [7]])
    }

    /// A news site's reprint of a spokesperson's answers: the breadcrumbs, the headline that names the host, the date
    /// and source line and the editor's note that names the host in the third person are the page's, not the host's
    /// words. Without the headline, the host's own announcement under the title opens the transcript as before.
    @Test func aReprintsHeaderIsNoStatement() throws {
        let reprint = try TestSupport.parse("""
            中国网 | 首页 > 财经 > 正文

            证监会新闻发言人林思远答记者问

            发布时间：2025-01-10 19:30:00　来源：中国网财经

            1月10日，新闻发言人林思远就市场关注的问题回答了记者提问。以下为问答内容：

            问：近期有传言称将暂停受理首发申请，是否属实？

            答：这一说法不属实，受理和审核工作一切正常。
            """)
        #expect(reprint.turns.count == 2)
        #expect(reprint.turns.first?.paragraphs == ["近期有传言称将暂停受理首发申请，是否属实？"])
        #expect(TestSupport.speaker(reprint, turn: 1)?.name == "林思远")
        #expect(reprint.exchanges.map(\.answers) == [[1]])

        let announcement = try TestSupport.parse("""
            2025年1月10日外交部发言人林思远主持例行记者会

            应外交部邀请，某国外长将于1月12日至14日访华。

            问：请介绍此访的安排。

            答：双方将就双边关系交换意见。
            """)
        #expect(announcement.turns.count == 3)
        #expect(TestSupport.speaker(announcement, turn: 0)?.name == "林思远")
    }

    /// 「主持人：教育部新闻办公室主任、新闻发言人 曲雅文」 over the record: a part and the office of someone the document
    /// then labels by name is a header's field, not the host's first turn. A host's label over words stays a turn.
    @Test func aHeaderFieldNamesTheHost() throws {
        let record = try TestSupport.parse("""
            发布人：基础教育司司长 马思源
            主持人：新闻办公室主任、新闻发言人 曲雅文

            曲雅文：各位记者朋友，大家下午好！首先请马思源司长介绍情况。

            马思源：课后服务实现了全覆盖。

            主持人：下面请记者提问。

            记者：覆盖率怎么统计？

            马思源：按学校统计。
            """)
        #expect(speakers(record) == ["曲雅文", "马思源", "主持人", "记者", "马思源"])
        #expect(record.turns.first?.paragraphs.first?.hasPrefix("各位记者朋友") == true)
    }

    /// A foreign ministry's English page heads the briefing with the spokesperson's office and name, then prints the
    /// opening statement unlabelled and the questions as `Q:` / `A:`: the statement and every `A` are the
    /// spokesperson's. The office's own capitalised words (`Public Relations`) are no part of the name.
    @Test func aSpokespersonNamedInTheHeader() throws {
        let briefing = try TestSupport.parse("""
            Spokesperson's Press Briefing (November 18, 2025)

            Spokesperson and Deputy Minister for Public Relations Yoon Ha-jin

            November 18, 2025 14:30 KST

            Good afternoon. Let me start today's briefing.

            Today, I have two announcements to make.

            [Q&A]

            Q: How many nationals are in the two provinces?

            A: About 1,200, most of them short-term travelers.

            Q: Is a charter flight planned?

            A: Not at this point.
            """)
        #expect(briefing.turns.count == 5)
        #expect(briefing.turns[0].paragraphs.first == "Good afternoon. Let me start today's briefing.")
        #expect(TestSupport.speaker(briefing, turn: 0)?.name == "Yoon Ha-jin")
        #expect(TestSupport.speaker(briefing, turn: 2)?.name == "Yoon Ha-jin")
        #expect(briefing.exchanges.map(\.answers) == [[2], [4]])
    }

    /// A news site's Q&A after a central bank's board meeting: the governor's first label notes the short form the later
    /// ones print (「林正宏（以下簡稱林）：」, then 「林：」); the deputy is printed surname, office, given name
    /// (「蕭副總裁美均」); 「Q5（追問）」 follows up.
    @Test func aShortFormNotedInTheFirstLabel() throws {
        let qa = try TestSupport.parse("""
            以下是理監事會後記者會QA：

            Q1：總裁剛才說不排除降息，這是不是代表政策轉向？

            林正宏（以下簡稱林）：我要先說清楚，「不排除」不等於「一定會」。

            Q2：央行會不會再出手？

            林：現階段沒有再加碼的打算。

            Q3：想請問副總裁，央行有沒有進場調節？

            蕭副總裁美均：匯率基本上由市場供需決定。

            Q4（追問）：那壽險業的避險成本呢？

            林：主管機關是金管會。
            """)
        #expect(speakers(qa).count == 8)
        #expect(stride(from: 1, to: 8, by: 2).map { speakers(qa)[$0] } == ["林正宏", "林正宏", "蕭美均", "林正宏"])
        #expect(stride(from: 0, to: 8, by: 2).allSatisfy { TestSupport.speaker(qa, turn: $0)?.role == .reporter })
        #expect(qa.turns[1].paragraphs == ["我要先說清楚，「不排除」不等於「一定會」。"])
        #expect(TestSupport.speaker(qa, turn: 5)?.title == "副總裁")
        #expect(qa.exchanges.map(\.answers) == [[1], [3], [5], [7]])
    }

    /// A township people's congress puts questions to the town's officials: its deputies (「东升村代表罗德全」) ask, as a
    /// legislature's members do, and the deputy mayor (「副镇长于海波」) and mayor (「镇长梁晓川」) answer under their
    /// offices. The page's 「相关附件：」 is no speaker.
    @Test func aTownshipCongressQuestionsItsOfficials() throws {
        let session = try TestSupport.parse("""
            主持人邓永康：下面开始现场问政。请代表们提问。

            东升村代表罗德全：今年人代会上，我提出了安装路灯的建议。现在进展怎么样？

            副镇长于海波：罗代表提的这条建议，镇政府很重视，九月底前完工。

            新华村代表胡志刚：产业路能不能列入明年计划？

            镇长梁晓川：胡代表这个问题我来回答。已经列入明年的项目库。

            主持人邓永康：时间关系，现场问政就到这里。

            相关附件：篆塘镇2025年上半年重点工作情况通报.docx
            """)
        #expect(speakers(session) == ["邓永康", "罗德全", "于海波", "胡志刚", "梁晓川", "邓永康"])
        #expect(TestSupport.speaker(session, turn: 1)?.role == .reporter)
        #expect(TestSupport.speaker(session, turn: 2)?.title == "副镇长")
        #expect(session.exchanges.map(\.answers) == [[2], [4]])
    }

    /// A Hong Kong company's results briefing record lists its management under 「出席管理層：」, one office and name a
    /// line, then 「議程：」, and closes with its investor-relations contact: none of them is a speaker's label, and the lines
    /// stay in the record.
    @Test func aResultsBriefingsRosterAgendaAndContact() throws {
        let record = try TestSupport.parse("""
            2025年中期業績發布會　問答環節文字紀錄

            出席管理層：
            　主席兼行政總裁　　　鄺志軒先生
            　投資者關係總監　　　黎詠詩女士

            議程：
            　一、主席致辭
            　二、問答環節

            黎詠詩（投資者關係總監）：各位午安。首先請主席講幾句。

            鄺志軒（主席兼行政總裁）：多謝詠詩。上半年收入增長百分之六。

            溫卓恩（瑞銀）：想問鄺主席，關稅的影響有多大？

            鄺志軒（主席兼行政總裁）：影響有限。

            投資者關係部聯絡：ir@harbourlogistics.example
            """)
        #expect(speakers(record) == ["黎詠詩", "鄺志軒", "溫卓恩", "鄺志軒"])
        #expect(record.turns.first?.paragraphs == ["各位午安。首先請主席講幾句。"])
        let kept = record.lead + record.notes.map(\.text) + record.trailing + record.turns.flatMap(\.paragraphs)
        #expect(kept.contains { $0.contains("鄺志軒先生") })
        #expect(kept.contains { $0.contains("ir@harbourlogistics.example") })
    }

    /// A central bank's edited transcript lists its people, the moderator's name on the line under `Moderator:`, and
    /// prints each asker as `Name, Outlet:`: the roster is no turn, the moderator who calls on people hosts, `Abhishek
    /// Sen` is a name whatever `Sen` abbreviates, and `Business Standard` and `ET Now` are outlets.
    @Test func aCentralBanksRosterAndItsAskers() throws {
        let conference = try TestSupport.parse("""
            Participants from the Reserve Bank of India:

            Shri Vikram Rajagopalan – Governor, Reserve Bank of India

            Moderator:

            Shri Nitin Bhardwaj – Chief General Manager, Reserve Bank of India

            Nitin Bhardwaj:

            Good afternoon and welcome. Sir, with your permission, may we start?

            Vikram Rajagopalan:

            Yes, please go ahead.

            Nitin Bhardwaj:

            I will request Ms. Radhika Menon to ask the first question.

            Radhika Menon, ET Now:

            Governor, is this the last cut of the cycle?

            Vikram Rajagopalan:

            We are not committing in either direction.

            Nitin Bhardwaj:

            Thank you. Next, Mr. Abhishek Sen.

            Abhishek Sen, Business Standard:

            Will there be more open market purchases?

            Vikram Rajagopalan:

            We will keep liquidity adequate.

            Nitin Bhardwaj:

            Thank you, sir. Thank you all. This concludes the press conference.
            """)
        #expect(speakers(conference) == [
            "Nitin Bhardwaj", "Vikram Rajagopalan", "Nitin Bhardwaj", "Radhika Menon", "Vikram Rajagopalan", "Nitin Bhardwaj",
            "Abhishek Sen", "Vikram Rajagopalan", "Nitin Bhardwaj",
        ])
        #expect(TestSupport.speaker(conference, turn: 0)?.role == .moderator)
        #expect(TestSupport.speaker(conference, turn: 3)?.outlet == "ET Now")
        #expect(TestSupport.speaker(conference, turn: 6)?.outlet == "Business Standard")
        #expect(conference.exchanges.map(\.answers) == [[4], [7]])
    }

    /// A FactSet CallStreet transcript prints each speaker's name over their title line, which may close with `Q` or
    /// `A`, the words under them and a rule of periods between turns: `Head-Investor Relations` is an office, and the
    /// rule is nobody's words.
    @Test func aCallStreetInvestorDay() throws {
        let call = try TestSupport.parse("""
            Sophie Varga
            Head-Investor Relations, Harbourline Logistics Group
            Good morning, everyone, and welcome to our Investor Day. Martin?
            .....................................................................................

            Martin Oduya
            Chief Executive Officer & Director, Harbourline Logistics Group
            Thank you, Sophie. Our plan rests on three pillars.
            .....................................................................................

            Daniel Fenwick
            Analyst, Barclays Capital, Inc.                                                Q
            Thanks. What does the exit do to revenue?
            .....................................................................................

            Martin Oduya
            Chief Executive Officer & Director, Harbourline Logistics Group               A
            About EUR 400 million.
            """)
        #expect(speakers(call) == ["Sophie Varga", "Martin Oduya", "Daniel Fenwick", "Martin Oduya"])
        #expect(TestSupport.speaker(call, turn: 0)?.title == "Head-Investor Relations")
        #expect(TestSupport.speaker(call, turn: 2)?.role == .reporter)
        #expect(!call.turns.flatMap(\.paragraphs).contains { $0.hasPrefix("....") })
        #expect(call.exchanges.map(\.answers) == [[3]])
    }
}
