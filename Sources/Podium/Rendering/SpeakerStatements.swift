/// The output formats of ``Transcript/statements(speaker:format:language:filter:)``.
public enum StatementFormat: String, CaseIterable, Sendable {
    /// A `##` section per participant and a `###` heading per turn.
    case markdown
    /// One JSON document: the title and, per participant, its turns.
    case json
    /// JSON Lines: one line per turn, with the speaker's fields repeated on each line.
    case jsonl
    /// Plain text: a header line per participant and a numbered line per turn.
    case text
    /// RFC 4180 CSV, one row per turn: the speaker's fields, the turn's index, kind and exchange, its text.
    case csv
}

extension Transcript {
    /// The participants whose name, label, any alias or outlet is `query`: 「罗俊杰」 and
    /// 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」 both find the same person, and so do `Jen Psaki`,
    /// `Psaki` and `MS. PSAKI` when the document names her in full outside her labels (``namedParticipants``).
    /// Case and surrounding spaces and a final colon are ignored; an ``Participant/id`` such as `p2` matches too.
    public func participants(matching query: String) -> [Participant] {
        let wanted = Self.speakerKey(query)
        guard !wanted.isEmpty else { return [] }
        let named = namedParticipants
        return participants.indices.filter { index in
            let participant = participants[index]
            var names = [participant.id, participant.label] + participant.aliases
                + [participant.name, participant.outlet].compactMap { $0 }
            if index < named.count, let full = named[index].name {
                names.append(full)
                // The surname of a Latin full name.
                if !TurnDigest.isWide(full), let last = full.split(separator: " ").last { names.append(String(last)) }
            }
            return names.contains { Self.speakerKey($0) == wanted }
        }.map { participants[$0] }
    }

    /// The participants with the full names and titles the document gives them outside their labels:
    /// the title line, the lead, the first paragraphs (`Press Secretary Jen Psaki` for `MS. PSAKI`).
    /// The briefing prints these; ``participants`` keeps what the labels say.
    public var namedParticipants: [Participant] { ParticipantNames.enriched(self) }

    /// Each participant's turns in order, grouped by participant in order of first appearance.
    ///
    /// - Parameters:
    ///   - speaker: Only the participants that ``participants(matching:)`` finds for this name; `nil` for all.
    ///   - format: Markdown, JSON, JSON Lines or plain text.
    ///   - language: The language of headings and labels; `nil` follows the transcript.
    ///   - filter: The participants and turns to keep besides `speaker`; a participant none of whose turns
    ///     is kept is left out when the filter has a pattern.
    /// - Returns: The rendered statements, ending with a line break (empty JSON Lines when nobody matches).
    public func statements(
        speaker: String? = nil, format: StatementFormat = .markdown, language: BriefingLanguage? = nil,
        filter: StatementFilter = StatementFilter()
    ) -> String {
        let renderer = SpeakerStatementsRenderer(
            transcript: self, speaker: speaker, filter: filter, lexicon: (language ?? BriefingLanguage(of: self)).lexicon)
        switch format {
        case .markdown: return renderer.markdown()
        case .json: return renderer.json(pretty: true)
        case .jsonl: return renderer.jsonLines()
        case .text: return renderer.text()
        case .csv: return renderer.csv()
        }
    }

    private static func speakerKey(_ text: String) -> String {
        text.trimmingCharacters(in: " \t\n：:").lowercased()
    }
}

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
