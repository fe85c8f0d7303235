/// A sentence that carries a number with a unit, and who said it.
struct KeyFigure: Hashable {
    /// The ``Participant/id`` of the speaker.
    var speaker: String
    /// The ``Turn/index`` the sentence comes from.
    var turn: Int
    /// The sentence (or, for a long sentence, the clause) as spoken.
    var sentence: String
}
