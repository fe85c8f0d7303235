/// An introductory statement printed without a label before the questions, under a header that names who gives it: the
/// ECB's `MONETARY POLICY STATEMENT` / `Margarethe Vos, President of the ECB,` / `Good afternoon. The Vice-President and
/// I…` / … / `Question:` / `Vos:`. The paragraphs from the first that opens as a speaker does (a greeting) are the
/// statement of the labelled speaker the header names first, with their full name.
enum UnlabelledStatement {
    /// The header's full name of the speaker, and the index of the statement's first block; `nil` where the blocks before
    /// the first label hold no greeting followed by speech, or the header names no labelled speaker.
    static func opening(_ blocks: [LabeledBlock], firstLabel: Int) -> (holder: String, start: Int)? {
        guard firstLabel > 1,
            let start = blocks[..<firstLabel].firstIndex(where: { opensAStatement($0.block.text) }), start > 0,
            blocks[start..<firstLabel].filter({ LabelSequence.isSpeech($0.block.text) && LabelSequence.endsSentence($0.block.text) }).count
                >= Thresholds.Segments.fewestUnlabelledStatementParagraphs
        else { return nil }
        let labelNames = Set(blocks[firstLabel...].lazy.compactMap { $0.label?.name }.filter { name in
            !name.isEmpty && name.unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isAlphabetic || $0 == " " }
        })
        guard !labelNames.isEmpty else { return nil }
        for block in blocks[..<start] {
            let named = labelNames.compactMap { name in fullName(of: name, in: block.block.text) }
            if let first = named.min(by: { $0.offset < $1.offset }) { return (first.name, start) }
        }
        return nil
    }

    /// A greeting that opens what someone says: `Good afternoon.`, `Ladies and gentlemen, …`.
    private static func opensAStatement(_ text: String) -> Bool {
        let lowered = text.prefix(Thresholds.Segments.longestStatementGreeting).lowercased()
        return DiscourseLexicon.statementGreetings.contains { lowered.hasPrefix($0) }
    }

    /// `Margarethe Vos, President of the ECB,` for `Vos`: the capitalised words that end with the name, before a comma,
    /// and where they start in the line.
    private static func fullName(of name: String, in text: String) -> (name: String, offset: Int)? {
        guard let range = text.literalRange(of: name + ","), range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " "
        else { return nil }
        let given = text[..<range.lowerBound].split(separator: " ").reversed().prefix { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’.".contains($0) }
        }.reversed()
        guard given.count < Thresholds.LabelEvidence.mostWordsInAPersonLabel else { return nil }
        let full = (given.map(String.init) + [name]).joined(separator: " ")
        return (full, text.distance(from: text.startIndex, to: range.lowerBound) - given.reduce(0) { $0 + $1.count + 1 })
    }
}
