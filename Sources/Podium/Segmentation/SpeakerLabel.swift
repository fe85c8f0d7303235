/// What a speaker label says about who is speaking.
struct SpeakerLabel: Equatable {
    /// The label as printed, without the colon.
    var text: String
    /// A role the label's words imply (主持人, 记者, Q, 答).
    var roleHint: LabelRole?
    var name: String?
    var title: String?
    var organization: String?
    var outlet: String?
    /// How sure the label is a speaker: a bare two-character name needs support from elsewhere.
    var isTentative = false
}

/// A block split at its speaker label.
struct LabeledBlock {
    var label: SpeakerLabel? {
        get { boxedLabel?.label }
        set { boxedLabel = newValue.map(LabelBox.init) }
    }
    /// The block's text after the label.
    var text: String
    var block: Block

    /// The label out of line: most blocks have none, and a label held in place would make each element of
    /// a large document's array of labelled blocks 90 bytes larger.
    private var boxedLabel: LabelBox?

    init(label: SpeakerLabel?, text: String, block: Block) {
        boxedLabel = label.map(LabelBox.init)
        self.text = text
        self.block = block
    }
}

/// An immutable label shared by copies of a ``LabeledBlock``; a changed label gets a box of its own.
private final class LabelBox: Sendable {
    let label: SpeakerLabel

    init(_ label: SpeakerLabel) {
        self.label = label
    }
}
