/// The English readings of ``OrdinalMarkers/matchReference(_:)`` on the bytes of a text that opens with an ASCII
/// letter: "First,", "the second question", "Number two", "One is". In English transcripts the words around a marker
/// are ASCII, one byte a character, so these readings compare bytes with the lexicon's words instead of comparing
/// `Character`s and building a capitalised copy of the text for every word that may open a marker.
///
/// A byte is read as a character only where it is one of its own: printable ASCII not followed by a byte outside
/// ASCII (which may be a mark joining it). Anywhere else the reading is undecided and ``OrdinalMarkers/match(_:)``
/// reads on characters. `FastPathTests` holds the two equal on every line of the corpus.
struct ASCIIMarkerReading {
    private struct Undecided: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>

    /// The marker at the start of `text` (`.some(nil)`: none), or `nil` where the bytes do not decide.
    static func match(_ text: Substring) -> OrdinalMarkers.Match?? {
        guard let opening = text.utf8.first, opening.isASCIILetter || opening.isASCIIDigit || opening == openingBracket else { return nil }
        let reading: OrdinalMarkers.Match??? = text.utf8.withContiguousStorageIfAvailable { bytes in
            do {
                return .some(try ASCIIMarkerReading(bytes: bytes).marker())
            } catch {
                return .none
            }
        }
        return reading ?? nil
    }

    private func marker() throws(Undecided) -> OrdinalMarkers.Match? {
        guard let first = try character(at: 0) else { return nil }
        if first.isASCIIDigit { return try arabicReading(from: 0) }
        if first == Self.openingBracket { return try bracketedReading() }
        for article in Self.determiners where article.first == first {
            guard try hasPrefix(article, at: 0) else { continue }
            if let match = try articleReading(after: article) { return match }
            break
        }
        if first | 0x20 == UInt8(ascii: "n"), try hasPrefix(Self.number, at: 0, capitalised: true) {
            if let match = try numberReading() { return match }
        }
        let initial = first & ~0x20
        guard initial >= 0x40, Self.capitalisedInitials & 1 << (initial - 0x40) != 0 else { return nil }
        return try capitalisedReading(initial: initial)
    }

    /// "The first question is", "a second question", "the first one is", "The final point": what follows a determiner.
    private func articleReading(after article: [UInt8]) throws(Undecided) -> OrdinalMarkers.Match?? {
        let rest = article.count
        let itemNounOnly = article != Self.capitalisedThe && article != Self.lowercaseThe
        for (offset, word) in Self.articleOrdinals.enumerated() {
            guard try hasPrefix(word, at: rest) else { continue }
            let separator = try character(at: rest + word.count)
            guard separator == Self.space || separator == Self.comma else { continue }
            let marker = String(decoding: word, as: UTF8.self)
            if !itemNounOnly, separator == Self.comma {
                return OrdinalMarkers.Match(
                    family: .englishArticle, ordinal: offset + 1, marker: marker, length: article.count + word.count + 1, punctuated: true)
            }
            let nounStart = rest + word.count + 1
            let nounEnd = try end(from: nounStart) { $0.isASCIILetter || $0 == Self.hyphen }
            let noun = string(nounStart..<nounEnd)
            if noun == "one", !itemNounOnly, try character(at: nounEnd) == Self.space {
                let followerEnd = try end(from: nounEnd + 1) { $0.isASCIILetter }
                if OrdinalLexicon.pronounFollowers.contains(string((nounEnd + 1)..<followerEnd)) {
                    return OrdinalMarkers.Match(
                        family: .englishArticle, ordinal: offset + 1, marker: marker, length: article.count + word.count, form: .standalone)
                }
            }
            guard let next = noun.utf8.first, (0x61...0x7A).contains(next), !OrdinalLexicon.nonEnumeratingNouns.contains(noun),
                !OrdinalLexicon.englishNumberWords.contains(noun)
            else { return .some(nil) }
            let form: OrdinalMarkers.Form
            if OrdinalLexicon.itemNouns.contains(noun) {
                form = .itemNoun
            } else if itemNounOnly {
                return .some(nil)
            } else if OrdinalLexicon.pronounFollowers.contains(noun) {
                form = .standalone
            } else {
                form = .qualifying(noun)
            }
            return OrdinalMarkers.Match(
                family: .englishArticle, ordinal: offset + 1, marker: marker, length: article.count + word.count, form: form,
                spoken: itemNounOnly)
        }
        guard try hasPrefix(Self.finalWord, at: rest) else { return nil }
        let nounStart = rest + Self.finalWord.count
        let nounEnd = try end(from: nounStart) { $0.isASCIILetter }
        guard OrdinalLexicon.itemNouns.contains(string(nounStart..<nounEnd)) else { return nil }
        return OrdinalMarkers.Match(
            family: .englishArticle, ordinal: 0, marker: string(rest..<(nounStart - 1)), length: article.count + Self.finalWord.count - 1,
            form: .itemNoun)
    }

    /// `1.`, `2)`: one or two digits and their punctuation, not the start of a number such as `1.5`.
    private func arabicReading(from start: Int) throws(Undecided) -> OrdinalMarkers.Match? {
        let digitsEnd = try end(from: start, atMost: 3) { $0.isASCIIDigit }
        guard digitsEnd - start <= 2, let value = Int(string(start..<digitsEnd)) else { return nil }
        guard let punctuation = try character(at: digitsEnd), punctuation == Self.period || punctuation == Self.closingBracket else {
            return nil
        }
        if let next = try character(at: digitsEnd + 1), next.isASCIIDigit { return nil }
        return OrdinalMarkers.Match(family: .arabic, ordinal: value, marker: string(start..<digitsEnd), length: digitsEnd - start + 1)
    }

    /// `(1)`: one or two digits in brackets.
    private func bracketedReading() throws(Undecided) -> OrdinalMarkers.Match? {
        guard let opening = try character(at: 1), opening.isASCIIDigit else { return nil }
        let digitsEnd = try end(from: 1, atMost: 3) { $0.isASCIIDigit }
        guard digitsEnd <= 3, try character(at: digitsEnd) == Self.closingBracket, let value = Int(string(1..<digitsEnd)) else { return nil }
        return OrdinalMarkers.Match(family: .parenthesised, ordinal: value, marker: "（\(string(1..<digitsEnd))）", length: digitsEnd + 1)
    }

    /// "Number two, …", "number one": a number word after `Number `.
    private func numberReading() throws(Undecided) -> OrdinalMarkers.Match? {
        let wordStart = Self.number.count
        let wordEnd = try end(from: wordStart) { $0.isASCIILetter }
        let word = string(wordStart..<wordEnd)
        guard let index = OrdinalLexicon.englishNumberWords.firstIndex(of: word.lowercased()) else { return nil }
        let after = try character(at: wordEnd)
        let punctuated = after == Self.comma || after == Self.colon
        return OrdinalMarkers.Match(
            family: .english, ordinal: index + 1, marker: string(0..<wordEnd), length: wordEnd + (punctuated ? 1 : 0),
            form: punctuated ? .standalone : .numberWord)
    }

    /// The readings of a word compared with the text's first letter capitalised: "Firstly,", "First of all,",
    /// "Second topic", "Finally,", "One,", "One is".
    private func capitalisedReading(initial: UInt8) throws(Undecided) -> OrdinalMarkers.Match? {
        for (offset, word) in Self.ordinalAdverbsWithComma.enumerated() where word.first == initial {
            guard try hasPrefix(word, at: 0, capitalised: true) else { continue }
            return OrdinalMarkers.Match(
                family: .english, ordinal: offset + 1, marker: string(0..<(word.count - 1)), length: word.count, punctuated: true)
        }
        for (offset, word) in Self.ordinals.enumerated() where word.first == initial {
            guard try hasPrefix(word, at: 0, capitalised: true) else { continue }
            let after = word.count
            let printed = string(0..<after)
            if try character(at: after) == Self.comma {
                return OrdinalMarkers.Match(family: .english, ordinal: offset + 1, marker: printed, length: after + 1, punctuated: true)
            }
            if try hasPrefix(Self.ofAll, at: after) {
                return OrdinalMarkers.Match(
                    family: .english, ordinal: offset + 1, marker: string(0..<(after + Self.ofAll.count - 1)), length: after + Self.ofAll.count)
            }
            if try character(at: after) == Self.space {
                let nounEnd = try end(from: after + 1) { $0.isASCIILetter || $0 == Self.hyphen }
                let noun = string((after + 1)..<nounEnd)
                if OrdinalLexicon.itemNouns.contains(noun) {
                    return OrdinalMarkers.Match(
                        family: .english, ordinal: offset + 1, marker: printed, length: after + 1, form: .itemNoun, spoken: true)
                }
                if OrdinalLexicon.pronounFollowers.contains(noun) {
                    return OrdinalMarkers.Match(family: .english, ordinal: offset + 1, marker: printed, length: after + 1, spoken: true)
                }
            }
            return nil
        }
        for (word, closer) in zip(Self.closersWithComma, OrdinalLexicon.englishClosers) where word.first == initial {
            guard try hasPrefix(word, at: 0, capitalised: true) else { continue }
            return OrdinalMarkers.Match(family: .english, ordinal: 0, marker: closer, length: word.count)
        }
        for word in Self.spokenClosers where word.first == initial {
            guard try hasPrefix(word, at: 0, capitalised: true) else { continue }
            return OrdinalMarkers.Match(family: .english, ordinal: 0, marker: string(0..<(word.count - 1)), length: word.count - 1, spoken: true)
        }
        for (offset, word) in Self.numberWordsWithComma.enumerated() where word.first == initial {
            guard try hasPrefix(word, at: 0, capitalised: true) else { continue }
            return OrdinalMarkers.Match(
                family: .english, ordinal: offset + 1, marker: string(0..<(word.count - 1)), length: word.count, form: .numberWord,
                spoken: true)
        }
        guard initial == UInt8(ascii: "O") else { return nil }
        for opening in Self.oneAndVerbs {
            guard try hasPrefix(opening, at: 0, capitalised: true) else { continue }
            return OrdinalMarkers.Match(family: .english, ordinal: 1, marker: string(0..<3), length: 4, form: .numberWord, spoken: true)
        }
        return nil
    }

    // MARK: - Bytes as characters

    /// The byte at `index` as a character of its own; `nil` past the end.
    private func character(at index: Int) throws(Undecided) -> UInt8? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        guard byte >= 0x20, byte < 0x7F, index + 1 == bytes.count || bytes[index + 1] < 0x80 else { throw Undecided() }
        return byte
    }

    /// Whether the text holds `word` at `index`; `capitalised` compares the text's first letter in capitals, as
    /// ``OrdinalMarkers/matchReference(_:)`` compares its capitalised copy.
    private func hasPrefix(_ word: [UInt8], at index: Int, capitalised: Bool = false) throws(Undecided) -> Bool {
        for (offset, wanted) in word.enumerated() {
            guard var byte = try character(at: index + offset) else { return false }
            if capitalised, index + offset == 0, byte.isASCIILetter { byte &= ~0x20 }
            if byte != wanted { return false }
        }
        return true
    }

    /// Where the run of characters that `belongs` accepts, from `start`, ends.
    private func end(from start: Int, atMost limit: Int = .max, while belongs: (UInt8) -> Bool) throws(Undecided) -> Int {
        var index = start
        while index - start < limit, let byte = try character(at: index), belongs(byte) { index += 1 }
        return index
    }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    // MARK: - The lexicon's words, as bytes

    private static let space = UInt8(ascii: " ")
    private static let comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":")
    private static let hyphen = UInt8(ascii: "-")
    private static let period = UInt8(ascii: ".")
    private static let openingBracket = UInt8(ascii: "(")
    private static let closingBracket = UInt8(ascii: ")")

    private static let determiners: [[UInt8]] = OrdinalLexicon.englishDeterminers.map { Array($0.utf8) }
    private static let capitalisedThe = Array("The ".utf8)
    private static let lowercaseThe = Array("the ".utf8)
    private static let articleOrdinals: [[UInt8]] = OrdinalLexicon.englishOrdinals.prefix(5).map { Array($0.lowercased().utf8) }
    private static let finalWord = Array((OrdinalLexicon.englishClosingAdjective + " ").utf8)
    private static let number = Array("Number ".utf8)
    private static let ofAll = Array(" of all,".utf8)

    private static let ordinals: [[UInt8]] = OrdinalLexicon.englishOrdinals.map { Array($0.utf8) }
    private static let ordinalAdverbsWithComma: [[UInt8]] = OrdinalLexicon.englishOrdinalAdverbs.map { Array(($0 + ",").utf8) }
    private static let closersWithComma: [[UInt8]] = OrdinalLexicon.englishClosers.map { Array(($0 + ",").utf8) }
    /// "… and finally a link": a closer said without its comma; "And finally" itself is said with one.
    private static let spokenClosers: [[UInt8]] = OrdinalLexicon.englishClosers.filter { !$0.hasPrefix("And") }.map { Array(($0 + " ").utf8) }
    private static let numberWordsWithComma: [[UInt8]] = OrdinalLexicon.englishNumberWords.map { Array(($0.capitalized + ",").utf8) }
    private static let oneAndVerbs: [[UInt8]] = OrdinalLexicon.numberWordVerbs.map { Array(("One " + $0 + " ").utf8) }

    /// The capital first letters of the words read with the text's first letter capitalised, a bit each from `@`.
    private static let capitalisedInitials: UInt64 =
        (OrdinalLexicon.englishOrdinalAdverbs + OrdinalLexicon.englishOrdinals + OrdinalLexicon.englishClosers
            + OrdinalLexicon.englishNumberWords).compactMap(\.utf8.first).reduce(0) { $0 | 1 << (($1 & ~0x20) - 0x40) }
}
