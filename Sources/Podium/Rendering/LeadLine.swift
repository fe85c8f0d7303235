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
