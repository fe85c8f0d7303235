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

    /// Creates an exchange.
    public init(index: Int, question: Int, answers: [Int], asker: String, answerers: [String], status: Status = .answered) {
        self.index = index
        self.question = question
        self.answers = answers
        self.asker = asker
        self.answerers = answerers
        self.status = status
    }

    private enum CodingKeys: String, CodingKey {
        case index, question, answers, asker, answerers, status
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        index = try container.decode(Int.self, forKey: .index)
        question = try container.decode(Int.self, forKey: .question)
        answers = try container.decode([Int].self, forKey: .answers)
        asker = try container.decode(String.self, forKey: .asker)
        answerers = try container.decode([String].self, forKey: .answerers)
        status = try container.decodeIfPresent(Status.self, forKey: .status) ?? .answered
    }
}
