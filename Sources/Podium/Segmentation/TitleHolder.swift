/// Who a title printed alone as a label stands for (`PM:`, `行政長官：`): the one person the heading, title
/// or opening lines name with that title (`Prime Minister Jane Smith`, 「行政長官李家超」).
enum TitleHolder {
    /// The holder of the title `label` stands for, when the texts name exactly one.
    static func holder(of label: String, in texts: [String]) -> String? {
        guard let title = SpeakerLexicon.titleOnlyLabels[label.uppercased()] ?? SpeakerLexicon.titleOnlyLabels[label] else { return nil }
        var names = Set<String>()
        for text in texts {
            for phrase in title.phrases {
                names.formUnion(holders(after: phrase, in: text))
            }
        }
        return names.count == 1 ? names.first : nil
    }

    /// The names printed right after each occurrence of `phrase` in `text`, case aside.
    private static func holders(after phrase: String, in text: String) -> [String] {
        var result: [String] = []
        let lowered = text.lowercased()
        var searchStart = lowered.startIndex
        while let range = lowered[searchStart...].literalRange(of: phrase.lowercased()) {
            searchStart = range.upperBound
            let offset = lowered.distance(from: lowered.startIndex, to: range.upperBound)
            let after = text.dropFirst(offset)
            if let name = phrase.unicodeScalars.contains(where: { $0.properties.isIdeographic }) ? chineseName(after) : latinName(after) {
                result.append(name)
            }
        }
        return result
    }

    /// `Jane Smith MP, Canberra` → `Jane Smith`; `JANE SMITH` → `Jane Smith`.
    private static func latinName(_ text: Substring) -> String? {
        var words: [String] = []
        for word in text.split(separator: " ").prefix(4) {
            let bare = word.trimmingCharacters(in: ",.;:")
            guard let first = bare.first, first.isUppercase, bare.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }),
                !SpeakerLexicon.nameStopWords.contains(bare.uppercased())
            else { break }
            words.append(bare.prefix(1) + bare.dropFirst().lowercased())
            if bare.count != word.count { break }
        }
        return words.count >= 2 ? words.joined(separator: " ") : nil
    }

    /// 「李家超接受訪問」 → 「李家超」: a surname and one or two characters, not a verb that follows the name.
    private static func chineseName(_ text: Substring) -> String? {
        let characters = Array(text.prefix(3))
        guard characters.count >= 2, let surname = characters.first, SpeakerLexicon.chineseSurnames.contains(surname),
            characters.allSatisfy({ $0.unicodeScalars.first?.properties.isIdeographic == true })
        else { return nil }
        if characters.count == 3, !SpeakerLexicon.charactersAfterNames.contains(characters[2]) { return String(characters) }
        return String(characters.prefix(2))
    }
}
