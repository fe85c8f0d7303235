/// The day of a document when ``Source/date`` does not give it: the first date written in the title,
/// the lead, the summary, the file's name or the opening turn, as `YYYY-MM-DD`.
///
/// A date after a word that ends a period (`the quarter ending September 30, 2022`, 「截至3月底」) is
/// the period's, not the document's, and is passed over. This reads text that Input has already read;
/// finding it there, for ``Source/date`` itself, is where it belongs.
enum DocumentDate {
    static func find(in transcript: Transcript, fileName: String? = nil) -> String? {
        if let date = transcript.source.date?.trimmingCharacters(in: " "), !date.isEmpty {
            return normalized(date) ?? date
        }
        let early = [transcript.source.title].compactMap { $0 } + transcript.lead.prefix(6).map(LeadLine.plain)
            + [transcript.summary].compactMap { $0 }
        if let date = early.lazy.compactMap(firstDate).first { return date }
        if let fileName, let date = firstDate(in: (fileName as String).split(separator: "/").last.map(String.init) ?? fileName) {
            return date
        }
        // Past the opening turn, dates are those of what is talked about (a report filed, a law passed).
        let body = transcript.turns.prefix(1).flatMap { $0.paragraphs.prefix(3) }
        return body.lazy.compactMap(firstDate).first
    }

    /// The first date in a text, as `YYYY-MM-DD`, unless a period word comes right before it.
    static func firstDate(in text: String) -> String? {
        // Built on each call: a Regex is not Sendable, so it cannot be a shared constant.
        let patterns = [
            #/(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})/#,
            #/(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日/#,
            #/(?<year>\d{4})(?<month>[01]\d)(?<day>[0-3]\d)(?!\d)/#,
        ]
        var found: [(offset: Int, date: String)] = []
        for pattern in patterns {
            for match in text.matches(of: pattern) where !followsPeriodWord(text, match.range.lowerBound) {
                if let date = iso(year: Int(match.output.year), month: Int(match.output.month), day: Int(match.output.day)) {
                    found.append((text.distance(from: text.startIndex, to: match.range.lowerBound), date))
                    break
                }
            }
        }
        let english = #/(?<month>[A-Z][a-z]{2,8})\.? (?<day>\d{1,2}),? (?<year>\d{4})/#
        for match in text.matches(of: english) where !followsPeriodWord(text, match.range.lowerBound) {
            let month = BriefingLexicon.englishMonths.firstIndex { String(match.output.month).lowercased().hasPrefix($0) }
            if let month, let date = iso(year: Int(match.output.year), month: month + 1, day: Int(match.output.day)) {
                found.append((text.distance(from: text.startIndex, to: match.range.lowerBound), date))
                break
            }
        }
        return found.min { $0.offset < $1.offset }?.date
    }

    /// A date written as `YYYY-MM-DD…` or in words, as `YYYY-MM-DD`.
    static func normalized(_ date: String) -> String? {
        if date.count >= 10, date.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }) { return String(date.prefix(10)) }
        return firstDate(in: date)
    }

    private static func iso(year: Int?, month: Int?, day: Int?) -> String? {
        guard let year, let month, let day, (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else {
            return nil
        }
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    private static func followsPeriodWord(_ text: String, _ index: String.Index) -> Bool {
        let before = text[text.startIndex..<index].suffix(16).lowercased()
        let trimmed = before.trimmingCharacters(in: " ")
        return BriefingLexicon.periodWords.contains { trimmed.hasSuffix($0) }
    }
}

/// A line of the lead as text: Markdown headings, emphasis and images taken off, links kept (in
/// Markdown output) or reduced to their text (`#### Link [Transcript](…pdf)` → `Link Transcript`).
enum LeadLine {
    /// The line without Markdown syntax, and the links it held.
    static func parse(_ line: String) -> (text: String, links: [(text: String, url: String)]) {
        var text = line.trimmingCharacters(in: " ")
        if let hashes = text.firstIndex(where: { $0 != "#" }), text.first == "#", text[hashes] == " ",
            text.distance(from: text.startIndex, to: hashes) <= 6
        {
            text = String(text[hashes...]).trimmingCharacters(in: " ")
        }
        var links: [(text: String, url: String)] = []
        let link = #/(?<bang>!?)\[(?<text>[^\]\[]*)\]\((?<url>[^)\s]+)\)/#
        text = text.replacing(link) { match in
            if match.output.bang.isEmpty {
                links.append((String(match.output.text), String(match.output.url)))
                return String(match.output.text)
            }
            return ""
        }
        for marker in ["**", "__"] where text.components(separatedBy: marker).count >= 3 {
            text = text.replacingLiteral(marker, with: "")
        }
        return (text.trimmingCharacters(in: " "), links)
    }

    static func plain(_ line: String) -> String { parse(line).text }

    /// The line as Markdown: its text escaped, its links made again.
    static func markdown(_ line: String) -> String {
        let (text, links) = parse(line)
        var output = ""
        var rest = text
        for link in links {
            guard let range = rest.literalRange(of: link.text) else { continue }
            output += MarkdownEscaper.inline(String(rest[rest.startIndex..<range.lowerBound])) + MarkdownSpan.link(link.text, to: link.url)
            rest = String(rest[range.upperBound...])
        }
        return MarkdownEscaper.guardLineStart(output + MarkdownEscaper.inline(rest))
    }
}

/// The title of a call transcript whose first line is a section heading (`CORPORATE PARTICIPANTS`): the
/// call's name from the operator's welcome (`welcome to the Equinix Third Quarter Earnings Conference
/// Call`), what it meets to discuss, or the officials' company with the lexicon's word for a call.
enum CallTitle {
    static func title(of transcript: Transcript, lexicon: BriefingLexicon) -> String? {
        let title = transcript.source.title?.trimmingCharacters(in: " ") ?? ""
        guard title.isEmpty || BriefingLexicon.sectionHeadings.contains(title.uppercased()) else { return nil }
        let opening = transcript.turns.prefix(3).flatMap(\.paragraphs).flatMap(SentenceSplitter.sentences)
        let welcome = #/(?i:welcome to )(?:the |today's |our )?(?<name>[A-Z][^.,;]{3,80}(?i:call|webcast|conference|meeting))(?=[.,;!]|\s*$)/#
        for sentence in opening {
            if let match = sentence.firstMatch(of: welcome) {
                let name = String(match.output.name)
                if name.split(separator: " ").dropLast().contains(where: { $0.first?.isUppercase ?? false }) { return name }
            }
        }
        let discuss = #/(?i:call|conference|webcast) to discuss (?<what>[^.;]{8,120})/#
        for sentence in opening {
            if let match = sentence.firstMatch(of: discuss) {
                return lexicon.callTitle + String(match.output.what).trimmingCharacters(in: " ,")
            }
        }
        let companies = Set(transcript.participants.filter { $0.role == .official }.compactMap(\.organization))
        if companies.count == 1, let company = companies.first { return company + lexicon.callSuffix }
        return title.isEmpty ? nil : lexicon.untitled
    }
}
