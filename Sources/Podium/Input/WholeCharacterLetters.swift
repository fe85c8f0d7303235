/// `Character.isLetter` for a scalar that is a character of its own (``Unicode/Scalar/isWholeCharacter``), answered
/// without the property lookup that costs a few hundred instructions a character: ASCII by value, the CJK ideographs
/// (every one a letter), and the other ranges of whole scalars from a table built once from `Character.isLetter`.
/// `CharacterLookupTests` holds it to `Character.isLetter` on every whole scalar.
enum WholeCharacterLetters {
    /// Whether the scalar, as a character, is a letter; `nil` for a scalar that is not a whole character.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool? {
        let value = scalar.value
        switch value {
        case 0x0D: return nil
        case 0..<0x80: return UInt8(truncatingIfNeeded: value).isASCIILetter
        case 0x4E00...0x9FFF: return true
        default:
            guard scalar.isWholeCharacter else { return nil }
            for (range, letters) in tables where range.contains(value) { return letters[Int(value - range.lowerBound)] }
            return nil
        }
    }

    /// The whole scalars outside ASCII and the ideographs, by range, each with whether it is a letter.
    private static let tables: [(range: ClosedRange<UInt32>, letters: [Bool])] =
        [0x80...0x2FF, 0x2010...0x2027, 0x3000...0x303F, 0xFF01...0xFF9D].map { range in
            (range, range.map { value in Unicode.Scalar(value).map { Character($0).isLetter } ?? false })
        }
}
