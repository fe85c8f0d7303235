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

    @Option(name: .shortAndLong, help: "Corpus mode: parse with N threads (default: the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Corpus mode: only read files of the directories whose name matches the pattern instead of the transcript extensions (*.md; a pattern with / matches the path under the directory).")
    var glob: String?

    @Flag(name: .long, help: "Corpus mode: wrap each line as {\"path\": …, \"transcript\": …}, or {\"path\": …, \"error\": …} for a file that failed.")
    var withPath = false

    @Flag(name: .long, help: "Read JSON Lines of {\"id\": …, \"content\": …} or content_base64 from standard input; write one result line per input line.")
    var stdinJsonl = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if stdinJsonl, !input.files.isEmpty { throw ValidationError("--stdin-jsonl reads standard input only; drop the FILE arguments") }
    }

    /// Corpus mode: more than one path, a directory, or a corpus switch.
    private var isCorpus: Bool {
        input.files.count > 1 || glob != nil || jobs != nil || withPath
            || input.files.contains { $0 != "-" && FileStatus.isDirectory($0) }
    }

    func run() throws {
        if stdinJsonl { return try runStdinJSONL() }
        if isCorpus { return try runCorpus() }
        let target = OutputTarget(output)
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
        let target = OutputTarget(output)
        let collection = try InputCollection(paths: input.files, selection: .init(glob: glob), output: target)
        guard !collection.entries.isEmpty else {
            throw CommandFailure(file: input.files.joined(separator: " "), reason: "no files to read", code: .noInput)
        }
        let format = format
        let compact = compact
        let withPath = withPath
        // Several documents as JSON are one array; JSON Lines and Markdown are one document after another.
        let stream = try RecordStream(OutputSink(path: target.path), framing: format == .json ? .jsonArray : .lines(header: nil))
        let runner = CorpusRunner(reading: input.reading, jobs: jobs ?? CorpusRunner.defaultJobs)
        let summary = try runner.run(collection, transform: { transcript, _ in Self.render(transcript, format: format, compact: compact) }) {
            outcome throws(CommandFailure) in
            switch outcome {
            case .parsed(let path, let text, _, _, _):
                try stream.write(withPath ? "{\"path\":\(JSONText.quote(path)),\"transcript\":\(text)}" : text)
            case .failed(let path, let reason, _):
                if withPath { try stream.write("{\"path\":\(JSONText.quote(path)),\"error\":\(JSONText.quote(reason))}") }
            }
        }
        try stream.finish()
        StandardError.write(summary.line + "\n")
        if summary.failed > 0 { throw ExitCode(CommandFailure.Code.dataError.rawValue) }
    }

    private func runStdinJSONL() throws {
        let runner = StdinJSONL(reading: input.reading, jobs: jobs ?? CorpusRunner.defaultJobs)
        let sink = try OutputSink(path: output)
        let summary = try runner.run(to: sink)
        try sink.finish()
        if StandardError.isTerminal { StandardError.write(summary.line + "\n") }
    }
}
