/// One exchange, resolved to names and text.
struct QAPair {
    struct Answer {
        var turn: Int
        var speaker: Participant?
        var name: String
        var paragraphs: [String]
    }

    var number: Int
    var questionTurn: Int
    var asker: Participant?
    var askerName: String
    var question: [String]
    var answers: [Answer]
    /// Turns between two answers that answer nothing ("— or —", 「請部長補充」), kept to be shown in place.
    var interjections: [Answer] = []
    var status: Exchange.Status = .answered
    /// The parts of a question that asks several things (``Exchange/parts``).
    var parts: [QuestionPart] = []

    /// Answers and interjections in reading order.
    var passages: [(answer: Answer, interjects: Bool)] {
        (answers.map { ($0, false) } + interjections.map { ($0, true) }).sorted { $0.0.turn < $1.0.turn }
    }

    var answererNames: [String] {
        var names: [String] = []
        for answer in answers where !names.contains(answer.name) { names.append(answer.name) }
        return names
    }
}
