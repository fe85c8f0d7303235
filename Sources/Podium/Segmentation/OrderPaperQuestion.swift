/// `1 Mr Daniel Koh Wei Ming asked the Minister for Manpower (a) how many…`, `T1. Mrs Hasson-Reid asked the Minister for
/// Infrastructure whether…`: a parliament's question on the order paper, printed in the third person under its number;
/// the member named before the verb asks it, and the words from the verb on are the question.
enum OrderPaperQuestion {
    /// The printed number and member (`T1. Mrs Hasson-Reid`), the member alone, and the question; `nil` where the
    /// paragraph is no such question.
    static func split(_ text: String) -> (printed: String, member: String, question: String)? {
        // A number opens the paragraph (`T` and a digit a topical one) and the verb comes within a member's name of it: most
        // paragraphs are turned down on their first bytes, before a window of them is made a string.
        let bytes = text.utf8
        guard let first = bytes.first, (0x30...0x39).contains(first) || (first == UInt8(ascii: "T") && bytes.dropFirst().first.map { (0x30...0x39).contains($0) } == true),
            case let window = String(Substring(text.utf8.prefix(Thresholds.LabelReading.longestOrderPaperMember * 2))) ?? "",
            let verb = window.literalRange(of: SpeakerLexicon.orderPaperQuestionVerb)
        else { return nil }
        let opening = text[..<verb.lowerBound]
        // `1`, `1.`, `T1.`: the question's number on the order paper; a topical question's carries a `T`.
        let afterLetter = opening.first == "T" ? opening.dropFirst() : opening
        let number = afterLetter.prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty else { return nil }
        let member = afterLetter[number.endIndex...].drop { $0 == "." }.trimmingCharacters(in: " *")
        let words = member.split(separator: " ")
        guard (2...Thresholds.LabelReading.mostWordsInALatinName + 2).contains(words.count), let honorific = words.first,
            SpeakerLexicon.isEnglishHonorific(honorific),
            words.dropFirst().allSatisfy({ word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || "-'’".contains($0) } })
        else { return nil }
        let question = text[text.index(after: verb.lowerBound)...]
        return (opening.trimmingCharacters(in: " *"), member, String(question))
    }
}
