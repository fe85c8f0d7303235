/// Consecutive paragraphs spoken by one participant.
public struct Turn: Codable, Hashable, Sendable {
    /// What a turn does in the flow of the event.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Opening remarks by an official before the questions start.
        case statement
        /// A reporter's question.
        case question
        /// An official's reply to a question.
        case answer
        /// The host opening, handing over or closing.
        case moderation
        /// Anything else.
        case remark
    }

    /// The position of the turn in ``Transcript/turns``.
    public var index: Int
    /// The ``Participant/id`` of the speaker.
    public var speaker: String
    /// What the turn does.
    public var kind: Kind
    /// The clock time printed with the turn's label (`00:09:25`, `4:14`), as printed; `nil` when none was.
    public var time: String?
    /// The paragraphs spoken, with the speaker label removed.
    public var paragraphs: [String]
    /// The numbered points found in the paragraphs.
    public var points: [Point]

    /// Creates a turn.
    public init(index: Int, speaker: String, kind: Kind, time: String? = nil, paragraphs: [String], points: [Point] = []) {
        self.index = index
        self.speaker = speaker
        self.kind = kind
        self.time = time
        self.paragraphs = paragraphs
        self.points = points
    }
}
