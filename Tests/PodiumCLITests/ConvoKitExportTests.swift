import Foundation
import PodiumTestSupport
import Testing

@testable import PodiumCLI

/// `podium export convokit`: ConvoKit's on-disk corpus format. That ConvoKit itself loads it is checked end
/// to end (EndToEndTests), where ConvoKit is installed.
@Suite("export convokit: ConvoKit's corpus files")
struct ConvoKitExportTests {
    static func jsonObject(_ url: URL) throws -> [String: Any] {
        try JSONOutput.object(String(contentsOf: url, encoding: .utf8))
    }

    @Test func theExportHasConvoKitsFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", TestTexts.transcript)
        try folder.write("b.md", "---\ntitle: 发布会\ndate: 2024-01-02\n---\n\n" + TestTexts.transcript)
        try folder.write("notes.txt", "没有任何标签。\n")
        let out = folder.url.appendingPathComponent("convokit")
        #expect(CommandRun(["export", "convokit", folder.url.path, "-o", out.path]).status == 65, "notes.txt is not a transcript")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == [".podium-output", "conversations.json", "corpus.json", "index.json", "speakers.json", "utterances.jsonl"])
        let utterances = try JSONOutput.lines(String(contentsOf: out.appendingPathComponent("utterances.jsonl"), encoding: .utf8))
        #expect(utterances.count == 6)
        #expect(utterances.map { $0["id"] as? String } == ["a/0", "a/1", "a/2", "b/0", "b/1", "b/2"])
        #expect(utterances.map { $0["reply-to"] as? String } == [nil, "a/0", "a/1", nil, "b/0", "b/1"])
        #expect(utterances.allSatisfy { ($0["conversation_id"] as? String)?.hasSuffix("/0") == true })
        let conversations = try Self.jsonObject(out.appendingPathComponent("conversations.json"))
        #expect(Set(conversations.keys) == ["a/0", "b/0"])
        let meta = (conversations["b/0"] as? [String: Any])?["meta"] as? [String: Any]
        #expect(meta?["date"] as? String == "2024-01-02")
        #expect(meta?["file"] as? String == folder.path("b.md"))
        #expect(try Self.jsonObject(out.appendingPathComponent("speakers.json")).count == 6)
        #expect(try Self.jsonObject(out.appendingPathComponent("index.json"))["version"] as? Int == 1)
        #expect(try Self.jsonObject(out.appendingPathComponent("corpus.json"))["name"] as? String == "convokit")
        #expect(CommandRun(["export", "convokit", folder.url.path, "-o", folder.url.path]).status == 73)
    }
}
