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

/// Corpus mode of `podium parse`: many files in, one result each out, in input order, on several threads.
///
/// A file that cannot be read or parsed is reported on standard error (file name and reason) and the run
/// goes on; a summary line follows on standard error, and the exit code is 65 when any file failed.
struct CorpusRunner {
    var reading: ReadingOptions
    var jobs: Int
    /// Renders one transcript; the text is written followed by a line break.
    var render: @Sendable (Transcript) -> String
    /// Wraps each line as `{"path": …, "transcript": …}` or `{"path": …, "error": …}`.
    var withPath = false

    /// The default number of threads: the machine's cores.
    static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// What became of one file.
    enum Outcome: Sendable {
        case parsed(path: String, text: String, turns: Int, exchanges: Int, bytes: Int)
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

    /// Parses every file of `collection` and writes the results to `sink`; returns the summary.
    func run(_ collection: InputCollection, to sink: OutputSink) throws -> Summary {
        let entries = collection.entries
        let progress = ProgressBar(total: entries.count, totalBytes: collection.totalBytes)
        var summary = Summary()
        let started = Date()
        let pipeline = OrderedPipeline<InputCollection.Entry, Outcome>(
            window: max(4, jobs * 4), items: entries, work: { entry in parse(entry) })
        var writeFailure: CommandFailure?
        pipeline.run(jobs: jobs) { outcome in
            summary.files += 1
            switch outcome {
            case .parsed(let path, let text, let turns, let exchanges, let bytes):
                summary.parsed += 1
                summary.turns += turns
                summary.exchanges += exchanges
                summary.bytes += bytes
                if writeFailure == nil {
                    let line = withPath ? "{\"path\":\(JSONText.quote(path)),\"transcript\":\(text)}" : text
                    do { try sink.write(line + "\n") } catch let failure as CommandFailure { writeFailure = failure } catch {}
                }
            case .failed(let path, let reason, let bytes):
                summary.failed += 1
                summary.bytes += bytes
                progress.message(CommandFailure(file: path, reason: reason, code: .dataError).description)
                if withPath, writeFailure == nil {
                    let line = "{\"path\":\(JSONText.quote(path)),\"error\":\(JSONText.quote(reason))}"
                    do { try sink.write(line + "\n") } catch let failure as CommandFailure { writeFailure = failure } catch {}
                }
            }
            progress.update(done: summary.files, bytes: summary.bytes)
        }
        progress.finish()
        if let writeFailure { throw writeFailure }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    private func parse(_ entry: InputCollection.Entry) -> Outcome {
        switch entry {
        case .missing(let path, let reason):
            return .failed(path: path, reason: reason, bytes: 0)
        case .file(let path, let size):
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            } catch {
                return .failed(path: path, reason: "cannot be read", bytes: size)
            }
            do {
                let transcript = try reading.parse(data)
                return .parsed(
                    path: path, text: render(transcript), turns: transcript.turns.count,
                    exchanges: transcript.exchanges.count, bytes: data.count)
            } catch {
                return .failed(path: path, reason: error.message, bytes: data.count)
            }
        }
    }
}


/// JSON string literals for the few values the command writes itself (paths, ids, messages).
enum JSONText {
    static func quote(_ value: String) -> String {
        var output = "\""
        output.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    output += "\\u" + NumberText.hex(scalar.value, width: 4)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
