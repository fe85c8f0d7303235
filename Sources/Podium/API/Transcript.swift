#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A press-conference transcript read into speakers, turns, exchanges and numbered points.
///
/// ```swift
/// let transcript = try Transcript(parsing: data)
/// for exchange in transcript.exchanges { … }
/// ```
public struct Transcript: Codable, Hashable, Sendable {
    /// The version of the JSON layout; it changes only when a field changes meaning.
    public static let currentSchemaVersion = 3

    /// The version of the layout this value follows.
    public var schemaVersion: Int
    /// Where the document comes from.
    public var source: Source
    /// A summary line printed before the body (a Markdown `> ` line), if any.
    public var summary: String?
    /// The news paragraphs that come before the transcript proper.
    public var lead: [String]
    /// Everyone who speaks.
    public var participants: [Participant]
    /// The speaker turns, in order.
    public var turns: [Turn]
    /// Each question with the turns that answer it.
    public var exchanges: [Exchange]
    /// Lines after the transcript: source lines, links back, navigation.
    public var trailing: [String]
    /// Stage directions and asides, outside the spoken text.
    public var notes: [Note]
    /// What the parser wants a person to check.
    public var diagnostics: [Diagnostic]

    /// Creates a transcript from its parts.
    public init(
        source: Source = Source(), summary: String? = nil, lead: [String] = [], participants: [Participant] = [],
        turns: [Turn] = [], exchanges: [Exchange] = [], trailing: [String] = [], notes: [Note] = [],
        diagnostics: [Diagnostic] = []
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.source = source
        self.summary = summary
        self.lead = lead
        self.participants = participants
        self.turns = turns
        self.exchanges = exchanges
        self.trailing = trailing
        self.notes = notes
        self.diagnostics = diagnostics
    }

    /// Reads a transcript from the bytes of an HTML page, a Markdown or Jekyll post, or plain text.
    ///
    /// - Parameters:
    ///   - data: The document's bytes, in any supported encoding.
    ///   - format: The format to read the body as; detected from the content when `nil`.
    ///   - encoding: The character encoding to decode with; detected when `nil`.
    ///   - options: Switches that change what is analysed or accepted.
    /// - Throws: ``PodiumError`` when the bytes are not a readable text or hold no speaker turns.
    public init(
        parsing data: consuming Data, format: InputFormat? = nil, encoding: TextEncoding? = nil, options: ParseOptions = []
    ) throws(PodiumError) {
        self = try TranscriptParser(options: options).parse(consume data, format: format, encoding: encoding)
    }

    /// Reads a transcript from text that is already decoded.
    public init(parsing text: String, format: InputFormat? = nil, options: ParseOptions = []) throws(PodiumError) {
        self = try TranscriptParser(options: options).parse(text: text, format: format, encoding: "utf-8")
    }

    /// The participant with the given ``Participant/id``.
    public func participant(withID id: String) -> Participant? {
        participants.first { $0.id == id }
    }
}
