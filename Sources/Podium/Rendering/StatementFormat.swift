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
