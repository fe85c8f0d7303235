/// The output formats of ``Transcript/statements(speaker:format:language:)``.
public enum StatementFormat: String, CaseIterable, Sendable {
    /// A `##` section per participant and a `###` heading per turn.
    case markdown
    /// One JSON document: the title and, per participant, its turns.
    case json
    /// JSON Lines: one line per turn, with the speaker's fields repeated on each line.
    case jsonl
    /// Plain text: a header line per participant and a numbered line per turn.
    case text
}

extension Transcript {
    /// The participants whose name, label or any alias is `query`: 「罗俊杰」 and
    /// 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」 both find the same person. Case and surrounding
    /// spaces and a final colon are ignored; an ``Participant/id`` such as `p2` matches too.
    public func participants(matching query: String) -> [Participant] {
        let wanted = Self.speakerKey(query)
        guard !wanted.isEmpty else { return [] }
        return participants.filter { participant in
            let names = [participant.id, participant.label] + participant.aliases + [participant.name].compactMap { $0 }
            return names.contains { Self.speakerKey($0) == wanted }
        }
    }

    /// Each participant's turns in order, grouped by participant in order of first appearance.
    ///
    /// - Parameters:
    ///   - speaker: Only the participants that ``participants(matching:)`` finds for this name; `nil` for all.
    ///   - format: Markdown, JSON, JSON Lines or plain text.
    ///   - language: The language of headings and labels; `nil` follows the transcript.
    /// - Returns: The rendered statements, ending with a line break (empty JSON Lines when nobody matches).
    public func statements(
        speaker: String? = nil, format: StatementFormat = .markdown, language: BriefingLanguage? = nil
    ) -> String {
        let chosen = speaker.map(participants(matching:)) ?? participants
        let renderer = SpeakerStatementsRenderer(
            transcript: self, participants: chosen, lexicon: (language ?? BriefingLanguage(of: self)).lexicon)
        switch format {
        case .markdown: return renderer.markdown()
        case .json: return renderer.json(pretty: true)
        case .jsonl: return renderer.jsonLines()
        case .text: return renderer.text()
        }
    }

    private static func speakerKey(_ text: String) -> String {
        text.trimmingCharacters(in: " \t\n：:").lowercased()
    }
}

/// Renders participants' turns; see ``Transcript/statements(speaker:format:language:)``.
struct SpeakerStatementsRenderer {
    let transcript: Transcript
    let participants: [Participant]
    let lexicon: BriefingLexicon

    private var display: ParticipantDisplay { ParticipantDisplay(lexicon: lexicon) }

    /// The Q number (1-based) of the exchange each question or answer turn belongs to.
    private var exchangeNumbers: [Int: Int] {
        var numbers: [Int: Int] = [:]
        for (offset, exchange) in transcript.exchanges.enumerated() {
            numbers[exchange.question] = offset + 1
            for answer in exchange.answers { numbers[answer] = offset + 1 }
        }
        return numbers
    }

    private func turns(of participant: Participant) -> [Turn] {
        transcript.turns.filter { $0.speaker == participant.id }
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

    func markdown() -> String {
        var document = MarkdownDocument()
        BriefingHeader(transcript: transcript, lexicon: lexicon).write(to: &document)
        let numbers = exchangeNumbers
        for participant in participants {
            document.heading(2, display.name(participant))
            document.paragraph(subtitle(participant))
            for (offset, turn) in turns(of: participant).enumerated() {
                document.heading(3, "\(offset + 1) · " + heading(for: turn, numbers: numbers))
                for paragraph in turn.paragraphs { document.paragraph(paragraph) }
            }
        }
        return document.text
    }

    func text() -> String {
        let numbers = exchangeNumbers
        var blocks: [String] = []
        for participant in participants {
            blocks.append(display.name(participant) + lexicon.metaSeparator + subtitle(participant))
            for (offset, turn) in turns(of: participant).enumerated() {
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
        for participant in participants {
            writer.beginObject()
            writeParticipant(participant, to: &writer)
            writer.key("statements")
            writer.beginArray()
            for turn in turns(of: participant) {
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
        for participant in participants {
            for turn in turns(of: participant) {
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

    private func writeParticipant(_ participant: Participant, to writer: inout JSONWriter) {
        writer.members([
            "speaker": participant.id, "name": participant.name, "label": participant.label,
            "role": participant.role.rawValue, "title": participant.title, "organization": participant.organization,
            "outlet": participant.outlet,
        ])
    }

    private func writeTurn(_ turn: Turn, numbers: [Int: Int], to writer: inout JSONWriter) {
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
