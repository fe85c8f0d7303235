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
///
/// Hashing a `Character` normalises it, hundreds of instructions for one ideograph. A character that is one scalar
/// of the CJK, fullwidth and general-punctuation ranges of ``Unicode/Scalar/hasNoCanonicalEquivalent`` equals only
/// itself, so it is looked up by its value among the members that are such scalars; ``containsReference(_:)`` asks
/// the `Set`, and `FastPathTests` holds the two equal.
struct CharacterClass {
    let characters: Set<Character>
    private let asciiMask: (low: UInt64, high: UInt64)
    /// The members outside ASCII, each one scalar that equals only itself, as values; `nil` when a member is any
    /// other character, which might equal an ASCII character or such a scalar (U+2329 is canonically 〈), and the
    /// `Set` answers all.
    private let unequivocalMembers: [UInt32]?

    init(_ characters: String) {
        self.characters = Set(characters)
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        var unequivocal: [UInt32]? = []
        for character in characters {
            let scalars = character.unicodeScalars
            guard let scalar = scalars.first, scalars.count == 1 else {
                unequivocal = nil
                continue
            }
            if scalar.isASCII {
                let ascii = UInt8(truncatingIfNeeded: scalar.value)
                if ascii < 64 { mask.low |= 1 << ascii } else { mask.high |= 1 << (ascii - 64) }
            } else if scalar.hasNoCanonicalEquivalent {
                unequivocal?.append(scalar.value)
            } else {
                unequivocal = nil
            }
        }
        asciiMask = mask
        unequivocalMembers = unequivocal
    }

    func contains(asciiByte byte: UInt8) -> Bool {
        byte < 64 ? asciiMask.low & (1 << byte) != 0 : byte < 128 && asciiMask.high & (1 << (byte - 64)) != 0
    }

    /// Whether `character` is a member.
    func contains(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
            let known = contains(unequivocal: scalar)
        {
            return known
        }
        return characters.contains(character)
    }

    /// Whether the character that `scalar` is by itself is a member: of a text whose every scalar is a character
    /// (``Unicode/Scalar/isWholeCharacter``).
    func contains(wholeCharacter scalar: Unicode.Scalar) -> Bool {
        contains(unequivocal: scalar) ?? characters.contains(Character(scalar))
    }

    /// ``contains(_:)`` by the `Set` alone: the rule the lookup by value keeps to.
    func containsReference(_ character: Character) -> Bool {
        characters.contains(character)
    }

    /// The answer for a scalar in ASCII (when it is a character by itself) or one that equals only itself; `nil`
    /// for any other.
    private func contains(unequivocal scalar: Unicode.Scalar) -> Bool? {
        // A member such as the Kelvin sign or U+037E equals an ASCII character too: then the `Set` answers all.
        guard let unequivocalMembers else { return nil }
        if scalar.isASCII {
            return scalar.value == 0x0D ? nil : contains(asciiByte: UInt8(truncatingIfNeeded: scalar.value))
        }
        guard scalar.hasNoCanonicalEquivalent else { return nil }
        return unequivocalMembers.contains(scalar.value)
    }
}

extension Unicode.Scalar {
    /// Whether this scalar, as a character by itself, is canonically equivalent to no other character: CJK
    /// ideographs (the compatibility ideographs, which decompose into them, lie outside), CJK and general
    /// punctuation, fullwidth forms. None of them has a canonical decomposition, and none is the decomposition of
    /// another scalar (U+2329 and U+232A, which decompose to 〈 and 〉, lie outside too).
    var hasNoCanonicalEquivalent: Bool {
        switch value {
        case 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF9D: true
        default: false
        }
    }

    /// `properties.isIdeographic`, answered from the value for the common cases: nothing below U+3000 is ideographic,
    /// nor is any fullwidth form, and all of
    /// U+3400–U+4DBF and U+4E00–U+9FFF is. `CharacterLookupTests` holds it to the property on every scalar.
    var isIdeographicByValue: Bool {
        switch value {
        case 0..<0x3000, 0xFF01...0xFF9D: false
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: properties.isIdeographic
        }
    }

    /// `properties.isAlphabetic`, answered from the value for ASCII, the dashes and quotes of U+2010–U+2027, the
    /// fullwidth punctuation and digits, and the ideographs, all of which are letters. `CharacterLookupTests` holds it
    /// to the property on every scalar.
    var isAlphabeticByValue: Bool {
        switch value {
        case 0..<0x80: UInt8(truncatingIfNeeded: value).isASCIILetter
        case 0x2010...0x2027, 0xFF01...0xFF20: false
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: properties.isAlphabetic
        }
    }

    /// `Character(self).isWhitespace`, answered from the value for ASCII and for the scalars above U+3000 that equal
    /// only themselves, none of which is a blank.
    var isWhitespaceCharacter: Bool {
        if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value > 0x3000 && hasNoCanonicalEquivalent { return false }
        return Character(self).isWhitespace
    }
}

extension Character: TextCharacter {
    static func string(_ characters: ArraySlice<Character>) -> String { String(characters) }
    func isMember(of characterClass: CharacterClass) -> Bool { characterClass.contains(self) }
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

/// A few scalars, looked up by value: a bitmap of the 256-scalar pages of the Basic Multilingual Plane that hold a
/// member turns most scalars down (an ideograph's page holds no punctuation) before the members are compared in
/// turn. ``containsReference(_:)`` compares them all, and `CharacterLookupTests` holds the two equal.
struct ScalarList: Sendable {
    let members: [Unicode.Scalar]
    /// Bit `page % 64` of word `page / 64` set when a member lies in `page` (its value shifted right by 8); members
    /// beyond the plane mark no page and are compared in turn.
    private let pages: (UInt64, UInt64, UInt64, UInt64)
    /// The ASCII members, a bit each: an ASCII scalar is answered without comparing members.
    private let asciiMask: (low: UInt64, high: UInt64)

    init(_ scalars: String) {
        self.init(scalars: scalars.unicodeScalars)
    }

    init(scalars: some Sequence<Unicode.Scalar>) {
        members = Array(scalars)
        var words: [UInt64] = [0, 0, 0, 0]
        var mask: (low: UInt64, high: UInt64) = (0, 0)
        for scalar in members where scalar.value < 0x1_0000 {
            let page = Int(scalar.value >> 8)
            words[page / 64] |= 1 << UInt64(page % 64)
            if scalar.value < 64 {
                mask.low |= 1 << UInt64(scalar.value)
            } else if scalar.value < 128 {
                mask.high |= 1 << UInt64(scalar.value - 64)
            }
        }
        pages = (words[0], words[1], words[2], words[3])
        asciiMask = mask
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 64 { return asciiMask.low & (1 << UInt64(scalar.value)) != 0 }
        if scalar.value < 128 { return asciiMask.high & (1 << UInt64(scalar.value - 64)) != 0 }
        if scalar.value < 0x1_0000 {
            let page = scalar.value >> 8
            let word: UInt64 =
                switch page / 64 {
                case 0: pages.0
                case 1: pages.1
                case 2: pages.2
                default: pages.3
                }
            if word & (1 << UInt64(page % 64)) == 0 { return false }
        }
        return members.contains(scalar)
    }

    /// ``contains(_:)`` by comparing every member.
    func containsReference(_ scalar: Unicode.Scalar) -> Bool {
        members.contains(scalar)
    }
}

/// One scalar of a text whose every scalar is a character by itself (``Unicode/Scalar/isWholeCharacter``, most
/// Chinese): what `Character` says of it, without finding character boundaries or normalising. Two such scalars
/// are equal characters only when they are the same scalar (no canonical equivalent of one is another's), so
/// equality compares values.
struct WholeScalarCharacter: TextCharacter {
    var scalar: Unicode.Scalar

    init(_ scalar: Unicode.Scalar) { self.scalar = scalar }

    init(unicodeScalarLiteral scalar: Unicode.Scalar) { self.scalar = scalar }

    var isASCII: Bool { scalar.isASCII }
    var isUppercase: Bool { scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : Character(scalar).isUppercase }
    var isLowercase: Bool { scalar.isASCII ? (0x61...0x7A).contains(scalar.value) : Character(scalar).isLowercase }
    var isLetter: Bool { scalar.isASCII ? UInt8(truncatingIfNeeded: scalar.value).isASCIILetter : Character(scalar).isLetter }
    var isNumber: Bool { scalar.isASCII ? (0x30...0x39).contains(scalar.value) : Character(scalar).isNumber }

    func isMember(of characterClass: CharacterClass) -> Bool { characterClass.contains(wholeCharacter: scalar) }

    static func string(_ characters: ArraySlice<WholeScalarCharacter>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: characters.map(\.scalar))
        return String(scalars)
    }

    /// Whether the first `count` scalars of `text`, and the one after them, are each a character by itself: there
    /// a rule on the first `count` characters may read them as scalars.
    static func isWhole<S: StringProtocol>(_ text: S, characters count: Int) -> Bool {
        text.unicodeScalars.prefix(count + 1).allSatisfy(\.isWholeCharacter)
    }
}

/// Where a text's opening is plain ASCII: every character one byte below 0x80 and no CR (a CR and the LF
/// after it are one character). There a byte is a character, and a rule may read bytes.
enum PlainASCII {
    /// The first `count` characters of `text` as ``ASCIICharacter``s (all of it when shorter) when they and
    /// the byte after them are plain ASCII, so that no later scalar joins the last of them; `nil` otherwise.
    static func opening<S: StringProtocol>(of text: S, characters count: Int) -> [ASCIICharacter]? {
        let read: [ASCIICharacter]?? = text.utf8.withContiguousStorageIfAvailable { bytes in
            isPlain(bytes, characters: count) ? bytes.prefix(count).map(ASCIICharacter.init) : nil
        }
        if let read { return read }
        guard isPlain(text, characters: count) else { return nil }
        return text.utf8.prefix(count).map(ASCIICharacter.init)
    }

    /// Whether the first `count` characters of `text` and the byte after them are plain ASCII; read before
    /// anything is built, so that a text that is not (most Chinese) costs a byte or two.
    static func isPlain<S: StringProtocol>(_ text: S, characters count: Int) -> Bool {
        if let plain = text.utf8.withContiguousStorageIfAvailable({ isPlain($0, characters: count) }) { return plain }
        for byte in text.utf8.prefix(count + 1) where byte >= 0x80 || byte == 0x0D { return false }
        return true
    }

    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, characters count: Int) -> Bool {
        !bytes.prefix(count + 1).contains { $0 >= 0x80 || $0 == 0x0D }
    }
}

extension UInt8 {
    /// A to Z or a to z.
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }

    /// 0 to 9.
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
}
