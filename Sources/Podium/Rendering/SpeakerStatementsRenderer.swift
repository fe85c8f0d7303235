/// Renders participants' turns; see ``Transcript/statements(speaker:format:language:filter:)``.
struct SpeakerStatementsRenderer {
    let transcript: Transcript
    /// The participants chosen, each with the turns kept, in order of first appearance.
    let statements: [(participant: Participant, turns: [Turn])]
    let lexicon: BriefingLexicon

    init(transcript: Transcript, speaker: String?, filter: StatementFilter, lexicon: BriefingLexicon) {
        self.transcript = transcript
        self.lexicon = lexicon
        guard filter.includes(transcript.source) else {
            statements = []
            return
        }
        var chosen = speaker.map(transcript.participants(matching:)) ?? transcript.participants
        if filter.choosesParticipants {
            let kept = Set(filter.chosenParticipants(of: transcript).map(\.id))
            chosen = chosen.filter { kept.contains($0.id) }
        }
        var turnsBySpeaker: [String: [Turn]] = [:]
        let matches = filter.textMatcher()
        for turn in transcript.turns where filter.pattern == nil || matches(turn.paragraphs) {
            turnsBySpeaker[turn.speaker, default: []].append(turn)
        }
        statements = chosen.compactMap { participant in
            let turns = turnsBySpeaker[participant.id] ?? []
            return filter.pattern != nil && turns.isEmpty ? nil : (participant, turns)
        }
    }

    private var display: ParticipantDisplay { ParticipantDisplay(lexicon: lexicon) }

    /// The Q number (1-based) of the exchange each question or answer turn belongs to.
    var exchangeNumbers: [Int: Int] {
        var numbers: [Int: Int] = [:]
        for (offset, exchange) in transcript.exchanges.enumerated() {
            numbers[exchange.question] = offset + 1
            for answer in exchange.answers { numbers[answer] = offset + 1 }
        }
        return numbers
    }

    /// 「回答 Q1」, `Statement`: what the turn does, with its question number.
    private func heading(for turn: Turn, numbers: [Int: Int]) -> String {
        var heading = lexicon.kind(turn.kind)
        if let number = numbers[turn.index], turn.kind == .question || turn.kind == .answer { heading += " Q\(number)" }
        return heading
    }

    private func subtitle(_ participant: Participant) -> String {
        let affiliation = display.affiliation(participant)
        return ([lexicon.role(participant.role)] + (affiliation.isEmpty ? [] : [affiliation])).joined(separator: lexicon.metaSeparator)
    }

    /// The statements as Markdown under the document's header; `file`, when given, is named below the header.
    func markdown(file: String? = nil) -> String {
        var document = MarkdownDocument()
        BriefingHeader(transcript: transcript, lexicon: lexicon).write(to: &document)
        if let file { document.paragraph(file) }
        let numbers = exchangeNumbers
        for (participant, turns) in statements {
            document.heading(2, display.name(participant))
            document.paragraph(subtitle(participant))
            for (offset, turn) in turns.enumerated() {
                document.heading(3, "\(offset + 1) · " + heading(for: turn, numbers: numbers))
                for paragraph in turn.paragraphs { document.paragraph(paragraph) }
            }
        }
        return document.text
    }

    func text() -> String {
        let numbers = exchangeNumbers
        var blocks: [String] = []
        for (participant, turns) in statements {
            blocks.append(display.name(participant) + lexicon.metaSeparator + subtitle(participant))
            for (offset, turn) in turns.enumerated() {
                blocks.append("[\(offset + 1)] " + heading(for: turn, numbers: numbers) + "\n" + turn.paragraphs.joined(separator: "\n\n"))
            }
        }
        return blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
    }

    func json(pretty: Bool) -> String {
        let numbers = exchangeNumbers
        var writer = JSONWriter(pretty: pretty)
        writer.beginObject()
        writer.key("title")
        writer.string(transcript.source.title)
        writer.key("speakers")
        writer.beginArray()
        for (participant, turns) in statements {
            writer.beginObject()
            writeParticipant(participant, to: &writer)
            writer.key("statements")
            writer.beginArray()
            for turn in turns {
                writer.beginObject()
                writeTurn(turn, numbers: numbers, to: &writer)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.output + "\n"
    }

    func jsonLines() -> String {
        let numbers = exchangeNumbers
        var lines = ""
        for (participant, turns) in statements {
            for turn in turns {
                var writer = JSONWriter(pretty: false)
                writer.beginObject()
                writeParticipant(participant, to: &writer)
                writeTurn(turn, numbers: numbers, to: &writer)
                writer.endObject()
                lines += writer.output + "\n"
            }
        }
        return lines
    }

    func csv() -> String {
        var writer = CSVWriter()
        writer.row(Self.csvHeader)
        let numbers = exchangeNumbers
        for (participant, turns) in statements {
            for turn in turns { writer.row(csvFields(participant, turn, numbers: numbers)) }
        }
        return writer.output
    }

    static let csvHeader = ["speaker", "name", "role", "speakerTitle", "organization", "outlet", "turn", "kind", "exchange", "text"]

    func csvFields(_ participant: Participant, _ turn: Turn, numbers: [Int: Int]) -> [String] {
        [
            participant.id, display.name(participant), participant.role.rawValue, participant.title ?? "",
            participant.organization ?? "", participant.outlet ?? "", String(turn.index), turn.kind.rawValue,
            numbers[turn.index].map(String.init) ?? "", turn.paragraphs.joined(separator: "\n"),
        ]
    }

    /// The speaker's fields; `titleKey` names the participant's title, `speakerTitle` beside a document's title.
    func writeParticipant(_ participant: Participant, titleKey: String = "title", to writer: inout JSONWriter) {
        writer.members(["speaker": participant.id, "name": participant.name, "label": participant.label, "role": participant.role.rawValue])
        writer.key(titleKey)
        writer.string(participant.title)
        writer.members(["organization": participant.organization, "outlet": participant.outlet])
    }

    func writeTurn(_ turn: Turn, numbers: [Int: Int], to writer: inout JSONWriter) {
        writer.key("turn")
        writer.int(turn.index)
        writer.key("kind")
        writer.string(turn.kind.rawValue)
        writer.key("exchange")
        writer.int(numbers[turn.index])
        writer.key("paragraphs")
        writer.strings(turn.paragraphs)
    }
}
