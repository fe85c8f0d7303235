/// Renders the Q&A pairs; see ``Transcript/questionsAndAnswers(format:byteOrderMark:language:filter:)``.
struct QARenderer {
    let transcript: Transcript
    let lexicon: BriefingLexicon
    var filter = StatementFilter()

    /// The pairs the filter keeps, numbered as in the whole transcript.
    var pairs: [QAPair] {
        guard filter.includes(transcript.source) else { return [] }
        let chosen = filter.choosesParticipants ? Set(filter.chosenParticipants(of: transcript).map(\.id)) : nil
        let matches = filter.textMatcher()
        return allPairs.filter { pair in
            if let chosen, !([pair.asker?.id] + pair.answers.map(\.speaker?.id)).contains(where: { $0.map(chosen.contains) ?? false }) {
                return false
            }
            return filter.pattern == nil || matches(pair.question + pair.answers.flatMap(\.paragraphs))
        }
    }

    private var allPairs: [QAPair] {
        let display = ParticipantDisplay(lexicon: lexicon)
        let participants = transcript.participants.byID
        let turns = transcript.turns
        return transcript.exchanges.enumerated().map { offset, exchange in
            let asker = participants[exchange.asker]
            func passage(_ index: Int) -> QAPair.Answer {
                let speaker = participants[turns[index].speaker]
                return QAPair.Answer(
                    turn: index, speaker: speaker, name: speaker.map(display.name) ?? turns[index].speaker,
                    paragraphs: turns[index].paragraphs)
            }
            return QAPair(
                number: offset + 1, questionTurn: exchange.question, asker: asker,
                askerName: asker.map(display.name) ?? exchange.asker,
                question: turns.indices.contains(exchange.question) ? turns[exchange.question].paragraphs : [],
                answers: exchange.answers.filter(turns.indices.contains).map(passage),
                interjections: exchange.interjections(among: turns).map(passage), status: exchange.status,
                parts: exchange.parts)
        }
    }

    /// The pairs as Markdown under the document's header; `file`, when given, is named below the header.
    func markdown(file: String? = nil) -> String {
        var document = MarkdownDocument()
        BriefingHeader(transcript: transcript, lexicon: lexicon).write(to: &document)
        if let file { document.paragraph(file) }
        let display = ParticipantDisplay(lexicon: lexicon)
        let pairs = self.pairs
        if pairs.isEmpty { document.paragraph(lexicon.noQuestions) }
        for pair in pairs {
            let mark = pair.status == .deflected ? " · " + lexicon.deflected : ""
            document.heading(2, "Q\(pair.number) · " + (pair.asker.map(display.asker) ?? pair.askerName) + mark)
            document.blockquote(pair.question)
            document.numberedList(pair.parts.map(BriefingLexicon.shownPart))
            for (answer, interjects) in pair.passages {
                if interjects {
                    // "— or —" said into the answer: in place, in italics, so the answer reads as it was spoken.
                    document.markdownParagraph(
                        MarkdownSpan.emphasis(answer.name + lexicon.colon + answer.paragraphs.joined(separator: " ")))
                    continue
                }
                document.spokenParagraphs(by: answer.name, answer.paragraphs, lexicon: lexicon)
            }
        }
        return document.text
    }

    func csv() -> String {
        var writer = CSVWriter()
        writer.row(Self.csvHeader)
        for pair in pairs { writer.row(csvFields(pair)) }
        return writer.output
    }

    static let csvHeader = ["index", "asker", "outlet", "question", "answerers", "answer", "status", "parts"]

    func csvFields(_ pair: QAPair) -> [String] {
        let several = pair.answererNames.count > 1
        let answer = pair.passages.map { answer, interjects in
            let text = answer.paragraphs.joined(separator: "\n")
            if interjects {
                return lexicon.openBracket.trimmingCharacters(in: " ") + answer.name + lexicon.colon + text + lexicon.closeBracket
            }
            return several ? answer.name + lexicon.colon.trimmingCharacters(in: " ") + (lexicon.spacedSentences ? " " : "") + text : text
        }.joined(separator: "\n\n")
        return [
            String(pair.number), pair.askerName, pair.asker?.outlet ?? "", pair.question.joined(separator: "\n"),
            pair.answererNames.joined(separator: "; "), answer, pair.status.rawValue,
            pair.parts.map { "\($0.ordinal): " + $0.text.split(whereSeparator: \.isNewline).joined(separator: " ") }.joined(separator: "; "),
        ]
    }

    func json() -> String {
        var writer = JSONWriter(pretty: true)
        writer.beginObject()
        writer.key("title")
        writer.string(transcript.source.title)
        writer.key("exchanges")
        writer.beginArray()
        for pair in pairs { write(pair, to: &writer) }
        writer.endArray()
        writer.endObject()
        return writer.output + "\n"
    }

    func jsonLines() -> String {
        pairs.map { pair in
            var writer = JSONWriter(pretty: false)
            write(pair, to: &writer)
            return writer.output + "\n"
        }.joined()
    }

    private func write(_ pair: QAPair, to writer: inout JSONWriter) {
        writer.beginObject()
        writeMembers(pair, to: &writer)
        writer.endObject()
    }

    /// The pair's members, inside an object begun by the caller (which may add the document's first).
    func writeMembers(_ pair: QAPair, to writer: inout JSONWriter) {
        writer.key("index")
        writer.int(pair.number)
        writer.key("asker")
        writer.beginObject()
        writer.key("speaker")
        writer.string(pair.asker?.id)
        writer.key("name")
        writer.string(pair.askerName)
        writer.key("outlet")
        writer.string(pair.asker?.outlet)
        writer.endObject()
        writer.key("question")
        writer.beginObject()
        writer.key("turn")
        writer.int(pair.questionTurn)
        writer.key("paragraphs")
        writer.strings(pair.question)
        writer.endObject()
        writer.key("answers")
        writer.beginArray()
        for answer in pair.answers { write(answer, to: &writer) }
        writer.endArray()
        writer.key("status")
        writer.string(pair.status.rawValue)
        // Only where someone spoke between two answers, so pairs without keep their layout.
        if !pair.interjections.isEmpty {
            writer.key("interjections")
            writer.beginArray()
            for interjection in pair.interjections { write(interjection, to: &writer) }
            writer.endArray()
        }
        // Only for a question of several parts, as in the transcript's JSON.
        if !pair.parts.isEmpty {
            writer.key("parts")
            TranscriptJSON.writeParts(pair.parts, to: &writer)
        }
    }

    private func write(_ answer: QAPair.Answer, to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("turn")
        writer.int(answer.turn)
        writer.members(["speaker": answer.speaker?.id, "name": answer.name])
        writer.key("paragraphs")
        writer.strings(answer.paragraphs)
        writer.endObject()
    }
}
