/// A stage direction or aside kept out of the spoken text: 「（播放影片）」, `(Laughter.)`.
public struct Note: Codable, Hashable, Sendable {
    /// The ``Turn/index`` the note falls in, or `nil` before the first turn.
    public var turn: Int?
    /// The note as printed.
    public var text: String

    /// Creates a note.
    public init(turn: Int?, text: String) {
        self.turn = turn
        self.text = text
    }
}
