import Foundation
import PodiumTestSupport
import SystemPackage
import Testing

@testable import PodiumCLI

/// `podium parse --stdin-jsonl`: one result line per input line, in input order, a document that fails
/// reported in its own line.
@Suite("--stdin-jsonl: one result line per input line")
struct StdinJSONLTests {
    /// The runner of `podium parse --stdin-jsonl --jobs 2`.
    private func runner() throws -> StdinJSONL {
        StdinJSONL(reading: try ReadingOptions.parse([]), jobs: 2)
    }

    /// The result of one input line.
    private func result(_ line: String, number: Int = 1) throws -> [String: Any] {
        let result = try runner().handle(StdinJSONL.Line(number: number, bytes: Array(line.utf8)))
        return try JSONOutput.object(result.text)
    }

    /// The reading end of a pipe that holds `input`, closed for writing: what standard input is at the
    /// end of a small file piped in. Small inputs only: the pipe holds them whole, so writing before
    /// reading cannot block.
    private func pipeHolding(_ input: String) throws -> Int32 {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let written = input.utf8.withContiguousStorageIfAvailable { write(ends[1], $0.baseAddress, $0.count) }
        close(ends[1])
        #expect(written == input.utf8.count)
        return ends[0]
    }

    /// Lines written to a pipe and read back through `run`, as standard input is read.
    private func run(_ input: String) throws -> [[String: Any]] {
        let descriptor = try pipeHolding(input)
        defer { close(descriptor) }
        let folder = try TemporaryFolder()
        let sink = try OutputSink(path: folder.path("out.jsonl"))
        let summary = try runner().run(reading: FileDescriptor(rawValue: descriptor), to: sink)
        try sink.finish()
        let lines = try JSONOutput.lines(folder.text("out.jsonl"))
        #expect(summary.files == lines.count)
        return lines
    }

    @Test func stdinJSONLinesGetOneResultLineEach() throws {
        let inputs: [[String: Any]] = [
            ["id": "a", "content": Corpora.transcript(outlet: "新华社", name: "张明远")],
            ["id": 7, "content_base64": Data(Corpora.transcript(outlet: "中新社", name: "李华").utf8).base64EncodedString()],
            ["id": "empty", "content": ""],
            ["id": "none"],
        ]
        var input = try inputs.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }
            .joined(separator: "\n")
        input += "\nnot json\n"
        let lines = try run(input)
        try #require(lines.count == 5)
        #expect(lines[0]["id"] as? String == "a" && lines[0]["transcript"] != nil)
        #expect(lines[1]["id"] as? Int == 7 && lines[1]["transcript"] != nil)
        #expect(lines[2]["id"] as? String == "empty" && lines[2]["error"] as? String == "the document is empty")
        #expect(lines[3]["id"] as? String == "none" && lines[3]["error"] as? String == "the line has neither content nor content_base64")
        #expect(lines[4]["id"] is NSNull && (lines[4]["error"] as? String)?.hasPrefix("line 5: not a JSON object") == true)
    }

    /// CRLF line ends are taken off, a last line without a line break is read, and a blank line gets an
    /// error line of its own, numbered, so that lines out still match lines in.
    @Test func lineEndsAndBlankLines() throws {
        let document = try JSONSerialization.data(withJSONObject: ["id": 1, "content": Corpora.transcript(outlet: "新华社", name: "王强")])
        let line = String(decoding: document, as: UTF8.self)
        let lines = try run(line + "\r\n  \r\n" + line)
        try #require(lines.count == 3)
        #expect(lines[0]["transcript"] != nil && lines[2]["transcript"] != nil)
        #expect(lines[1]["error"] as? String == "line 2: empty line")
        // The bytes handed on, line by line: without the CR, the last line without its line break.
        let descriptor = try pipeHolding("a\r\n\r\nb\nc")
        defer { close(descriptor) }
        let reader = LineReader(descriptor: FileDescriptor(rawValue: descriptor))
        var read: [String] = []
        while let line = reader.next() { read.append("\(line.number):" + String(decoding: line.bytes, as: UTF8.self)) }
        #expect(read == ["1:a", "2:", "3:b", "4:c"])
    }

    /// An id is echoed as it came: a string, a whole number, a decimal, a boolean or null.
    @Test(arguments: ["\"x\"", "12", "1.5", "true", "null"])
    func idsAreEchoed(id: String) throws {
        let result = try runner().handle(StdinJSONL.Line(number: 1, bytes: Array("{\"id\":\(id),\"content\":\"\"}".utf8)))
        #expect(result.failed)
        #expect(result.text == "{\"id\":\(id),\"error\":\"the document is empty\"}")
    }

    @Test func badBase64IsAnErrorLine() throws {
        let line = try result("{\"id\":\"b\",\"content_base64\":\"abc\"}")
        #expect(line["error"] as? String == "content_base64 is not valid base64")
    }
}
