/// A hearing's record of a witness examined in `Q.` and `A.` form: the oath line (`MR DEREK ASHWORTH (affirmed)`) names
/// who answers every `A.` after it, and the examining counsel, named by the heading under it (`EXAMINATION BY MR.
/// SMITH:`) or the first to speak by name under it (`MS LANGFORD:`), asks every `Q.`. Read only where the record prints
/// an oath line and bare `Q` and `A` labels after it.
enum WitnessExamination {
    /// The blocks with each `Q` and `A` after an oath line read as the examiner and the witness, the oath and
    /// examination lines kept as notes; `nil` where the record has no oath line.
    static func labeled(_ blocks: [LabeledBlock]) -> [LabeledBlock]? {
        guard let firstOath = blocks.firstIndex(where: { $0.label == nil && swornWitness(in: $0.block.text) != nil }),
            blocks[firstOath...].contains(where: { isBare($0.label, "A") || $0.block.text.containsLiteral(answerMark) })
        else { return nil }
        var result = blocks
        var witness: SpeakerLabel?
        var examiner: SpeakerLabel?
        var awaitingExaminer = false
        // Blocks a question and its answer printed in one paragraph were split into, by where they were split.
        var splits: [(index: Int, answer: LabeledBlock)] = []
        for index in blocks.indices.dropFirst(firstOath) {
            let block = blocks[index]
            // `EXAMINATION BY MR. PRICE:` closes with a colon, as a label does.
            if let heading = examinationHeading(block.block.text) {
                examiner = heading.examiner
                awaitingExaminer = heading.examiner == nil
                result[index] = LabeledBlock.aside(block.block.text)
                continue
            }
            // `And you're employed…?---That's right, since 2019.`: the examiner's question, then the witness's answer.
            if let witness, let examining = block.label ?? examiner, let mark = block.text.literalRange(of: answerMark) {
                let question = String(block.text[..<block.text.index(after: mark.lowerBound)])
                let answer = String(block.text[mark.upperBound...]).trimmingCharacters(in: " ")
                if !answer.isEmpty {
                    var asking = examining
                    if block.label == nil || asking.text == examiner?.text { asking.roleHint = .reporter }
                    result[index] = LabeledBlock(label: asking, text: question, block: block.block)
                    splits.append((index, LabeledBlock(label: witness, text: answer, block: Block(text: answer))))
                    if block.label != nil, examiner == nil || awaitingExaminer {
                        examiner = asking
                        awaitingExaminer = false
                    }
                    continue
                }
            }
            guard let label = block.label else {
                guard let sworn = Self.swornWitness(in: block.block.text) else { continue }
                witness = sworn
                examiner = nil
                awaitingExaminer = true
                result[index] = LabeledBlock.aside(block.block.text)
                continue
            }
            // A hearing's presiding member (`THE DEPUTY PRESIDENT:`, `HIS HONOUR:`) keeps order and rules on objections.
            if SpeakerLexicon.presidingMemberLabels.contains(label.text.uppercased()) {
                result[index].label?.roleHint = .moderator
                continue
            }
            // The label printed stays the label's text (`A`, `THE WITNESS`), as every printed form of a speaker does.
            if isBare(label, "A") || SpeakerLexicon.witnessLabels.contains(label.text.uppercased()), var witness {
                witness.text = label.text
                result[index].label = witness
            } else if isBare(label, "Q"), var examiner {
                examiner.text = label.text
                result[index].label = examiner
            } else if awaitingExaminer, label.name != nil, label.text != witness?.text {
                var asking = label
                asking.roleHint = .reporter
                examiner = asking
                awaitingExaminer = false
                result[index].label = asking
            } else if let examiner, label.text == examiner.text {
                result[index].label = examiner
            }
        }
        for (index, answer) in splits.reversed() { result.insert(answer, at: index + 1) }
        return result
    }

    /// What closes a question and opens its answer in one paragraph of an Australian court's or tribunal's transcript
    /// (`…state your full name?---Karen Elizabeth Doyle, …`).
    static let answerMark = "?---"

    /// An oath or examination line without the marks a tribunal's transcript puts around it: the `<` that opens it and the
    /// clock time in brackets that closes it (`<KAREN ELIZABETH DOYLE, AFFIRMED   [10.06 AM]`).
    private static func recordLine(_ text: String) -> String {
        var line = Substring(text)
        if line.first == "<" { line = line.dropFirst() }
        // `[10.06 AM]`: a time, its first character a digit.
        if line.last == "]", let open = line.lastIndex(of: "["), line[line.index(after: open)...].first?.isNumber == true {
            line = line[..<open]
        }
        return line.trimmingCharacters(in: " ")
    }

    private static func isBare(_ label: SpeakerLabel?, _ letter: String) -> Bool {
        label?.text == letter && label?.name == nil
    }

    /// `Derek Ashworth` in `MR DEREK ASHWORTH (affirmed)`, as a label is read, answering.
    private static func swornWitness(in printed: String) -> SpeakerLabel? {
        // An oath line closes with its bracket (`(affirmed)`) or says `sworn`, or is a tribunal's, in capitals between its
        // marks (`<KAREN ELIZABETH DOYLE, AFFIRMED [10.06 AM]`): most paragraphs are turned down on a byte.
        let opensWithMark = printed.utf8.first == UInt8(ascii: "<")
        guard printed.utf8.count <= Thresholds.Segments.longestRecordHeading * 4,
            printed.utf8.last(where: { $0 != 0x20 }) == 0x29 || printed.containsLiteral("sworn") || opensWithMark
        else { return nil }
        let text = opensWithMark ? recordLine(printed) : printed
        guard
            text.hasLength(atMost: Thresholds.Segments.longestRecordHeading),
            let marker = SpeakerLexicon.swornMarkers.lazy.compactMap({ text.literalRange(of: $0) }).first
        else { return nil }
        let printed = text[..<marker.lowerBound].trimmingCharacters(in: " ")
        guard LabelParser.isLatinName(printed) || printed == printed.uppercased() else { return nil }
        var label = LabelParser.parseEnglish(printed)
        guard label.name != nil else { return nil }
        label.roleHint = .official
        label.isTentative = false
        return label
    }

    /// A heading over an examination, and the examiner it names when it names a person (`MR. SMITH`), not an office
    /// (`COUNSEL TO THE INQUIRY`).
    private struct ExaminationHeading {
        var examiner: SpeakerLabel?
    }

    private static func examinationHeading(_ printed: String) -> ExaminationHeading? {
        let text = printed.utf8.first == UInt8(ascii: "<") ? recordLine(printed) : printed
        guard text.hasLength(atMost: Thresholds.Segments.longestRecordHeading),
            let opening = SpeakerLexicon.examinationHeadings.first(where: { text.hasPrefix($0) })
        else { return nil }
        let printed = text.dropFirst(opening.count).trimmingCharacters(in: " :：")
        guard let first = printed.split(separator: " ").first,
            SpeakerLexicon.isEnglishHonorific(first)
        else { return ExaminationHeading() }
        var label = LabelParser.parseEnglish(printed)
        label.roleHint = .reporter
        label.isTentative = false
        return ExaminationHeading(examiner: label.name == nil ? nil : label)
    }
}
