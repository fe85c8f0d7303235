#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Podium
import SystemPackage

/// `podium parse --stdin-jsonl`: JSON Lines of `{"id": …, "content": "…"}` (or `"content_base64"`) in,
/// one line per input line out: `{"id": …, "transcript": {…}}` or `{"id": …, "error": "…"}`.
///
/// This makes Podium a stage of a distributed engine (Hadoop Streaming, Spark's `RDD.pipe`): results come
/// out in input order, every input line gets exactly one output line, and a document that is not a
/// transcript is reported in its line rather than by the exit code (which stays 0 unless reading or
/// writing fails), so one bad document does not fail a whole task.
struct StdinJSONL {
    var reading: ReadingOptions
    var jobs: Int

    struct Request: Decodable {
        var id: JSONScalar?
        var content: String?
        var contentBase64: String?

        enum CodingKeys: String, CodingKey {
            case id, content
            case contentBase64 = "content_base64"
        }
    }

    /// A JSON id echoed back as it came: a string, a number, a boolean or null.
    enum JSONScalar: Decodable, Equatable {
        case string(String)
        case integer(Int64)
        case number(Double)
        case bool(Bool)
        case null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode(Int64.self) {
                self = .integer(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "an id is a string, a number, a boolean or null")
            }
        }

        var json: String {
            switch self {
            case .string(let value): return JSONLiteral.string(value)
            case .integer(let value): return String(value)
            case .number(let value): return value.isFinite ? "\(value)" : "null"
            case .bool(let value): return value ? "true" : "false"
            case .null: return "null"
            }
        }
    }

    struct Line: Sendable {
        var number: Int
        var bytes: [UInt8]
    }

    struct Result: Sendable {
        var text: String
        var failed: Bool
        var turns: Int
        var exchanges: Int
        var bytes: Int
    }

    func run(reading descriptor: FileDescriptor = .standardInput, to sink: OutputSink) throws -> CorpusRunner.Summary {
        let reader = LineReader(descriptor: descriptor)
        var summary = CorpusRunner.Summary()
        let started = Date()
        let pipeline = OrderedPipeline<Line, Result>(
            window: max(4, jobs * 4), source: { reader.next() }, work: { handle($0) })
        var writeFailure: CommandFailure?
        pipeline.run(jobs: jobs) { result in
            summary.files += 1
            summary.bytes += result.bytes
            if result.failed {
                summary.failed += 1
            } else {
                summary.parsed += 1
                summary.turns += result.turns
                summary.exchanges += result.exchanges
            }
            guard writeFailure == nil else { return }
            do { try sink.write(result.text + "\n") } catch let failure as CommandFailure { writeFailure = failure } catch {}
        }
        if let writeFailure { throw writeFailure }
        if let failure = reader.failure { throw failure }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    func handle(_ line: Line) -> Result {
        func failure(_ id: JSONScalar?, _ reason: String) -> Result {
            Result(
                text: "{\"id\":\((id ?? .null).json),\"error\":\(JSONLiteral.string(reason))}", failed: true, turns: 0,
                exchanges: 0, bytes: line.bytes.count)
        }
        if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            return failure(nil, "line \(line.number): empty line")
        }
        let request: Request
        do {
            request = try JSONDecoder().decode(Request.self, from: Data(line.bytes))
        } catch {
            return failure(nil, "line \(line.number): not a JSON object with an id and a content: \(Self.describe(error))")
        }
        let data: Data
        if let content = request.content {
            data = Data(content.utf8)
        } else if let encoded = request.contentBase64 {
            guard let decoded = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters) else {
                return failure(request.id, "content_base64 is not valid base64")
            }
            data = decoded
        } else {
            return failure(request.id, "the line has neither content nor content_base64")
        }
        do {
            let transcript = try reading.parse(data)
            return Result(
                text: "{\"id\":\((request.id ?? .null).json),\"transcript\":\(transcript.jsonString(pretty: false))}",
                failed: false, turns: transcript.turns.count, exchanges: transcript.exchanges.count,
                bytes: line.bytes.count)
        } catch {
            return failure(request.id, error.message)
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        case DecodingError.typeMismatch(_, let context): return context.debugDescription
        default: return "invalid JSON"
        }
    }
}

/// Reads lines from a file descriptor in large chunks; a line may be of any length.
final class LineReader: @unchecked Sendable {
    private var input: DescriptorReader
    private var buffer: [UInt8] = []
    private var start = 0
    private var finished = false
    private var lineNumber = 0
    private(set) var failure: CommandFailure?

    init(descriptor: FileDescriptor) {
        input = DescriptorReader(descriptor: descriptor, name: "<stdin>")
    }

    /// The next line without its line break, or `nil` at the end of the input.
    func next() -> StdinJSONL.Line? {
        var searchFrom = start
        while true {
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                lineNumber += 1
                return StdinJSONL.Line(number: lineNumber, bytes: line)
            }
            if finished {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return StdinJSONL.Line(number: lineNumber, bytes: line)
            }
            // Drop what was consumed, then read more.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            searchFrom = buffer.count
            do {
                if let chunk = try input.next() {
                    buffer.append(contentsOf: chunk)
                } else {
                    finished = true
                }
            } catch {
                failure = error
                finished = true
            }
        }
    }
}
