import CLibXML2

/// The text of a document's body with its markup removed, read independently of the block readers,
/// so that ``TextCoverage`` can tell whether anything the readers or the segmenter produce went missing.
///
/// Markup removal follows the documented rules and nothing else: front matter goes; HTML tags,
/// comments, `<head>`, `<title>`, scripts, styles and hidden elements go; Markdown syntax goes
/// (inline markup through the same rules the reader uses); every word stays.
enum BodyText {
    /// The body's text in reading order, split into lines at block boundaries, and the start times of its
    /// subtitle cues: a turn's time taken from a cue is layout the body does not print among its words.
    static func lines(of text: String, format: InputFormat) -> (lines: [String], cueTimes: Set<String>) {
        let (_, body) = FrontMatter.split(LineEndings.normalize(text))
        switch format {
        case .html: return (HTMLText.lines(String(body)), [])
        case .markdown: return (markdownLines(body), [])
        case .text:
            let lines = body.split(separator: "\n", omittingEmptySubsequences: true)
            // A numbered record's line numbers are layout, as Markdown's `#` is; so are a subtitle file's cue
            // numbers and timings.
            if let record = NumberedRecord(lines: lines) { return (record.textLines, []) }
            if let subtitles = Subtitles(lines: lines) {
                return (subtitles.notes.flatMap { $0 } + subtitles.textLines, Set(subtitles.lineTimes.compactMap { $0 }))
            }
            // A table's separators, quoting and header are layout; its start times are the turns' times.
            if let table = DelimitedTable(body: body) { return (table.textLines, Set(table.lineTimes.compactMap { $0 })) }
            // `[00:00:00.031 --> 00:00:03.512] SPEAKER_00: …`: a segment's span is timing; its start is the turn's time.
            // `Q - Erik Johansson {BIO 19283746 <GO>}`: a terminal link is a command, and the letter before the name
            // is layout that says who asks.
            var spanStarts = Set<String>()
            let words = lines.map { line -> String in
                if let (name, _) = TerminalLink.split(line) { return String(TerminalLink.withoutTurnMarker(name)) }
                guard let (start, rest) = Timestamp.leadingSpan(line) else { return String(line) }
                spanStarts.insert(String(start))
                return String(rest)
            }
            return (joiningOpenBrackets(words), spanStarts)
        }
    }

    /// A line of Latin capitals and blanks ending no sentence, over a line whose note closes right before a colon.
    private static func isWrappedOffice(_ line: String, before next: String) -> Bool {
        guard line.utf8.count <= Thresholds.LabelReading.longestEnglishLabel * 2, line.utf8.contains(0x20),
            line.utf8.allSatisfy({ (0x41...0x5A).contains($0) || $0 == 0x20 || $0 == 0x2C || $0 == 0x2D }),
            let close = next.utf8.prefix(Thresholds.LabelReading.longestEnglishLabel * 2).firstIndex(of: UInt8(ascii: ")"))
        else { return false }
        return next.utf8[next.utf8.index(after: close)...].first == UInt8(ascii: ":")
    }

    /// `THE MINISTER OF STATE IN THE MINISTRY OF RAILWAYS (SHRI ARVIND` / `MEHTA): Sir, …`: a line that leaves a bracket
    /// open was wrapped inside it, as a label's long office is; it is read with the line that closes the bracket, and an
    /// office in capitals wrapped before its holder's note (``isWrappedOffice(_:before:)``) with the note's line.
    static func joiningOpenBrackets(_ lines: [String]) -> [String] {
        var joined: [String] = []
        joined.reserveCapacity(lines.count)
        var pending: String?
        for (offset, line) in lines.enumerated() {
            let text = pending.map { $0 + " " + line } ?? line
            // `THE MINISTER OF STATE IN THE MINISTRY OF AGRICULTURE AND FARMERS` over `WELFARE (SHRIMATI REKHA DESAI):
            // Sir, …`: an office in capitals wrapped onto the line of its holder's note.
            if pending == nil, offset + 1 < lines.count, isWrappedOffice(line, before: lines[offset + 1]) {
                pending = line
                continue
            }
            if pending == nil, !line.utf8.contains(UInt8(ascii: "(")) {
                joined.append(line)
                continue
            }
            var depth = 0
            for byte in text.utf8 {
                if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            }
            // A bracket left open for longer than a label's office is a bracket never closed: its lines are read alone.
            if depth > 0, text.utf8.count <= Thresholds.LabelReading.longestEnglishLabel * 2 {
                pending = text
            } else {
                joined.append(text)
                pending = nil
            }
        }
        if let pending { joined.append(pending) }
        return joined
    }

    private static func markdownLines(_ body: Substring) -> [String] {
        var output: [String] = []
        var html: [Substring] = []
        var fence: Substring?
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil } else { output.append(String(line)) }
                continue
            }
            if !html.isEmpty {
                if line.unicodeScalars.allSatisfy(TextNormalization.isSpace) {
                    output += HTMLText.lines(html.joined(separator: "\n"))
                    html = []
                } else {
                    html.append(line)
                }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            if startsHTML(trimmed) {
                html = [line]
                continue
            }
            // A table of who says what: its bars, header and delimiter row are layout.
            if fence == nil, trimmed.hasPrefix("|") {
                let rows = lines[(index - 1)...].prefix { $0.drop { $0 == " " }.hasPrefix("|") }
                if let table = DelimitedTable(markdownRows: Array(rows)) {
                    output += table.textLines.map { MarkdownInline.strip($0[...]).text }
                    index += rows.count - 1
                    continue
                }
            }
            var content = trimmed
            while content.hasPrefix(">") { content = content.dropFirst().drop { $0 == " " } }
            content = content.drop { $0 == "#" }
            output.append(MarkdownInline.strip(content).text)
        }
        if !html.isEmpty { output += HTMLText.lines(html.joined(separator: "\n")) }
        return output
    }

    private static func startsHTML(_ line: Substring) -> Bool {
        HTMLVocabulary.opensWithTag(line)
    }

}
