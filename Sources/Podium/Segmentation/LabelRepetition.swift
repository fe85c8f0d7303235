/// How a document prints its labels: only where the speaker changes, or again for the same speaker.
///
/// Where a label is printed only at a change of speaker (turns go on over unlabelled paragraphs far more often
/// than a named label is printed twice in a row), an anonymous label printed twice in a row (`Q`, `SENIOR
/// ADMINISTRATION OFFICIAL`) is two people: the label printed again is the hand-over.
enum LabelRepetition {
    /// Whether a label printed again in `blocks`, the dialogue span, marks a new speaker.
    static func marksHandOver(_ blocks: ArraySlice<LabeledBlock>) -> Bool {
        let limits = Thresholds.LabelRepetition.self
        var continuations = 0
        var namedRepeats = 0
        var previousName: String?
        for block in blocks where block.block.kind != .aside && block.block.kind != .labelKey {
            guard let label = block.label else {
                if !StageDirection.isStageDirection(block.text) { continuations += 1 }
                continue
            }
            if let name = label.name, name == previousName { namedRepeats += 1 }
            previousName = label.name
        }
        return continuations >= max(limits.fewestContinuedParagraphs, namedRepeats * limits.continuedParagraphsPerNamedRepeat)
    }
}
