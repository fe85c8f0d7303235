/// The part a participant plays in a press conference.
public enum Role: String, Codable, Sendable, CaseIterable {
    /// Hosts the event: opens it, hands the floor over, closes it (主持人, 司儀, Operator).
    case moderator
    /// Presents or answers: spokespeople, ministers, executives.
    case official
    /// Asks: journalists, analysts.
    case reporter
    /// Nothing in the transcript says which.
    case unknown
}
