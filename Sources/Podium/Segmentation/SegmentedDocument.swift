/// What segmentation hands to analysis: the document cut into turns, each by a participant of the registry, with the
/// text before the first turn, after the last, and the notes set apart from the turns.
struct SegmentedDocument {
    /// A turn as segmentation leaves it: who speaks (an index into ``registry``) and what they say; analysis gives it
    /// its kind and points.
    struct Turn {
        var speaker: Int
        var paragraphs: [String]
        var time: String? = nil
    }

    /// The lines before the first turn: the article's lead.
    var lead: [String] = []
    var turns: [Turn] = []
    /// Stage directions, section headings and page furniture set apart from the turns.
    var notes: [Note] = []
    /// The lines after the last turn.
    var trailing: [String] = []
    var registry = ParticipantRegistry()
    /// The origin line of the lead (「来源：国新网」).
    var origin: String?
}
