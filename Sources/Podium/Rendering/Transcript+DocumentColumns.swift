extension Transcript {
    /// This document's part of a Q&A listing over many documents: one record per pair that `filter` keeps,
    /// each carrying the document's columns (`file`, `title`, `date`, `url`, `language`) before the pair's.
    ///
    /// CSV records are rows without their CRLF, under ``questionAndAnswerHeader``; JSON records
    /// are objects (pretty for `.json`, one line for `.jsonl`), for an array or for JSON Lines; Markdown is
    /// one record, the document's pairs under its header with `file` named — none when the filter keeps no
    /// pair of a filtered listing.
    ///
    /// - Parameters:
    ///   - file: The path the document was read from.
    ///   - format: The listing's format.
    ///   - filter: The pairs to keep; pairs keep their numbers within the document.
    ///   - language: The language of names and headings; `nil` follows the transcript.
    public func questionAndAnswerRecords(
        file: String, format: QAFormat, filter: StatementFilter = StatementFilter(), language: OutputLanguage? = nil
    ) -> [String] {
        let renderer = QARenderer(transcript: self, lexicon: (language ?? OutputLanguage(of: self)).lexicon, filter: filter)
        let document = DocumentColumns(file: file, source: source)
        let pairs = renderer.pairs
        switch format {
        case .csv:
            return pairs.map { CSVWriter.record(document.fields + renderer.csvFields($0)) }
        case .json, .jsonl:
            return pairs.map { pair in
                var writer = JSONWriter(pretty: format == .json)
                writer.beginObject()
                document.write(to: &writer)
                renderer.writeMembers(pair, to: &writer)
                writer.endObject()
                return writer.output
            }
        case .markdown:
            return pairs.isEmpty && !filter.isEmpty ? [] : [renderer.markdown(file: file)]
        }
    }

    /// The header row (without its CRLF) of a CSV listing of ``questionAndAnswerRecords(file:format:filter:language:)``.
    public static var questionAndAnswerHeader: String {
        CSVWriter.record(DocumentColumns.names + QARenderer.csvHeader)
    }

    /// This document's part of a listing of statements over many documents: one record per turn of a
    /// participant that `speaker` and `filter` keep, with the document's columns first.
    ///
    /// CSV records are rows without their CRLF, under ``statementHeader``; JSON records are objects in
    /// which the participant's title is `speakerTitle` (beside the document's `title`); Markdown and text
    /// are one record, the document's statements with `file` named — none when nobody is kept.
    ///
    /// - Parameters:
    ///   - file: The path the document was read from.
    ///   - speaker: Only the participants ``participants(matching:)`` finds for this name; `nil` for all.
    ///   - format: The listing's format.
    ///   - filter: The participants and turns to keep.
    ///   - language: The language of names and headings; `nil` follows the transcript.
    public func statementRecords(
        file: String, speaker: String? = nil, format: StatementFormat, filter: StatementFilter = StatementFilter(),
        language: OutputLanguage? = nil
    ) -> [String] {
        let renderer = SpeakerStatementsRenderer(
            transcript: self, speaker: speaker, filter: filter, lexicon: (language ?? OutputLanguage(of: self)).lexicon)
        let document = DocumentColumns(file: file, source: source)
        let numbers = renderer.exchangeNumbers
        let rows = renderer.statements.flatMap { statement in statement.turns.map { (statement.participant, $0) } }
        switch format {
        case .csv:
            return rows.map { CSVWriter.record(document.fields + renderer.csvFields($0, $1, numbers: numbers)) }
        case .json, .jsonl:
            return rows.map { participant, turn in
                var writer = JSONWriter(pretty: format == .json)
                writer.beginObject()
                document.write(to: &writer)
                renderer.writeParticipant(participant, titleKey: "speakerTitle", to: &writer)
                renderer.writeTurn(turn, numbers: numbers, to: &writer)
                writer.endObject()
                return writer.output
            }
        case .markdown:
            return renderer.statements.isEmpty ? [] : [renderer.markdown(file: file)]
        case .text:
            return renderer.statements.isEmpty ? [] : [file + "\n\n" + renderer.text()]
        }
    }

    /// The header row (without its CRLF) of a CSV listing of ``statementRecords(file:speaker:format:filter:language:)``.
    public static var statementHeader: String {
        CSVWriter.record(DocumentColumns.names + SpeakerStatementsRenderer.csvHeader)
    }
}
