/// A text's first scalar told on its UTF-8 bytes, packed into one number: the passes that ask every block whether it
/// opens with one of a few ideographs (「谈」, 「专」) read three bytes, not a character.
enum LeadingScalar {
    /// The first scalar's bytes, packed; `nil` for an empty text.
    static func packed(_ text: String) -> UInt32? {
        var utf8 = text.utf8.makeIterator()
        guard let first = utf8.next() else { return nil }
        var value = UInt32(first)
        // A lead byte says how many continuation bytes follow it.
        let continuations = first < 0x80 ? 0 : first < 0xE0 ? 1 : first < 0xF0 ? 2 : 3
        for _ in 0..<continuations {
            guard let byte = utf8.next() else { break }
            value = value << 8 | UInt32(byte)
        }
        return value
    }

    /// The packed first scalars of some texts, for ``packed(_:)`` to be looked up among.
    static func packed(firstOf texts: some Sequence<String>) -> [UInt32] {
        Array(Set(texts.compactMap(packed)))
    }
}
