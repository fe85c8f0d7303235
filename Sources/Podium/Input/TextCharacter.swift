/// What the label rules ask of one character of a text. A rule written once over `TextCharacter` runs on
/// `Character`, right for any text, or on ``ASCIICharacter``, a byte of plain ASCII read without Unicode's
/// tables, many times faster. `FastPathTests` holds the two readings equal.
protocol TextCharacter: Equatable, ExpressibleByUnicodeScalarLiteral {
    var isASCII: Bool { get }
    var isUppercase: Bool { get }
    var isLowercase: Bool { get }
    var isLetter: Bool { get }
    var isNumber: Bool { get }
    /// The characters as a string.
    static func string(_ characters: ArraySlice<Self>) -> String
    /// Whether this character is one of the class's.
    func isMember(of characterClass: CharacterClass) -> Bool
}

/// A set of characters, looked up by `Character` in a `Set` (which compares as `==` does, canonical
/// equivalents alike) and by an ASCII byte in a bit mask of the set's ASCII members.
struct CharacterClass {
    let characters: Set<Character>
    private let asciiMask: (low: UInt64, high: UInt64)

    init(_ characters: String) {
        self.characters = Set(characters)
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for character in characters {
            guard let ascii = character.asciiValue, character.unicodeScalars.count == 1 else { continue }
            if ascii < 64 { mask.low |= 1 << ascii } else { mask.high |= 1 << (ascii - 64) }
        }
        asciiMask = mask
    }

    func contains(asciiByte byte: UInt8) -> Bool {
        byte < 64 ? asciiMask.low & (1 << byte) != 0 : byte < 128 && asciiMask.high & (1 << (byte - 64)) != 0
    }
}

extension Character: TextCharacter {
    static func string(_ characters: ArraySlice<Character>) -> String { String(characters) }
    func isMember(of characterClass: CharacterClass) -> Bool { characterClass.characters.contains(self) }
}

/// One byte of a text whose every character is one ASCII byte (``PlainASCII``): what `Character` says of
/// it, from the byte alone. A literal outside ASCII (`"’"`) equals no byte.
struct ASCIICharacter: TextCharacter {
    var byte: UInt8

    init(_ byte: UInt8) { self.byte = byte }

    init(unicodeScalarLiteral scalar: Unicode.Scalar) {
        byte = scalar.isASCII ? UInt8(scalar.value) : 0xFF
    }

    var isASCII: Bool { byte < 0x80 }
    var isUppercase: Bool { (0x41...0x5A).contains(byte) }
    var isLowercase: Bool { (0x61...0x7A).contains(byte) }
    var isLetter: Bool { byte.isASCIILetter }
    var isNumber: Bool { (0x30...0x39).contains(byte) }

    func isMember(of characterClass: CharacterClass) -> Bool { characterClass.contains(asciiByte: byte) }

    static func string(_ characters: ArraySlice<ASCIICharacter>) -> String {
        String(decoding: characters.map(\.byte), as: UTF8.self)
    }
}

/// Where a text's opening is plain ASCII: every character one byte below 0x80 and no CR (a CR and the LF
/// after it are one character). There a byte is a character, and a rule may read bytes.
enum PlainASCII {
    /// The first `count` characters of `text` as ``ASCIICharacter``s (all of it when shorter) when they and
    /// the byte after them are plain ASCII, so that no later scalar joins the last of them; `nil` otherwise.
    static func opening<S: StringProtocol>(of text: S, characters count: Int) -> [ASCIICharacter]? {
        guard isPlain(text, characters: count) else { return nil }
        return text.utf8.prefix(count).map(ASCIICharacter.init)
    }

    /// Whether the first `count` characters of `text` and the byte after them are plain ASCII; read before
    /// anything is built, so that a text that is not (most Chinese) costs a byte or two.
    static func isPlain<S: StringProtocol>(_ text: S, characters count: Int) -> Bool {
        for byte in text.utf8.prefix(count + 1) where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }
}

extension UInt8 {
    /// A to Z or a to z.
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
