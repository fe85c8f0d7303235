/// A line that ends with a clock time or a turn number after a blank (`记者提问  0:00`, `Q    [2]`), or with a terminal
/// link (`Laura Chen {BIO 20374581 <GO>}`); a post's or a chat message's header (`u/name · 14 hr. ago`,
/// `[11/14/2025 5:58 PM] kettle.host`).
enum NameLine {
    static func endsWithMark(_ text: String) -> Bool {
        if AccountName.postHeader(Substring(text)) != nil { return true }
        // `[11/14/2025 5:58 PM] kettle.host (pinned)`: a chat export's author line, the message's date and time first.
        if text.utf8.first == UInt8(ascii: "["), let (clock, rest) = Timestamp.leadingClock(Substring(text)), Timestamp.isDatedClock(clock),
            CandidateReader.chatAuthor(rest) != nil
        {
            return true
        }
        guard text.utf8.count <= Thresholds.LabelCandidate.longestHeaderLine * 4, let last = text.utf8.last,
            last == 0x5D || last == 0x7D || (0x30...0x39).contains(last) || last == 0x20
        else { return false }
        let trimmed = text.trimmingCharacters(in: " \t")
        if TerminalLink.split(Substring(trimmed)) != nil { return true }
        guard let blank = trimmed.lastIndex(of: " ") else { return false }
        let mark = trimmed[trimmed.index(after: blank)...]
        return Timestamp.markClock(mark) != nil || TurnNumber.isTurnNumber(mark)
    }
}
