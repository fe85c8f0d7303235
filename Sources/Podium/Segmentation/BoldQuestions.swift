/// A magazine interview that labels nobody: each question printed whole in bold or as a heading (`**How did you end up
/// in a kitchen?**`, `<h3>What is your first priority?</h3>`), the answer in plain paragraphs under it.
///
/// Read only where no block has a label, and only where the page says it is an interview (``NewsLexicon/interviewCues``
/// in the title or the lines before the first question) and is no list of frequently asked questions: an explainer's
/// question headings (`Why does it matter?`) answer nothing anyone was asked. Each question is then a turn of the
/// unnamed interviewer, and the words under it the unnamed interviewee's.
enum BoldQuestions {
    /// The blocks with each question labelled as the interviewer's; `nil` for any other document.
    static func labeled(_ blocks: [LabeledBlock], title: String?) -> [LabeledBlock]? {
        let questions = blocks.indices.filter { isQuestion(blocks[$0].block) }
        guard questions.count >= Thresholds.BoldQuestions.fewestQuestions, let first = questions.first else { return nil }
        // Every question has its answer: a block of words that is no question before the next one.
        for (question, next) in zip(questions, questions.dropFirst() + [blocks.count]) {
            guard blocks[(question + 1)..<next].contains(where: { !$0.block.text.isEmpty && !$0.block.isHeading }) else { return nil }
        }
        let opening = ([title ?? ""] + blocks[..<first].map(\.block.text)).joined(separator: "\n")
        guard NewsLexicon.interviewCues.contains(where: { opening.containsLiteral($0) }),
            !NewsLexicon.questionListCues.contains(where: { opening.containsLiteral($0) })
        else { return nil }
        var labeled = blocks
        // A question may go on after its question mark (`**And the driver shortage? That was the story everywhere two
        // years ago.**`), and the words under it are the unnamed interviewee's however it ends. A paragraph whole in
        // bold after an answer puts a view to the interviewee (`**Some economists argue the ECB should care more about
        // growth now.**`) as a question does.
        var asked = false
        for index in blocks.indices.dropFirst(first) where !blocks[index].block.text.isEmpty {
            let block = blocks[index].block
            if questions.contains(index) || asks(block) || !asked && !block.isHeading && isPrintedAsAQuestion(block) {
                labeled[index].label = SpeakerLabel(text: "", roleHint: .reporter)
                asked = true
            } else if asked, !blocks[index].block.isHeading {
                labeled[index].label = SpeakerLabel(text: "", roleHint: .official)
                asked = false
            }
        }
        return labeled
    }

    /// A magazine interview that labels its first questions and answers (`**Physics World: How do you…?**`, then
    /// `**Carvalho:** You design…`) and then prints only the questions, whole in bold, the answers plain under them.
    /// Where every turn of one label is such a question and one other label answers each, a later question printed so is
    /// that asker's and the words under it that answerer's. `nil` for any other document.
    static func continued(_ blocks: [LabeledBlock]) -> [LabeledBlock]? {
        let labelled = blocks.indices.filter { blocks[$0].label != nil }
        guard let first = labelled.first, let asker = blocks[first].label,
            case let askerTurns = labelled.filter({ blocks[$0].label?.text == asker.text }),
            askerTurns.allSatisfy({ isQuestion(blocks[$0].block) }),
            case let answers = askerTurns.map({ $0 + 1 < blocks.count ? blocks[$0 + 1].label : nil }),
            let answerer = answers.first ?? nil, answerer.text != asker.text, answers.allSatisfy({ $0?.text == answerer.text })
        else { return nil }
        var result = blocks
        var asked = false
        var changed = false
        for index in blocks.indices.dropFirst(first + 1) where blocks[index].label == nil && !blocks[index].block.text.isEmpty {
            if isQuestion(blocks[index].block) {
                result[index].label = asker
                asked = true
                changed = true
            } else if asked, !blocks[index].block.isHeading {
                result[index].label = answerer
                asked = false
            }
        }
        return changed ? result : nil
    }

    /// A question printed whole in bold or as a heading, within a question's length, that ends asking.
    private static func isQuestion(_ block: Block) -> Bool {
        guard isPrintedAsAQuestion(block), let last = block.text.last(where: { !" \t\"”’)）*".contains($0) }) else { return false }
        return last == "?" || last == "？"
    }

    /// One printed so that asks anywhere in it, not only at its end.
    private static func asks(_ block: Block) -> Bool {
        isPrintedAsAQuestion(block) && block.text.contains { $0 == "?" || $0 == "？" }
    }

    /// Whole in bold, or a heading, within a question's length.
    private static func isPrintedAsAQuestion(_ block: Block) -> Bool {
        let text = block.text
        return !text.isEmpty && text.hasLength(atMost: Thresholds.BoldQuestions.longestQuestion)
            && (block.isHeading || block.strongPrefix.map({ text.trimmingCharacters(in: " ") == $0.trimmingCharacters(in: " ") }) == true)
    }
}
