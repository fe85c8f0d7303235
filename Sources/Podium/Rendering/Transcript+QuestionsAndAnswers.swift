extension Transcript {
    /// The question-and-answer pairs, numbered from 1 as in the briefing's Q1…Qn.
    ///
    /// CSV has one row per exchange with the columns `index` (1-based), `asker`, `outlet`, `question`,
    /// `answerers` (names joined by `; `) and `answer` (the answers' paragraphs, each answer opened by
    /// its speaker's name when several people answered, and what was said between two answers in place, in
    /// brackets), `status` (``Exchange/Status``: `answered` or `deflected`) and `parts` (the parts of a question
    /// that asks several things, ``Exchange/parts``, as `1: …; 2: …`); records end with CRLF. JSON adds
    /// `interjections` to a pair where someone spoke between answers and `parts` to a question of several parts.
    /// Markdown marks a deflected answer and lists a question's parts under it.
    /// JSON and JSON Lines carry the same fields with the turn indices, for joining with ``jsonString(pretty:)``.
    ///
    /// - Parameters:
    ///   - format: Markdown, JSON, JSON Lines or CSV.
    ///   - byteOrderMark: Start with U+FEFF, which spreadsheet programs need to read UTF-8 CSV.
    ///   - language: The language of headings and labels; `nil` follows the transcript.
    ///   - filter: The pairs to keep: those where a chosen participant asks or answers and whose text
    ///     matches; kept pairs keep their numbers.
    /// - Returns: The rendered pairs, ending with a line break.
    public func questionsAndAnswers(
        format: QAFormat = .markdown, byteOrderMark: Bool = false, language: OutputLanguage? = nil,
        filter: StatementFilter = StatementFilter()
    ) -> String {
        let renderer = QARenderer(transcript: self, lexicon: (language ?? OutputLanguage(of: self)).lexicon, filter: filter)
        let body: String
        switch format {
        case .markdown: body = renderer.markdown()
        case .json: body = renderer.json()
        case .jsonl: body = renderer.jsonLines()
        case .csv: body = renderer.csv()
        }
        return byteOrderMark ? "\u{FEFF}" + body : body
    }
}
