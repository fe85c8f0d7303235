/// A question's number before its asker: `1、`, `2.`, `（3）`.
enum QuestionNumber {
    /// The label a numbered question heading is given: the role word for an unnamed asker.
    static let anonymousAsker = "Q"

    /// A heading that numbers a question (`1. …？`, `2、…?`, `4. …活躍？…希望得到什麼樣的目標？我看…的問題.`): the whole
    /// heading, number included, when it is one. A question asked before the heading's last sentence asks too.
    static func heading(_ text: Substring) -> Substring? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let mark = text.dropFirst(digits.count).first, ".、．)）".contains(mark),
            text.containsQuestionMark()
        else { return nil }
        return text
    }

    /// `Q12 Rachel Blakemore: …` → `Rachel Blakemore: …`: a select committee's oral evidence numbers each question
    /// before the member who asks it. `Q1:` and `Q1 Follow-up:` number a question and name no one.
    static func committeeLeading(_ text: Substring) -> Substring? {
        guard text.utf8.first == UInt8(ascii: "Q") else { return nil }
        let digits = text.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard (1...Thresholds.LabelCandidate.mostDigitsInACommitteeQuestion).contains(digits.count) else { return nil }
        let after = text.dropFirst(1 + digits.count)
        guard after.first == " ", let word = after.dropFirst().split(separator: " ").first, let initial = word.first, initial.isUppercase,
            !SpeakerLexicon.followUpWords.contains(word.lowercased().trimmingCharacters(in: ":"))
        else { return nil }
        return after.dropFirst()
    }

    /// The text after a question number that opens it (`1、`, `（3）`, `2. Q: …`), or `nil` when none does.
    static func leading(_ text: Substring) -> Substring? {
        // A character that opens with an ASCII byte other than `(` or a digit opens no number.
        if let byte = text.utf8.first, byte < 0x80, byte != UInt8(ascii: "("), !(0x30...0x39).contains(byte) { return nil }
        return leadingReference(text)
    }

    /// ``leading(_:)`` on characters, for any text: the plain version its first-byte test is held to.
    static func leadingReference(_ text: Substring) -> Substring? {
        if text.first == "（" || text.first == "(" {
            let inner = text.dropFirst().prefix { $0.isNumber }
            guard (1...2).contains(inner.count) else { return nil }
            let after = text.dropFirst(1 + inner.count)
            guard after.first == "）" || after.first == ")" else { return nil }
            return after.dropFirst()
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count) else { return nil }
        let after = text.dropFirst(digits.count)
        guard let mark = after.first, mark == "、" || mark == "．" || mark == "." else { return nil }
        let rest = after.dropFirst()
        guard mark == ".", rest.first == " " else { return rest }
        // `1. Introduction` is a numbered list; a spaced period numbers a question only before a role word and its
        // colon (`1. 问：…`, `2. Q: …`).
        let words = rest.drop { $0 == " " }
        guard let colon = words.prefix(SpeakerLexicon.longestRoleLabel + 1).firstIndex(where: { $0 == "：" || $0 == ":" }),
            SpeakerLexicon.roleLabel(String(words[..<colon])) != nil
        else { return nil }
        return words
    }
}
