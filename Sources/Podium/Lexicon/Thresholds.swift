/// Every number a layout or labelling rule weighs evidence with, named and in one place, so that a
/// change to one is a one-line edit that a test of its own pins down.
enum Thresholds {
    /// When plain text is a numbered record (``NumberedRecord``).
    enum NumberedRecord {
        /// Fewer numbered lines than this are a numbered list, not a record.
        static let minimumNumberedLines = 20
        /// The share of non-blank lines that carry a number.
        static let minimumNumberedShare = 0.6
        /// The share of numbered lines that follow the one before (n after n−1, or 1 to start a page).
        static let minimumSequentialShare = 0.8
        /// The share of numbered lines at an indentation for it to be the one wrapped lines have.
        static let minimumIndentShare = 0.1
        /// Blanks before a line number at most: further in, a number is a page number.
        static let maximumNumberMargin = 4
        /// Blanks deeper than a wrapped line that open a paragraph.
        static let paragraphIndentStep = 4
    }

    /// A line in capitals between turns that is a heading (``SectionHeading``).
    enum SectionHeading {
        /// Capital letters, at least, in such a line: fewer are an acronym or a short label (`Q`, `MR. LEE`).
        static let minimumCapitals = 6
        /// Words, at least: one word in capitals is a name or an acronym rather than a heading.
        static let minimumWords = 2
    }

    /// How long a label shape may be (``CandidateReader``).
    enum LabelCandidate {
        /// Characters in the longest label read as a candidate.
        static let longestLabel = 40
        /// Digits, at most, of a committee's question number before the member (`Q123 Chair:`).
        static let mostDigitsInACommitteeQuestion = 4
        /// Digits, at most, of a call transcript's running turn number (`Operator    [1]`): a longer bracketed number
        /// after a line is a reference, such as a parliamentary question's (`Q1. [905318]`).
        static let mostDigitsInATurnNumber = 4
        /// Digits, at most, of the number in a terminal link after a name (`{BIO 19283746 <GO>}`).
        static let mostDigitsInATerminalLink = 12
        /// Bytes in the longest word opening a congressional record's label (`Representative`, `Congresswoman`).
        static let longestOpeningWord = 14
        /// Bytes in the longest label with no name, a clock and a colon (`[00:22:41]  :`, `[1:02:33.250] ：`).
        static let longestUnnamedLabel = 24
        /// Characters in the longest Chinese candidate: longer openings before a colon are sentences.
        static let longestChineseLabel = 16
        /// Words in the longest Latin candidate (`Unidentified Company Representative Two`).
        static let mostLatinWords = 5
        /// Characters in the longest header line of a call transcript: name, affiliation, turn number.
        static let longestHeaderLine = 160
        /// Capitals in the longest word read as initials (`MSM`) rather than a surname.
        static let longestInitials = 4
        /// Words in the longest name printed alone on its line (`Jane Q. Public`); more are a heading.
        static let mostWordsOfANameAlone = 4
        /// Words in the longest office printed before its holder's name in brackets (`The Secretary of State for
        /// Transport (Mark Harper)`).
        static let mostWordsOfAnOffice = 12
        /// Characters in the longest user name printed in bold as a label (`**iccccce-cream：**`).
        static let longestHandle = 24
        /// Characters in the longest Chinese name, outlet or title printed alone on its line.
        static let longestChineseNameAlone = 12
    }

    /// How a label that opens a paragraph is read (``LabelParser``).
    enum LabelReading {
        /// Characters in the longest Chinese label (the seed's 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」 has 25): a longer
        /// run before a colon is a sentence.
        static let longestChineseLabel = 40
        /// Characters, at most, of an order paper question's number and member before `asked the` (`T12. Mrs Hasson-Reid`).
        static let longestOrderPaperMember = 48
        /// Words in the longest name and office a verbatim report prints before `. –` (`Aino Lehtinen, Member of the
        /// Commission` has six).
        static let mostWordsInAnOfficeLabel = 10
        /// Characters in the longest handle an online asker posts under (「老张看盘」, `ASD2021`).
        static let longestHandle = 16
        /// Characters of an organisation and its titles searched for a title word before a name in a headline
        /// (「——访中国工程院院士杨振国」).
        static let longestChineseTitleBeforeAName = 24
        /// Words of a name after titles that an organisation or an unlisted rank opens (`PENTAGON PRESS SECRETARY REAR
        /// ADMIRAL KAREN FOLEY`).
        static let mostWordsInANameAfterTitles = 3
        /// Characters in the longest English label (`SECRETARY OF HEALTH AND HUMAN SERVICES BECERRA`): a longer run
        /// before a colon is a sentence.
        static let longestEnglishLabel = 60
        /// Capitals in the longest acronym read as the organisation before an office in a label (`NATO Secretary General
        /// Henrik Aasland`).
        static let longestAcronym = 6
        /// Bracketed notes after a Latin name (`JANE DOE (CNN) (via phone)`), at most, and characters in the longest
        /// of them (`Ms. Hélène Gauthier-Ross (Chair and Chief Executive Officer, Canadian Transportation Agency)`): more or
        /// longer brackets are the turn's words.
        static let (mostNotesAfterAName, longestNoteAfterAName) = (3, 70)
        /// Scalars a character of a label is taken to hold at most where marks join scalars into characters: the
        /// quick test (``LabelParser/mayOpenLabel(at:in:)``) cannot count characters there, so it scans that many
        /// times a label's length before it says no.
        static let mostScalarsPerCharacter = 4
        /// Letters in the shortest surname printed alone beside an outlet (`Li, Xinhua:`, `NHK, MORI:`).
        static let shortestLatinSurname = 2
        /// Words that describe a reporter printed beside a surname instead of an outlet (`Freelance journalist, NAKANO:`).
        static let mostWordsDescribingAReporter = 3
        /// Characters, at least and at most, of a Chinese name (「王毅」, 「欧阳明高」): longer runs of ideographs are titles
        /// or words.
        static let (shortestChineseName, longestChineseName) = (2, 4)
        /// Characters of a bare Chinese name with a known surname, at least, for it to be a speaker without recurring:
        /// two characters (「王局」) may be a word that happens to open with a surname.
        static let shortestSureChineseName = 3
        /// Characters in the longest name after a title (「外交部发言人汪文斌」): more are the sentence going on.
        static let longestNameAfterTitle = 8
        /// Characters in the longest outlet before a reporter word (「中央广播电视总台央视记者」): longer openings are a
        /// sentence that mentions reporters.
        static let longestOutletBeforeReporterWord = 24
        /// Words in the longest Latin name (`Jane Q. Public`, `Mary Ann de Vries`): more are a sentence or a heading.
        static let mostWordsInALatinName = 4
        /// Characters and letters, at least, of an English label (`PM:`, `MS. PSAKI:`): a single capital is
        /// `Q`/`A`, read on their own, or the opening of a sentence (`I: …`).
        static let (shortestEnglishLabel, fewestLettersInAnEnglishLabel) = (2, 2)
        /// Characters, at least, of one word of an English label: single letters (`A B C:`) are a list, not a speaker.
        static let shortestWordInAnEnglishLabel = 2
        /// Characters of a dotted word that a title-cased name keeps as printed (`JR.`, `D.C`): an abbreviation, not a
        /// word to capitalise.
        static let keptAbbreviationLength = 3
        /// Digits, at most, of a question's number after the word (「问题12」).
        static let mostDigitsInAQuestionNumber = 3
    }

    /// What the segmenter sets apart from the turns (``Segmenter``, ``StageDirection``, ``PageFurniture``,
    /// ``HostDetector``).
    enum Segments {
        /// Characters in the longest link to another story a news page prints between paragraphs (``PageFurniture``).
        static let longestNewsPageLine = 160
        /// Headings naming who asks or answers, at least, for a document to be read as minutes of questions
        /// (``MinutedQuestions``).
        static let fewestMinutedHeadings = 2
        /// Characters in the longest heading of a record that names who speaks: a minute's (who asks, whom, and that
        /// person's office; ``MinutedQuestions``) or a hearing's oath or examination line (``WitnessExamination``).
        static let longestRecordHeading = 200
        /// Characters in the longest brackets naming an asker and outlet before a question (``BracketedAsker``).
        static let longestBracketedAsker = 80
        /// Unnamed askers' questions, at least, that open with capitalised words and a dash before the words are
        /// read as outlets (``BracketedAsker/outletsOpenQuestions(in:)``).
        static let fewestOutletsBeforeDashes = 2
        /// Share of the unnamed askers' questions, at least, that open so.
        static let shareOfQuestionsOpenedByOutlets = 2.0 / 3.0
        /// Words in the longest outlet read before a dash (`Thai PBS World`).
        static let mostWordsInAnOutletBeforeADash = 4
        /// Words in the longest name of a respondent in brackets (`(Hiroshi Kanda)`, ``BracketedRespondent``).
        static let mostWordsInABracketedRespondent = 3
        /// Paragraphs of speech, at least, in an unlabelled statement before the first label (``UnlabelledStatement``),
        /// and characters of its opening greeting read.
        static let fewestUnlabelledStatementParagraphs = 2
        static let longestStatementGreeting = 40
        /// Dots, a blank between each, in the shortest leader (``DotLeader``): fewer are an ellipsis spaced out.
        static let fewestLeaderDots = 5
        /// Characters, at most, of a headline's words after its one label (`专家：秋粮丰收有基础`): longer words on the
        /// first line are speech.
        static let longestHeadlineAfterALabel = 30
        /// Characters in the longest line before the first label that can mark where the transcript starts
        /// (「以下为发布会实录：」): a longer line that holds such words is the article talking about it.
        static let longestStartMarkerLine = 40
        /// Labelled lines, at most, above a `Transcript` heading that are a roster of who takes part (`**Host:** Owen
        /// McBride`), and characters in the longest of them: more, or longer, are the dialogue itself.
        static let (mostRosterLinesAboveAStartHeading, longestRosterLine) = (4, 100)
        /// Lines of the lead read for the event's date and for the context of roles (「国务院新闻办公室于…举行发布会，
        /// 请工业和信息化部…介绍…」): the opening lines describe the event, later ones report what was said.
        static let leadLinesAboutTheEvent = 5
        /// Characters in the longest stage direction (`(Laughter.)`, 「（播放影片）」): a longer bracket is a remark.
        static let longestStageDirection = 80
        /// Characters in the longest page number printed on its own line.
        static let longestPageNumber = 5
        /// Times a short line with a number must repeat to be a running header (`Page 3 of 12`): twice can be chance.
        static let fewestRunningHeaderRepeats = 3
        /// Pages, at least, on which a line without a number stands beside the page number for it to be the pages'
        /// footer (`MALLOY TRANSCRIPTION SERVICE`): beside a page number, twice is no chance.
        static let fewestFootersBesidePageNumbers = 2
        /// Lines, at most, of a court reporter's footer over the page's running header (its name, address, telephone).
        static let mostFooterLines = 5
        /// Characters, at least, of a running header: shorter repeated lines with a number are answers (`Yes, 2.`).
        static let shortestRunningHeader = 6
        /// Blocks at the document's start, after its title, searched for who hosts it (「外交部发言人华春莹主持…」): the
        /// host is named in the opening lines or not at all.
        static let linesNamingTheHost = 3
        /// Characters in the longest header line that gives a spokesperson's office and name (``HostDetector``).
        static let longestEnglishHostLine = 120
        /// Characters in the longest line that may be a page's furniture or a section heading.
        static let longestFurnitureLine = 40
        /// Labels, at most, a page prints after the mark closing its record (``ClosingMark``): its contact, its
        /// picture captions, a few links or comments. More are a record that goes on.
        static let mostLabelsAfterClosingMark = 8
    }

    /// A call transcript's name line and its `Organization - Title` line (``AffiliationLine``).
    enum Affiliations {
        /// Words, at least, in the name line: one capitalised word is a heading or an acronym, not a name.
        static let fewestWordsInAName = 2
        /// Names printed with what the person is, one after another, that make a roster (``CallRoster``).
        static let shortestRoster = 2
        /// Characters in the longest affiliation line: a longer one with a dash is a sentence.
        static let longestAffiliation = 120
        /// Letters of an office's initials printed before a name (`MOS Rahman`) and then alone (`MOS`): fewer are an
        /// initial, more a word in capitals.
        static let shortestAbbreviatedOffice = 2
        static let longestAbbreviatedOffice = 5
        /// Characters in the longest word a title line may end with a period (`Inc.`, `Corp.`): a longer one ends a
        /// sentence.
        static let longestAbbreviation = 5
        /// Words of an organisation, at most, between a holder's name and their office (`Dana Oyelaran, BFD Public
        /// Information Officer`).
        static let mostWordsBeforeAnOffice = 3
    }

    /// How much evidence makes a candidate a speaker (``LabelEvidence``).
    enum LabelEvidence {
        /// Occurrences of one label before it counts as recurring.
        static let minimumRecurrence = 2
        /// Of a label's occurrences, the share that must follow a different label: speakers take turns.
        static let minimumAlternationShare = 0.2
        /// Recurring names that share a shape before the shape is the document's way of printing speakers.
        static let namesThatMakeAForm = 2
        /// Characters in the longest line of a list of names (`蔣麗芸議員 , S.B.S., J.P.`).
        static let longestListLine = 24
        /// Characters in the longest block searched for a speaker's introduction by name.
        static let longestIntroduction = 4_000
        /// Characters read back from a paragraph's end for the sentence that calls on the next speaker (`I now give the
        /// floor to Mr. Griffiths.`).
        static let longestCallingSentence = 300
        /// Different texts printed in one shape, one of them a speaker already, before the shape counts.
        static let textsThatMakeAFormWithOneSpeaker = 3
        /// Words in the longest Latin label read as a person printed once between two turns of another
        /// (`Kenneth Vuylsteke`, `Dr. Mary Ann Lee`): more is a clause before a colon.
        static let mostWordsInAPersonLabel = 4
        /// Different texts printed in one shape, one of them a label the lexicon reads that recurs and alternates,
        /// before the shape counts.
        static let textsThatMakeAFormWithARecurringLexiconLabel = 2
        /// Different names, printed once each in one shape, that make it the document's way of printing speakers
        /// when they open most paragraphs of their stretch (``shareOfParagraphsOpenedByADenseForm``).
        static let namesThatMakeADenseForm = 3
        /// Of the paragraphs from the first such name to the last, the share they open.
        static let shareOfParagraphsOpenedByADenseForm = 0.75
        /// Numbered question headers (`1、《某报》…`) before their shape counts.
        static let numberedQuestionsThatMakeAForm = 2
    }

    /// Who a diarization label stands for (``SelfIntroduction/assignListedNames(_:listed:)``).
    enum SelfIntroduction {
        /// Capitalised words, at most, of a name a host calls on ("Craig Allen Mailman", "Jonathan J. Atkin").
        static let mostWordsInACalledName = 4
        /// Characters of a turn's opening searched for "my name is …".
        static let longestOpening = 200
        /// A speaker's first turns, at most, searched for what they say of themselves ("I'm your host").
        static let turnsSearchedForAnIntroduction = 2
        /// Characters of a Chinese turn's opening searched for 「我是…记者」.
        static let longestChineseOpening = 40
        /// The largest edit distance, over the word's length, between a name as heard and a listed name.
        static let largestNameDistance = 0.34
    }

    /// When a label printed twice in a row is two speakers (``LabelRepetition``).
    enum LabelRepetition {
        /// Unlabelled paragraphs that go on a turn before the document counts as printing labels only at a change of
        /// speaker.
        static let fewestContinuedParagraphs = 2
        /// Unlabelled paragraphs that go on a turn for each named label printed again right after itself: a document
        /// that prints names again often prints its labels by paragraph, not by speaker.
        static let continuedParagraphsPerNamedRepeat = 10
    }

    /// The key line that defines short labels (``LabelKey``).
    enum LabelKey {
        /// Characters before the colon of a key printed as a field (「※發言代號：」), at most.
        static let longestKeyHeading = 8
        /// Characters before the bracket of the longest label that notes its short form (``AbbreviatedLabel``).
        static let longestAbbreviatedLabel = 24
        /// Characters in the longest Chinese name a lead notes the short form of (「歐陽志遠（下稱歐陽）」).
        static let longestChineseName = 4
        /// Blocks from the top, at most, read for a lead's notes of short forms (``AbbreviatedLabel/definitions(in:)``):
        /// a newspaper page's navigation and headlines come first, the transcript's words after.
        static let openingBlocksNotingShortForms = 40
        /// Characters in the longest key line.
        static let longestLine = 120
        /// Characters in the longest meaning a key gives one label.
        static let longestMeaning = 16
        /// Characters in the longest meaning a key gives a Latin label (`Unidentified Company Representative`).
        static let longestLatinMeaning = 40
        /// Characters in the longest roster line's words (`Host: Jane Smith, City Radio`): a labelled sentence longer than
        /// this is speech, and the roster is over.
        static let longestRosterLine = 40
        /// Letters and digits in the longest Latin short label a key defines (`JP2`).
        static let longestInitials = 4
        /// Lines under a `Speaker key:` heading that make it a key (``LabelKey/initialsList(in:)``).
        static let fewestListedSpeakers = 2
    }

    /// When plain text is a subtitle file (``Subtitles``).
    enum Subtitles {
        /// Cue timing lines (`00:00:00,179 --> 00:00:02,399`) that make a text subtitles.
        static let minimumCues = 3
        /// Cues, at least, opening with a caption's `>>` for the subtitles to be read as marking each change of
        /// speaker so: one could be a quotation.
        static let fewestSpeakerChangeMarks = 2
    }

    /// Captions that mark each change of speaker with `>>` and name nobody (``CaptionSpeakers``).
    enum Captions {
        /// Changes of speaker, at least, that make a text such captions: a `>>` or two are quoted e-mail.
        static let fewestSpeakerChanges = 4
        /// Characters in the longest turn that asks: a longer one with a question mark answers at length.
        static let longestQuestion = 400
        /// Words in the longest name a speaker hands the floor to (`UNDERSHERIFF DAN MERCER`).
        static let longestHandedName = 4
        /// Words in the longest name a speaker introduces themselves by, title and all (`LIEUTENANT GRACE OKAFOR`).
        static let longestIntroducedName = 5
    }

    /// An interview that labels its questions only (``UnlabelledAnswers``).
    enum UnlabelledAnswers {
        /// Labelled questions, at least, that make a document such an interview.
        static let fewestQuestions = 2
        /// Paragraphs of a question, at most: the context before it and the one that asks.
        static let longestQuestion = 2
    }

    /// When an interview labels nobody and prints its questions in bold (``BoldQuestions``).
    enum QuotedSpeakers {
        /// Headings naming a speaker, at least, that make a page of quotes: one is an article's about a person.
        static let fewestSpeakers = 2
        /// Characters in the longest heading that names a speaker: a title and a name.
        static let longestHeading = 80
        /// Words in the longest name a heading ends with.
        static let mostWordsInAName = 3
    }

    enum BoldQuestions {
        /// Questions, at least, that make a page such an interview: a heading or two that ask are an article's.
        static let fewestQuestions = 3
        /// Characters in the longest question: a longer bold paragraph is a standfirst or a pull quote.
        static let longestQuestion = 400
    }

    /// When plain text is a table of rows (``DelimitedTable``).
    enum DelimitedTable {
        /// Rows of speech, at least, that make a text a table; fewer are a few lines that happen to hold tabs or commas.
        static let minimumRows = 3
        /// Characters in the longest cell read as a speaker's name in a table with no header.
        static let longestSpeakerCell = 40
        /// Share of an HTML table's rows, at least, whose words end a sentence for it to be a transcript
        /// (``HTMLTableRows``): an agenda's or a schedule's rows name people beside topics, not sentences.
        static let leastShareOfRowsSayingSentences = 0.5
    }

    /// A line drawn with one character (``RuleLine``).
    enum RuleLine {
        /// Characters in the shortest rule that is a separator rather than Markdown's `---`.
        static let shortestRule = 10
    }

    /// How roles are read from what people do (``RoleInference``).
    enum Roles {
        /// Characters in the longest turn of a named speaker who interviews: every turn a short question.
        static let longestInterviewerQuestion = 150
        /// Characters in the longest turn of an interviewer that asks nothing (「谢谢，有加了」, "Got it, thanks."): an
        /// answer is longer.
        static let longestInterviewerRemark = 30
        /// Turns, at least, of the host who asks throughout a conversation (``RoleInference/askingHost(_:turns:)``),
        /// and of anyone weighed against them: fewer show no habit.
        static let fewestHostTurns = 4
        /// Share of the host's turns, at least, that end by asking: Fox's town-hall host ends 0.32 of his.
        static let lowestHostAskingShare = 0.2
        /// How much more often, at least, the host's turns end by asking than anyone else's: a panellist's
        /// rhetorical questions (MIT roundtable: host 0.56, a panellist 0.33) stay below it.
        static let hostAskingLead = 0.2
        /// Share of the host's turn count, at least, of anyone weighed against them for ``hostAskingLead``: an
        /// audience member who asks in one of four turns is no rival to a town hall's host who speaks forty times.
        static let smallestRivalTurnShare = 0.25
        /// Share of the hand-overs to someone else that come from the host, at least, more than from anyone else: the
        /// others speak after them, though a panel's guests take the floor from one another too (MIT roundtable: 0.39).
        static let lowestHostHandOverShare = 1.0 / 3
        /// Guests, at least, with two turns or more each, for a host with live-event words around to be the
        /// event's moderator rather than an interviewer.
        static let fewestGuestsOfAModerator = 2
        /// Characters in the longest turn of someone who only calls on people (`Chris.`, `Go ahead, Jen.`) and
        /// asks nothing: a longer turn says something of its own.
        static let longestCallingOnTurn = 24
        /// A host who calls on the askers in words of their own (``RoleInference``): turns at least; characters in their opening and
        /// closing (a welcome that names the guests runs to 530 in the written sets, an official's answers longer); UTF-8
        /// bytes in each call between (`Salamat, Usec. We'll go straight to our first question from Joel Santos of GMA
        /// 7.`: 81; 「谢谢梁副厅长的介绍。下面进入提问环节，请记者朋友提问前先通报一下所在的新闻机构。」: 120).
        static let fewestTurnsOfACallingHost = 3
        static let longestOpeningOrClosingOfACallingHost = 600
        static let longestCallOfACallingHost = 150
        /// Characters in the shortest answer to a reporter that makes a hosting spokesperson one who answers.
        static let shortestAnswerAtLength = 60
        /// Characters in the longest turn that ends by naming who speaks next (`Thank you, Mr. Chair. Nina.`), and
        /// words in that name (`Anadolu Agency, and then the Kyiv Independent`).
        static let longestNamingTurn = 80
        static let mostWordsInACall = 8
        /// Characters in the longest 「…请…回答」 that only hands a question over: longer, it says something of its own.
        static let longestChineseHandOver = 30
        /// Characters a turn holding moderation words stays under to be moderation (``RoleInference/isModeration(_:limit:)``):
        /// a longer one says more than who speaks next.
        static let moderationLimit = 600
        /// Share of their turns, at least, in which an asker in an interview nobody is labelled in asks something.
        static let lowestAskerAskingShare = 0.4
        /// How much more often, at least, an asker asks than the one who asks least: answerers ask back now and then.
        static let askerAskingLead = 0.25
        /// Characters per turn, on average, of someone who speaks in monologues rather than asks: an interviewer's
        /// questions average under 700 in the corpus (a podcast host's 668, a background call's reporters' 600–900),
        /// a compilation's host's musings 1,700.
        static let longestMeanAskingTurn = 1_000
    }

    /// How an outlet is told from other words (``OutletLexicon``).
    enum Outlets {
        /// Characters, at least and at most, of a Chinese label that an outlet's ending (「报」, 「网」) makes an
        /// outlet: a single character is the ending alone, and longer openings before a colon are sentences.
        static let (shortestChineseOutlet, longestChineseOutlet) = (2, 12)
        /// Characters of a reporter's turn searched for their own name and outlet: they introduce themselves as
        /// they start (`Chris Rugaber, Associated Press.`), and a name further in is someone they speak of.
        static let longestIntroductionWindow = 400
        /// Characters before a reporter's name, at most, for any capitalised words after it to be their outlet
        /// (`Edward Lawrence of Fox Business.`); further in, only an outlet the lexicon knows counts.
        static let latestIntroductionStart = 120
        /// Words in the longest outlet a reporter names after their own name (`The Wall Street Journal`): more
        /// capitalised words are the sentence going on.
        static let mostWordsInAnOutlet = 5
    }

    /// A run of `KEY: value` fields describing a record (``MetadataLines``).
    enum MetadataLines {
        /// Field lines in a row before they are a record's metadata.
        static let shortestRun = 2
        /// Characters in the longest field line.
        static let longestLine = 100
        /// Bytes before a field's colon at most: its key is a few words.
        static let longestKeyBytes = 40
    }

    /// How an interview's page title is told (``InterviewTitle``).
    enum InterviewTitle {
        /// Characters in the longest office and name between the title's word and its colon.
        static let longestTitledName = 24
    }

    /// How an interview's section titles are told from a surname's labels (``TopicHeading``).
    enum TopicHeading {
        /// Titles under one verb, each printed once, before they are titles.
        static let fewestTitles = 2
        /// Characters in the longest title's label: the verb and a few for the topic.
        static let longestLabel = 6
        /// Characters in the longest headline after a title's colon.
        static let longestHeadline = 40
    }

    /// How spoken lists are told from ordinals in prose (``PointExtractor``).
    enum Points {
        /// ASCII capitals, at least, in a turn with no lower-case ASCII letter that make it speech printed in capitals
        /// (``Capitals``) rather than a few acronyms.
        static let fewestCapitalsInACapitalTurn = 12
        /// Paragraphs a closing word (Finally, 最后) may lie beyond the widest gap between the items before it:
        /// a list written inline ends where its paragraph does, one of long items may end paragraphs later.
        static let closerParagraphSlack = 1
        /// Words in the shortest item of a list of bare number words ("one, … two, …"): shorter ones are a count
        /// ("one, two, three").
        static let shortestNumberWordItem = 3
        /// Words that may stand between an English count and its noun: "two quick questions", "two foreign
        /// policy questions".
        static let wordsBetweenCountAndNoun = 2
        /// Characters in the longest headline a point's first sentence makes whole; a longer sentence is cut at a
        /// clause of at most twice as many, or there.
        static let longestHeadline = 40
    }

    /// The parts of a question that asks several things (``QuestionParts``).
    enum QuestionParts {
        /// Fewest parts a question must show ("two questions" with a second marker, or markers for a first and a
        /// second item) to be split: a question with a single "first" is one question.
        static let minimumParts = 2
        /// Words that may stand between an English count and `questions`: "two quick questions", "two questions".
        static let wordsBetweenCountAndNoun = 2
        /// Letters a part must have after its marker, an ideograph counting two: "a second question as well." (6)
        /// announces a question asked later; 「第二個問題，預算多少？」 (8) is a part.
        static let fewestLettersInAPart = 8
        /// Characters of a part shown in a briefing's or Q&A's list of parts; a longer part is cut with `…`.
        static let longestShownPart = 120
        /// Characters in the longest greeting or thanks that opens a question ("Hi, [senior administration
        /// official], thanks for doing this."), skipped by its unmarked first part.
        static let longestCourtesy = 80
        /// Characters of an answer paragraph's first clause searched for a part taken up by its place (「不過後面那一個
        /// 是…」): further in, 「前面的部分」 is the speaker's own earlier words.
        static let longestReferringClause = 24
    }

    /// How a turn's part in an exchange is read (``ExchangeBuilder``).
    enum Exchanges {
        /// Characters in the longest turn that can be a hand-over phrase ("Anything you'd like to add, Dr. Lee?").
        static let longestHandOver = 100
        /// Characters in the longest turn of an asking host that, asking nothing, keeps the guests talking ("But
        /// there is now."); a longer one puts something to them.
        static let longestHostInterjection = 60
        /// Characters in the longest closing words of an official who speaks last ("Thank you. That concludes our Q3
        /// call. Thank you for joining us."): moderation, not an answer, when they hold a closing phrase
        /// (``DiscourseLexicon/closingPhrases``).
        static let longestClosingWords = 200
        /// Latin letters' worth, an ideograph counting two (``ExchangeBuilder/says(moreThan:_:)``), in the longest official
        /// turn that does not answer an interviewer's short prompt (``ExchangeBuilder/isPrompt``).
        static let shortestAnswerToAPrompt = 60
        /// Chinese characters, or Latin words, in the shortest prompt: fewer complete the official's sentence.
        static let (fewestIdeographsInAPrompt, fewestWordsInAPrompt) = (8, 6)
        /// Words in the longest turn that hands over by naming a colleague and asking nothing else ("Dr. Lee?").
        static let mostWordsNamingAColleague = 6
        /// Characters in the longest official turn that only asks what a question meant ("Me?").
        static let longestAskingBack = 80
        /// Words in the longest question back that needs no opening of its own ("We support?", "Who signs what?").
        static let mostWordsAskingBack = 3
        /// Characters in the longest answer, all its turns together, that a phrase of
        /// ``DiscourseLexicon/deflections`` makes a deflection (Chinese counts each character twice).
        static let longestDeflection = 400
        /// Characters in the longest turn of thanks that answers nothing (`Thank you, Zeke.`); longer thanks go on to
        /// say something.
        static let longestThanks = 59
        /// Characters in the longest reporter's turn without a question cue that is a remark rather than a question
        /// (`Thank you, Jen.`, 「好的」).
        static let longestReporterRemark = 49
        /// Characters in the longest official's start that the asker cuts off (`It's a —`, `No, we've been —`): a longer
        /// one has said something before the break.
        static let longestCutOffStart = 40
        /// Words, at least, of a question that breaks off at a dash before its question mark ("Do you have some –"):
        /// fewer ("Can you —") have not asked yet.
        static let fewestWordsBeforeTheBreak = 3
        /// Letters in the longest reply that only confirms a question back (`Sure. Yeah.`, `Correct.`, `Mm-hmm.`).
        static let longestConfirmation = 24
        /// Characters, and words, in the longest turn that calls on a reporter by name (`Hi, Zeke.`, `Kelly O.`).
        static let (longestCallingOn, mostWordsCallingOn) = (24, 3)
        /// Characters in the longest greeting (`How are you?`, `Good morning.`).
        static let longestGreeting = 30
        /// Characters an official's turn holding moderation words stays under to be moderation
        /// (「接下來請唐鳳政委。」): an official who says more is answering, whatever words open it.
        static let officialModerationLimit = 60
    }

    /// How the summary of an answer weighs its sentences (``NewsSentences``) and how long a briefing's
    /// pieces may be.
    enum Summary {
        /// Lines of the lead a briefing reads for the date, the event's name and a link to the original when the
        /// parse left them out: one more than the parser reads (``Segments/leadLinesAboutTheEvent``), for a lead that
        /// opens with a heading.
        static let leadLinesInTheHeader = 6
        /// Characters, at most, of a sentence that gets the next sentence after it, in Chinese and in Latin script:
        /// a short lead says too little alone.
        static let (shortWideSentence, shortLatinSentence) = (30, 90)
        /// What makes a sentence news, and how much.
        struct Weights {
            /// A figure with a unit (「6.5%」, `$2.1 billion`).
            var figure: Int
            /// Any other number (a year, a count without a unit).
            var number: Int
            /// A named person, place or body, counted at most `mostNames` times per sentence.
            var name: Int
            var mostNames: Int
            /// A quotable position (「美方应…」, `we will`).
            var position: Int
            /// The first sentence that is not filler: it usually answers the question.
            var lead: Int
            /// At least this much makes a later sentence of a statement's paragraph printed after its lead
            /// sentence: a decision with its figure (`The Committee decided … at 5-1/4 to 5-1/2 percent`).
            var announcement: Int
        }
        static let weights = Weights(figure: 4, number: 1, name: 1, mostNames: 2, position: 2, lead: 1, announcement: 6)

        /// Characters in the longest paragraph of an opening statement that is left out when nothing in
        /// it weighs anything and it speaks to the room (`Sorry, hope you're comfortable.`): an aside.
        static let longestAside = 80
        /// Words a Latin headline may run on by to reach the end of its phrase (`,` `;` `.`), and
        /// characters a key figure may have before it is cut at its clauses.
        static let (headlineRunOnWords, longestKeyFigure) = (16, 120)
        /// Characters a sentence of a summary may have (Chinese, English) before it is cut after its last
        /// clause that fits, marked with an ellipsis: spoken Chinese runs on for hundreds of characters.
        static let longestSummarySentence = (wide: 150, latin: 400)
        /// Characters before a phrase boundary, more than which a headline that runs too long is cut back to it
        /// (``NewsLexicon/headlinePhraseBoundaries``): a cut nearer its start leaves a stub.
        static let shortestCutHeadline = 10
        /// A summary sentence is cut at a clause no nearer its start than its limit divided by this
        /// (``longestSummarySentence``): a cut nearer the start leaves a stub, and the sentence is kept whole.
        static let clipDivisor = 3
        /// Characters of a point's text printed when its analysis found no headline.
        static let longestTextForHeadline = 40
        /// Characters read to tell whether text is written in a wide script: its opening shows it.
        static let scriptSampleLength = 200
        /// Latin letters, at most, per wide character for text to be wide: a Chinese answer quotes English names and
        /// terms, and a wide character says about as much as two letters.
        static let latinLettersPerWideCharacter = 2
        /// Characters of a question's gist in an HTML briefing's list of questions; a longer one is cut with `…`.
        static let longestGist = 70
        /// Characters of a participant's name beside its bar in an HTML briefing's chart, which has room for so
        /// many; a longer one is cut with `…`.
        static let longestChartName = 22
    }

    /// How the coverage check reads the body and matches its sentences (``TextCoverage``).
    enum Coverage {
        /// Lower-case letters, at least, of the word a period closes for the period to end a sentence: `Mr.` and
        /// `Dr.` (one) are titles before a name.
        static let fewestLowerCaseLettersBeforeAPeriod = 2
        /// Characters in the longest affiliation and title a label may stand for (`Equinix, Inc. - CFO`): longer
        /// is a sentence the parser lost, which must not be excused as a label.
        static let longestAffiliation = 100
        /// Digits in the longest turn number a call transcript prints after a label (`Operator    [1]`).
        static let mostDigitsInATurnNumber = 4
        /// Letters and digits, at least, of a sentence looked for away from the cursor: shorter ones (`Yes.`) are
        /// too common to be matched far away.
        static let shortestSentenceSoughtAhead = 4
    }

    /// When plain text is hard-wrapped, and at what width (``LineWrapping``).
    enum LineWrapping {
        /// Display width, at least, of a line that shows the wrapping width: shorter lines end paragraphs or are
        /// headings.
        static let shortestMeasuredLine = 30
        /// Lines that long, at least, to measure the width from; with fewer, the longest is taken as the width.
        static let fewestMeasuredLines = 8
        /// Lines that long, at least, to take the longest as the width: one long line shows nothing.
        static let fewestLinesToEstimate = 2
        /// The percentile of the measured widths taken as the wrapping width: a few lines run past it.
        static let wrapWidthPercentile = 90
        /// Percent of the wrapping width a wrapped line fills, at least: a word that did not fit moved to the next
        /// line, so a shorter line ends its paragraph.
        static let shortestWrappedLinePercent = 75
        /// Display columns past the wrapping width a line may run and still be near it.
        static let nearWidthOverrun = 12
        /// Percent of the measured lines, at least, near the wrapping width for the text to be wrapped.
        static let lowestNearWidthPercent = 50
        /// The widest wrapping width: longer lines are paragraphs that were never wrapped.
        static let widestWrap = 200
    }
}
