/// One item of an explicit enumeration (一是…, 第一…, （一）, 1., First…).
public struct Point: Codable, Sendable {
    /// Where a point's marker sits in its turn.
    public struct Location: Hashable, Sendable {
        /// The position of the marker's paragraph in the turn's ``Turn/paragraphs``.
        public var paragraph: Int
        /// Where the marker starts in that paragraph, in bytes of its UTF-8 (`paragraph.utf8`), an opening bracket
        /// printed before it (「（一）」) included.
        public var markerUTF8Offset: Int

        /// Creates a location.
        public init(paragraph: Int, markerUTF8Offset: Int) {
            self.paragraph = paragraph
            self.markerUTF8Offset = markerUTF8Offset
        }
    }

    /// The keys of the JSON contract (docs/transcript.schema.json); ``location`` is not among them.
    private enum CodingKeys: String, CodingKey {
        case marker, ordinal, text, headline, children
    }

    /// The marker as printed, without punctuation (「一是」, 「第一」, `1`, `First`).
    public var marker: String
    /// The item's position in its list, starting at 1.
    public var ordinal: Int
    /// The item's text after the marker, up to the next item or the first nested item.
    public var text: String
    /// The item's first sentence, or its first clause when the sentence is long.
    public var headline: String
    /// Items of a list nested inside this one.
    public var children: [Point]
    /// Where the parser found the point, so that briefings print a list where it was said. It is not part of
    /// the JSON contract, nor of a point's identity: a point decoded from JSON or made by hand has none, and a
    /// briefing then prints its list after the turn's prose.
    public var location: Location?

    /// Creates a point.
    public init(marker: String, ordinal: Int, text: String, headline: String, children: [Point] = [], location: Location? = nil) {
        self.marker = marker
        self.ordinal = ordinal
        self.text = text
        self.headline = headline
        self.children = children
        self.location = location
    }
}
