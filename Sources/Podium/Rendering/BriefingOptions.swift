/// What ``Transcript/briefing(_:)`` puts in a briefing.
public struct BriefingOptions: Hashable, Sendable {
    /// The language of headings and labels; `nil` follows the transcript's ``Source/language``.
    public var language: BriefingLanguage?
    /// Add every answer's full text after its points.
    public var includesFullAnswers: Bool
    /// The most key figures to list; `nil` lists all of them.
    public var keyFigureLimit: Int?

    /// Creates options.
    ///
    /// - Parameters:
    ///   - language: The language of headings and labels; `nil` follows the transcript.
    ///   - includesFullAnswers: Add every answer's full text after its points.
    ///   - keyFigureLimit: The most key figures to list; `nil` lists all of them.
    public init(language: BriefingLanguage? = nil, includesFullAnswers: Bool = false, keyFigureLimit: Int? = nil) {
        self.language = language
        self.includesFullAnswers = includesFullAnswers
        self.keyFigureLimit = keyFigureLimit
    }
}
