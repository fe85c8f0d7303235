/// What ``Transcript/briefing(_:)`` puts in a briefing.
public struct BriefingOptions: Hashable, Sendable {
    /// The language of headings and labels; `nil` follows the transcript's ``Source/language``.
    public var language: OutputLanguage?
    /// Print every sentence of every turn: opening statements in full, every answer's full text after
    /// its summary, and the remarks and host's words between the exchanges.
    public var includesFullAnswers: Bool
    /// The most key figures to list; `nil` lists all of them.
    public var keyFigureLimit: Int?
    /// The most sentences an answer's summary keeps from the paragraphs outside its lists.
    public var answerSentences: Int
    /// The path or name of the file the transcript was read from: a date in it dates an undated document.
    public var fileName: String?

    /// Sentences an answer's summary keeps by default (`podium brief --sentences N`).
    public static let defaultAnswerSentences = 3

    /// Creates options.
    ///
    /// - Parameters:
    ///   - language: The language of headings and labels; `nil` follows the transcript.
    ///   - includesFullAnswers: Print every sentence of every turn.
    ///   - keyFigureLimit: The most key figures to list; `nil` lists all of them.
    ///   - answerSentences: The most sentences an answer's summary keeps outside its lists.
    ///   - fileName: The file the transcript was read from, whose name can date it.
    public init(
        language: OutputLanguage? = nil, includesFullAnswers: Bool = false, keyFigureLimit: Int? = nil,
        answerSentences: Int = BriefingOptions.defaultAnswerSentences, fileName: String? = nil
    ) {
        self.fileName = fileName
        self.language = language
        self.includesFullAnswers = includesFullAnswers
        self.keyFigureLimit = keyFigureLimit
        self.answerSentences = answerSentences
    }
}
