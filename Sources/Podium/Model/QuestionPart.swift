/// One part of a question that asks several things: 「第一个问题，…第二个问题，…」, "I have two questions. First, …
/// And secondly, …".
public struct QuestionPart: Codable, Hashable, Sendable {
    /// A paragraph of an answer that takes a part up (「关于第一个问题，…」, "On your second question, …").
    public struct Passage: Codable, Hashable, Sendable {
        /// The ``Turn/index`` of the answering turn.
        public var turn: Int
        /// The position of the paragraph in that turn's ``Turn/paragraphs``.
        public var paragraph: Int

        /// Creates a passage reference.
        public init(turn: Int, paragraph: Int) {
            self.turn = turn
            self.paragraph = paragraph
        }
    }

    /// The part's position in the question, starting at 1.
    public var ordinal: Int
    /// The marker as printed (「第一个问题」, `secondly`, `second question`); empty for a first part that the
    /// question announced ("I have two questions.") but did not mark.
    public var marker: String
    /// The position, in the question turn's ``Turn/paragraphs``, of the paragraph the part starts in.
    public var paragraph: Int
    /// The part's text, from its marker to the next part's marker or the question's end; paragraphs are joined
    /// by a line break.
    public var text: String
    /// The answer paragraphs that take this part up, in reading order.
    public var answers: [Passage]

    /// Creates a question part.
    public init(ordinal: Int, marker: String, paragraph: Int, text: String, answers: [Passage] = []) {
        self.ordinal = ordinal
        self.marker = marker
        self.paragraph = paragraph
        self.text = text
        self.answers = answers
    }
}
