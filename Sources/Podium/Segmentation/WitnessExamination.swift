/// A hearing's record of a witness examined in `Q.` and `A.` form: the oath line (`MR DEREK ASHWORTH (affirmed)`) names
/// who answers every `A.` after it, and the examining counsel, named by the heading under it (`EXAMINATION BY MR.
/// SMITH:`) or the first to speak by name under it (`MS LANGFORD:`), asks every `Q.`. Read only where the record prints
/// an oath line and bare `Q` and `A` labels after it.
enum WitnessExamination {
    /// The blocks with each `Q` and `A` after an oath line read as the examiner and the witness, the oath and
    /// examination lines kept as notes; `nil` where the record has no oath line.
    static func labeled(_ blocks: [LabeledBlock]) -> [LabeledBlock]? {
        guard let firstOath = blocks.firstIndex(where: { $0.label == nil && swornWitness(in: $0.block.text) != nil }),
            blocks[firstOath...].contains(where: { isBare($0.label, "A") })
        else { return nil }
        var result = blocks
        var witness: SpeakerLabel?
        var examiner: SpeakerLabel?
        var awaitingExaminer = false
        for index in blocks.indices.dropFirst(firstOath) {
            let block = blocks[index]
            // `EXAMINATION BY MR. PRICE:` closes with a colon, as a label does.
            if let heading = examinationHeading(block.block.text) {
                examiner = heading.examiner
                awaitingExaminer = heading.examiner == nil
                result[index] = LabeledBlock.aside(block.block.text)
                continue
            }
            guard let label = block.label else {
                guard let sworn = Self.swornWitness(in: block.block.text) else { continue }
                witness = sworn
                examiner = nil
                awaitingExaminer = true
                result[index] = LabeledBlock.aside(block.block.text)
                continue
            }
            // The label printed stays the label's text (`A`), as every printed form of a speaker does.
            if isBare(label, "A"), var witness {
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
        return result
    }

    private static func isBare(_ label: SpeakerLabel?, _ letter: String) -> Bool {
        label?.text == letter && label?.name == nil
    }

    /// `Derek Ashworth` in `MR DEREK ASHWORTH (affirmed)`, as a label is read, answering.
    private static func swornWitness(in text: String) -> SpeakerLabel? {
        // An oath line closes with its bracket (`(affirmed)`) or says `sworn`: most paragraphs are turned down on a byte.
        guard text.utf8.count <= Thresholds.Segments.longestRecordHeading * 4,
            text.utf8.last(where: { $0 != 0x20 }) == 0x29 || text.containsLiteral("sworn"),
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

    private static func examinationHeading(_ text: String) -> ExaminationHeading? {
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
