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

    /// `1. SAM PRENTICE (National—Whangaparāoa) to the Minister of Finance: What recent reports…`: New Zealand's oral
    /// question, its number, the member and their party in brackets, the minister asked, a colon and the question. The
    /// printed opening, the member with their note, and the question; `nil` for any other paragraph.
    static func oralQuestion(_ text: String) -> (printed: String, member: String, question: String)? {
        let bytes = text.utf8
        guard let first = bytes.first, (0x31...0x39).contains(first),
            let colon = bytes.prefix(Thresholds.LabelReading.longestOrderPaperMember * 4).firstIndex(of: UInt8(ascii: ":")),
            case let opening = text[..<colon],
            let joint = opening.literalRange(of: SpeakerLexicon.oralQuestionJoint)
        else { return nil }
        let number = opening.prefix { $0.isASCII && $0.isNumber }
        let member = opening[number.endIndex..<joint.lowerBound].drop { $0 == "." }.trimmingCharacters(in: " ")
        // The member is a name and its note (`SAM PRENTICE (National—Whangaparāoa)`), the one asked an office.
        guard member.hasSuffix(")"), let notes = BracketedNotes(member, allowingHonorifics: true), notes.person != nil,
            AffiliationLine.namesAnOffice(opening[joint.upperBound...])
        else { return nil }
        let question = text[text.index(after: colon)...].trimmingCharacters(in: " ")
        guard !question.isEmpty else { return nil }
        return (String(opening), member, question)
    }
}
