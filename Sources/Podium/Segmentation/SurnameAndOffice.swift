/// 「韦副区长：」 where the host's words introduce 「副区长韦嘉诚先生」, 「罗局长：」 where the lead lists 「罗建平（市气象局副局长）」:
/// a label that prints a surname and an office names the one person the document's words print in full with that
/// surname beside that office.
enum SurnameAndOffice {
    /// The full name the texts print for the surname and office, when every place that prints them agrees on one.
    static func fullName(surname: Character, office: String, in texts: [String]) -> String? {
        var names = Set<String>()
        let officeThenSurname = office + String(surname)
        for text in texts {
            // 「主任温志强，」: the office, then the name.
            for range in text.literalRanges(of: officeThenSurname) {
                let nameStart = text.index(before: range.upperBound)
                if let name = name(from: nameStart, in: text, closedBy: { $0.first.map(isBoundary) ?? true }) { names.insert(name) }
            }
            // 「罗建平（市气象局副局长）」: the name, then its office in brackets.
            for range in text.literalRanges(of: String(surname)) {
                guard let name = name(from: range.lowerBound, in: text, closedBy: { after in Self.bracketsOffice(after, office) }) else { continue }
                names.insert(name)
            }
        }
        return names.count == 1 ? names.first : nil
    }

    /// A Chinese name of two or three characters starting at `start`, the words after it accepted by `closes`: the
    /// shorter name is taken only when the longer is not closed.
    private static func name(from start: String.Index, in text: String, closedBy closes: (Substring) -> Bool) -> String? {
        let rest = text[start...]
        for length in [3, 2] {
            let candidate = rest.prefix(length)
            guard candidate.count == length, candidate.allSatisfy(isIdeograph) else { continue }
            let after = rest.dropFirst(length)
            let honorific = SpeakerLexicon.honorificSuffixes.first { after.hasPrefix($0) }
            if honorific != nil || closes(after) { return String(candidate) }
        }
        return nil
    }

    /// `（市气象局副局长）` right after the name, holding the office.
    private static func bracketsOffice(_ after: Substring, _ office: String) -> Bool {
        guard let open = after.first, open == "（" || open == "(",
            let close = after.prefix(Thresholds.LabelReading.longestChineseLabel).firstIndex(where: { $0 == "）" || $0 == ")" })
        else { return false }
        return after[after.index(after: after.startIndex)..<close].containsLiteral(office)
    }

    private static func isIdeograph(_ character: Character) -> Bool {
        character.unicodeScalars.first?.isIdeographicByValue == true
    }

    /// What may follow a name where the words go on: anything but another ideograph.
    private static func isBoundary(_ character: Character) -> Bool {
        !isIdeograph(character)
    }
}
