import ArgumentParser
import Podium

/// `podium speakers`: each participant's statements.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "Print each participant's statements in order, grouped by participant.",
        discussion: """
            --speaker matches a participant's name, its first label or any other label form it was \
            printed with (「罗俊杰」 or 「工业和信息化部新闻发言人、运行监测协调局局长罗俊杰」), ignoring case; only \
            that person's turns are printed. A name that matches nobody is a usage error (exit code 64).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Print only the participant with this name or label.")
    var speaker: String?

    @Option(name: .long, help: "Output format: markdown, json, jsonl or text.")
    var format: StatementFormat = .markdown

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
        if let speaker, transcript.participants(matching: speaker).isEmpty {
            let known = transcript.participants.map { $0.name ?? $0.label }.joined(separator: ", ")
            throw ValidationError("no participant is called \"\(speaker)\"; the participants are: \(known)")
        }
        let sink = try OutputSink(path: target.path)
        try sink.write(transcript.statements(speaker: speaker, format: format, language: lang))
        try sink.finish()
    }
}

extension StatementFormat: ExpressibleByArgument {}
