extension Transcript {
    /// The day of the document as `YYYY-MM-DD`: ``Source/date``, or the first date written in the title,
    /// the lead, the summary, the file's name or the opening turn; a date that ends a period (`the quarter
    /// ending September 30, 2022`) is passed over. `nil` when none is found.
    ///
    /// Dates are read by the parser's own finder (`DateFinder`). The parser found ``Source/date`` in the title
    /// and the lead only among dates written with separators (`2024-04-10`, 「2024年5月16日」), so an undated
    /// transcript's title and lead are read again here for the other forms (`March 14, 2024`, `20240410`).
    public func documentDate(fileName: String? = nil) -> String? {
        if let date = source.date?.trimmingCharacters(in: " "), !date.isEmpty {
            return DateFinder.normalized(date) ?? date
        }
        let early = [source.title].compactMap { $0 } + lead.prefix(Thresholds.Summary.leadLinesInTheHeader).map(LeadLine.plain) + [summary].compactMap { $0 }
        if let date = early.lazy.compactMap({ DateFinder.firstDate(in: $0) }).first { return date }
        if let fileName, let date = DateFinder.firstDate(in: fileName.split(separator: "/").last ?? Substring(fileName)) {
            return date
        }
        // Past the opening turn, dates are those of what is talked about (a report filed, a law passed).
        let body = turns.prefix(1).flatMap { $0.paragraphs.prefix(3) }
        return body.lazy.compactMap({ DateFinder.firstDate(in: $0) }).first
    }

    /// The title a briefing prints: ``Source/title``, or for a call transcript whose first line is a
    /// section heading (`CORPORATE PARTICIPANTS`), the call's name; `nil` when there is neither.
    public var briefingTitle: String? {
        let lexicon = OutputLanguage(of: self).lexicon
        return CallTitle.title(of: self, lexicon: lexicon) ?? source.title.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The transcript as a Markdown briefing that an editor can read in two minutes.
    ///
    /// It has a `#` title and a line with the date, the event, a link to the original and the
    /// publisher; a participants table (name, role, title and organisation or outlet, turns, share of
    /// words); the opening statements as nested lists of numbered points (marker, **headline**, the
    /// first sentence or two), with other paragraphs reduced to their first sentence; every question
    /// numbered Q1…Qn with its asker, quoted in full, and each answerer's point headlines (or first
    /// sentences); and the key figures — sentences with numbers and units — with their speakers.
    /// Headings follow the transcript's language unless ``BriefingOptions/language`` forces one.
    ///
    /// - Parameter options: The language, whether to add full answers, how many key figures.
    /// - Returns: CommonMark text ending with a line break.
    public func briefing(_ options: BriefingOptions = BriefingOptions()) -> String {
        BriefingRenderer(content: BriefingBuilder(transcript: self, options: options).build()).render()
    }
}
