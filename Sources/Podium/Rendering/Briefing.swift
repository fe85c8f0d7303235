/// Writes the Markdown briefing: title and source line, participants, opening statements, questions
/// and answers, key figures.
struct BriefingRenderer {
    let transcript: Transcript
    let options: BriefingOptions
    let lexicon: BriefingLexicon
    let display: ParticipantDisplay
    /// The participants with the full names and titles the document gives them (``ParticipantNames``).
    private let participants: [Participant]
    private let participantsByID: [String: Participant]

    init(transcript: Transcript, options: BriefingOptions) {
        self.transcript = transcript
        self.options = options
        self.lexicon = (options.language ?? BriefingLanguage(of: transcript)).lexicon
        self.display = ParticipantDisplay(lexicon: lexicon)
        self.participants = ParticipantNames.enriched(transcript)
        self.participantsByID = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func render() -> String {
        var document = MarkdownDocument()
        BriefingHeader(transcript: transcript, lexicon: lexicon, fileName: options.fileName).write(to: &document)
        if let summary = transcript.summary { document.paragraph(summary) }
        writeParticipants(to: &document)
        writeStatements(to: &document)
        writeExchanges(to: &document)
        writeKeyFigures(to: &document)
        return document.text
    }

    // MARK: - Participants

    private func writeParticipants(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.participants)
        var turns: [String: Int] = [:]
        var words: [String: Int] = [:]
        for turn in transcript.turns {
            turns[turn.speaker, default: 0] += 1
            words[turn.speaker, default: 0] += WordCount.words(in: turn.paragraphs)
        }
        let total = max(1, words.values.reduce(0, +))
        let rows = participants.map { participant -> [String] in
            let share = Double(words[participant.id] ?? 0) * 100 / Double(total)
            return [
                display.name(participant), lexicon.role(participant.role), display.affiliation(participant),
                String(turns[participant.id] ?? 0), Self.percent(share),
            ]
        }
        document.table(
            header: [lexicon.nameColumn, lexicon.roleColumn, lexicon.affiliationColumn, lexicon.turnsColumn, lexicon.shareColumn],
            rows: rows, rightAligned: [3, 4])
    }

    /// A share with one decimal: `12.5%`.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    // MARK: - Opening statements

    private func writeStatements(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.openingStatements)
        let statements = transcript.turns.filter { $0.kind == .statement }
        guard !statements.isEmpty else {
            document.paragraph(lexicon.noStatements)
            return
        }
        var speakers: [String] = []
        for turn in statements where !speakers.contains(turn.speaker) { speakers.append(turn.speaker) }
        for speaker in speakers {
            document.heading(3, participantsByID[speaker].map(display.name) ?? speaker)
            for turn in statements where turn.speaker == speaker {
                if options.includesFullAnswers {
                    for paragraph in turn.paragraphs { document.paragraph(paragraph) }
                } else {
                    let before = document.text.count
                    write(TurnDigest(turn: turn, mode: .statement), to: &document)
                    if document.text.count == before { writeFirstSentence(of: turn, to: &document) }
                }
            }
        }
    }

    // MARK: - Questions and answers

    private func writeExchanges(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.questionsAndAnswers)
        guard !transcript.exchanges.isEmpty else {
            document.paragraph(lexicon.noQuestions)
            return
        }
        let between = options.includesFullAnswers ? turnsBetweenExchanges() : [:]
        for turn in between[-1] ?? [] { writeWhole(turn, to: &document) }
        for (number, exchange) in transcript.exchanges.enumerated() {
            var asker = participantsByID[exchange.asker].map(display.asker) ?? exchange.asker
            if let participant = participantsByID[exchange.asker], participant.name == nil,
                transcript.turns.indices.contains(exchange.question),
                let introduction = ParticipantNames.selfIntroduction(in: transcript.turns[exchange.question].paragraphs)
            {
                // A reporter labelled only `Q` who says who they are.
                asker = introduction.name + lexicon.openBracket + introduction.outlet + lexicon.closeBracket
            }
            document.heading(3, "Q\(number + 1) · " + asker)
            if transcript.turns.indices.contains(exchange.question) {
                document.blockquote(transcript.turns[exchange.question].paragraphs)
            }
            for index in exchange.answers where transcript.turns.indices.contains(index) {
                let turn = transcript.turns[index]
                let name = participantsByID[turn.speaker].map(display.name) ?? turn.speaker
                document.markdownParagraph(MarkdownSpan.strong(name, before: lexicon.colon) + lexicon.colon.trimmingCharacters(in: " "))
                let before = document.text.count
                write(TurnDigest(turn: turn, mode: .answer(sentences: options.answerSentences)), to: &document)
                if document.text.count == before { writeFirstSentence(of: turn, to: &document) }
                if options.includesFullAnswers {
                    document.markdownParagraph(MarkdownSpan.strong(lexicon.fullAnswer, before: lexicon.colon) + lexicon.colon.trimmingCharacters(in: " "))
                    for paragraph in turn.paragraphs { document.paragraph(paragraph) }
                }
            }
            for turn in between[number] ?? [] { writeWhole(turn, to: &document) }
        }
    }

    /// For a turn whose digest is empty (nothing but filler): its first sentence that is not filler, or
    /// its first sentence, so that no speaker's heading stands alone.
    private func writeFirstSentence(of turn: Turn, to document: inout MarkdownDocument) {
        let sentences = turn.paragraphs.flatMap(SentenceSplitter.sentences)
        if let first = sentences.first(where: { !NewsSentences.isFiller($0) }) ?? sentences.first {
            document.paragraph(first)
        }
    }

    /// The turns that are neither opening statements nor part of an exchange (remarks, the host's words),
    /// by the exchange they follow (`-1`: before the first).
    private func turnsBetweenExchanges() -> [Int: [Turn]] {
        var placed = Set<Int>()
        for exchange in transcript.exchanges {
            placed.insert(exchange.question)
            placed.formUnion(exchange.answers)
        }
        var result: [Int: [Turn]] = [:]
        var current = -1
        var starts: [Int: Int] = [:]
        for (number, exchange) in transcript.exchanges.enumerated() { starts[exchange.question] = number }
        for turn in transcript.turns {
            if let number = starts[turn.index] { current = number }
            guard !placed.contains(turn.index), turn.kind != .statement else { continue }
            result[current, default: []].append(turn)
        }
        return result
    }

    /// A turn printed whole: the speaker in bold, then every paragraph.
    private func writeWhole(_ turn: Turn, to document: inout MarkdownDocument) {
        let name = participantsByID[turn.speaker].map(display.name) ?? turn.speaker
        document.markdownParagraph(MarkdownSpan.strong(name, before: lexicon.colon) + lexicon.colon.trimmingCharacters(in: " "))
        for paragraph in turn.paragraphs { document.paragraph(paragraph) }
    }

    // MARK: - Key figures

    private func writeKeyFigures(to document: inout MarkdownDocument) {
        document.heading(2, lexicon.keyFigures)
        var figures = KeyFigureExtractor.figures(in: transcript)
        if let limit = options.keyFigureLimit { figures = Array(figures.prefix(max(0, limit))) }
        guard !figures.isEmpty else {
            document.paragraph(lexicon.noFigures)
            return
        }
        document.list(figures.map { figure in
            let name = participantsByID[figure.speaker].map(display.name) ?? figure.speaker
            return MarkdownDocument.ListItem(
                markdown: MarkdownSpan.strong(name, before: lexicon.colon) + lexicon.colon + MarkdownEscaper.line(figure.sentence))
        })
    }

    // MARK: - Digests

    private func write(_ digest: TurnDigest, to document: inout MarkdownDocument) {
        for block in digest.blocks {
            switch block {
            case .text(let text):
                document.paragraph(text)
            case .list(let points):
                document.list(points.map { item(for: $0, mode: digest.mode) })
            }
        }
    }

    /// One point as a list item: marker, **headline**, then (in statements) the sentence or two after it.
    private func item(for point: Point, mode: TurnDigest.Mode) -> MarkdownDocument.ListItem {
        let follow = mode == .statement ? TurnDigest.followUp(of: point) : TurnDigest.figureFollowUp(of: point)
        let marker = point.marker.allSatisfy({ $0.isASCII && $0.isNumber }) ? point.marker + "." : point.marker
        let headline = TurnDigest.displayedHeadline(of: point)
        let markdown = MarkdownEscaper.guardLineStart(MarkdownEscaper.line(marker)) + " "
            + MarkdownSpan.strong(headline, before: follow) + (follow.first == " " ? " " : "") + MarkdownEscaper.line(follow)
        return MarkdownDocument.ListItem(markdown: markdown, children: point.children.map { item(for: $0, mode: mode) })
    }
}

extension Transcript {
    /// The day of the document as `YYYY-MM-DD`: ``Source/date``, or the first date written in the title,
    /// the lead, the summary, the file's name or the opening turn; a date that ends a period (`the quarter
    /// ending September 30, 2022`) is passed over. `nil` when none is found.
    public func documentDate(fileName: String? = nil) -> String? {
        DocumentDate.find(in: self, fileName: fileName)
    }

    /// The transcript as a Markdown briefing that an editor can read in two minutes.
    ///
    /// It has a `#` title and a line with the date, the event, a link to the original and the
    /// publisher; a participants table (name, role, title and organisation or outlet, turns, share of
    /// words); the opening statements as nested lists of numbered points (marker, **headline**, the
    /// first sentence or two), with other paragraphs reduced to their first sentence; every question
    /// numbered Q1…Qn with its asker, quoted in full, and each answerer's point headlines (or first
    /// sentences); and the key figures — sentences with numbers and units — with their speakers.
    /// Headings follow the transcript's language unless ``BriefingOptions/language`` forces one.
    ///
    /// - Parameter options: The language, whether to add full answers, how many key figures.
    /// - Returns: CommonMark text ending with a line break.
    public func briefing(_ options: BriefingOptions = BriefingOptions()) -> String {
        BriefingRenderer(transcript: self, options: options).render()
    }
}
