import ArgumentParser
import Podium

/// `podium speakers`: each participant's statements, of one transcript or of a corpus.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "Print each participant's statements in order, grouped by participant.",
        discussion: """
            --speaker matches a participant's name, its first label or any other label form it was \
            printed with (「罗俊杰」 or 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」), the full name and \
            surname the document gives outside the labels ("Jen Psaki", "Psaki") or the outlet, ignoring \
            case; only those turns are printed. A name that matches nobody in a single transcript is a usage \
            error (exit code 64).

            Several FILEs or a directory list the statements of every document, in input order (corpus \
            mode, as in podium parse): with --format csv, jsonl or json one row, line or object per \
            statement, with the document's columns file, title, date, url and language first (the \
            participant's title is then speakerTitle); --format json is one array of them. --outlet, --role, \
            --grep and --since/--until keep the participants, statements and documents that match.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Print only the participant with this name or label.")
    var speaker: String?

    @OptionGroup var filters: FilterOptions

    @Option(name: .long, help: "Output format: markdown, json, jsonl, text or csv.")
    var format: StatementFormat = .markdown

    @Option(name: .long, help: "Language of headings and labels: zh, zh-Hant or en (default: the transcript's).")
    var lang: OutputLanguage?

    @OptionGroup var corpus: CorpusOptions

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let filter = filters.filter(speaker: nil)
        let (speaker, format, lang) = (speaker, format, lang)
        if corpus.isCorpus(input.files) {
            let framing: RecordStream.Framing
            switch format {
            case .csv: framing = .sequence(header: Transcript.statementHeader + "\r\n", terminator: "\r\n")
            case .json: framing = .jsonArray
            case .jsonl, .markdown, .text: framing = .lines
            }
            return try corpus.writeListing(
                input.files, reading: input.reading, to: output, framing: framing,
                records: { $0.statementRecords(file: $1, speaker: speaker, format: format, filter: filter, language: lang) })
        }
        let target = OutputTarget(output)
        let transcript = try input.parse(try input.load(writingTo: target))
        if let speaker, transcript.participants(matching: speaker).isEmpty {
            let known = transcript.namedParticipants.map { $0.name ?? $0.label }.joined(separator: ", ")
            throw ValidationError("no participant is called \"\(speaker)\"; the participants are: \(known)")
        }
        let sink = try OutputSink(path: target.path)
        try sink.write(transcript.statements(speaker: speaker, format: format, language: lang, filter: filter))
        try sink.finish()
    }
}

extension StatementFormat: ExpressibleByArgument {}
