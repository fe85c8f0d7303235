/// Switches that change what ``Transcript/init(parsing:format:encoding:options:)`` analyses or accepts.
public struct ParseOptions: OptionSet, Hashable, Sendable {
    public let rawValue: Int

    /// Creates options from their raw bits.
    public init(rawValue: Int) {
        self.rawValue = rawValue
    }

    /// Return a transcript with a diagnostic instead of throwing when no speaker turn is found.
    public static let allowEmptyTranscript = ParseOptions(rawValue: 1 << 0)
    /// Skip the search for numbered points.
    public static let skipPoints = ParseOptions(rawValue: 1 << 1)
    /// Skip pairing questions with answers.
    public static let skipExchanges = ParseOptions(rawValue: 1 << 2)
    /// Add an `info` diagnostic with code `label-evidence` for every label and label candidate the document
    /// shows: the shapes it was printed in, how often it recurs and alternates, and whether it was taken
    /// for a speaker and why (`podium parse --explain-labels`).
    public static let explainLabels = ParseOptions(rawValue: 1 << 3)
}
