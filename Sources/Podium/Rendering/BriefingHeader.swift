/// The top of every Markdown output: the `#` title and one line with the date, the event, a link to
/// the original page and the publisher it was taken from.
struct BriefingHeader {
    let transcript: Transcript
    let lexicon: BriefingLexicon

    var title: String {
        let title = transcript.source.title?.trimmingCharacters(in: " ") ?? ""
        return title.isEmpty ? lexicon.untitled : title
    }

    /// The line under the title, in Markdown; `nil` when nothing is known.
    var metaLine: String? {
        var items: [String] = []
        if let date = date { items.append(MarkdownEscaper.line(date)) }
        if let event = event, !title.contains(event) { items.append(MarkdownEscaper.line(event)) }
        if let url = transcript.source.url, url.hasPrefix("http://") || url.hasPrefix("https://") {
            items.append(MarkdownSpan.link(lexicon.sourceLink, to: url))
        }
        if let origin = transcript.source.origin, !origin.isEmpty {
            items.append(MarkdownEscaper.line(lexicon.originPrefix + origin))
        }
        guard !items.isEmpty else { return nil }
        return MarkdownEscaper.guardLineStart(items.joined(separator: lexicon.metaSeparator))
    }

    /// Writes the title and the line under it.
    func write(to document: inout MarkdownDocument) {
        document.heading(1, title)
        if let metaLine { document.markdownParagraph(metaLine) }
    }

    /// The day of the event: the date part of ``Source/date``, or the first date written in the lead.
    var date: String? {
        if let date = transcript.source.date?.trimmingCharacters(in: " "), !date.isEmpty {
            if date.count >= 10, date.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }) { return String(date.prefix(10)) }
            return date
        }
        for line in transcript.lead.prefix(6) {
            if let found = Self.firstDate(in: line) { return found }
        }
        return nil
    }

    /// The event's name from the host's opening words or the lead: 「国务院新闻办新闻发布会」.
    var event: String? {
        let opening = transcript.turns.prefix(2).filter { $0.kind == .moderation }.flatMap(\.paragraphs)
        for text in opening + transcript.lead.prefix(6) {
            if let name = Self.eventName(in: text) { return name }
        }
        return nil
    }

    static func firstDate(in text: String) -> String? {
        // Built on each call: a Regex is not Sendable, so it cannot be a shared constant.
        let datePatterns = [
            #/\d{4}-\d{1,2}-\d{1,2}/#, #/\d{4}年\d{1,2}月\d{1,2}日/#,
            #/(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/#,
        ]
        for pattern in datePatterns {
            if let match = text.firstMatch(of: pattern) { return String(match.output) }
        }
        return nil
    }
    private static let genericEvents: Set<String> = [
        "新闻发布会", "新聞發布會", "发布会", "發布會", "记者会", "記者會", "吹风会", "吹風會", "说明会", "說明會",
    ]

    static func eventName(in text: String) -> String? {
        let eventPattern =
            #/(?:出席|举行|召开|舉行|召開|舉辦|举办)(?:今天的|今天|本次|此次)?[^，。！？、：；\s]{2,40}?(?:新闻发布会|新聞發布會|发布会|發布會|记者会|記者會|吹风会|吹風會|说明会|說明會)/#
        guard let match = text.firstMatch(of: eventPattern) else { return nil }
        var name = String(match.output)
        for verb in ["出席", "举行", "召开", "舉行", "召開", "舉辦", "举办"] where name.hasPrefix(verb) {
            name.removeFirst(verb.count)
            break
        }
        for filler in ["今天的", "今天", "本次", "此次"] where name.hasPrefix(filler) {
            name.removeFirst(filler.count)
            break
        }
        return genericEvents.contains(name) ? nil : name
    }
}
