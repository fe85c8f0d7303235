import ArgumentParser
import Podium

/// `podium qa`: the question-and-answer pairs, of one transcript or of a corpus.
struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Print the question-and-answer pairs as Markdown, JSON, JSON Lines or CSV.",
        discussion: """
            CSV has one row per exchange with the columns index (1-based, as Q1…Qn), asker, outlet, \
            question, answerers, answer, status and parts (the parts of a question that asks several \
            things, as "1: …; 2: …"), quoted as RFC 4180 says, records ending with CRLF. Add --bom \
            for spreadsheet programs that need it to read UTF-8. JSON and JSON Lines add parts, with the \
            answer paragraphs that take each part up, to such questions; Markdown lists them under the question.

            Several FILEs or a directory list the pairs of every document, in input order (corpus mode, as \
            in podium parse): one row, line or object per pair, with the document's columns file, title, \
            date, url and language first; --format json is one array of them. --speaker, --outlet, --role, \
            --grep and --since/--until keep the pairs in which a chosen participant asks or answers and whose \
            question or answers match; a pair keeps its number within its document.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: markdown, json, jsonl or csv.")
    var format: QAFormat = .markdown

    @Flag(name: .long, help: "Start the output with a UTF-8 byte-order mark.")
    var bom = false

    @Option(name: .long, help: "Language of headings and labels: zh, zh-Hant or en (default: the transcript's).")
    var lang: OutputLanguage?

    @Option(name: .long, help: "Only pairs in which this participant (a name or label) asks or answers.")
    var speaker: String?

    @OptionGroup var filters: FilterOptions

    @OptionGroup var corpus: CorpusOptions

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func run() throws {
        let filter = filters.filter(speaker: speaker)
        let (format, lang) = (format, lang)
        if corpus.isCorpus(input.files) {
            let framing: RecordStream.Framing
            switch format {
            case .csv: framing = .sequence(header: Transcript.questionAndAnswerHeader + "\r\n", terminator: "\r\n")
            case .json: framing = .jsonArray
            case .jsonl, .markdown: framing = .lines
            }
            return try corpus.writeListing(
                input.files, reading: input.reading, to: output, framing: framing, prefix: bom ? "\u{FEFF}" : "",
                records: { $0.questionAndAnswerRecords(file: $1, format: format, filter: filter, language: lang) })
        }
        let target = OutputTarget(output)
        let transcript = try input.parse(try input.load(writingTo: target))
        let sink = try OutputSink(path: target.path)
        try sink.write(transcript.questionsAndAnswers(format: format, byteOrderMark: bom, language: lang, filter: filter))
        try sink.finish()
    }
}

extension QAFormat: ExpressibleByArgument {}
