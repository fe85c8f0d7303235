/// A council's minutes of public questions: each heading names who asks or answers (`Question from Ms Harriet Doyle to
/// the Cabinet Member for Housing (Councillor Sam Whitfield):`, `Response from Councillor Whitfield:`), and a heading
/// alone (`Supplementary question:`, `Response:`) is the asker or answerer just named. Read only where the document
/// heads two questions, or a question and an answer, so.
enum MinutedQuestions {
    /// The blocks with the minutes' headings read as labels, or `nil` when the document has none of them.
    static func labeled(_ blocks: [LabeledBlock]) -> [LabeledBlock]? {
        var result = blocks
        var headings: [(Int, Heading)] = []
        for index in blocks.indices {
            if let found = heading(blocks[index].block.text) {
                headings.append((index, found))
            } else if index + 1 < blocks.count, case let closing = blocks[index + 1].block.text,
                closing.hasPrefix("("), closing.hasSuffix("):"), let found = heading(blocks[index].block.text + " " + closing)
            {
                // `Question from Mr Tobias Lindgren to the Cabinet Member for Climate and Transport` / `(Councillor Nadia
                // Okonjo):`: the heading's last line was read as a bracketed label of its own; it stays as a note.
                headings.append((index, found))
                result[index + 1] = LabeledBlock(label: nil, text: closing, block: Block(kind: .aside, text: closing))
            }
        }
        guard headings.filter({ $0.1.isNamed }).count >= Thresholds.Segments.fewestMinutedHeadings else { return nil }
        var asker: SpeakerLabel?
        var answerer: SpeakerLabel?
        for (index, heading) in headings {
            let label: SpeakerLabel?
            switch heading {
            case .question(let named):
                asker = named
                label = named
            case .answer(let named):
                answerer = named
                label = named
            case .followUpQuestion: label = asker
            case .followUpAnswer: label = answerer
            }
            guard let label else { continue }
            result[index] = LabeledBlock(label: label, text: "", block: blocks[index].block)
        }
        return result
    }

    private enum Heading {
        case question(SpeakerLabel), answer(SpeakerLabel), followUpQuestion, followUpAnswer

        var isNamed: Bool {
            switch self {
            case .question, .answer: true
            case .followUpQuestion, .followUpAnswer: false
            }
        }
    }

    /// A paragraph that is one heading alone, closed by a colon.
    private static func heading(_ text: String) -> Heading? {
        guard text.hasLength(atMost: Thresholds.Segments.longestMinutedHeading), let last = text.last, last == ":" || last == "：" else { return nil }
        let words = String(text.dropLast()).trimmingCharacters(in: " ")
        if SpeakerLexicon.minutedFollowUpQuestions.contains(words) { return .followUpQuestion }
        if SpeakerLexicon.minutedFollowUpAnswers.contains(words) { return .followUpAnswer }
        if let label = named(words, after: SpeakerLexicon.minutedQuestionOpenings, role: .reporter) { return .question(label) }
        if let label = named(words, after: SpeakerLexicon.minutedAnswerOpenings, role: .official) { return .answer(label) }
        return nil
    }

    /// `Ms Harriet Doyle` in `Question from Ms Harriet Doyle to …`, read as a label is.
    private static func named(_ words: String, after openings: [String], role: LabelRole) -> SpeakerLabel? {
        guard let opening = openings.first(where: { words.hasPrefix($0) }) else { return nil }
        var name = Substring(words.dropFirst(opening.count))
        if let end = SpeakerLexicon.minutedNameEnds.compactMap({ name.literalRange(of: $0)?.lowerBound }).min() { name = name[..<end] }
        let printed = name.trimmingCharacters(in: " ")
        guard LabelParser.isLatinName(printed) else { return nil }
        // `Ms Harriet Doyle`, `Councillor Whitfield`: honorifics and offices in the minutes' mixed case.
        let words = printed.split(separator: " ")
        let titleWords = words.prefix { word in
            let bare = word.trimmingCharacters(in: ".").uppercased()
            return SpeakerLexicon.englishHonorifics.contains(bare) || SpeakerLexicon.englishTitles.contains(bare)
        }
        guard titleWords.count < words.count else { return nil }
        let title = SpeakerLexicon.minutedOffices.contains(where: { titleWords.contains(Substring($0)) }) ? titleWords.joined(separator: " ") : nil
        return SpeakerLabel(
            text: printed, roleHint: role, name: words.dropFirst(titleWords.count).joined(separator: " "), title: title)
    }
}
