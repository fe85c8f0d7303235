import Foundation
import Podium
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// One document read and parsed: what a missing, unreadable or non-transcript input ends with (the
/// one-line message `podium: FILE: reason` and the exit code `podium --help` documents), and that odd
/// bytes still make a transcript. docs/reliability.md lists the behaviour.
@Suite("Reading one document: the failure each bad input gives")
struct InputReadingTests {
    @Test func aMissingFileIsExitCode66() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("absent.txt")
        // `podium FILE` is `podium parse FILE`; brief reads its input the same way.
        for arguments in [[path], ["brief", path], ["qa", path, "-o", folder.path("out.csv")]] {
            let run = CommandRun(arguments)
            #expect(run.status == 66, "\(arguments)")
            #expect(run.message == "podium: \(path): no such file", "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("out.csv")))
    }

    /// `podium parse DIR` reads the files in a directory (corpus mode): an empty one has none to read.
    /// `podium check` takes files only.
    @Test func aDirectory() throws {
        let folder = try TemporaryFolder()
        let parse = CommandRun(["parse", folder.url.path])
        #expect(parse.status == 66)
        #expect(parse.message == "podium: \(folder.url.path): no files to read")
        let failure = try #require(throws: CommandFailure.self) { try InputOptions.read(folder.url.path) }
        #expect(failure.code == .noInput)
        #expect(failure.description == "podium: \(folder.url.path): is a directory, not a file")
        #expect(CommandRun(["check", folder.url.path]).status == 66)
    }

    /// Files that are not transcripts: one line naming the file and the reason, exit code 65.
    @Test(arguments: [
        ("empty.txt", Data(), "the document is empty"),
        ("blank.txt", Data("  \n\t\n   ".utf8), "the document is empty"),
        ("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), "PNG image"),
        ("news.txt", Data("这是一段新闻。\n\n没有任何标签。\n".utf8), "no speaker turns"),
        ("labels.txt", Data("主持人：\n\n新华社记者：\n".utf8), "no speaker turns"),
    ])
    func notATranscript(_ name: String, _ bytes: Data, _ reason: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(name, bytes)
        let run = CommandRun([path])
        #expect(run.status == 65)
        #expect(run.message.hasPrefix("podium: \(path): "), "\(run.message)")
        #expect(run.message.contains(reason), "\(run.message)")
        #expect(!run.message.contains("\n"))
    }

    @Test func randomBytes() throws {
        let folder = try TemporaryFolder()
        var generator = SplitMix64(seed: 42)
        let path = try folder.write("random.bin", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        let run = CommandRun([path])
        #expect(run.status == 65)
        #expect(run.message.hasPrefix("podium: \(path): "))
        #expect(!run.message.contains("\n"))
    }

    /// Bytes the reader repairs or decodes still give a transcript: the command hands the file's bytes to
    /// the parser as they are, and its JSON reads back with the diagnostic and the encoding.
    @Test(arguments: [
        ("bad.txt", Data(Array("主持人：你好".utf8) + [0xFF] + Array("。\n\n新华社记者：请问？\n".utf8)), 2, "invalid-bytes"),
        ("nul.txt", Data("主持人：你好\u{0}。\n\n新华社记者：请问？\n".utf8), 2, "nul-bytes"),
        ("cut.html", Data("<html><body><p>主持人：欢迎。</p><p>新华社记者：请问？</p><p class=\"x".utf8), 2, ""),
        ("nested.html", Data(("<html><body><p>主持人：开始。</p>" + String(repeating: "<div>", count: 50_000) + "<p>新华社记者：请问？</p>"
            + String(repeating: "</div>", count: 50_000) + "</body></html>").utf8), 2, ""),
        ("le.txt", TestTexts.conference.data(using: .utf16LittleEndian) ?? Data(), 3, "utf-16le"),
        ("be.txt", TestTexts.conference.data(using: .utf16BigEndian) ?? Data(), 3, "utf-16be"),
        ("gb.txt", IconvEncoder.encode(TestTexts.conference, to: "GB18030") ?? Data(), 3, "gb18030"),
    ])
    func oddBytesStillParse(_ name: String, _ bytes: Data, _ turns: Int, _ mark: String) throws {
        let folder = try TemporaryFolder()
        let path = try folder.write(name, bytes)
        let output = folder.path("out.json")
        let run = CommandRun(["parse", path, "-o", output])
        #expect(run.status == 0, "\(run.message)")
        let transcript = try JSONDecoder().decode(Transcript.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
        #expect(transcript.turns.count == turns)
        if mark.hasPrefix("utf") || mark == "gb18030" {
            #expect(transcript.source.encoding == mark)
        } else if !mark.isEmpty {
            #expect(transcript.diagnostics.contains { $0.code == mark })
        }
    }
}

/// `podium check`: what it reports for each file.
@Suite("check: every sentence accounted for")
struct CheckCommandTests {
    /// Each sample passes, reported as `FILE: ok (N sentences)`.
    @Test(arguments: TestSupport.sampleNames)
    func checkPassesOnTheSamples(name: String) throws {
        let path = TestSupport.sampleURL(name).path
        let coverage = try TextCoverage(checking: try InputOptions.read(path), format: nil, encoding: nil)
        #expect(coverage.isComplete)
        #expect(CheckCommand.report(path, coverage, quiet: false) == ["\(path): ok (\(coverage.sentenceCount) sentences)"])
        #expect(CheckCommand.report(path, coverage, quiet: true).isEmpty)
    }

    /// A lost sentence is named, and with --quiet still printed.
    @Test func aMissingSentenceIsReported() throws {
        let coverage = try TextCoverage(checking: Data(TestTexts.conference.utf8), format: nil, encoding: nil)
        var lossy = coverage
        lossy.missing = ["谢谢提问。"]
        let lines = CheckCommand.report("a.txt", lossy, quiet: true)
        #expect(lines.first == "a.txt: 1 of \(coverage.sentenceCount) sentences missing, 0 unexpected passages")
        #expect(lines.dropFirst() == ["  missing: 谢谢提问。"])
    }
}
