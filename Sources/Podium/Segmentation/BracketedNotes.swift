/// A name line with notes in brackets after it, as parliamentary records print speakers: the member with
/// constituency and party (`John Smith (Leeds North) (Lab)`), or an office with its holder's name (`The Secretary
/// of State for Transport (Mark Harper)`, `The Minister of State, Department for Transport (Huw Merriman)`).
struct BracketedNotes {
    /// The words before the first bracket: a name, or an office.
    var base: String
    /// The bracketed notes in order, brackets removed.
    var notes: [String]

    /// Reads `text` when it ends with one to three bracketed notes after some words; `nil` otherwise.
    init?(_ text: String) {
        var rest = Substring(text).trimmingCharacters(in: " ")[...]
        var notes: [String] = []
        while rest.last == ")", notes.count < Self.mostNotes, let open = rest.lastIndex(of: "(") {
            let inner = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
            guard !inner.isEmpty, inner.count <= Self.longestNote, !inner.contains("(") else { return nil }
            notes.insert(String(inner).trimmingCharacters(in: " "), at: 0)
            rest = rest[..<open].drop { $0 == " " }
            while rest.last == " " { rest = rest.dropLast() }
        }
        guard !notes.isEmpty, rest.last != ")", let first = rest.first, first.isUppercase,
            !rest.contains(where: { ".?!;:".contains($0) })
        else { return nil }
        base = String(rest)
        self.notes = notes
    }

    /// Who speaks: the base when it is a name (a few capitalised words), else the last note when that is one.
    var person: String? {
        if Self.isName(base) { return base }
        guard let last = notes.last, Self.isName(last) else { return nil }
        return last
    }

    /// The office the base names when the person is in the notes.
    var office: String? {
        Self.isName(base) ? nil : base
    }

    private static let mostNotes = Thresholds.LabelReading.mostNotesAfterAName
    private static let longestNote = Thresholds.LabelReading.longestNoteAfterAName

    /// Two to four capitalised words: `John Smith`, `Huw Merriman`, `Mary Kelly Foy`.
    private static func isName(_ text: String) -> Bool {
        text.split(separator: " ").count >= 2 && LabelParser.isLatinName(text)
    }
}
