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
