/// A reporter's question together with the turns that answer it.
public struct Exchange: Codable, Hashable, Sendable {
    /// The position of the exchange in ``Transcript/exchanges``.
    public var index: Int
    /// The ``Turn/index`` of the question.
    public var question: Int
    /// The ``Turn/index`` of every answering turn, in order.
    public var answers: [Int]
    /// The ``Participant/id`` of the reporter who asked.
    public var asker: String
    /// The ``Participant/id`` of everyone who answered, in order of first answer.
    public var answerers: [String]

    /// Creates an exchange.
    public init(index: Int, question: Int, answers: [Int], asker: String, answerers: [String]) {
        self.index = index
        self.question = question
        self.answers = answers
        self.asker = asker
        self.answerers = answerers
    }
}
