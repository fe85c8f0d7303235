/// `Kojima, NHK:`, `NHK, MORI:`, `Freelance journalist, NAKANO:`: a press conference's record (Japan's foreign ministry
/// prints its askers so) names a reporter by the surname alone beside the outlet, in either order. The outlet must be
/// one the lexicon knows (``OutletLexicon``) or be a few words ending with a reporter's (``SpeakerLexicon/reporterDescriptionWords``): a
/// capitalised word and a comma open many sentences, and a surname alone is no evidence of a person.
enum SurnameAndOutlet {
    /// The surname, the outlet and the surname's script, read from the words either side of a label's comma; `nil`
    /// unless one side is a single surname and the other an outlet or a reporter's description.
    static func read(_ first: Substring, _ second: Substring) -> (surname: Substring, outlet: Substring, script: LabelForm.Script)? {
        let first = first.trimmingCharacters(in: " \t")[...]
        let second = second.trimmingCharacters(in: " \t")[...]
        if let script = surnameScript(first), describesAReporter(second), !describesAReporter(first) {
            return (first, second, script)
        }
        if let script = surnameScript(second), describesAReporter(first), !describesAReporter(second) {
            return (second, first, script)
        }
        return nil
    }

    /// `Kojima`, `MORI`, `O'Neil`: one word of letters opening with a capital, no title or honorific the lexicon
    /// knows (`Secretary`, `Mr.`).
    static func surnameScript(_ word: Substring) -> LabelForm.Script? {
        guard isNameWord(word), !SpeakerLexicon.isEnglishHonorific(word) else { return nil }
        return word.contains(where: \.isLowercase) ? .latin : .capitals
    }

    /// `Kojima`, `MORI`, `Masato`: one word of a Latin name, capitalised or in capitals, that no office's title spells.
    static func isNameWord(_ word: Substring) -> Bool {
        guard word.count >= Thresholds.LabelReading.shortestLatinSurname, let first = word.first, first.isUppercase,
            word.allSatisfy({ $0.isLetter || "'-’".contains($0) })
        else { return false }
        return !SpeakerLexicon.englishTitles.contains(word.uppercased())
    }

    /// `NHK`, `Kyodo News`, `Asahi Shimbun`, `Freelance journalist`: an outlet the lexicon knows, or words ending with a
    /// reporter's role word.
    static func describesAReporter(_ words: Substring) -> Bool {
        let text = String(words)
        guard !text.isEmpty, text.count <= Thresholds.Affiliations.longestAffiliation else { return false }
        if OutletLexicon.isEnglishOutlet(text) || OutletLexicon.isOutlet(text) { return true }
        // `Freelance journalist`: a few words, capitalised first, and a reporter's word last; `But to answer your
        // question` is a sentence.
        let described = words.split(separator: " ")
        guard described.count <= Thresholds.LabelReading.mostWordsDescribingAReporter, let last = described.last,
            described.first?.first?.isUppercase == true
        else { return false }
        return SpeakerLexicon.reporterDescriptionWords.contains(last.uppercased())
    }
}
