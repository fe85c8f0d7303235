/// Something at the start of a paragraph that has the shape of a speaker label, though no lexicon rule
/// names it: `《财经》：`, `Speaker 0: 00:00:02`, `Don Lemmon  0:05`, `**【马若德】**`, `<HANNITY: …>`.
///
/// Whether it is a speaker is decided later, for the whole document at once, from its evidence
/// (``LabelEvidence``): a candidate that recurs and alternates with other speakers is one.
struct LabelCandidate: Equatable, Sendable {
    /// The label as printed, wrappers, timestamps and numbering removed, blanks collapsed.
    var text: String
    /// The shape it was found in.
    var form: LabelForm
    /// The words after the label in the same paragraph; empty when the label stands alone.
    var rest: String
    /// A header line's affiliation after the name: `Acme Corp - CFO` in `Jane Public,  Acme Corp - CFO  [3]`.
    var affiliation: String? = nil
    /// The clock time printed with the label: `00:09:25` in `[00:09:25] Name:`, `0:05` in `Name  0:05`.
    var time: String? = nil
}
