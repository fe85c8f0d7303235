/// The index page of a folder of briefings (`podium brief DIR -o OUTDIR`): one item per document, with
/// its date, a link to its briefing, its questions and the file it was read from, then the files that
/// were not transcripts.
public struct BriefingIndex: Sendable {
    /// One briefing written.
    public struct Entry: Sendable {
        /// The briefing's path relative to the index page.
        public var briefing: String
        /// The transcript's path as it was read.
        public var file: String
        /// The transcript's source: its date and title are listed.
        public var source: Source
        /// How many exchanges the transcript has.
        public var questions: Int

        /// Describes a briefing written for `file`.
        public init(briefing: String, file: String, source: Source, questions: Int) {
            self.briefing = briefing
            self.file = file
            self.source = source
            self.questions = questions
        }
    }

    /// The briefings, in the order they are listed.
    public var entries: [Entry] = []
    /// The files that could not be read as transcripts, with the reason.
    public var failures: [(file: String, reason: String)] = []

    /// An empty index.
    public init() {}

    /// The page as CommonMark, ending with a line break; in English, as the documents' languages may differ.
    public func markdown() -> String {
        var document = MarkdownDocument()
        document.heading(1, "Briefings")
        let dates = entries.compactMap(\.source.date).sorted()
        var summary = "\(entries.count) " + (entries.count == 1 ? "document" : "documents")
        if let first = dates.first, let last = dates.last { summary += first == last ? ", \(first)" : ", \(first) to \(last)" }
        if !failures.isEmpty { summary += "; \(failures.count) not read" }
        document.paragraph(summary)
        document.list(entries.map { entry in
            let title = entry.source.title.flatMap { $0.isEmpty ? nil : $0 } ?? entry.file
            let questions = "\(entry.questions) " + (entry.questions == 1 ? "question" : "questions")
            let parts = [entry.source.date.map(MarkdownEscaper.line), MarkdownSpan.link(title, to: entry.briefing), questions,
                MarkdownEscaper.line(entry.file)]
            return MarkdownDocument.ListItem(markdown: parts.compactMap { $0 }.joined(separator: " · "))
        })
        if !failures.isEmpty {
            document.heading(2, "Not read")
            document.list(failures.map { MarkdownDocument.ListItem(markdown: MarkdownEscaper.line($0.file + ": " + $0.reason)) })
        }
        return document.text
    }
}
