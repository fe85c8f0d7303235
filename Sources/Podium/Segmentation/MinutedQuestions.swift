/// A council's minutes of public questions: each heading names who asks or answers (`Question from Ms Harriet Doyle to
/// the Cabinet Member for Housing (Councillor Sam Whitfield):`, `Response from Councillor Whitfield:`), and a heading
/// alone (`Supplementary question:`, `Response:`) is the asker or answerer just named. Read only where the document
/// heads two questions, or a question and an answer, so.
enum MinutedQuestions {
    /// The blocks with the minutes' headings read as labels, each heading kept as a note of its turn; `nil` when the
    /// document has none of them.
    static func labeled(_ blocks: [LabeledBlock]) -> [LabeledBlock]? {
        var source = blocks
        var headings: [(index: Int, heading: Heading)] = []
        for index in blocks.indices {
            let text = blocks[index].block.text
            if let found = heading(text) {
                headings.append((index, found))
            } else if index + 1 < blocks.count, case let closing = blocks[index + 1].block.text,
                closing.hasPrefix("("), closing.hasSuffix("):"), let found = heading(text + " " + closing)
            {
                // `Question from Mr Tobias Lindgren to the Cabinet Member for Climate and Transport` / `(Councillor Nadia
                // Okonjo):`: the heading's last line was read as a bracketed label of its own.
                headings.append((index, found))
                source[index + 1] = LabeledBlock.aside(closing)
            }
        }
        guard headings.filter({ $0.heading.isNamed }).count >= Thresholds.Segments.fewestMinutedHeadings else { return nil }
        var labels: [Int: SpeakerLabel] = [:]
        var asker: SpeakerLabel?
        var answerer: SpeakerLabel?
        for (index, heading) in headings {
            switch heading {
            case .question(let named):
                asker = named
                labels[index] = named
            case .answer(let named):
                answerer = named
                labels[index] = named
            case .followUpQuestion: labels[index] = asker
            case .followUpAnswer: labels[index] = answerer
            }
        }
        // The heading opens the turn it names, and stays after its label as the turn's note.
        return source.indices.flatMap { index -> [LabeledBlock] in
            guard let label = labels[index] else { return [source[index]] }
            let heading = source[index].block.text
            return [
                LabeledBlock(label: label, text: "", block: source[index].block),
                LabeledBlock.aside(heading),
            ]
        }
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
        // Opened as a heading of the lexicon is and closed by `:` (byte 3A) or `：` (EF BC 9A): most paragraphs, labels
        // alone among them, are turned down on their first and last bytes.
        guard let firstByte = text.utf8.first, headingInitials.contains(firstByte), let lastByte = text.utf8.last,
            lastByte == 0x3A || lastByte == 0x9A,
            text.hasLength(atMost: Thresholds.Segments.longestRecordHeading), let last = text.last, last == ":" || last == "："
        else { return nil }
        let words = String(text.dropLast()).trimmingCharacters(in: " ")
        if SpeakerLexicon.minutedFollowUpQuestions.contains(words) { return .followUpQuestion }
        if SpeakerLexicon.minutedFollowUpAnswers.contains(words) { return .followUpAnswer }
        if let label = named(words, after: SpeakerLexicon.minutedQuestionOpenings, role: .reporter) { return .question(label) }
        if let label = named(words, after: SpeakerLexicon.minutedAnswerOpenings, role: .official) { return .answer(label) }
        return nil
    }

    /// The first bytes of the lexicon's headings.
    private static let headingInitials = Set(
        (SpeakerLexicon.minutedQuestionOpenings + SpeakerLexicon.minutedAnswerOpenings + SpeakerLexicon.minutedFollowUpQuestions
            + SpeakerLexicon.minutedFollowUpAnswers).compactMap(\.utf8.first))

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
