/// The top of every Markdown output: the `#` title and one line with the date, the event, a link to
/// the original page and the publisher it was taken from.
struct BriefingHeader {
    let transcript: Transcript
    let lexicon: BriefingLexicon
    /// The file the transcript was read from: its name can date it.
    var fileName: String? = nil

    /// The title: ``Source/title``, or for a call transcript whose first line is a section heading, the
    /// call's name (``CallTitle``).
    var title: String {
        if let call = CallTitle.title(of: transcript, lexicon: lexicon) { return call }
        let title = transcript.source.title?.trimmingCharacters(in: " ") ?? ""
        return title.isEmpty ? lexicon.untitled : title
    }

    /// The items of the line under the title: the date, the event, the link to the original (with its
    /// address), the publisher.
    var metaItems: [(text: String, url: String?)] {
        var items: [(text: String, url: String?)] = []
        if let date = date { items.append((date, nil)) }
        if let event = event, !title.contains(event) { items.append((event, nil)) }
        if let url = sourceURL { items.append((lexicon.sourceLink, url)) }
        if let origin = transcript.source.origin, !origin.isEmpty { items.append((lexicon.originPrefix + origin, nil)) }
        return items
    }

    /// The line under the title, in Markdown; `nil` when nothing is known.
    var metaLine: String? {
        let items = metaItems.map { item in item.url.map { MarkdownSpan.link(item.text, to: $0) } ?? MarkdownEscaper.line(item.text) }
        guard !items.isEmpty else { return nil }
        return MarkdownEscaper.guardLineStart(items.joined(separator: lexicon.metaSeparator))
    }

    /// Writes the title and the line under it.
    func write(to document: inout MarkdownDocument) {
        document.heading(1, title)
        if let metaLine { document.markdownParagraph(metaLine) }
    }

    /// The original: ``Source/url``, or the first web link of the lead (`[Transcript](https://…pdf)`).
    var sourceURL: String? {
        let isWeb: (String) -> Bool = { $0.hasPrefix("http://") || $0.hasPrefix("https://") }
        if let url = transcript.source.url, isWeb(url) { return url }
        return transcript.lead.prefix(Thresholds.Summary.leadLinesInTheHeader).lazy.flatMap { LeadLine.parse($0).links.map(\.url) }.first(where: isWeb)
    }

    /// The day of the event, as `YYYY-MM-DD`: ``Source/date``, or the first date written in the title,
    /// the lead, the summary, the file's name or the opening turn (``Transcript/documentDate(fileName:)``).
    var date: String? { transcript.documentDate(fileName: fileName) }

    /// The event's name from the host's opening words or the lead: 「国务院新闻办新闻发布会」.
    var event: String? {
        let opening = transcript.turns.prefix(2).filter { $0.kind == .moderation }.flatMap(\.paragraphs)
        for text in opening + transcript.lead.prefix(Thresholds.Summary.leadLinesInTheHeader) {
            if let name = Self.eventName(in: text) { return name }
        }
        return nil
    }

    /// The event's name after the verb that holds it: 「举行国务院新闻办新闻发布会」. The pattern spells out
    /// ``BriefingLexicon/eventVerbs``, ``BriefingLexicon/eventFillers`` and ``BriefingLexicon/genericEventNames``:
    /// a regex literal cannot be built from them.
    static func eventName(in text: String) -> String? {
        let eventPattern =
            #/(?:出席|举行|召开|舉行|召開|舉辦|举办)(?:今天的|今天|本次|此次)?[^，。！？、：；\s]{2,40}?(?:新闻发布会|新聞發布會|发布会|發布會|记者会|記者會|吹风会|吹風會|说明会|說明會)/#
        guard let match = text.firstMatch(of: eventPattern) else { return nil }
        var name = String(match.output)
        for verb in BriefingLexicon.eventVerbs where name.hasPrefix(verb) {
            name.removeFirst(verb.count)
            break
        }
        for filler in BriefingLexicon.eventFillers where name.hasPrefix(filler) {
            name.removeFirst(filler.count)
            break
        }
        return BriefingLexicon.genericEventNames.contains(name) ? nil : name
    }
}
