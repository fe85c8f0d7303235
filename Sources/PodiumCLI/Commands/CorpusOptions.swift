import ArgumentParser
import Podium

/// The options of a run over several documents, shared by every command that takes a corpus.
struct CorpusOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Corpus mode: parse with N threads (default: the number of cores).")
    var jobs: Int?

    @Option(name: .long, help: "Corpus mode: only read files of the directories whose name matches the pattern instead of the transcript extensions (*.md; a pattern with / matches the path under the directory).")
    var glob: String?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// Several paths, a directory, or a corpus option: the files are read as a corpus.
    func isCorpus(_ files: [String]) -> Bool {
        files.count > 1 || glob != nil || jobs != nil || files.contains { $0 != "-" && FileStatus.isDirectory($0) }
    }

    var selection: InputCollection.FileSelection { .init(glob: glob) }

    var runnerJobs: Int { jobs ?? CorpusRunner.defaultJobs }

    /// The files of `paths`; fails when there are none.
    func collect(_ paths: [String], output: OutputTarget = .standardOutput) throws(CommandFailure) -> InputCollection {
        let collection = try InputCollection(paths: paths, selection: selection, output: output)
        guard !collection.entries.isEmpty else {
            throw CommandFailure(file: paths.joined(separator: " "), reason: "no files to read", code: .noInput)
        }
        return collection
    }

    /// Writes a listing over the files of `paths` to `output`: the records `records` makes of each
    /// transcript (and `failureRecord` of each file that fails, when given), in input order. Prints the
    /// summary on standard error; exit code 65 when a file failed.
    func writeListing(
        _ paths: [String], reading: ReadingOptions, to output: String?, framing: RecordStream.Framing, prefix: String = "",
        records: @escaping @Sendable (Transcript, String) -> [String],
        failureRecord: ((_ path: String, _ reason: String) -> String)? = nil
    ) throws {
        let target = OutputTarget(output)
        let collection = try collect(paths, output: target)
        let stream = try RecordStream(OutputSink(path: target.path), framing: framing, prefix: prefix)
        let runner = CorpusRunner(reading: reading, jobs: runnerJobs)
        let summary = try runner.run(collection, transform: records) { outcome throws(CommandFailure) in
            switch outcome {
            case .parsed(_, let records, _, _, _):
                for record in records { try stream.write(record) }
            case .failed(let path, let reason, _):
                if let failureRecord { try stream.write(failureRecord(path, reason)) }
            }
        }
        try stream.finish()
        StandardError.write(summary.line + "\n")
        if summary.failed > 0 { throw ExitCode(CommandFailure.Code.dataError.rawValue) }
    }
}

/// `--since` and `--until`: which documents, by their date.
struct DateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only documents dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD; undated documents are left out).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only documents dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD; 2024 includes all of 2024).", valueName: "date"))
    var until: String?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, !StatementFilter.isValidDateBound(value) {
                throw ValidationError("\(name) takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not \"\(value)\"")
            }
        }
    }
}

/// `--outlet`, `--role`, `--grep` and the dates: which pairs or statements a listing keeps.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only participants whose outlet contains TEXT (ignoring case).", valueName: "text"))
    var outlet: String?

    @Option(name: .long, help: "Only participants with this role.")
    var role: Role?

    @Option(name: .long, help: ArgumentHelp("Only pairs or statements whose text matches the regular expression REGEX, ignoring case.", valueName: "regex"))
    var grep: String?

    @OptionGroup var dates: DateOptions

    func validate() throws {
        if let grep, !StatementFilter.isValidPattern(grep) {
            throw ValidationError("--grep: \"\(grep)\" is not a valid regular expression")
        }
    }

    func filter(speaker: String?) -> StatementFilter {
        StatementFilter(speaker: speaker, outlet: outlet, role: role, pattern: grep, since: dates.since, until: dates.until)
    }
}

extension Role: ExpressibleByArgument {}
