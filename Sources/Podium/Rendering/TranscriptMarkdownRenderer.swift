/// Writes the whole transcript as Markdown: title and source line, summary, lead, every turn with its
/// speaker label in bold, stage directions in italics, and the trailing lines. Nothing is dropped.
struct TranscriptMarkdownRenderer {
    let transcript: Transcript
    let lexicon: BriefingLexicon

    func render() -> String {
        var document = MarkdownDocument()
        BriefingHeader(transcript: transcript, lexicon: lexicon).write(to: &document)
        if let summary = transcript.summary { document.blockquote([summary]) }
        for line in transcript.lead where !LeadLine.plain(line).isEmpty { document.markdownParagraph(LeadLine.markdown(line)) }
        for note in transcript.notes where note.turn == nil { document.markdownParagraph(MarkdownSpan.emphasis(note.text)) }
        document.heading(2, lexicon.transcript)
        let participants = transcript.participants.byID
        var spoken = Set<String>()
        for turn in transcript.turns {
            let label = participants[turn.speaker].map { printedLabel(for: $0, first: !spoken.contains($0.id)) } ?? turn.speaker
            spoken.insert(turn.speaker)
            document.spokenParagraphs(by: label, turn.paragraphs, lexicon: lexicon)
            for note in transcript.notes where note.turn == turn.index {
                document.markdownParagraph(MarkdownSpan.emphasis(note.text))
            }
        }
        if !transcript.trailing.isEmpty {
            document.rule()
            for line in transcript.trailing { document.markdownParagraph(trailingLine(line)) }
        }
        return document.text
    }

    /// The label a turn is printed with: the first form seen on the speaker's first turn, then the
    /// name when the transcript used it as a label too.
    private func printedLabel(for participant: Participant, first: Bool) -> String {
        if !first, let name = participant.name, participant.aliases.contains(name) { return name }
        let printed = participant.aliases.first ?? participant.label
        return printed.isEmpty ? lexicon.unnamedSpeaker : printed
    }

    /// A trailing line; a bare address becomes an autolink.
    private func trailingLine(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: " ")
        if trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://"),
            !trimmed.contains(where: { $0 == " " || $0 == "<" || $0 == ">" })
        {
            return "<" + trimmed + ">"
        }
        return MarkdownEscaper.paragraph(line)
    }
}
