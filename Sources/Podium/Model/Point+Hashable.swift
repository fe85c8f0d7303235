extension Point: Hashable {
    /// Two points are equal when they say the same: where the parser found them (``Point/location``) is left
    /// out, so a transcript decoded from its JSON equals the one that was encoded.
    public static func == (lhs: Point, rhs: Point) -> Bool {
        lhs.marker == rhs.marker && lhs.ordinal == rhs.ordinal && lhs.text == rhs.text && lhs.headline == rhs.headline
            && lhs.children == rhs.children
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(marker)
        hasher.combine(ordinal)
        hasher.combine(text)
        hasher.combine(headline)
        hasher.combine(children)
    }
}
