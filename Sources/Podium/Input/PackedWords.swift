/// A few words of ASCII letters, each packed in a `UInt64` (``pack(_:)``) and kept sorted: a text's first word is
/// looked up by its packed value, without building a string or hashing one. The scans for marker words ask this
/// of most words of a paragraph.
struct PackedWords: Sendable {
    /// The packed words in an open-addressed table at least four times their number, 0 marking an empty slot: no word
    /// of one letter or more packs to 0.
    private let slots: [UInt64]
    private let shift: UInt64

    /// How many different words are held.
    let count: Int

    /// The words' packed values; a word longer than twelve letters packs to none and is left out, as the empty word is.
    init<Words: Sequence<String>>(_ words: Words) {
        let packed = Set(words.compactMap { Self.pack($0.utf8) }).subtracting([0])
        var bits: UInt64 = 2
        while 1 << bits < packed.count * 4 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = 64 - bits
        for word in packed {
            var slot = Self.slot(of: word, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = word
        }
        self.slots = slots
        self.shift = shift
        count = packed.count
    }

    /// Probes from the word's slot to the first empty one: 0, stored in none, is never found.
    func contains(_ packed: UInt64) -> Bool {
        var slot = Self.slot(of: packed, shift: shift)
        while slots[slot] != 0 {
            if slots[slot] == packed { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }

    /// Fibonacci hashing: the top bits of the word times 2⁶⁴ divided by the golden ratio.
    private static func slot(of packed: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The ASCII letters that open `utf8`, case aside, five bits each (a is 1) in a `UInt64`; `nil` past twelve
    /// letters, which no word looked up has.
    static func pack<U: Collection<UInt8>>(_ utf8: U) -> UInt64? {
        var packed: UInt64 = 0
        var letters = 0
        for byte in utf8 {
            guard byte.isASCIILetter else { break }
            letters += 1
            guard letters <= 12 else { return nil }
            packed = packed << 5 | UInt64((byte | 0x20) - 0x60)
        }
        return packed
    }
}
