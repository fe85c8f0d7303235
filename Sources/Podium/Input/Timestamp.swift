/// Clock times printed with labels: `[00:09:25]`, `(12:04)`, `0:05`, `1:02:33`, `00:00:00,179`.
enum Timestamp {
    /// The text after a timestamp that opens it, or `nil` when none does.
    static func leading(_ text: Substring) -> Substring? {
        leadingClock(text)?.rest
    }

    /// The clock of a timestamp that opens the text (brackets removed) and the text after it.
    static func leadingClock(_ text: Substring) -> (clock: Substring, rest: Substring)? {
        // Turned down on its first byte, as most paragraphs are: a character that opens with an ASCII byte other
        // than a bracket, a digit or a clock's punctuation is none of them, nor one of them with a mark.
        if let byte = text.utf8.first, byte < 0x80, !clockOpeningBytes.contains(byte) { return nil }
        return leadingClockReference(text)
    }

    /// `6-26 10:01:12`, `2024-06-26 10:01`, `06/26 10:01:12`: a date, then a clock, as a live text prints beside each
    /// label; the date and clock as printed (the date is the reader's too), and the text after it. A bare clock is read
    /// as ``leadingClock(_:)`` reads it.
    static func leadingDatedClock(_ text: Substring) -> (clock: Substring, rest: Substring)? {
        if let clock = leadingClock(text) { return clock }
        // A date opens with a digit: most texts are turned down on their first byte.
        guard let first = text.utf8.first, (0x30...0x39).contains(first) else { return nil }
        let date = text.prefix { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") }
        guard isDate(date), let blank = text.dropFirst(date.count).first, blank == " " || blank == "\u{3000}"
        else { return nil }
        let afterDate = text.dropFirst(date.count).drop { $0 == " " || $0 == "\u{3000}" }
        // A bracketed clock after a date is not one printed timestamp.
        guard let clockFirst = afterDate.utf8.first, (0x30...0x39).contains(clockFirst),
            let (clock, rest) = leadingClock(afterDate)
        else { return nil }
        return (text[text.startIndex..<clock.endIndex], rest)
    }

    /// `11/14/2025 5:58 PM`, `2025-11-14 17:58`: a date, a blank and a clock, perhaps of twelve hours, as a chat export
    /// prints each message's time in brackets (`[11/14/2025 5:58 PM] kettle.host`).
    static func isDatedClock<S: StringProtocol>(_ text: S) -> Bool {
        var words = text.split(separator: " ")
        if let last = words.last, meridiems.contains(String(last)) { words.removeLast() }
        return words.count == 2 && isDate(words[0]) && isClock(words[1])
    }

    /// How a clock of twelve hours marks the half of the day.
    private static let meridiems: Set<String> = ["AM", "PM", "am", "pm", "a.m.", "p.m."]
    private static let spacedMeridiems = meridiems.sorted().map { " " + $0 }
    private static let meridiemLastBytes = Set(meridiems.compactMap(\.utf8.last))

    /// `6-26`, `2024-06-26`, `06/26`: two or three groups of digits joined by dashes or slashes.
    static func isDate<S: StringProtocol>(_ word: S) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" }
        return (2...3).contains(parts.count)
            && parts.allSatisfy { (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Characters, brackets included, of the longest bracketed clock or span: `[00:00:00.031 --> 00:00:03.512]` has 32.
    private static let longestBracketedSpan = 36

    /// The ASCII bytes a timestamp may open with: `[`, `(`, the digits, `:`, `,` and `.`.
    private static let clockOpeningBytes = ASCIIByteSet("[(0123456789:,.".utf8)

    /// ``leadingClock(_:)`` on characters, for any text: the plain version its first-byte test is held to.
    static func leadingClockReference(_ text: Substring) -> (clock: Substring, rest: Substring)? {
        guard let first = text.first else { return nil }
        // `【10:04】`: a live text's entries open with their time in lenticular brackets.
        if first == "[" || first == "(" || first == "【" {
            let close: Character = first == "[" ? "]" : first == "(" ? ")" : "】"
            guard let end = text.prefix(longestBracketedSpan).firstIndex(of: close) else { return nil }
            let inner = text[text.index(after: text.startIndex)..<end]
            if isClock(inner) || isDatedClock(inner) { return (inner, text[text.index(after: end)...]) }
            return leadingSpan(text).map { ($0.start, $0.rest) }
        }
        let clock = text.prefix { $0.isASCII && ($0.isNumber || $0 == ":" || $0 == "," || $0 == ".") }
        guard isClock(clock) else { return nil }
        let after = text.dropFirst(clock.count)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        return (clock, after)
    }

    /// `[00:00:00.031 --> 00:00:03.512] SPEAKER_00: …` → (`00:00:00.031`, ` SPEAKER_00: …`): a segment's span in square
    /// brackets, as Whisper's tools print each one; the turn starts at its start, and its end is timing, as a subtitle
    /// cue's is.
    static func leadingSpan(_ text: Substring) -> (start: Substring, rest: Substring)? {
        guard text.first == "[", let end = text.prefix(longestBracketedSpan).firstIndex(of: "]") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<end]
        guard let arrow = inner.literalRange(of: " --> "), isClock(inner[..<arrow.lowerBound]), isClock(inner[arrow.upperBound...]) else {
            return nil
        }
        return (inner[..<arrow.lowerBound], text[text.index(after: end)...])
    }

    /// `00:00:40`, `[00:00:40]`: a paragraph that is a clock time alone, blanks around it; its clock. Turned down on
    /// its bytes, as most paragraphs are: a digit or a bracket opens it, and a colon is in its few bytes.
    static func clockAlone(_ text: String) -> Substring? {
        let utf8 = text.utf8
        guard utf8.count <= longestBracketedSpan, let first = utf8.first(where: { $0 != 0x20 }),
            first == 0x5B || first == 0x28 || (0x30...0x39).contains(first), utf8.contains(0x3A)
        else { return nil }
        return markClock(Substring(text.trimmingCharacters(in: " ")))
    }

    /// `2024-09-05 10:24:30`: a paragraph that is a date and a clock time alone, as a live text prints after each entry.
    /// Turned down on its bytes: a digit opens it, and it is short.
    static func isDatedClockAlone(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= longestDatedClock, let first = utf8.first, (0x30...0x39).contains(first), utf8.contains(0x3A),
            let (_, rest) = leadingDatedClock(Substring(text))
        else { return false }
        return rest.allSatisfy { $0 == " " }
    }

    /// Bytes of the longest date and clock alone: `2024-09-05 10:24:30.125` has 23.
    private static let longestDatedClock = 26

    /// `【10:04】韩刚：…` → (`10:04`, `韩刚：…`): the time a live text's entry opens with, in lenticular brackets.
    static func leadingLenticularClock(_ text: Substring) -> (clock: Substring, rest: Substring)? {
        guard text.first == "【", let (clock, rest) = leadingClock(text) else { return nil }
        return (clock, rest.drop { $0 == " " || $0 == "\u{3000}" })
    }

    /// A clock time in brackets that opens words after a label (`[00:00:05] Welcome…`), and the words after it.
    /// A bare clock is not read here: `10:30 is when we start` is speech.
    static func leadingBracketedClock(_ text: Substring) -> (clock: Substring, rest: Substring)? {
        guard let first = text.first, first == "[" || first == "(", let (clock, rest) = leadingClock(text) else { return nil }
        return (clock, rest.drop { $0 == " " || $0 == "\t" })
    }

    /// `Jane Doe (00:01:10)` → (`Jane Doe`, `00:01:10`): a clock time in brackets that ends a label, and the words
    /// printed before it.
    static func trailingBracketedClock(_ raw: String) -> (printed: String, clock: String)? {
        guard let last = raw.last, last == ")" || last == "]" || last == "）",
            let open = raw.lastIndex(where: { $0 == "(" || $0 == "[" || $0 == "（" }), open > raw.startIndex
        else { return nil }
        let inner = String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)])
        guard isClock(inner) else { return nil }
        let printed = raw[..<open].trimmingCharacters(in: " ")
        return printed.isEmpty ? nil : (printed, inner)
    }

    /// The clock of a mark printed after a name, brackets removed: `0:05`, `[00:00:05]`, `(12:04)`.
    static func markClock(_ mark: Substring) -> Substring? {
        if isClock(mark) { return mark }
        guard let (clock, rest) = leadingClock(mark), rest.isEmpty else { return nil }
        return clock
    }

    /// The meridiem `text` ends with, the blank before it included, when the clock before it is one
    /// (`Mr Speaker 10:05 a.m.`). Told on the last bytes, as every paragraph ending with a period is asked: the
    /// meridiems are ASCII and end the text, where no later scalar can join them into another character.
    static func meridiem<S: StringProtocol>(endingWith text: S) -> String? where S.UTF8View: BidirectionalCollection {
        let utf8 = text.utf8
        guard let last = utf8.last, meridiemLastBytes.contains(last),
            let meridiem = spacedMeridiems.first(where: { $0.utf8.last == last && utf8.suffix($0.utf8.count).elementsEqual($0.utf8) })
        else { return nil }
        return endsWithClock(text.dropLast(meridiem.count)) ? meridiem : nil
    }

    /// ``meridiem(endingWith:)`` on characters: the plain version the byte reading is held to (`FastPathTests`).
    static func meridiemReference<S: StringProtocol>(endingWith text: S) -> String? {
        guard let meridiem = spacedMeridiems.first(where: { text.hasSuffix($0) }) else { return nil }
        return endsWithClock(text.dropLast(meridiem.count)) ? meridiem : nil
    }

    private static func endsWithClock<S: StringProtocol>(_ text: S) -> Bool {
        isClock(text[(text.lastIndex(of: " ").map { text.index(after: $0) } ?? text.startIndex)...])
    }

    /// ``markClock(_:)``, or a date and a clock as a name line prints them: `2025-06-18 15:00:26`, or a clock of the
    /// day with its half: `10:05 a.m.`.
    static func nameLineClock(_ mark: Substring) -> Substring? {
        if let clock = markClock(mark) { return clock }
        if let meridiem = meridiem(endingWith: mark), isClock(mark.dropLast(meridiem.count)) { return mark }
        guard let (clock, rest) = leadingDatedClock(mark), rest.isEmpty else { return nil }
        return clock
    }

    /// `0:05`, `12:04`, `1:02:33`, `00:00:10.5`: minutes and seconds, perhaps hours and fractions.
    static func isClock<S: StringProtocol>(_ text: S) -> Bool {
        let main = String(text).split(whereSeparator: { $0 == "," || $0 == "." }).first ?? ""
        let parts = main.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), text.count <= 14 else { return false }
        for (index, part) in parts.enumerated() {
            guard part.allSatisfy({ $0.isASCII && $0.isNumber }), (1...2).contains(part.count) else { return false }
            if index > 0 && part.count != 2 { return false }
        }
        return true
    }
}
