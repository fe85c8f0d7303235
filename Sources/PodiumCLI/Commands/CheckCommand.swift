import ArgumentParser
import Podium

/// `podium check FILE...`: proves that parsing lost no sentence of each document.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that every sentence of each document ends up, in order, in exactly one place of the result.",
        discussion: """
            For each FILE, removes the markup, splits the body into sentences and looks for each one, in order, \
            in the summary, the lead, the turns, the notes and the trailing lines. Prints `FILE: ok (N sentences)` \
            or the sentences that went missing and any text found twice. A document without speaker labels is \
            checked too (all of it belongs in the lead).

            EXIT CODES
              0   every sentence of every file was found
              1   some sentence went missing, or some text was found twice
              65  a file is not a readable text (empty, binary, undecodable)
              66  a file is missing, unreadable or a directory
            A file that cannot be read is reported on standard error and the others are still checked; \
            the exit code is then that file's (65 or 66).
            """
    )

    @Argument(help: "The documents to check.")
    var files: [String]

    @OptionGroup var reading: ReadingOptions

    @Flag(name: .shortAndLong, help: "Print nothing for files that pass.")
    var quiet = false

    func run() throws {
        var failure: CommandFailure?
        var incomplete = false
        let output = try OutputSink(path: nil)
        for file in files {
            let coverage: TextCoverage
            do {
                let data = try InputOptions.read(file)
                do {
                    coverage = try TextCoverage(checking: data, format: reading.inputFormat, encoding: reading.encoding)
                } catch {
                    throw CommandFailure(file: file, reason: error.message, code: .dataError)
                }
            } catch let error as CommandFailure {
                StandardError.write(error.description + "\n")
                if failure == nil { failure = error }
                continue
            }
            // Standard output refusing the report ends the run: exit code 73, not one line per file.
            try report(file, coverage, to: output)
            if !coverage.isComplete { incomplete = true }
        }
        if let failure { throw ExitCode(failure.code.rawValue) }
        if incomplete { throw ExitCode(1) }
    }

    private func report(_ file: String, _ coverage: TextCoverage, to output: OutputSink) throws {
        let lines = Self.report(file, coverage, quiet: quiet)
        guard !lines.isEmpty else { return }
        try output.write(lines.joined(separator: "\n") + "\n")
    }

    /// The lines printed for one file: `FILE: ok (N sentences)` (none with `quiet`), or the count of what
    /// went missing and each missing sentence and unexpected passage.
    static func report(_ file: String, _ coverage: TextCoverage, quiet: Bool) -> [String] {
        var lines: [String] = []
        if coverage.isComplete {
            if !quiet { lines.append("\(file): ok (\(coverage.sentenceCount) sentences)") }
        } else {
            lines.append(
                "\(file): \(coverage.missing.count) of \(coverage.sentenceCount) sentences missing, "
                    + "\(coverage.unexpected.count) unexpected passages")
            lines += coverage.missing.map { "  missing: \($0)" }
            lines += coverage.unexpected.map { "  unexpected in \($0.place): \($0.text)" }
        }
        return lines
    }
}
