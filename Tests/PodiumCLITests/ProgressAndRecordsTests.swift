import Foundation
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// The progress bar's line: files done, throughput, time left, and a bar that fits the terminal.
@Suite("Progress bar: what it draws")
struct ProgressBarTests {
    @Test func halfWayThrough() {
        let line = ProgressBar.line(done: 5, total: 10, bytes: 5_000_000, totalBytes: 10_000_000, elapsed: 2, width: 80)
        #expect(line == "[" + String(repeating: "#", count: 20) + String(repeating: ".", count: 20) + "] 5/10 files  2.5 MB/s  ETA 0:02")
    }

    /// Too early to tell: no time left is guessed in the first fifth of a second.
    @Test func noEstimateAtTheStart() {
        let line = ProgressBar.line(done: 0, total: 3, bytes: 0, totalBytes: 0, elapsed: 0.1, width: 80)
        #expect(line.hasSuffix("] 0/3 files  0.0 MB/s  ETA --:--"))
    }

    /// A narrow terminal keeps a bar of ten cells; the bar never runs past full.
    @Test func aNarrowTerminalKeepsTenCells() {
        let line = ProgressBar.line(done: 3, total: 3, bytes: 2_000, totalBytes: 1_000, elapsed: 1, width: 20)
        #expect(line.hasPrefix("[##########] 3/3 files"))
    }

    @Test(arguments: [(2.0, "0:02"), (59.2, "1:00"), (3725, "1:02:05"), (-1, "--:--"), (.infinity, "--:--")])
    func durations(seconds: Double, text: String) {
        #expect(ProgressBar.duration(seconds) == text)
    }
}

/// How a corpus run's records are framed in its output: lines, CSV rows with a header, one JSON array or
/// object, never held whole.
@Suite("Record stream: lines, CSV rows, one JSON array or object")
struct RecordStreamTests {
    private func written(_ framing: RecordStream.Framing, prefix: String = "", _ records: [String]) throws -> String {
        let folder = try TemporaryFolder()
        let stream = try RecordStream(OutputSink(path: folder.path("out")), framing: framing, prefix: prefix)
        for record in records { try stream.write(record) }
        try stream.finish()
        return try folder.text("out")
    }

    @Test func lines() throws {
        #expect(try written(.lines, ["a", "b"]) == "a\nb\n")
        #expect(try written(.lines, []) == "")
    }

    @Test func csvRowsAfterAByteOrderMarkAndAHeader() throws {
        let framing = RecordStream.Framing.sequence(header: "file,index\r\n", terminator: "\r\n")
        #expect(try written(framing, prefix: "\u{FEFF}", ["a.md,1", "b.md,1"]) == "\u{FEFF}file,index\r\na.md,1\r\nb.md,1\r\n")
        // The header is written even when no document gives a row.
        #expect(try written(framing, []) == "file,index\r\n")
    }

    @Test func oneJSONArray() throws {
        #expect(try written(.jsonArray, ["{\"a\":1}", "{\"b\":2}"]) == "[\n{\"a\":1},\n{\"b\":2}\n]\n")
        #expect(try written(.jsonArray, []) == "[]\n")
    }

    @Test func oneJSONObject() throws {
        #expect(try written(.jsonObject, ["\"a\": 1", "\"b\": 2"]) == "{\n\"a\": 1,\n\"b\": 2\n}\n")
        #expect(try written(.jsonObject, []) == "{}\n")
    }
}
