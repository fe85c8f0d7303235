/// An interview that labels only its questions (`Q. The report says…?`, `Question:`), each answer printed under its
/// question with no label: every labelled speaker asks, and most of their turns go on after the question.
///
/// The words after each question are then the answer of the one person the interview is with, whom no label names: a
/// turn of an unnamed speaker who answers. A question runs to the first of its paragraphs that asks (ends with a
/// question mark), among its first ``Thresholds/UnlabelledAnswers/longestQuestion`` paragraphs; a turn that asks in
/// none of them is left whole, and so is a document where fewer than half the turns, or fewer than
/// ``Thresholds/UnlabelledAnswers/fewestQuestions``, ask and go on.
enum UnlabelledAnswers {
    /// Splits the question turns of such an interview; leaves any other document as it is.
    static func separate(_ document: inout SegmentedDocument) {
        let limits = Thresholds.UnlabelledAnswers.self
        guard document.turns.count >= limits.fewestQuestions,
            document.turns.allSatisfy({ turn in
                let role = document.registry.entries[turn.speaker].labelRole
                return role == .reporter || role == .followUp
            })
        else { return }
        let questionEnds = document.turns.map { turn in Self.questionEnd(turn).flatMap { turn.paragraphs.count > $0 + 1 ? $0 : nil } }
        let answered = questionEnds.compactMap { $0 }.count
        guard answered >= limits.fewestQuestions, answered * 2 >= document.turns.count else { return }
        let answerer = document.registry.resolve(SpeakerLabel(text: "", roleHint: .official))
        var turns: [SegmentedDocument.Turn] = []
        var newIndex: [Int] = []
        for (turn, end) in zip(document.turns, questionEnds) {
            newIndex.append(turns.count)
            guard let end else {
                turns.append(turn)
                continue
            }
            var question = turn
            question.paragraphs = Array(turn.paragraphs[...end])
            turns.append(question)
            turns.append(SegmentedDocument.Turn(speaker: answerer, paragraphs: Array(turn.paragraphs[(end + 1)...])))
        }
        // A note stays with the turn it fell in: a question's, now followed by its answer.
        for index in document.notes.indices {
            if let turn = document.notes[index].turn, turn < newIndex.count { document.notes[index].turn = newIndex[turn] }
        }
        document.turns = turns
    }

    /// The index of the paragraph that ends the turn's question, `nil` when none of its first paragraphs asks.
    private static func questionEnd(_ turn: SegmentedDocument.Turn) -> Int? {
        turn.paragraphs.prefix(Thresholds.UnlabelledAnswers.longestQuestion).firstIndex { paragraph in
            guard let last = paragraph.last(where: { !" \t\"”’)）".contains($0) }) else { return false }
            return last == "?" || last == "？"
        }
    }
}
