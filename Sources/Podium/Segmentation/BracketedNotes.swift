/// A name line with notes in brackets after it, as parliamentary records print speakers: the member with
/// constituency and party (`John Smith (Leeds North) (Lab)`), or an office with its holder's name (`The Secretary
/// of State for Transport (Mark Harper)`, `The Minister of State, Department for Transport (Huw Merriman)`).
struct BracketedNotes {
    /// The words before the first bracket: a name, or an office.
    var base: String
    /// The bracketed notes in order, brackets removed.
    var notes: [String]

    /// Reads `text` when it ends with one to three bracketed notes after some words; `nil` otherwise. Square brackets
    /// hold a note too (`MR. KIRBY [NSC]`). With `allowingHonorifics`, the words may hold an honorific's period
    /// (`Mr. Nebenzia (Russian Federation)`), as a label's do; a name alone on its line has none.
    init?(_ text: String, allowingHonorifics: Bool = false) {
        var rest = Substring(text).trimmingCharacters(in: " ")[...]
        var notes: [String] = []
        while let close = rest.last, close == ")" || close == "]", notes.count < Self.mostNotes,
            let open = Self.matchingOpening(of: rest)
        {
            let inner = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard !inner.isEmpty, inner.count <= Self.longestNote else { return nil }
            if inner.contains("(") || inner.contains("[") {
                // `The Chair (Mr. Raymond Oduya (Mississauga—Malton, Lib.))`: the note is a member with their own note; the
                // member stands last, where the holder of an office is read.
                guard let member = BracketedNotes(String(inner), allowingHonorifics: allowingHonorifics) else { return nil }
                notes.insert(contentsOf: member.notes + [member.base], at: 0)
            } else {
                notes.insert(String(inner).trimmingCharacters(in: " "), at: 0)
            }
            rest = rest[..<open].drop { $0 == " " }
            while rest.last == " " { rest = rest.dropLast() }
        }
        guard !notes.isEmpty, rest.last != ")", rest.last != "]", let first = rest.first, first.isUppercase,
            !Self.endsASentence(rest, allowingHonorifics: allowingHonorifics)
        else { return nil }
        base = String(rest)
        self.notes = notes
    }

    /// Who speaks: the base when it is a name (a few capitalised words), else the last note when that is one.
    var person: String? {
        if basePrintsAName { return base }
        guard let last = notes.last, Self.isName(last) else { return nil }
        return last
    }

    /// The office the base names when the person is in the notes.
    var office: String? {
        basePrintsAName ? nil : base
    }

    /// `The First Minister`, `The Presiding Officer` are capitalised words, and an office: a name opens with no `The`.
    private var basePrintsAName: Bool {
        Self.isName(base) && !(base.hasPrefix("The ") && AffiliationLine.namesAnOffice(base))
    }

    /// Whether the words hold a sentence's mark: any period, or, allowing honorifics, one that closes no honorific
    /// (`Mr.`, `DR.`).
    private static func endsASentence(_ words: Substring, allowingHonorifics: Bool) -> Bool {
        if words.contains(where: { "?!;:".contains($0) }) { return true }
        guard words.contains(".") else { return false }
        guard allowingHonorifics else { return true }
        return words.split(separator: " ").contains { word in
            word.contains(".") && !(word.last == "." && SpeakerLexicon.englishHonorifics.contains(word.dropLast().uppercased()))
        }
    }

    private static let mostNotes = Thresholds.LabelReading.mostNotesAfterAName

    /// Where the bracket that closes `text` opens, brackets inside it counted.
    private static func matchingOpening(of text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            switch text[index] {
            case ")", "]": depth += 1
            case "(", "[":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return nil
    }
    private static let longestNote = Thresholds.LabelReading.longestNoteAfterAName

    /// Two to four capitalised words: `John Smith`, `Huw Merriman`, `Mary Kelly Foy`.
    private static func isName(_ text: String) -> Bool {
        text.split(separator: " ").count >= 2 && LabelParser.isLatinName(text)
    }
}
