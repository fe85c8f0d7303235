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
    var label: SpeakerLabel?
    /// The block's text after the label.
    var text: String
    var block: Block
}
