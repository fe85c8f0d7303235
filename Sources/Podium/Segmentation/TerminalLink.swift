/// Bloomberg's link to a speaker's profile, printed after the name on each name line of its call transcripts:
/// `David Moritz {BIO 1718293 <GO>}`, `Q - Erik Johansson {BIO 19283746 <GO>}`. Like a call's turn number it marks
/// the line as a speaker's; it is a terminal command, not words anyone spoke.
enum TerminalLink {
    /// The line's words before a link that closes it, and the link; `nil` when no link closes the line.
    static func split(_ line: Substring) -> (before: Substring, link: Substring)? {
        guard line.utf8.last == UInt8(ascii: "}"), line.hasSuffix(closing), let open = line.lastIndex(of: "{") else { return nil }
        let inner = line[line.index(after: open)...].dropLast(closing.count).split(separator: " ")
        guard inner.count == 2, SpeakerLexicon.terminalLinkKinds.contains(String(inner[0])),
            (1...Thresholds.LabelCandidate.mostDigitsInATerminalLink).contains(inner[1].count), inner[1].allSatisfy({ $0.isASCII && $0.isNumber })
        else { return nil }
        return (line[..<open], line[open...])
    }

    /// `Q - Erik Johansson` → `Erik Johansson`: the letter before a linked name says whether the speaker asks or answers,
    /// as FactSet's `Q` and `A` lines do; the speaker is the name.
    static func withoutTurnMarker(_ header: Substring) -> Substring {
        guard let dash = header.firstRange(of: " - "), SpeakerLexicon.turnMarkerLetters.contains(String(header[..<dash.lowerBound])) else {
            return header
        }
        return header[dash.upperBound...]
    }

    private static let closing = " <GO>}"
}
