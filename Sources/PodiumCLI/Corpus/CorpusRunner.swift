#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Podium

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Corpus mode: many files in, one result each, handed on in input order, parsed on several threads.
///
/// A file that cannot be read or parsed is reported on standard error (file name and reason) and the run
/// goes on; the caller prints the summary and exits with 65 when any file failed. `parse`, `qa`,
/// `speakers`, `brief`, `stats` and `export` all run through here: they differ in what they make of each
/// transcript (on the worker threads) and in what they do with it (in order, on the calling thread).
struct CorpusRunner {
    var reading: ReadingOptions
    var jobs: Int

    /// The default number of threads: the machine's cores.
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// What became of one file.
    enum Outcome<Result: Sendable>: Sendable {
        case parsed(path: String, result: Result, turns: Int, exchanges: Int, bytes: Int)
        case failed(path: String, reason: String, bytes: Int)
    }

    struct Summary {
        var files = 0
        var parsed = 0
        var failed = 0
        var turns = 0
        var exchanges = 0
        var bytes = 0
        var seconds: TimeInterval = 0

        var line: String {
            let megabytes = Double(bytes) / 1_000_000
            let rate = seconds > 0 ? megabytes / seconds : 0
            return "podium: \(files) files, \(parsed) parsed, \(failed) failed; \(turns) turns, \(exchanges) exchanges; "
                + "\(NumberText.fixed(megabytes, places: 1)) MB in \(NumberText.fixed(seconds, places: 2)) s "
                + "(\(NumberText.fixed(rate, places: 1)) MB/s)"
        }
    }

    /// Parses every file of `collection`, makes `transform(transcript, path)` of each on the worker threads,
    /// and hands the outcomes to `consume` in input order; returns the summary. An error thrown by
    /// `consume` (an output that cannot be written) stops what it is handed and is thrown at the end.
    func run<Result: Sendable>(
        _ collection: InputCollection, transform: @escaping @Sendable (Transcript, String) -> Result,
        consume: (Outcome<Result>) throws(CommandFailure) -> Void
    ) throws(CommandFailure) -> Summary {
        let entries = collection.entries
        let progress = ProgressBar(total: entries.count, totalBytes: collection.totalBytes)
        var summary = Summary()
        let started = Date()
        let reading = reading
        let pipeline = OrderedPipeline<InputCollection.Entry, Outcome<Result>>(
            window: max(4, jobs * 4), items: entries, work: { Self.parse($0, reading: reading, transform: transform) })
        var consumeFailure: CommandFailure?
        pipeline.run(jobs: jobs) { outcome in
            summary.files += 1
            switch outcome {
            case .parsed(_, _, let turns, let exchanges, let bytes):
                summary.parsed += 1
                summary.turns += turns
                summary.exchanges += exchanges
                summary.bytes += bytes
            case .failed(let path, let reason, let bytes):
                summary.failed += 1
                summary.bytes += bytes
                progress.message(CommandFailure(file: path, reason: reason, code: .dataError).description)
            }
            if consumeFailure == nil {
                do throws(CommandFailure) { try consume(outcome) } catch { consumeFailure = error }
            }
            progress.update(done: summary.files, bytes: summary.bytes)
        }
        progress.finish()
        if let consumeFailure { throw consumeFailure }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private static func parse<Result>(
        _ entry: InputCollection.Entry, reading: ReadingOptions, transform: (Transcript, String) -> Result
    ) -> Outcome<Result> {
        switch entry {
        case .missing(let path, let reason):
            return .failed(path: path, reason: reason, bytes: 0)
        case .file(let path, let size, _):
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            } catch {
                return .failed(path: path, reason: "cannot be read", bytes: size)
            }
            do {
                let transcript = try reading.parse(data)
                return .parsed(
                    path: path, result: transform(transcript, path), turns: transcript.turns.count,
                    exchanges: transcript.exchanges.count, bytes: data.count)
            } catch {
                return .failed(path: path, reason: error.message, bytes: data.count)
            }
        }
    }
}
