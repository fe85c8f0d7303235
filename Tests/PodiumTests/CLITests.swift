import Foundation
import Testing

@testable import Podium

/// A temporary folder with the bad inputs of docs/reliability.md written into it.
final class BadInputFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("podium-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }
}

@Suite("Bad input: the podium command", .enabled(if: PodiumExecutable.isBuilt, "\(PodiumExecutable.missing)"))
struct CLITests {
    private static let conference = "主持人：欢迎大家。\n\n新华社记者：请问进展如何？\n\n省交通运输厅副厅长张明远：谢谢提问。\n"

    /// The one-line error: `podium: FILE: reason`, and the exit code `podium --help` documents.
    private func expectFailure(
        _ arguments: [String], file: String, status: Int32, reason: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let result = try PodiumExecutable.run(arguments)
        #expect(result.status == status, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("podium: \(file): ") == true, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(reason), "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }

    private func expectTranscript(_ path: String, turns: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Transcript {
        let result = try PodiumExecutable.run(["parse", path])
        #expect(result.status == 0, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
        let transcript = try JSONDecoder().decode(Transcript.self, from: Data(result.stdout.utf8))
        if let turns { #expect(transcript.turns.count == turns, sourceLocation: sourceLocation) }
        return transcript
    }

    @Test func helpListsTheExitCodes() throws {
        let result = try PodiumExecutable.run(["--help"])
        #expect(result.status == 0)
        for code in ["65", "66", "73"] { #expect(result.stdout.contains(code)) }
        #expect(result.stdout.contains("check"))
    }

    @Test func missingFile() throws {
        let folder = try BadInputFolder()
        let path = folder.url.appendingPathComponent("absent.txt").path
        try expectFailure([path], file: path, status: 66, reason: "no such file")
    }

    /// `podium parse DIR` reads the files in a directory (corpus mode); an empty one is an error.
    /// `podium check` takes files only.
    @Test func directory() throws {
        let folder = try BadInputFolder()
        try expectFailure(["parse", folder.url.path], file: folder.url.path, status: 66, reason: "no files")
        try expectFailure(["check", folder.url.path], file: folder.url.path, status: 66, reason: "is a directory")
    }

    /// Files that are not transcripts: one line naming the file and the reason, exit code 65.
    @Test(arguments: [
        ("empty.txt", Data(), "empty"),
        ("blank.txt", Data("  \n\t\n   ".utf8), "empty"),
        ("image.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), "PNG image"),
        ("news.txt", Data("这是一段新闻。\n\n没有任何标签。\n".utf8), "no speaker turns"),
        ("labels.txt", Data("主持人：\n\n新华社记者：\n".utf8), "no speaker turns"),
    ])
    func notATranscript(_ name: String, _ bytes: Data, _ reason: String) throws {
        let folder = try BadInputFolder()
        let path = try folder.write(name, bytes)
        try expectFailure([path], file: path, status: 65, reason: reason)
    }

    @Test func randomBytes() throws {
        let folder = try BadInputFolder()
        var generator = SplitMix64(seed: 42)
        let path = try folder.write("random.bin", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }))
        let result = try PodiumExecutable.run([path])
        #expect(result.status == 65)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("podium: \(path): "))
    }

    @Test func standardInputIsNamedInErrors() throws {
        let result = try PodiumExecutable.run(["-"], stdin: Data())
        #expect(result.status == 65)
        #expect(result.stderr == "podium: <stdin>: the document is empty\n")
    }

    @Test func invalidUTF8AndNULBytesStillParse() throws {
        let folder = try BadInputFolder()
        let bad = try folder.write("bad.txt", Data(Array("主持人：你好".utf8) + [0xFF] + Array("。\n\n新华社记者：请问？\n".utf8)))
        #expect(try expectTranscript(bad, turns: 2).diagnostics.contains { $0.code == "invalid-bytes" })
        let nul = try folder.write("nul.txt", Data("主持人：你好\u{0}。\n\n新华社记者：请问？\n".utf8))
        #expect(try expectTranscript(nul, turns: 2).diagnostics.contains { $0.code == "nul-bytes" })
    }

    @Test func truncatedAndDeeplyNestedHTML() throws {
        let folder = try BadInputFolder()
        let truncated = try folder.write("cut.html", Data("<html><body><p>主持人：欢迎。</p><p>新华社记者：请问？</p><p class=\"x".utf8))
        _ = try expectTranscript(truncated, turns: 2)
        let nested = "<html><body><p>主持人：开始。</p>" + String(repeating: "<div>", count: 50_000) + "<p>新华社记者：请问？</p>"
            + String(repeating: "</div>", count: 50_000) + "</body></html>"
        _ = try expectTranscript(try folder.write("nested.html", Data(nested.utf8)), turns: 2)
    }

    @Test func utf16AndGB18030WithoutDeclaration() throws {
        let folder = try BadInputFolder()
        let le = try folder.write("le.txt", try #require(Self.conference.data(using: .utf16LittleEndian)))
        #expect(try expectTranscript(le, turns: 3).source.encoding == "utf-16le")
        let be = try folder.write("be.txt", try #require(Self.conference.data(using: .utf16BigEndian)))
        #expect(try expectTranscript(be, turns: 3).source.encoding == "utf-16be")
        let gb = try folder.write("gb.txt", try #require(IconvEncoder.encode(Self.conference, to: "GB18030")))
        #expect(try expectTranscript(gb, turns: 3).source.encoding == "gb18030")
    }

    // MARK: podium check

    @Test func checkPassesOnTheSamples() throws {
        let samples = TestSupport.files(under: TestSupport.samples).map(\.path).filter { !$0.hasSuffix("README.md") }
        let result = try PodiumExecutable.run(["check"] + samples)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == samples.count)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.contains(": ok (") })
    }

    @Test func checkReportsUnreadableFilesAndGoesOn() throws {
        let folder = try BadInputFolder()
        let good = try folder.write("good.txt", Data(Self.conference.utf8))
        let missing = folder.url.appendingPathComponent("missing.txt").path
        let empty = try folder.write("empty.txt", Data())
        let result = try PodiumExecutable.run(["check", good, missing, empty])
        #expect(result.status == 66)
        #expect(result.stdout == "\(good): ok (3 sentences)\n")
        #expect(result.stderr == "podium: \(missing): no such file\npodium: \(empty): the document is empty\n")
    }
}
