/// What a briefing says, before it is written as Markdown (``BriefingRenderer``) or HTML
/// (``HTMLBriefingRenderer``): both print the same content.
struct BriefingContent {
    /// A point as printed: marker, headline (in bold), the words after it, its nested points.
    struct Item {
        var marker: String
        var headline: String
        var follow: String
        var children: [Item]
    }

    /// A piece of a digest: plain text, or a list.
    enum Block {
        case text(String)
        case list([Item])
    }

    /// A row of the participants table.
    struct Row {
        var id: String
        var name: String
        var role: Role
        var affiliation: String
        var turns: Int
        var words: Int
        var share: Double
    }

    /// One speaker's opening statements.
    struct Statement {
        var speaker: String
        var blocks: [Block]
    }

    /// A turn printed whole (with `--full`): the remarks and host's words between exchanges.
    struct Whole {
        var speaker: String
        var paragraphs: [String]
    }

    /// One answer: who, its summary, and (with `--full`) its every paragraph; or a reporter's interjection
    /// said into the answers, printed in place and whole.
    struct Answer {
        var speaker: String
        var blocks: [Block]
        var full: [String]?
        /// The words of an interjection (`— or —`), `nil` for an answer.
        var interjection: String? = nil
        /// The marks of the question parts the answer takes up (「（第一个问题）」, ` (on question 2)`), joined.
        var partMark = ""
        /// With `full`: each paragraph's marks of the parts it takes up, joined; empty where it takes up none.
        var fullPartMarks: [String] = []
    }

    /// One exchange: Q*n*, its asker, the question in full, the answers, the turns after it.
    struct Question {
        var number: Int
        var asker: String
        /// The answers decline the question (``Exchange/Status/deflected``).
        var isDeflected = false
        var paragraphs: [String]
        /// The parts of a question that asks several things, as listed under it (``Exchange/parts``).
        var parts: [String] = []
        var answers: [Answer]
        var after: [Whole]
    }

    var header: BriefingHeader
    var lexicon: BriefingLexicon
    var language: OutputLanguage
    var summary: String?
    var rows: [Row]
    var statements: [Statement]
    var before: [Whole]
    var questions: [Question]
    var figures: [(speaker: String, sentence: String)]
}

/// Builds a ``BriefingContent`` from a transcript: who spoke how much, the digests of the statements
/// and answers, the askers (with their self-introductions), the key figures.
struct BriefingBuilder {
    let transcript: Transcript
    let options: BriefingOptions
    let language: OutputLanguage
    let lexicon: BriefingLexicon
    let display: ParticipantDisplay
    /// The participants with the full names and titles the document gives them (``ParticipantNames``).
    private let participants: [Participant]
    private let participantsByID: [String: Participant]

    init(transcript: Transcript, options: BriefingOptions) {
        self.transcript = transcript
        self.options = options
        self.language = options.language ?? OutputLanguage(of: transcript)
        self.lexicon = language.lexicon
        self.display = ParticipantDisplay(lexicon: lexicon)
        self.participants = ParticipantNames.enriched(transcript)
        self.participantsByID = participants.byID
    }

    func build() -> BriefingContent {
        BriefingContent(
            header: BriefingHeader(transcript: transcript, lexicon: lexicon, fileName: options.fileName), lexicon: lexicon,
            language: language, summary: transcript.summary, rows: rows(), statements: statements(),
            before: options.includesFullAnswers ? turnsBetweenExchanges()[-1] ?? [] : [], questions: questions(),
            figures: figures())
    }

    private func name(_ id: String) -> String { participantsByID[id].map(display.name) ?? id }

    // MARK: - Participants

    private func rows() -> [BriefingContent.Row] {
        var turns: [String: Int] = [:]
        var words: [String: Int] = [:]
        for turn in transcript.turns {
            turns[turn.speaker, default: 0] += 1
            words[turn.speaker, default: 0] += WordCount.words(in: turn.paragraphs)
        }
        let total = max(1, words.values.reduce(0, +))
        return participants.map { participant in
            let count = words[participant.id] ?? 0
            return BriefingContent.Row(
                id: participant.id, name: display.name(participant), role: participant.role,
                affiliation: display.affiliation(participant), turns: turns[participant.id] ?? 0, words: count,
                share: Double(count) * 100 / Double(total))
        }
    }

    // MARK: - Opening statements

    private func statements() -> [BriefingContent.Statement] {
        let statements = transcript.turns.filter { $0.kind == .statement }
        var speakers: [String] = []
        for turn in statements where !speakers.contains(turn.speaker) { speakers.append(turn.speaker) }
        return speakers.map { speaker in
            let turns = statements.filter { $0.speaker == speaker }
            var blocks: [BriefingContent.Block] = []
            for turn in turns {
                if options.includesFullAnswers {
                    blocks += turn.paragraphs.map(BriefingContent.Block.text)
                } else {
                    // A turn of greetings alone (`Hi, everybody. Hi.`) adds nothing when the speaker says more.
                    blocks += digest(TurnDigest(turn: turn, mode: .statement), orFirstSentence: false)
                }
            }
            if blocks.isEmpty, let first = turns.first {
                blocks = digest(TurnDigest(turn: first, mode: .statement))
            }
            return BriefingContent.Statement(speaker: name(speaker), blocks: blocks)
        }
    }

    // MARK: - Questions and answers

    private func questions() -> [BriefingContent.Question] {
        let between = options.includesFullAnswers ? turnsBetweenExchanges() : [:]
        return transcript.exchanges.enumerated().map { number, exchange in
            let asker = participantsByID[exchange.asker].map(display.asker) ?? exchange.asker
            let question = transcript.turns.indices.contains(exchange.question) ? transcript.turns[exchange.question].paragraphs : []
            let interjections = Set(exchange.interjections(among: transcript.turns))
            let answers = (exchange.answers + interjections).sorted().filter { transcript.turns.indices.contains($0) }.map { index in
                let turn = transcript.turns[index]
                if interjections.contains(index) {
                    // Said into the answer ("— or —"): in place, whole.
                    return BriefingContent.Answer(
                        speaker: name(turn.speaker), blocks: [], full: nil, interjection: turn.paragraphs.joined(separator: " "))
                }
                // The parts this answer takes up, as the analysis linked its paragraphs to them.
                func marks(_ paragraph: Int?) -> String {
                    exchange.parts.filter { part in
                        part.answers.contains { $0.turn == index && (paragraph == nil || $0.paragraph == paragraph) }
                    }.map { lexicon.partMark($0.ordinal) }.joined()
                }
                return BriefingContent.Answer(
                    speaker: name(turn.speaker),
                    blocks: digest(TurnDigest(turn: turn, mode: .answer(sentences: options.answerSentences))),
                    full: options.includesFullAnswers ? turn.paragraphs : nil, partMark: marks(nil),
                    fullPartMarks: options.includesFullAnswers && !exchange.parts.isEmpty ? turn.paragraphs.indices.map(marks) : [])
            }
            return BriefingContent.Question(
                number: number + 1, asker: asker, isDeflected: exchange.status == .deflected, paragraphs: question,
                parts: exchange.parts.map(BriefingLexicon.shownPart), answers: answers, after: between[number] ?? [])
        }
    }

    /// The turns that are neither opening statements nor part of an exchange (remarks, the host's words),
    /// by the exchange they follow (`-1`: before the first).
    private func turnsBetweenExchanges() -> [Int: [BriefingContent.Whole]] {
        var placed = Set<Int>()
        var starts: [Int: Int] = [:]
        for (number, exchange) in transcript.exchanges.enumerated() {
            placed.insert(exchange.question)
            placed.formUnion(exchange.answers)
            starts[exchange.question] = number
        }
        var result: [Int: [BriefingContent.Whole]] = [:]
        var current = -1
        for turn in transcript.turns {
            if let number = starts[turn.index] { current = number }
            guard !placed.contains(turn.index), turn.kind != .statement else { continue }
            result[current, default: []].append(BriefingContent.Whole(speaker: name(turn.speaker), paragraphs: turn.paragraphs))
        }
        return result
    }

    // MARK: - Key figures

    private func figures() -> [(speaker: String, sentence: String)] {
        var figures = KeyFigureExtractor.figures(in: transcript)
        if let limit = options.keyFigureLimit { figures = Array(figures.prefix(max(0, limit))) }
        return figures.map { (name($0.speaker), $0.sentence) }
    }

    // MARK: - Digests

    /// A digest's blocks; for a turn whose digest is empty (nothing but filler), its first sentence that
    /// is not filler, or its first sentence, so that no speaker stands alone.
    private func digest(_ digest: TurnDigest, orFirstSentence: Bool = true) -> [BriefingContent.Block] {
        let blocks: [BriefingContent.Block] = digest.blocks.map { block in
            switch block {
            case .text(let text): return .text(text)
            case .list(let points): return .list(points.map { item(for: $0, mode: digest.mode) })
            }
        }
        guard blocks.isEmpty, orFirstSentence else { return blocks }
        let sentences = digest.turn.paragraphs.flatMap(SentenceSplitter.sentences)
        return (sentences.first(where: { !NewsSentences.isFiller($0) }) ?? sentences.first).map { [.text($0)] } ?? []
    }

    /// One point: marker, headline, then the sentence or two after it (statements) or its first figure (answers).
    private func item(for point: Point, mode: TurnDigest.Mode) -> BriefingContent.Item {
        let follow = mode == .statement ? TurnDigest.followUp(of: point) : TurnDigest.figureFollowUp(of: point)
        let marker = point.marker.allSatisfy({ $0.isASCII && $0.isNumber }) ? point.marker + "." : point.marker
        return BriefingContent.Item(
            marker: marker, headline: TurnDigest.displayedHeadline(of: point), follow: follow,
            children: point.children.map { item(for: $0, mode: mode) })
    }
}
