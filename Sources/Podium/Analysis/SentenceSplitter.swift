/// Splits text into sentences: after 。！？ and `!` `?`, and after `.` followed by a space when the word
/// before it is not an abbreviation (`Mr.`, `U.S.`, `No.`). Closing quotes and brackets stay with the
/// sentence they close.
enum SentenceSplitter {
    private static let wideTerminators: Set<Character> = ["。", "！", "？", "!", "?", "…"]
    private static let closers: Set<Character> = ["”", "’", "\"", "'", "」", "』", "）", ")", "》", "】", "]"]

    /// The sentences of `text`, trimmed, in order; nothing is dropped.
    static func sentences(_ text: String) -> [String] {
        let characters = Array(text)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            var ends = false
            if wideTerminators.contains(character) {
                ends = true
            } else if character == "." {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                ends = (next == " " || closers.contains(next) || next.isNewline) && !isAbbreviation(characters, before: index)
            } else if character.isNewline {
                ends = true
            }
            if ends {
                var end = index + 1
                while end < characters.count, wideTerminators.contains(characters[end]) || characters[end] == "." {
                    end += 1
                }
                while end < characters.count, closers.contains(characters[end]) { end += 1 }
                append(characters[start..<end], to: &sentences)
                start = end
                index = end
                continue
            }
            index += 1
        }
        append(characters[start..<characters.count], to: &sentences)
        return sentences
    }

    /// Splits a long sentence at 「；」 and `;` into clauses.
    static func clauses(_ sentence: String) -> [String] {
        var clauses: [String] = []
        var current = ""
        for character in sentence {
            current.append(character)
            if character == "；" || character == ";" {
                clauses.append(current.trimmingCharacters(in: " "))
                current = ""
            }
        }
        if !current.trimmingCharacters(in: " ").isEmpty { clauses.append(current.trimmingCharacters(in: " ")) }
        return clauses
    }

    private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let sentence = String(slice).trimmingCharacters(in: " \n\t")
        if !sentence.isEmpty { sentences.append(sentence) }
    }

    private static func isAbbreviation(_ characters: [Character], before index: Int) -> Bool {
        var start = index
        while start > 0, characters[start - 1].isLetter || characters[start - 1] == "." { start -= 1 }
        let word = String(characters[start..<index]).lowercased()
        if word.count == 1, word.first?.isLetter == true, word.first?.isASCII == true { return true }
        return NewsLexicon.abbreviations.contains(word)
    }
}
