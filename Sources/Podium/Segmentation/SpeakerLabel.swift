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
    /// A clock time printed inside the label (`Jane Doe (00:01:10):`), the turn's time.
    var time: String?

    /// Each printing opens a turn of its own: a signed contribution (`[name=kiang]`) is one.
    var isSignature = false

    /// A label for a crowd (`Audience`, 「观众」): each time it is printed, someone else speaks.
    var isCollective: Bool { SpeakerLexicon.collectiveLabels.contains(text) }

    /// Two printings in a row are two turns, not one turn continued.
    var opensEveryTurn: Bool { isCollective || isSignature }
}

/// A block split at its speaker label.
extension SpeakerLabel {
    /// 「邱局長」, 「林副市長」: a Chinese surname and an office, naming someone printed in full elsewhere; `nil` for
    /// any other label.
    var chineseSurnameAndOffice: (surname: Character, office: String)? {
        guard let name, name.count == 1, let surname = name.first, SpeakerLexicon.chineseSurnames.contains(surname), let title,
            outlet == nil
        else { return nil }
        return (surname, title)
    }
}

struct LabeledBlock {
    var label: SpeakerLabel? {
        get { boxedLabel?.label }
        set { boxedLabel = newValue.map(LabelBox.init) }
    }
    /// A label shape no lexicon rule named, waiting for the document's evidence (``LabelEvidence``).
    var candidate: LabelCandidate? {
        get { boxedCandidate?.candidate }
        set { boxedCandidate = newValue.map(CandidateBox.init) }
    }
    /// The block's text after the label.
    var text: String
    var block: Block
    /// This piece was cut from the paragraph before it at a line a candidate opens; if the candidate is
    /// turned down, the two are one paragraph again.
    var continuesPrevious = false
    /// The clock time printed with the label, when one was (``LabelCandidate/time``).
    var time: String?

    /// The label out of line: most blocks have none, and a label held in place would make each element of
    /// a large document's array of labelled blocks 90 bytes larger.
    private var boxedLabel: LabelBox?
    private var boxedCandidate: CandidateBox?

    init(label: SpeakerLabel?, text: String, block: Block, candidate: LabelCandidate? = nil) {
        boxedLabel = label.map(LabelBox.init)
        boxedCandidate = candidate.map(CandidateBox.init)
        self.text = text
        self.block = block
    }

    /// Printed text that is no one's turn (a record's field, a roster line, a page's footer), kept as a note.
    static func aside(_ text: String) -> LabeledBlock {
        LabeledBlock(label: nil, text: text, block: Block(kind: .aside, text: text))
    }
}

/// A candidate out of line, as labels are.
private final class CandidateBox: Sendable {
    let candidate: LabelCandidate

    init(_ candidate: LabelCandidate) {
        self.candidate = candidate
    }
}

/// An immutable label shared by copies of a ``LabeledBlock``; a changed label gets a box of its own.
private final class LabelBox: Sendable {
    let label: SpeakerLabel

    init(_ label: SpeakerLabel) {
        self.label = label
    }
}
