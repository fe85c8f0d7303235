import ArgumentParser
import Podium

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse a transcript and print it as JSON.",
        discussion: """
            Several FILEs, a directory (walked recursively, files sorted by path) or --glob/--jobs switch to \
            corpus mode: the files are parsed on --jobs threads and written in input order, --format jsonl \
            giving one transcript per line and --format json one JSON array. A directory walk reads .md, \
            .markdown, .txt, .text, .htm, .html and .xhtml files, not README, LICENSE or CHANGELOG files, nor \
            hidden files, folders that Podium wrote or the run's own output; --glob chooses other files. A file that fails is reported on standard error (file name and \
            reason) and the run goes on; a summary line ends the run on standard error, and the exit code is \
            65 when any file failed. A progress bar is drawn on standard error when it is a terminal.

            --stdin-jsonl reads JSON Lines of {"id": …, "content": "…"} (or "content_base64") and writes one \
            line per input line, {"id": …, "transcript": {…}} or {"id": …, "error": "…"}, exit code 0 unless \
            reading or writing fails: a stage for Hadoop Streaming or Spark's RDD.pipe (docs/corpus-mode.md).
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: json (several documents: one array), jsonl (one transcript per line) or markdown.")
    var format: OutputFormat = .json

    @Flag(name: .long, help: "Write JSON on one line.")
    var compact = false

    @Option(name: [.short, .long], help: "Write to FILE instead of standard output.")
    var output: String?

    @OptionGroup var corpus: CorpusOptions

    @Flag(name: .long, help: "Corpus mode: wrap each line as {\"path\": …, \"transcript\": …}, or {\"path\": …, \"error\": …} for a file that failed.")
    var withPath = false

    @Flag(name: .long, help: "Instead of the transcript, list every label and label-shaped opening the document shows, with its evidence (how often it recurs, alternates with other speakers, is followed by words) and whether it was taken for a speaker.")
    var explainLabels = false

    @Flag(name: .long, help: "Read JSON Lines of {\"id\": …, \"content\": …} or content_base64 from standard input; write one result line per input line.")
    var stdinJsonl = false

    func validate() throws {
        if stdinJsonl, !input.files.isEmpty { throw ValidationError("--stdin-jsonl reads standard input only; drop the FILE arguments") }
        if stdinJsonl, corpus.glob != nil || withPath || format == .markdown {
            throw ValidationError("--stdin-jsonl writes its own JSON Lines; --glob, --with-path and --format markdown do not apply")
        }
    }

    /// Corpus mode: more than one path, a directory, or a corpus switch.
    private var isCorpus: Bool {
        withPath || corpus.isCorpus(input.files)
    }

    func run() throws {
        if stdinJsonl { return try runStdinJSONL() }
        if isCorpus { return try runCorpus() }
        let target = OutputTarget(output)
        if explainLabels { return try runExplainLabels(writingTo: target) }
        // The document's bytes are let go once parsed; JSON is written in pieces, never held whole.
        let transcript = try input.parse(try input.load(writingTo: target))
        let sink = try OutputSink(path: target.path)
        switch format {
        case .json, .jsonl:
            try sink.writeJSON(transcript, pretty: format == .json && !compact)
        default:
            try sink.write(Self.render(transcript, format: format, compact: compact) + "\n")
        }
        try sink.finish()
        // The process ends right after this: releasing a large transcript's many small allocations one by
        // one would take longer than its JSON took to write, and the exit reclaims them at once.
        keptUntilExit = transcript
    }

    /// One transcript in the chosen format; `jsonl` is JSON on one line.
    static func render(_ transcript: Transcript, format: OutputFormat, compact: Bool) -> String {
        let rendered: String
        switch format {
        case .json: rendered = transcript.jsonString(pretty: !compact)
        case .jsonl: rendered = transcript.jsonString(pretty: false)
        case .markdown: rendered = String(transcript.markdown().dropLast())
        }
        return rendered
    }
}

/// The one transcript of a single-file run, held until the process exits (see `ParseCommand.run`).
nonisolated(unsafe) private var keptUntilExit: Transcript?

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    /// One transcript per line, for corpus mode.
    case jsonl
    /// The whole transcript as Markdown, every turn with its label in bold.
    case markdown
}

extension ParseCommand {
    private func runCorpus() throws {
        let format = format
        let compact = compact
        let withPath = withPath
        // Several documents as JSON are one array; JSON Lines and Markdown are one document after another.
        try corpus.writeListing(
            input.files, reading: input.reading, to: output, framing: format == .json ? .jsonArray : .lines,
            records: { transcript, path in
                let text = Self.render(transcript, format: format, compact: compact)
                return [withPath ? "{\"path\":\(JSONLiteral.string(path)),\"transcript\":\(text)}" : text]
            },
            failureRecord: withPath ? { path, reason in "{\"path\":\(JSONLiteral.string(path)),\"error\":\(JSONLiteral.string(reason))}" } : nil)
    }

    private func runExplainLabels(writingTo target: OutputTarget) throws {
        let document = try input.load(writingTo: target)
        let name = document.name
        let data = document.data
        let parsed = Result { () throws(PodiumError) -> Transcript in
            try Transcript(
                parsing: data, format: input.reading.inputFormat, encoding: input.reading.encoding,
                options: [.explainLabels, .allowEmptyTranscript, .skipPoints])
        }
        let transcript: Transcript
        switch parsed {
        case .success(let value): transcript = value
        case .failure(let error): throw CommandFailure(file: name, reason: error.message, code: .dataError)
        }
        let lines = transcript.diagnostics.filter { $0.code == "label-evidence" }.map(\.message)
        let sink = try OutputSink(path: target.path)
        try sink.write(lines.joined(separator: "\n") + "\n")
        try sink.finish()
    }

    private func runStdinJSONL() throws {
        let runner = StdinJSONL(reading: input.reading, jobs: corpus.runnerJobs)
        let sink = try OutputSink(path: output)
        let summary = try runner.run(to: sink)
        try sink.finish()
        if StandardError.isTerminal { StandardError.write(summary.line + "\n") }
    }
}
