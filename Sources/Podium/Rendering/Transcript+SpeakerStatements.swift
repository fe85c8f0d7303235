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
        speaker: String? = nil, format: StatementFormat = .markdown, language: OutputLanguage? = nil,
        filter: StatementFilter = StatementFilter()
    ) -> String {
        let renderer = SpeakerStatementsRenderer(
            transcript: self, speaker: speaker, filter: filter, lexicon: (language ?? OutputLanguage(of: self)).lexicon)
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
