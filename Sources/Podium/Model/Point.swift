/// One item of an explicit enumeration (一是…, 第一…, （一）, 1., First…).
public struct Point: Codable, Hashable, Sendable {
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

    /// Creates a point.
    public init(marker: String, ordinal: Int, text: String, headline: String, children: [Point] = []) {
        self.marker = marker
        self.ordinal = ordinal
        self.text = text
        self.headline = headline
        self.children = children
    }
}
