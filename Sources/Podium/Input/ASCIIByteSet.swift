/// A set of ASCII bytes held as 128 bits: asked of a paragraph's first or last byte on every paragraph, it answers
/// from a shift and a mask where a `Set<UInt8>` would hash. A byte outside ASCII is never in it.
struct ASCIIByteSet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// The ASCII bytes among `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        for byte in bytes where byte < 0x80 {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
    }

    /// The ASCII bytes whose scalar `isMember` holds.
    init(where isMember: (Unicode.Scalar) -> Bool) {
        self.init((0..<128).map(UInt8.init).filter { isMember(Unicode.Scalar($0)) })
    }

    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> byte & 1 != 0 : byte < 128 && high >> (byte & 63) & 1 != 0
    }
}
