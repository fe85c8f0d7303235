import ArgumentParser
import Podium

/// `podium qa`: the question-and-answer pairs.
struct QACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "Print the question-and-answer pairs as Markdown, JSON, JSON Lines or CSV.",
        discussion: """
            CSV has one row per exchange with the columns index (1-based, as Q1…Qn), asker, outlet, \
            question, answerers and answer, quoted as RFC 4180 says, records ending with CRLF. Add --bom \
            for spreadsheet programs that need it to read UTF-8.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: markdown, json, jsonl or csv.")
    var format: QAFormat = .markdown

    @Flag(name: .long, help: "Start the output with a UTF-8 byte-order mark.")
    var bom = false

    @Option(name: .long, help: "Language of headings and labels: zh, zh-Hant or en (default: the transcript's).")
    var lang: BriefingLanguage?

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    func validate() throws {
        try input.requireOneTranscript()
    }

    func run() throws {
        let target = OutputTarget(output)
        let transcript = try input.parse(try input.load(writingTo: target))
        let sink = try OutputSink(path: target.path)
        try sink.write(transcript.questionsAndAnswers(format: format, byteOrderMark: bom, language: lang))
        try sink.finish()
    }
}

extension QAFormat: ExpressibleByArgument {}
