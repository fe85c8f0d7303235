/// Which question-and-answer pairs and which statements a listing keeps; every condition that is set must
/// hold. The empty filter keeps everything.
///
/// The pattern is kept as text and compiled where it is used: a compiled `Regex` cannot cross threads,
/// and a corpus is filtered on several.
public struct StatementFilter: Hashable, Sendable {
    /// A participant's name, label or alias, as ``Transcript/participants(matching:)`` finds it.
    public var speaker: String?
    /// Text that the participant's outlet contains, ignoring case.
    public var outlet: String?
    /// The participant's role.
    public var role: Role?
    /// A regular expression (Swift `Regex` syntax) that the text matches somewhere, ignoring case.
    public var pattern: String?
    /// The earliest ``Source/date`` kept: `2024`, `2024-03` or `2024-03-01`; a document without a date is
    /// left out when a bound is set.
    public var since: String?
    /// The latest ``Source/date`` kept, compared on as many characters as it has (`2024` keeps all of 2024).
    public var until: String?

    /// A filter; the pattern is checked by ``isValidPattern(_:)`` beforehand.
    public init(
        speaker: String? = nil, outlet: String? = nil, role: Role? = nil, pattern: String? = nil,
        since: String? = nil, until: String? = nil
    ) {
        self.speaker = speaker
        self.outlet = outlet
        self.role = role
        self.pattern = pattern
        self.since = since
        self.until = until
    }

    /// Whether `pattern` compiles as a regular expression.
    public static func isValidPattern(_ pattern: String) -> Bool {
        (try? Regex(pattern)) != nil
    }

    /// Whether `bound` is a date `--since`/`--until` accept: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public static func isValidDateBound(_ bound: String) -> Bool {
        let digits = bound.utf8.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let dash = bound.utf8.map { $0 == UInt8(ascii: "-") }
        switch bound.utf8.count {
        case 4: return digits.allSatisfy { $0 }
        case 7: return digits[0..<4].allSatisfy { $0 } && dash[4] && digits[5..<7].allSatisfy { $0 }
        case 10:
            return digits[0..<4].allSatisfy { $0 } && dash[4] && digits[5..<7].allSatisfy { $0 } && dash[7]
                && digits[8..<10].allSatisfy { $0 }
        default: return false
        }
    }

    /// Whether a filter on participants is set (speaker, outlet or role).
    var choosesParticipants: Bool { speaker != nil || outlet != nil || role != nil }

    /// Whether anything is filtered.
    public var isEmpty: Bool { !choosesParticipants && pattern == nil && since == nil && until == nil }

    /// Whether the document's date lies within `since` and `until`.
    public func includes(_ source: Source) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let date = source.date else { return false }
        if let since, String(date.prefix(since.count)) < since { return false }
        if let until, String(date.prefix(until.count)) > until { return false }
        return true
    }

    /// The participants that the speaker, outlet and role conditions choose.
    func chosenParticipants(of transcript: Transcript) -> [Participant] {
        let named = speaker.map { Set(transcript.participants(matching: $0).map(\.id)) }
        return transcript.participants.filter { participant in
            if let named, !named.contains(participant.id) { return false }
            if let role, participant.role != role { return false }
            if let outlet {
                guard let own = participant.outlet, own.lowercased().contains(outlet.lowercased()) else { return false }
            }
            return true
        }
    }

    /// Tells whether text matches the pattern; made once per document, on the thread that renders it.
    func textMatcher() -> ([String]) -> Bool {
        guard let pattern, let regex = try? Regex(pattern).ignoresCase() else { return { _ in true } }
        return { paragraphs in paragraphs.contains { $0.contains(regex) } }
    }
}
