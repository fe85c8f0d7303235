/// A reporter's question together with the turns that answer it.
public struct Exchange: Codable, Hashable, Sendable {
    /// Whether the answers take the question up.
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// The answers speak to the question.
        case answered
        /// The answers decline it: "I don't have anything for you on that", "I'd refer you to the Department",
        /// 「我不掌握有关情况」, 「请向主管部门询问」.
        case deflected
    }

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
    /// Whether the answers take the question up; `answered` in JSON of schema version 1, which had no status.
    public var status: Status
    /// The parts of a question that asks several things, each with the answer paragraphs that take it up; empty
    /// when the question shows fewer than two parts. Added in schema version 3.
    public var parts: [QuestionPart]

    /// Creates an exchange.
    public init(
        index: Int, question: Int, answers: [Int], asker: String, answerers: [String], status: Status = .answered,
        parts: [QuestionPart] = []
    ) {
        self.index = index
        self.question = question
        self.answers = answers
        self.asker = asker
        self.answerers = answerers
        self.status = status
        self.parts = parts
    }

    private enum CodingKeys: String, CodingKey {
        case index, question, answers, asker, answerers, status, parts
    }

    /// Encodes the exchange; `parts` is left out when there are none, as in the JSON output.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(question, forKey: .question)
        try container.encode(answers, forKey: .answers)
        try container.encode(asker, forKey: .asker)
        try container.encode(answerers, forKey: .answerers)
        try container.encode(status, forKey: .status)
        if !parts.isEmpty { try container.encode(parts, forKey: .parts) }
    }

    /// Decodes an exchange; `status` and `parts`, absent from older schema versions, default to answered and none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decode(Int.self, forKey: .index)
        question = try container.decode(Int.self, forKey: .question)
        answers = try container.decode([Int].self, forKey: .answers)
        asker = try container.decode(String.self, forKey: .asker)
        answerers = try container.decode([String].self, forKey: .answerers)
        status = try container.decodeIfPresent(Status.self, forKey: .status) ?? .answered
        parts = try container.decodeIfPresent([QuestionPart].self, forKey: .parts) ?? []
    }
}
