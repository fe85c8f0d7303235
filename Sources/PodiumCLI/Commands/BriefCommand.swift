import ArgumentParser
import Podium

/// `podium brief`: the Markdown briefing of a transcript, or of every document of a corpus.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Print a Markdown briefing: participants, opening statements, Q1…Qn, key figures.",
        discussion: """
            The briefing has a title and a line with date, event, source link and origin; a table of \
            participants (name, role, title/organisation or outlet, turns, share of words); the opening \
            statements, each paragraph by its lead sentence and numbered points as nested lists; every \
            question quoted with its asker, and each answer summarised by its list lead-ins and point \
            headlines and by the sentences that carry news (figures, named people, places and bodies, \
            quotable positions; --sentences N of them, in reading order); and the key figures, each said \
            once, the sentences with most figures first. Headings follow the transcript's language unless \
            --lang forces one.

            --format html writes the same briefing as one self-contained HTML page (no external assets): \
            a speaking-share bar chart in inline SVG (words per participant, coloured by role), a list of \
            the questions, links from each question to its answers, print-friendly CSS, and lang set from \
            the document.

            Several FILEs or a directory (corpus mode, as in podium parse) need -o DIR: one briefing per \
            document is written there, named after the file (its path under a walked directory, ending in \
            .md, or .html with --format html), with index.md listing them by date, title and number of questions, and the files that \
            were not transcripts. DIR must be new, empty, or written by podium brief before; --since and \
            --until choose the documents by date.
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(name: .long, help: "Print every sentence of every turn: opening statements in full, each answer's full text after its summary, the remarks between exchanges.")
    var full = false

    @Option(name: .long, help: "Keep at most N sentences of each answer outside its lists: those with figures, names and positions first.")
    var sentences: Int = BriefingOptions.defaultAnswerSentences

    @Option(name: .long, help: "Output format: markdown, or html (one self-contained page with a speaking-share chart).")
    var format: BriefFormat = .markdown

    @Option(name: .long, help: "Language of headings and labels: zh, zh-Hant or en (default: the transcript's).")
    var lang: OutputLanguage?

    @Option(name: .long, help: "List at most N key figures (default: all).")
    var figures: Int?

    @OptionGroup var dates: DateOptions

    @OptionGroup var corpus: CorpusOptions

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output; in corpus mode, the folder to write the briefings to.")
    var output: String?

    func validate() throws {
        if let figures, figures < 0 { throw ValidationError("--figures must be 0 or more") }
        if sentences < 1 { throw ValidationError("--sentences must be 1 or more") }
        if corpus.isCorpus(input.files), output == nil || output == "-" {
            throw ValidationError("several documents need -o DIR, the folder to write one briefing per document to")
        }
    }

    private var options: BriefingOptions {
        BriefingOptions(language: lang, includesFullAnswers: full, keyFigureLimit: figures, answerSentences: sentences)
    }

    /// The options for one file: its name can date an undated document.
    private func options(for file: String?) -> BriefingOptions {
        var options = self.options
        options.fileName = file == "-" ? nil : file
        return options
    }

    func run() throws {
        if corpus.isCorpus(input.files), let output { return try runCorpus(into: output) }
        let target = OutputTarget(output)
        let transcript = try input.parse(try input.load(writingTo: target))
        let sink = try OutputSink(path: target.path)
        try sink.write(dates.includes(transcript.source) ? format.render(transcript, options(for: input.files.first)) : "")
        try sink.finish()
    }

    /// What a worker thread makes of one document: its briefing, or nothing when its date is left out.
    private struct Briefed: Sendable {
        var text: String
        var source: Source
        var questions: Int
    }

    private func runCorpus(into path: String) throws {
        let folder = try OutputFolder(path)
        let collection = try corpus.collect(input.files)
        let names = collection.outputNames(extension: format == .html ? ".html" : ".md", reserving: ["index.md"])
        try folder.refuseOverwriting(collection, names: names.compactMap { $0 } + ["index.md"])
        try folder.create(by: "brief")
        let (options, dates, format) = (self.options, dates, format)
        var index = BriefingIndex()
        var position = 0
        let runner = CorpusRunner(reading: input.reading, jobs: corpus.runnerJobs)
        let summary = try runner.run(collection, transform: { transcript, path -> Briefed? in
            guard dates.includes(transcript.source) else { return nil }
            var options = options
            options.fileName = path
            // The index lists the document by the day and title its briefing prints.
            var source = transcript.source
            source.date = transcript.documentDate(fileName: path)
            source.title = transcript.briefingTitle
            return Briefed(text: format.render(transcript, options), source: source, questions: transcript.exchanges.count)
        }) { outcome throws(CommandFailure) in
            defer { position += 1 }
            switch outcome {
            case .parsed(let file, let briefed?, _, _, _):
                guard let name = names[position] else { return }
                try folder.createFolder(for: name)
                let sink = try OutputSink(path: folder.file(name))
                try sink.write(briefed.text)
                try sink.finish()
                index.entries.append(BriefingIndex.Entry(briefing: name, file: file, source: briefed.source, questions: briefed.questions))
            case .parsed:
                return
            case .failed(let file, let reason, _):
                index.failures.append((file, reason))
            }
        }
        let sink = try OutputSink(path: folder.file("index.md"))
        try sink.write(index.markdown())
        try sink.finish()
        StandardError.write(summary.line + "; \(index.entries.count) briefings in \(folder.path)\n")
        if summary.failed > 0 { throw ExitCode(CommandFailure.Code.dataError.rawValue) }
    }
}

/// What `podium brief` writes.
enum BriefFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case markdown
    case html

    func render(_ transcript: Transcript, _ options: BriefingOptions) -> String {
        switch self {
        case .markdown: return transcript.briefing(options)
        case .html: return transcript.htmlBriefing(options)
        }
    }
}

extension DateOptions {
    /// Whether the document's date is within `--since` and `--until`.
    func includes(_ source: Source) -> Bool {
        StatementFilter(since: since, until: until).includes(source)
    }
}

extension OutputLanguage: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
