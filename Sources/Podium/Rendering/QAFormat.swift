/// The output formats of ``Transcript/questionsAndAnswers(format:byteOrderMark:language:filter:)``.
public enum QAFormat: String, CaseIterable, Sendable {
    /// A `##` section per question: the question quoted, then each answer in full.
    case markdown
    /// One JSON document with every exchange.
    case json
    /// JSON Lines: one exchange per line.
    case jsonl
    /// RFC 4180 CSV: `index,asker,outlet,question,answerers,answer,status,parts`, one row per exchange.
    case csv
}
